// A submitted revision, read-only: every part of the candidacy with its names in the reader's language.
import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CandidacyContent, RevisionSummary, Taxonomy } from "../../api/types.ts";
import { formatInstant, formatNumber } from "../../format/dates.ts";
import { nameIn } from "../../format/names.ts";
import { languageName } from "./CandidacyFields.tsx";

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="content-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ContentView({
  content,
  personaNames,
  taxonomy,
  headingOrder = 2,
}: {
  content: CandidacyContent;
  personaNames: ReadonlyMap<string, string>;
  taxonomy: Taxonomy | undefined;
  headingOrder?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const none = t("revision.none");
  const list = (items: string[]) => (items.length === 0 ? none : items.join(", "));
  const serviceName = (code: string) => {
    const found = taxonomy?.serviceTypes.find((s) => s.code === code);
    return found ? nameIn(found.name, i18n.language) : code;
  };
  const number = (n: number | null) => (n === null ? none : formatNumber(n, i18n.language));
  const text = (s: string) => (s.trim() ? <span className="pre-line">{s}</span> : none);
  const approach = (["outreach", "persistent", "allLifeDomains"] as const)
    .filter((k) => content.approach[k])
    .map((k) => t(`candidacy.field.${k}`));

  const group = (title: string, children: React.ReactNode) => (
    <section>
      <Title order={headingOrder} size={headingOrder === 2 ? "h3" : "h4"} mb="xs">
        {title}
      </Title>
      <dl className="content-list">{children}</dl>
    </section>
  );

  return (
    <Stack gap="lg">
      {group(
        t("candidacy.section.project"),
        <>
          <Item label={t("candidacy.field.title")}>{text(content.title)}</Item>
          <Item label={t("candidacy.field.summary")}>{text(content.summary)}</Item>
        </>,
      )}
      {group(
        t("candidacy.section.challenges"),
        <>
          <Item label={t("candidacy.field.challenges")}>
            {list(content.challenges.map((n) => t("addendum.challenge", { number: n })))}
          </Item>
          <Item label={t("candidacy.field.personas")}>
            {list(content.personas.map((s) => personaNames.get(s) ?? s))}
          </Item>
        </>,
      )}
      {group(
        t("candidacy.section.services"),
        <>
          <Item label={t("candidacy.field.serviceTypes")}>{list(content.serviceTypes.map(serviceName))}</Item>
          <Item label={t("candidacy.field.municipalities")}>
            <span lang="nl">{list(content.municipalities)}</span>
          </Item>
        </>,
      )}
      {group(
        t("candidacy.section.capacity"),
        <>
          <Item label={t("candidacy.field.trajectoriesPerYear")}>{number(content.capacity.trajectoriesPerYear)}</Item>
          <Item label={t("candidacy.field.staffFte")}>{number(content.capacity.staffFte)}</Item>
        </>,
      )}
      {group(
        t("candidacy.section.approach"),
        <>
          <Item label={t("candidacy.field.approachLegend")}>{list(approach)}</Item>
          <Item label={t("candidacy.field.approachDescription")}>{text(content.approach.description)}</Item>
        </>,
      )}
      {group(
        t("candidacy.section.languages"),
        <Item label={t("candidacy.field.languages")}>
          {list(content.languages.map((code) => languageName(code, i18n.language)))}
        </Item>,
      )}
      {group(
        t("candidacy.section.budget"),
        <>
          <Item label={t("candidacy.field.amountEuro")}>
            {content.budget.amountEuro === null
              ? none
              : t("revision.euro", { amount: number(content.budget.amountEuro) })}
          </Item>
          <Item label={t("candidacy.field.budgetExplanation")}>{text(content.budget.explanation)}</Item>
        </>,
      )}
      {group(
        t("candidacy.section.contact"),
        <>
          <Item label={t("candidacy.field.contactName")}>{text(content.contact.name)}</Item>
          <Item label={t("candidacy.field.contactEmail")}>{text(content.contact.email)}</Item>
          <Item label={t("candidacy.field.contactPhone")}>{text(content.contact.phone)}</Item>
        </>,
      )}
      <Text size="xs" c="dimmed">
        {t("revision.readOnly")}
      </Text>
    </Stack>
  );
}

/** When a revision was received, how (portal or e-mail, and by whom), and its receipt code. */
export function RevisionFacts({ revision }: { revision: RevisionSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Text>{t("candidacy.receipt.at", { date: formatInstant(revision.receivedAt, i18n.language) })}</Text>
      <Text>
        {t("candidacy.revisions.via")}: {t(`candidacy.via.${revision.receivedVia}`)}
        {revision.submittedBy ? ` (${revision.submittedBy})` : ""}
      </Text>
      <Text>
        {t("candidacy.receipt.code")}: <strong className="receipt-code">{revision.receiptCode}</strong>
      </Text>
    </>
  );
}
