// A new client file (/clienten/nieuw, or ?outreach=<person> when someone met through outreach agrees). Before the
// file exists, Brug looks for possible duplicates in the region and shows the ones the user may open with why they
// match; of another companion's files only how many ("ask your case director"). A likely duplicate must be checked
// and confirmed as someone else before the file is created. A case director names the companion.
import { Alert, Anchor, Button, Checkbox, Group, List, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { useCompanions, useCreateClient, useDuplicateCheck, type DuplicateCheckResult } from "../../api/clients.ts";
import { useOutreachPerson } from "../../api/outreach.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatDate } from "../../format/dates.ts";
import { RegionSelect, useRegionChoice } from "../outreach/OutreachPage.tsx";
import { ClientFields, clientFieldLabel, draftToBody, emptyDraft, type ClientDraft } from "./ClientFields.tsx";
import { clientName } from "./ClientLayout.tsx";

export function NewClientPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const outreachId = params.get("outreach");
  const person = useOutreachPerson(outreachId);
  const { regions, list, current, setSlug } = useRegionChoice();
  if (!regions.data || (outreachId && !person.data && !person.isError)) {
    return (
      <Stack>
        <PageTitle>{t("clients.new.title")}</PageTitle>
        {regions.isError ? <ErrorMessage error={regions.error} /> : <Loading />}
      </Stack>
    );
  }
  const region = person.data ? (list.find((r) => r.slug === person.data.region.slug) ?? current) : current;
  return (
    <Stack gap="md">
      <div>
        <PageTitle>{t("clients.new.title")}</PageTitle>
        <Text>{t("clients.new.intro")}</Text>
      </div>
      {person.isError && <ErrorMessage error={person.error} />}
      {person.data && (
        <Alert color="blue">
          {t("clients.new.fromOutreach", { nickname: person.data.nickname || t("outreach.anonymous") })}
        </Alert>
      )}
      {!person.data && region && <RegionSelect list={list} value={region.slug} onChange={setSlug} />}
      {region && (
        <NewClientForm
          key={region.slug}
          region={region}
          outreachPersonId={person.data?.id ?? null}
          initialGender={
            person.data?.gender === "woman" || person.data?.gender === "man" ? person.data.gender : "unknown"
          }
        />
      )}
    </Stack>
  );
}

