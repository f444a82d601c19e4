// One offer of the partnership (HSDS service): what it is, where, for whom, in which languages, how many trajectories
// a year, the contact and the current waiting time. The region's coordinator and the partner's own staff change the
// contact, eligibility, languages, capacity, waiting time and intake here; the server refuses bad input next to the
// field and changes nothing.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useChangeOffer } from "../../api/partnerships.ts";
import type { OfferChangeBody, OfferView } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { formatInstant, formatNumber } from "../../format/dates.ts";
import { contactLanguages, languageName } from "../calls/CandidacyFields.tsx";
import { fieldId } from "../editor/fields.tsx";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="content-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function OfferCard({
  offer,
  serviceName,
  personaNames,
  headingOrder = 3,
  showOrganisation = true,
}: {
  offer: OfferView;
  serviceName: string;
  personaNames: ReadonlyMap<string, string>;
  headingOrder?: 3 | 4;
  showOrganisation?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState("");
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = `offer-${offer.id}`;
  const unknown = t("partnerships.offer.unknown");
  const title = showOrganisation ? offer.organisation.name : serviceName;
  const languages = offer.languages.map((code) => languageName(code, i18n.language)).join(", ");
  const personas = offer.eligibility.personas.map((slug) => personaNames.get(slug) ?? slug);

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={headingOrder} size="h4" id={headingId}>
            {title}
          </Title>
          <Text size="sm">{showOrganisation ? serviceName : offer.region.name}</Text>
          <Text size="sm" lang="nl">
            {offer.name}
          </Text>
        </div>
        <dl className="content-list">
          <Fact label={t("partnerships.offer.municipalities")}>
            {offer.wholeRegion
              ? t("partnerships.offer.wholeRegion", { list: offer.municipalities.join(", ") })
              : offer.municipalities.join(", ") || unknown}
          </Fact>
          <Fact label={t("partnerships.offer.capacity")}>
            {offer.capacityPerYear === null
              ? unknown
              : t("partnerships.offer.perYear", {
                  count: offer.capacityPerYear,
                  number: formatNumber(offer.capacityPerYear, i18n.language),
                })}
          </Fact>
          <Fact label={t("partnerships.offer.waiting")}>
            {offer.waitingDays === null
              ? t("partnerships.offer.waitingUnknown")
              : t("partnerships.offer.days", { count: offer.waitingDays })}
            {offer.waitingUpdatedAt &&
              ` ${t("partnerships.offer.updatedAt", { date: formatInstant(offer.waitingUpdatedAt, i18n.language) })}`}
          </Fact>
          <Fact label={t("partnerships.offer.intake")}>
            {offer.acceptingReferrals ? t("partnerships.offer.intakeOpen") : t("partnerships.offer.intakeClosed")}
          </Fact>
          <Fact label={t("partnerships.offer.languages")}>{languages}</Fact>
          <Fact label={t("partnerships.offer.eligibility")}>
            <span className="pre-line">
              {[
                personas.length > 0 ? t("partnerships.offer.personas", { list: personas.join(", ") }) : "",
                offer.eligibility.challenges.length > 0
                  ? t("partnerships.offer.challenges", { list: offer.eligibility.challenges.join(", ") })
                  : "",
                offer.eligibility.text,
              ]
                .filter((line) => line.trim() !== "")
                .join("\n") || unknown}
            </span>
          </Fact>
          <Fact label={t("partnerships.offer.contact")}>
            {[offer.contact.name, offer.contact.email, offer.contact.phone].filter((s) => s.trim()).join(" · ") ||
              unknown}
          </Fact>
        </dl>
        <Text role="status" fw={600}>
          {message}
        </Text>
        {editing ? (
          <OfferForm
            offer={offer}
            legend={t("partnerships.form.legend", { service: serviceName, organisation: offer.organisation.name })}
            onDone={(saved) => {
              setEditing(false);
              if (saved) setMessage(t("partnerships.form.saved"));
              focusSoon(() => editRef.current);
            }}
          />
        ) : (
          <Group className="wrap-buttons">
            <Button
              ref={editRef}
              variant="outline"
              onClick={() => {
                setMessage("");
                setEditing(true);
              }}
              aria-label={t("partnerships.offer.editLabel", {
                service: serviceName,
                organisation: offer.organisation.name,
              })}
            >
              {t("partnerships.offer.edit")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Whole numbers only; empty means "unknown" (null). Undefined when the text is not a whole number. */
function parseCount(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : undefined;
}

function OfferForm({ offer, legend, onDone }: { offer: OfferView; legend: string; onDone: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const change = useChangeOffer();
  const [contact, setContact] = useState(offer.contact);
  const [eligibilityText, setEligibilityText] = useState(offer.eligibility.text);
  const [languages, setLanguages] = useState(offer.languages);
  const [capacity, setCapacity] = useState(offer.capacityPerYear === null ? "" : String(offer.capacityPerYear));
  const [waiting, setWaiting] = useState(offer.waitingDays === null ? "" : String(offer.waitingDays));
  const [accepting, setAccepting] = useState(offer.acceptingReferrals);
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const base = `offers.${offer.id}`;
  const path = (field: string) => `${base}.${field}`;
  const errorOf = (field: string) =>
    errors.filter((e) => e.path === path(field) || e.path.startsWith(`${path(field)}.`)).map((e) => e.message)[0];
  const refusalId = `${fieldId(base)}-refusal`;
  const labels: Record<string, string> = {
    "contact.name": t("partnerships.form.contactName"),
    "contact.email": t("partnerships.form.contactEmail"),
    "contact.phone": t("partnerships.form.contactPhone"),
    eligibilityText: t("partnerships.form.eligibilityText"),
    languages: t("partnerships.form.languages"),
    capacityPerYear: t("partnerships.form.capacity"),
    waitingDays: t("partnerships.form.waitingDays"),
    acceptingReferrals: t("partnerships.form.accepting"),
  };
  const describe = (p: string) => {
    const field = p.slice(base.length + 1);
    const key = Object.keys(labels).find((k) => field === k || field.startsWith(`${k}.`));
    return key ? (labels[key] ?? field) : field;
  };
  const languageOptions = [...new Set(["nl", ...contactLanguages, ...offer.languages])];

  const showErrors = (found: PathError[]) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    setRefusal(null);
    const capacityPerYear = parseCount(capacity);
    const waitingDays = parseCount(waiting);
    const local: PathError[] = [];
    if (capacityPerYear === undefined)
      local.push({ path: path("capacityPerYear"), message: t("partnerships.form.wholeNumber") });
    if (waitingDays === undefined)
      local.push({ path: path("waitingDays"), message: t("partnerships.form.wholeNumber") });
    if (local.length > 0 || capacityPerYear === undefined || waitingDays === undefined) {
      showErrors(local);
      return;
    }
    const body: OfferChangeBody = {
      contact: { name: contact.name, email: contact.email.trim(), phone: contact.phone },
      eligibilityText,
      languages,
      capacityPerYear,
      waitingDays,
      acceptingReferrals: accepting,
    };
    change.mutate(
      { offerId: offer.id, body },
      {
        onSuccess: () => {
          setErrors([]);
          onDone(true);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            showErrors(error.fields.map((f) => ({ path: `${base}.${f.path}`, message: f.message })));
          } else {
            setRefusal(error.message);
            focusSoon(() => document.getElementById(refusalId));
          }
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="plain-fieldset">
        <legend className="fieldset-legend">{legend}</legend>
        <Stack gap="sm">
          <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id={fieldId(path("waitingDays"))}
              label={t("partnerships.form.waitingDays")}
              description={t("partnerships.form.waitingDaysHelp")}
              inputMode="numeric"
              value={waiting}
              onChange={(e) => setWaiting(e.currentTarget.value)}
              error={errorOf("waitingDays")}
            />
            <TextInput
              id={fieldId(path("capacityPerYear"))}
              label={t("partnerships.form.capacity")}
              description={t("partnerships.form.capacityHelp")}
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.currentTarget.value)}
              error={errorOf("capacityPerYear")}
            />
          </SimpleGrid>
          <Checkbox
            id={fieldId(path("acceptingReferrals"))}
            label={t("partnerships.form.accepting")}
            description={t("partnerships.form.acceptingHelp")}
            checked={accepting}
            onChange={(e) => setAccepting(e.currentTarget.checked)}
          />
          <Checkbox.Group
            id={fieldId(path("languages"))}
            label={t("partnerships.form.languages")}
            description={t("partnerships.form.languagesHelp")}
            value={languages}
            onChange={setLanguages}
            error={errorOf("languages")}
          >
            <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs">
              {languageOptions.map((code) => (
                <Checkbox key={code} value={code} label={languageName(code, i18n.language)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Textarea
            id={fieldId(path("eligibilityText"))}
            label={t("partnerships.form.eligibilityText")}
            description={t("partnerships.form.eligibilityTextHelp")}
            value={eligibilityText}
            onChange={(e) => setEligibilityText(e.currentTarget.value)}
            error={errorOf("eligibilityText")}
            autosize
            minRows={2}
            maxLength={5000}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              id={fieldId(path("contact.name"))}
              label={t("partnerships.form.contactName")}
              required
              autoComplete="off"
              value={contact.name}
              onChange={(e) => setContact({ ...contact, name: e.currentTarget.value })}
              error={errorOf("contact.name")}
            />
            <TextInput
              id={fieldId(path("contact.email"))}
              label={t("partnerships.form.contactEmail")}
              required
              type="email"
              autoComplete="off"
              value={contact.email}
              onChange={(e) => setContact({ ...contact, email: e.currentTarget.value })}
              error={errorOf("contact.email")}
            />
            <TextInput
              id={fieldId(path("contact.phone"))}
              label={t("partnerships.form.contactPhone")}
              type="tel"
              autoComplete="off"
              value={contact.phone}
              onChange={(e) => setContact({ ...contact, phone: e.currentTarget.value })}
              error={errorOf("contact.phone")}
            />
          </SimpleGrid>
          {refusal && (
            <Alert color="red" role="alert" id={refusalId} tabIndex={-1}>
              {refusal}
            </Alert>
          )}
          <Group gap="sm" className="wrap-buttons">
            <Button type="submit" loading={change.isPending}>
              {t("partnerships.form.save")}
            </Button>
            <Button variant="subtle" onClick={() => onDone(false)}>
              {t("partnerships.form.cancel")}
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </form>
  );
}
