// The fields of a candidacy (server/src/modules/calls/document.ts), for the applicant's editor and for the
// coordinator who registers one received by e-mail. Every input's id comes from its path in the request body
// ("draft.contact.email" → "f-draft-contact-email"), so the server's field errors land next to it. Checkbox groups
// are fieldsets with a legend; a group's error is tied to the fieldset.
import { Checkbox, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CallView, CandidacyContent, Taxonomy } from "../../api/types.ts";
import { nameIn } from "../../format/names.ts";
import { GroupError, TextField, fieldId, useFieldError } from "../editor/fields.tsx";

/** Contact languages often asked for in Flanders besides Dutch (ISO 639 codes; names come from the browser). */
export const contactLanguages = [
  "fr",
  "en",
  "de",
  "ar",
  "rif",
  "zgh",
  "tr",
  "ti",
  "am",
  "so",
  "ps",
  "fa",
  "prs",
  "ku",
  "ur",
  "uk",
  "ru",
  "pl",
  "ro",
  "bg",
  "sq",
  "es",
  "it",
  "pt",
];

export function emptyContent(): CandidacyContent {
  return {
    title: "",
    summary: "",
    challenges: [],
    personas: [],
    serviceTypes: [],
    municipalities: [],
    capacity: { trajectoriesPerYear: null, staffFte: null },
    approach: { outreach: false, persistent: false, allLifeDomains: false, description: "" },
    languages: [],
    budget: { amountEuro: null, explanation: "" },
    contact: { name: "", email: "", phone: "" },
  };
}

export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What the user calls the field at `path` (relative to the content, "capacity.staffFte"), for the error summary. */
export function contentFieldLabel(path: string, t: TFunction): string {
  const labels: Record<string, string> = {
    title: t("candidacy.field.title"),
    summary: t("candidacy.field.summary"),
    challenges: t("candidacy.field.challenges"),
    personas: t("candidacy.field.personas"),
    serviceTypes: t("candidacy.field.serviceTypes"),
    municipalities: t("candidacy.field.municipalities"),
    capacity: t("candidacy.section.capacity"),
    "capacity.trajectoriesPerYear": t("candidacy.field.trajectoriesPerYear"),
    "capacity.staffFte": t("candidacy.field.staffFte"),
    approach: t("candidacy.section.approach"),
    "approach.outreach": t("candidacy.field.outreach"),
    "approach.persistent": t("candidacy.field.persistent"),
    "approach.allLifeDomains": t("candidacy.field.allLifeDomains"),
    "approach.description": t("candidacy.field.approachDescription"),
    languages: t("candidacy.field.languages"),
    budget: t("candidacy.section.budget"),
    "budget.amountEuro": t("candidacy.field.amountEuro"),
    "budget.explanation": t("candidacy.field.budgetExplanation"),
    contact: t("candidacy.section.contact"),
    "contact.name": t("candidacy.field.contactName"),
    "contact.email": t("candidacy.field.contactEmail"),
    "contact.phone": t("candidacy.field.contactPhone"),
  };
  const parts = path.split(".");
  while (parts.length > 0) {
    // "challenges.2" is the third chosen challenge: the list is what the user chose.
    const label = labels[parts.join(".")];
    if (label) return label;
    parts.pop();
  }
  return t("editor.otherPart");
}