function NewClientForm({
  region,
  outreachPersonId,
  initialGender,
}: {
  region: { slug: string; roles: string[]; municipalities: { id: string; name: string }[] };
  outreachPersonId: string | null;
  initialGender: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const director = region.roles.includes("case_director");
  const companions = useCompanions(region.slug, director);
  const check = useDuplicateCheck();
  const create = useCreateClient();
  const [draft, setDraft] = useState<ClientDraft>(() => ({ ...emptyDraft(), gender: initialGender }));
  const [companionUserId, setCompanionUserId] = useState("");
  const [checked, setChecked] = useState<{ keys: string; result: DuplicateCheckResult } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const duplicatesRef = useRef<HTMLHeadingElement>(null);

  const keys = {
    regionSlug: region.slug,
    givenName: draft.givenName,
    familyName: draft.familyName,
    birthDate: draftToBody(draft).body.birthDate,
    phone: draft.phone.trim(),
    email: draft.email.trim(),
  };
  const keyText = JSON.stringify(keys);
  const current = checked?.keys === keyText ? checked.result : null;
  const errorOf = (path: string) => errors.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message;

  const show = (found: PathError[]) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };
  const fail = (error: Error) => {
    if (error instanceof ApiError && error.fields.length > 0) {
      show(error.fields.map((f) => ({ path: f.path, message: f.message })));
    } else {
      setRefusal(error.message);
      focusSoon(() => document.getElementById("new-client-refusal"));
    }
  };

  /** Looks for duplicates of what is typed now; `then` runs when creating may go on. */
  const runCheck = (then?: (result: DuplicateCheckResult) => void) => {
    if (draft.givenName.trim() === "") {
      show([{ path: "givenName", message: t("clients.new.mustCheck") }]);
      return;
    }
    setRefusal(null);
    check.mutate(keys, {
      onSuccess: (result) => {
        setChecked({ keys: keyText, result });
        setConfirmed(false);
        setErrors([]);
        if (then) then(result);
        else focusSoon(() => duplicatesRef.current);
      },
      onError: fail,
    });
  };

  const doCreate = (confirm: boolean) => {
    const { body, errors: local } = draftToBody(draft);
    if (local.length > 0) {
      show(local.map((e) => ({ path: e.path, message: t(e.key) })));
      return;
    }
    create.mutate(
      {
        ...body,
        regionSlug: region.slug,
        ...(companionUserId ? { companionUserId } : {}),
        ...(outreachPersonId ? { outreachPersonId } : {}),
        ...(confirm ? { confirmNotDuplicate: true } : {}),
      },
      {
        onSuccess: (file) => void navigate(`/clienten/${encodeURIComponent(file.id)}`),
        onError: (error) => {
          // Someone created a similar file in the meantime: show what the check finds now.
          if (error instanceof ApiError && error.code === "clients.possible_duplicate") runCheck();
          else fail(error);
        },
      },
    );
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (check.isPending || create.isPending) return;
    setRefusal(null);
    if (current === null) {
      runCheck((result) => {
        if (result.likely) focusSoon(() => duplicatesRef.current);
        else doCreate(false);
      });
      return;
    }
    if (current.likely && !confirmed) {
      setRefusal(t("clients.new.mustCheck"));
      focusSoon(() => document.getElementById("new-client-confirm"));
      return;
    }
    doCreate(current.likely && confirmed);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorSummary errors={errors} describe={(path) => clientFieldLabel(path, t)} headingRef={summaryRef} />
        <ClientFields draft={draft} onChange={setDraft} errorOf={errorOf} municipalities={region.municipalities} />
        {director && (
          <NativeSelect
            id="f-companionUserId"
            label={t("clients.field.companionUserId")}
            description={t("clients.field.companionHelp")}
            required={!region.roles.includes("companion")}
            value={companionUserId}
            onChange={(e) => setCompanionUserId(e.currentTarget.value)}
            data={[
              { value: "", label: "—" },
              ...(companions.data?.companions ?? []).map((c) => ({
                value: c.userId,
                label: `${c.name} (${c.organisation})`,
              })),
            ]}
            error={errorOf("companionUserId")}
          />
        )}
        <Paper withBorder p="md" component="section" aria-labelledby="duplicates-title">
          <Stack gap="sm">
            <Title order={2} size="h3" id="duplicates-title" ref={duplicatesRef} tabIndex={-1}>
              {t("clients.new.duplicatesTitle")}
            </Title>
            <Text size="sm">{t("clients.new.checkHelp")}</Text>
            {current && <DuplicateList result={current} />}
            {current?.likely && (
              <Checkbox
                id="new-client-confirm"
                label={t("clients.new.confirm")}
                checked={confirmed}
                onChange={(e) => setConfirmed(e.currentTarget.checked)}
              />
            )}
            <Group>
              <Button variant="outline" onClick={() => runCheck()} loading={check.isPending}>
                {t("clients.new.check")}
              </Button>
            </Group>
          </Stack>
        </Paper>
        {refusal && (
          <Alert color="red" role="alert" id="new-client-refusal" tabIndex={-1}>
            {refusal}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("clients.new.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DuplicateList({ result }: { result: DuplicateCheckResult }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="status">
      {result.candidates.length === 0 && result.hidden === 0 ? (
        <Text>{t("clients.new.noDuplicates")}</Text>
      ) : (
        <Stack gap="xs">
          {result.candidates.length > 0 && (
            <>
              <Text>{t("clients.new.duplicatesIntro")}</Text>
              <List spacing="xs">
                {result.candidates.map((c) => (
                  <List.Item key={c.clientId}>
                    <Anchor component={Link} to={`/clienten/${encodeURIComponent(c.clientId)}`}>
                      {t("clients.new.open", { name: clientName(c) })}
                    </Anchor>
                    <Text size="sm">
                      {[
                        c.birthDate ? formatDate(c.birthDate, i18n.language, false) : "",
                        c.municipality ?? "",
                        c.status ? t(`clients.status.${c.status}`) : "",
                        c.companion ?? "",
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </Text>
                    <Text size="sm" fw={c.likely ? 700 : 400}>
                      {t("clients.new.matches", {
                        list: c.reasons.map((r) => t(`clients.new.reason.${r}`)).join(", "),
                      })}
                      {c.likely ? ` — ${t("clients.new.likely")}` : ""}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {result.hidden > 0 && <Alert color="yellow">{t("clients.new.hidden", { count: result.hidden })}</Alert>}
        </Stack>
      )}
    </div>
  );
}
