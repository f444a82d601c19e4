// Outreach on a phone (/outreach): record a contact at a finding place in seconds — someone new with only a nickname,
// an estimated age and a gender, or a person met before (picked from the recent list or found by nickname) — and see
// the region's recent persons, each with a new contact or the step to a client file when they agree.
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTaxonomy } from "../../api/calls.ts";
import { ApiError } from "../../api/client.ts";
import { useWorkRegions } from "../../api/clients.ts";
import { usePersons, useRecordContact, type OutreachPersonList } from "../../api/outreach.ts";
import { focusSoon } from "../../components/ErrorSummary.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatDate } from "../../format/dates.ts";
import { nameIn } from "../../format/names.ts";
import { findingPlaces, outreachAgeBands, outreachGenders } from "../../../../server/src/domain/trajectory-codes.ts";

type Person = OutreachPersonList["persons"][number];

/** "Unknown" is the default: first in the list, so the arrow keys go from it to the answers. */
function unknownFirst<T extends string>(values: readonly T[]): T[] {
  return [...values.filter((v) => v === "unknown"), ...values.filter((v) => v !== "unknown")];
}

/** The region the user works in: the only one, or the one they pick. */
export function useRegionChoice() {
  const regions = useWorkRegions();
  const [slug, setSlug] = useState<string | null>(null);
  const list = regions.data?.regions ?? [];
  const current = list.find((r) => r.slug === slug) ?? list[0] ?? null;
  return { regions, list, current, setSlug };
}

export function RegionSelect({
  list,
  value,
  onChange,
}: {
  list: { slug: string; name: string }[];
  value: string;
  onChange: (slug: string) => void;
}) {
  const { t } = useTranslation();
  if (list.length < 2) return null;
  return (
    <NativeSelect
      id="region"
      label={t("outreach.region")}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={list.map((r) => ({ value: r.slug, label: r.name }))}
    />
  );
}