function CheckboxGroup(props: {
  path: string;
  legend: string;
  help?: string;
  value: string[];
  onChange: (value: string[]) => void;
  options: { value: string; label: React.ReactNode; description?: string; lang?: string }[];
  readOnly: boolean;
  cols?: { base: number; sm?: number; md?: number };
}) {
  const error = useFieldError(props.path);
  const id = fieldId(props.path);
  const describedBy = [props.help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="plain-fieldset" id={id} aria-describedby={describedBy || undefined}>
      <legend className="fieldset-legend">{props.legend}</legend>
      {props.help && (
        <Text size="sm" id={`${id}-help`} mb={4}>
          {props.help}
        </Text>
      )}
      <GroupError path={props.path} />
      <Checkbox.Group value={props.value} onChange={props.readOnly ? () => undefined : props.onChange}>
        <SimpleGrid cols={props.cols ?? { base: 1, sm: 2 }} spacing={8} verticalSpacing={8} mt={6}>
          {props.options.map((o) => (
            <Checkbox
              key={o.value}
              value={o.value}
              label={o.label}
              description={o.description}
              readOnly={props.readOnly}
              lang={o.lang}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </fieldset>
  );
}

/** A number typed the Belgian way ("1,5" or "1.5"); the text stays as typed while it cannot be read yet. */
function NumberField(props: {
  path: string;
  label: string;
  description?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  integer?: boolean;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const shown = (v: number | null) =>
    v === null ? "" : i18n.language === "en" ? String(v) : String(v).replace(".", ",");
  const [text, setText] = useState(() => shown(props.value));
  const [seen, setSeen] = useState(props.value);
  if (seen !== props.value) {
    // Changed from outside (a restored draft): show the new value.
    setSeen(props.value);
    if (parse(text) !== props.value) setText(shown(props.value));
  }
  function parse(raw: string): number | null | undefined {
    const compact = raw.trim().replace(/\s/g, "");
    if (compact === "") return null;
    const normal = compact.replace(",", ".");
    if (!/^\d+(\.\d+)?$/.test(normal)) return undefined;
    const n = Number(normal);
    return props.integer && !Number.isInteger(n) ? undefined : n;
  }
  const parsed = parse(text);
  const localError = parsed === undefined ? t(props.integer ? "candidacy.wholeNumber" : "candidacy.number") : undefined;
  const serverError = useFieldError(props.path);
  return (
    <TextField
      path={props.path}
      label={props.label}
      description={props.description}
      value={text}
      error={localError ?? serverError}
      readOnly={props.readOnly}
      inputMode={props.integer ? "numeric" : "decimal"}
      onChange={(raw) => {
        setText(raw);
        const next = parse(raw);
        if (next !== undefined) {
          setSeen(next);
          props.onChange(next);
        }
      }}
    />
  );
}

function Section({
  id,
  title,
  order,
  children,
}: {
  id: string;
  title: string;
  order: 2 | 3;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="form-section">
      <Title order={order} id={id} mb="sm" size={order === 2 ? "h3" : "h4"}>
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </section>
  );
}

export function CandidacyFields({
  base,
  value,
  onChange,
  call,
  personaNames,
  taxonomy,
  readOnly = false,
  headingOrder = 2,
}: {
  /** "draft" for the applicant's editor, "content" for the coordinator's form: the body's property. */
  base: string;
  value: CandidacyContent;
  onChange: (next: CandidacyContent) => void;
  call: CallView;
  personaNames: ReadonlyMap<string, string>;
  taxonomy: Taxonomy | undefined;
  readOnly?: boolean;
  headingOrder?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const p = (path: string) => `${base}.${path}`;
  const sid = (name: string) => `${base}-section-${name}`;
  const set = <K extends keyof CandidacyContent>(key: K, next: CandidacyContent[K]) =>
    onChange({ ...value, [key]: next });
  const personaName = (slug: string) => personaNames.get(slug) ?? slug;

  const chosenPersonas = useMemo(() => {
    const slugs = call.challenges.filter((c) => value.challenges.includes(c.number)).flatMap((c) => c.personas);
    return [...new Set([...slugs, ...value.personas])];
  }, [call.challenges, value.challenges, value.personas]);

  const setChallenges = (numbers: string[]) => {
    const challenges = numbers.map(Number).sort((a, b) => a - b);
    // Personas belong to the chosen challenges: those of a challenge no longer chosen go with it.
    const allowed = new Set(call.challenges.filter((c) => challenges.includes(c.number)).flatMap((c) => c.personas));
    onChange({ ...value, challenges, personas: value.personas.filter((s) => allowed.has(s)) });
  };

  const languageOptions = [...new Set([...contactLanguages, ...value.languages])];

  return (
    <Stack gap="xl">
      <Section id={sid("project")} title={t("candidacy.section.project")} order={headingOrder}>
        <TextField
          path={p("title")}
          label={t("candidacy.field.title")}
          description={t("candidacy.field.titleHelp")}
          value={value.title}
          readOnly={readOnly}
          onChange={(title) => set("title", title)}
        />
        <TextField
          path={p("summary")}
          label={t("candidacy.field.summary")}
          description={t("candidacy.field.summaryHelp")}
          value={value.summary}
          multiline
          readOnly={readOnly}
          onChange={(summary) => set("summary", summary)}
        />
      </Section>

      <Section id={sid("challenges")} title={t("candidacy.section.challenges")} order={headingOrder}>
        <Text size="sm">
          <Link to={`/addenda/${call.region.slug}#uitdagingen`}>
            {t("candidacy.readChallenges", { region: call.region.name })}
          </Link>
        </Text>
        <CheckboxGroup
          path={p("challenges")}
          legend={t("candidacy.field.challenges")}
          value={value.challenges.map(String)}
          onChange={setChallenges}
          readOnly={readOnly}
          options={call.challenges.map((c) => ({
            value: String(c.number),
            label: t("addendum.challenge", { number: c.number }),
            description:
              c.personas.length > 0
                ? t("candidacy.challengePersonas", { names: c.personas.map(personaName).join(", ") })
                : undefined,
          }))}
        />
        {chosenPersonas.length === 0 ? (
          <Text size="sm" id={fieldId(p("personas"))} tabIndex={-1}>
            {t("candidacy.choosePersonasFirst")}
          </Text>
        ) : (
          <CheckboxGroup
            path={p("personas")}
            legend={t("candidacy.field.personas")}
            help={t("candidacy.field.personasHelp")}
            value={value.personas}
            onChange={(personas) => set("personas", personas)}
            readOnly={readOnly}
            cols={{ base: 2, sm: 3 }}
            options={chosenPersonas.map((slug) => ({ value: slug, label: personaName(slug) }))}
          />
        )}
      </Section>

      <Section id={sid("services")} title={t("candidacy.section.services")} order={headingOrder}>
        {taxonomy ? (
          <CheckboxGroup
            path={p("serviceTypes")}
            legend={t("candidacy.field.serviceTypes")}
            value={value.serviceTypes}
            onChange={(serviceTypes) => set("serviceTypes", serviceTypes)}
            readOnly={readOnly}
            options={taxonomy.serviceTypes.map((s) => ({ value: s.code, label: nameIn(s.name, i18n.language) }))}
          />
        ) : (
          <Text size="sm">{t("common.loading")}</Text>
        )}
        <CheckboxGroup
          path={p("municipalities")}
          legend={t("candidacy.field.municipalities")}
          value={value.municipalities}
          onChange={(municipalities) => set("municipalities", municipalities)}
          readOnly={readOnly}
          cols={{ base: 2, sm: 3 }}
          options={call.municipalities.map((m) => ({ value: m, label: m, lang: "nl" }))}
        />
      </Section>

      <Section id={sid("capacity")} title={t("candidacy.section.capacity")} order={headingOrder}>
        <NumberField
          path={p("capacity.trajectoriesPerYear")}
          label={t("candidacy.field.trajectoriesPerYear")}
          value={value.capacity.trajectoriesPerYear}
          integer
          readOnly={readOnly}
          onChange={(trajectoriesPerYear) => set("capacity", { ...value.capacity, trajectoriesPerYear })}
        />
        <NumberField
          path={p("capacity.staffFte")}
          label={t("candidacy.field.staffFte")}
          description={t("candidacy.field.staffFteHelp")}
          value={value.capacity.staffFte}
          readOnly={readOnly}
          onChange={(staffFte) => set("capacity", { ...value.capacity, staffFte })}
        />
      </Section>

      <Section id={sid("approach")} title={t("candidacy.section.approach")} order={headingOrder}>
        <fieldset className="plain-fieldset" id={fieldId(p("approach"))}>
          <legend className="fieldset-legend">{t("candidacy.field.approachLegend")}</legend>
          <GroupError path={p("approach")} />
          <Stack gap={8} mt={6}>
            {(["outreach", "persistent", "allLifeDomains"] as const).map((key) => (
              <Checkbox
                key={key}
                id={fieldId(p(`approach.${key}`))}
                label={t(`candidacy.field.${key}`)}
                description={t(`candidacy.field.${key}Help`)}
                checked={value.approach[key]}
                readOnly={readOnly}
                onChange={(e) => {
                  if (!readOnly) set("approach", { ...value.approach, [key]: e.currentTarget.checked });
                }}
              />
            ))}
          </Stack>
        </fieldset>
        <TextField
          path={p("approach.description")}
          label={t("candidacy.field.approachDescription")}
          value={value.approach.description}
          multiline
          readOnly={readOnly}
          onChange={(description) => set("approach", { ...value.approach, description })}
        />
      </Section>

      <Section id={sid("languages")} title={t("candidacy.section.languages")} order={headingOrder}>
        <CheckboxGroup
          path={p("languages")}
          legend={t("candidacy.field.languages")}
          help={t("candidacy.field.languagesHelp")}
          value={value.languages}
          onChange={(languages) => set("languages", languages)}
          readOnly={readOnly}
          cols={{ base: 2, sm: 3, md: 4 }}
          options={languageOptions.map((code) => ({ value: code, label: languageName(code, i18n.language) }))}
        />
      </Section>

      <Section id={sid("budget")} title={t("candidacy.section.budget")} order={headingOrder}>
        <NumberField
          path={p("budget.amountEuro")}
          label={t("candidacy.field.amountEuro")}
          description={t("candidacy.field.amountEuroHelp")}
          value={value.budget.amountEuro}
          readOnly={readOnly}
          onChange={(amountEuro) => set("budget", { ...value.budget, amountEuro })}
        />
        <TextField
          path={p("budget.explanation")}
          label={t("candidacy.field.budgetExplanation")}
          value={value.budget.explanation}
          multiline
          readOnly={readOnly}
          onChange={(explanation) => set("budget", { ...value.budget, explanation })}
        />
      </Section>

      <Section id={sid("contact")} title={t("candidacy.section.contact")} order={headingOrder}>
        <TextField
          path={p("contact.name")}
          label={t("candidacy.field.contactName")}
          value={value.contact.name}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(name) => set("contact", { ...value.contact, name })}
        />
        <TextField
          path={p("contact.email")}
          type="email"
          label={t("candidacy.field.contactEmail")}
          value={value.contact.email}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(email) => set("contact", { ...value.contact, email })}
        />
        <TextField
          path={p("contact.phone")}
          type="tel"
          label={t("candidacy.field.contactPhone")}
          value={value.contact.phone}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(phone) => set("contact", { ...value.contact, phone })}
        />
      </Section>
    </Stack>
  );
}