export function OutreachPage() {
  const { t } = useTranslation();
  const { regions, list, current, setSlug } = useRegionChoice();
  // The person picked from the recent list, counted so that picking again opens the form afresh.
  const [chosen, setChosen] = useState<{ person: Person; n: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  if (!regions.data) {
    return (
      <Stack>
        <PageTitle>{t("outreach.title")}</PageTitle>
        {regions.isError ? <ErrorMessage error={regions.error} onRetry={() => void regions.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t("outreach.title")}</PageTitle>
        <Text>{t("outreach.intro")}</Text>
        <Anchor component={Link} to="/outreach/bereik">
          {t("outreach.reachLink")}
        </Anchor>
      </div>
      {current && (
        <>
          <RegionSelect list={list} value={current.slug} onChange={setSlug} />
          <ContactForm
            key={`${current.slug}-${chosen?.n ?? 0}`}
            region={current}
            chosen={chosen?.person ?? null}
            formRef={formRef}
          />
          <RecentPersons
            region={current.slug}
            onContact={(person) => {
              setChosen({ person, n: (chosen?.n ?? 0) + 1 });
              focusSoon(() => formRef.current?.querySelector<HTMLElement>("#contact-findingPlace") ?? null);
            }}
          />
        </>
      )}
    </Stack>
  );
}

function ContactForm({
  region,
  chosen,
  formRef,
}: {
  region: { slug: string; municipalities: { id: string; name: string }[] };
  chosen: Person | null;
  formRef: React.RefObject<HTMLFormElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const record = useRecordContact();
  const taxonomy = useTaxonomy();
  // A person picked from the recent list opens the form on them (the form is keyed by that choice).
  const [who, setWho] = useState<"new" | "known">(chosen ? "known" : "new");
  const [search, setSearch] = useState(chosen?.nickname ?? "");
  const persons = usePersons(who === "known" ? region.slug : null, search);
  const [personId, setPersonId] = useState(chosen?.id ?? "");
  const [nickname, setNickname] = useState("");
  const [ageBand, setAgeBand] = useState("unknown");
  const [gender, setGender] = useState("unknown");
  const [findingPlace, setFindingPlace] = useState<string>("street");
  const [municipalityId, setMunicipalityId] = useState("");
  const [lifeDomains, setLifeDomains] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState("");

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    setRefusal(null);
    setSaved("");
    if (who === "known" && personId === "") {
      setErrors({ personId: t("outreach.pickNone") });
      focusSoon(() => document.getElementById("contact-search"));
      return;
    }
    setErrors({});
    record.mutate(
      {
        regionSlug: region.slug,
        ...(who === "known"
          ? { personId }
          : {
              person: {
                nickname,
                ageBand: ageBand as (typeof outreachAgeBands)[number],
                gender: gender as (typeof outreachGenders)[number],
              },
            }),
        findingPlace: findingPlace as (typeof findingPlaces)[number],
        municipalityId: municipalityId || null,
        lifeDomains,
        note,
      },
      {
        onSuccess: (person) => {
          setSaved(t("outreach.saved", { nickname: person.nickname || t("outreach.anonymous") }));
          // Ready for the next contact at the same place: the person and what was said are cleared.
          setWho("new");
          setNickname("");
          setAgeBand("unknown");
          setGender("unknown");
          setPersonId("");
          setSearch("");
          setLifeDomains([]);
          setNote("");
          focusSoon(() => document.getElementById("contact-saved"));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            const found = Object.fromEntries(error.fields.map((f) => [f.path.split(".")[0] ?? f.path, f.message]));
            setErrors(found);
            focusSoon(() => document.getElementById(`contact-${Object.keys(found)[0]}`));
          } else {
            setRefusal(error.message);
            focusSoon(() => document.getElementById("contact-refusal"));
          }
        },
      },
    );
  };

  const options = persons.data?.persons ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contact-title">
      <form onSubmit={onSubmit} noValidate ref={formRef}>
        <Stack gap="md">
          <Title order={2} size="h3" id="contact-title">
            {t("outreach.save")}
          </Title>
          <Text id="contact-saved" role="status" fw={600} tabIndex={-1}>
            {saved}
          </Text>
          <Radio.Group
            id="contact-who"
            label={t("outreach.who")}
            value={who}
            onChange={(value) => setWho(value as "new" | "known")}
          >
            <Group mt="xs" gap="lg">
              <Radio value="new" label={t("outreach.newPerson")} />
              <Radio value="known" label={t("outreach.knownPerson")} />
            </Group>
          </Radio.Group>
          {who === "new" ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                id="contact-person"
                label={t("outreach.nickname")}
                description={t("outreach.nicknameHelp")}
                autoComplete="off"
                maxLength={80}
                value={nickname}
                onChange={(e) => setNickname(e.currentTarget.value)}
                error={errors.person}
              />
              <NativeSelect
                id="contact-ageBand"
                label={t("outreach.ageBand")}
                value={ageBand}
                onChange={(e) => setAgeBand(e.currentTarget.value)}
                data={unknownFirst(outreachAgeBands).map((a) => ({ value: a, label: t(`outreach.age.${a}`) }))}
              />
              <NativeSelect
                id="contact-gender"
                label={t("outreach.gender")}
                value={gender}
                onChange={(e) => setGender(e.currentTarget.value)}
                data={unknownFirst(outreachGenders).map((g) => ({ value: g, label: t(`outreach.genderOption.${g}`) }))}
              />
            </SimpleGrid>
          ) : (
            <Stack gap="xs">
              <TextInput
                id="contact-search"
                label={t("outreach.search")}
                description={t("outreach.searchHelp")}
                autoComplete="off"
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                error={errors.personId}
              />
              {persons.isPending ? (
                <Loading />
              ) : options.length === 0 ? (
                <Text>{t("outreach.pickNone")}</Text>
              ) : (
                <Radio.Group id="contact-personId" label={t("outreach.pick")} value={personId} onChange={setPersonId}>
                  <Stack gap="xs" mt="xs">
                    {options.map((p) => (
                      <Radio
                        key={p.id}
                        value={p.id}
                        label={`${p.nickname || t("outreach.anonymous")} · ${t(`outreach.age.${p.ageBand}`)} · ${t("outreach.contacts", { count: p.contactCount })}`}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            </Stack>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              id="contact-findingPlace"
              label={t("outreach.findingPlace")}
              value={findingPlace}
              onChange={(e) => setFindingPlace(e.currentTarget.value)}
              data={findingPlaces.map((p) => ({ value: p, label: t(`outreach.place.${p}`) }))}
              error={errors.findingPlace}
            />
            <NativeSelect
              id="contact-municipalityId"
              label={t("outreach.municipality")}
              value={municipalityId}
              onChange={(e) => setMunicipalityId(e.currentTarget.value)}
              data={[
                { value: "", label: t("outreach.municipalityUnknown") },
                ...region.municipalities.map((m) => ({ value: m.id, label: m.name })),
              ]}
              error={errors.municipalityId}
            />
          </SimpleGrid>
          <Checkbox.Group
            id="contact-lifeDomains"
            label={t("outreach.lifeDomains")}
            value={lifeDomains}
            onChange={setLifeDomains}
            error={errors.lifeDomains}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt="xs">
              {(taxonomy.data?.lifeDomains ?? []).map((d) => (
                <Checkbox key={d.code} value={d.code} label={nameIn(d.name, i18n.language)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            id="contact-note"
            label={t("outreach.note")}
            description={t("outreach.noteHelp")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            error={errors.note}
          />
          {refusal && (
            <Alert color="red" role="alert" id="contact-refusal" tabIndex={-1}>
              {refusal}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t("outreach.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RecentPersons({ region, onContact }: { region: string; onContact: (person: Person) => void }) {
  const { t, i18n } = useTranslation();
  const persons = usePersons(region, "");
  return (
    <section aria-labelledby="recent-title">
      <Title order={2} size="h3" id="recent-title" mb="sm">
        {t("outreach.recent")}
      </Title>
      {!persons.data ? (
        persons.isError ? (
          <ErrorMessage error={persons.error} onRetry={() => void persons.refetch()} />
        ) : (
          <Loading />
        )
      ) : persons.data.persons.length === 0 ? (
        <Text>{t("outreach.recentNone")}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {persons.data.persons.map((p) => {
            const name = p.nickname || t("outreach.anonymous");
            return (
              <Paper key={p.id} withBorder p="sm" component="li">
                <Stack gap={4}>
                  <Text fw={700} style={{ overflowWrap: "anywhere" }}>
                    {name}
                  </Text>
                  <Text size="sm">
                    {[
                      t(`outreach.age.${p.ageBand}`),
                      t("outreach.contacts", { count: p.contactCount }),
                      p.lastContactAt
                        ? t("outreach.lastContact", { date: formatDate(p.lastContactAt, i18n.language, false) })
                        : "",
                      p.clientId ? t("outreach.hasFile") : "",
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                  <Group gap="sm" className="wrap-buttons">
                    <Button size="compact-sm" variant="outline" onClick={() => onContact(p)}>
                      {t("outreach.addContact", { nickname: name })}
                    </Button>
                    {p.clientId ? (
                      <Anchor component={Link} to={`/clienten/${encodeURIComponent(p.clientId)}`}>
                        {t("outreach.openFile")}
                      </Anchor>
                    ) : (
                      <Anchor component={Link} to={`/clienten/nieuw?outreach=${encodeURIComponent(p.id)}`}>
                        {t("outreach.convert", { nickname: name })}
                      </Anchor>
                    )}
                  </Group>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
    </section>
  );
}
