import { Anchor, Box, Card, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { usePublicCalls } from "../api/calls.ts";
import { usePublicAddendum } from "../api/queries.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../components/QueryState.tsx";
import { formatDate } from "../format/dates.ts";
import { ArenaSection } from "./addendum/ArenaSection.tsx";
import { ChallengesSection } from "./addendum/ChallengesSection.tsx";
import { ApplicationSection, ContactSection } from "./addendum/ContactSection.tsx";
import { FindingsSection } from "./addendum/FindingsSection.tsx";
import { LocalInputSection } from "./addendum/LocalInputSection.tsx";
import { lookups } from "./addendum/lookup.ts";
import { TimingSection } from "./addendum/TimingSection.tsx";

const sections = [
  "werkingsgebied",
  "uitdagingen",
  "analyse",
  "arena",
  "lokale-input",
  "timing",
  "contact",
  "kandidatuur",
] as const;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} mt="xl">
      <Title order={2} id={id} mb="sm" className="section-anchor" tabIndex={-1}>
        {title}
      </Title>
      {children}
    </Box>
  );
}

export function AddendumPage() {
  const { slug = "" } = useParams();
  const { t, i18n } = useTranslation();
  const query = usePublicAddendum(slug);

  if (query.isPending || query.isError) {
    return (
      <Stack>
        <PageTitle>{t("addendum.loadingTitle")}</PageTitle>
        {query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      </Stack>
    );
  }

  const { region, version, document, milestones, references } = query.data;
  const names = lookups(references, i18n.language);

  return (
    <article>
      <Text fw={600} size="sm" tt="uppercase" c="dimmed">
        {t("addendum.kicker")}
      </Text>
      <PageTitle documentTitle={region.name}>
        <span lang="nl">
          {document.title.includes(region.name) ? document.title : `${document.title} ${region.name}`}
        </span>
      </PageTitle>
      <Text c="dimmed" size="sm">
        {t("addendum.versionInfo", { version: version.number, date: formatDate(version.publishedAt, i18n.language) })}
      </Text>

      <Card withBorder mt="md" padding="md" component="nav" aria-labelledby="toc-heading" className="toc">
        <Title order={2} size="h4" id="toc-heading" mb="xs">
          {t("addendum.toc")}
        </Title>
        <ol>
          {sections.map((id) => (
            <li key={id}>
              <Anchor href={`#${id}`}>{t(`addendum.section.${id}`)}</Anchor>
            </li>
          ))}
        </ol>
      </Card>

      <Section id="werkingsgebied" title={t("addendum.section.werkingsgebied")}>
        <Text mb="xs">
          {t("addendum.municipalitiesLead", { count: region.municipalities.length, region: region.name })}
        </Text>
        <List lang="nl" style={{ columns: "2 10rem" }}>
          {region.municipalities.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      </Section>
      <Section id="uitdagingen" title={t("addendum.section.uitdagingen")}>
        <ChallengesSection document={document} names={names} />
      </Section>
      <Section id="analyse" title={t("addendum.section.analyse")}>
        <FindingsSection document={document} names={names} />
      </Section>
      <Section id="arena" title={t("addendum.section.arena")}>
        <ArenaSection document={document} names={names} />
      </Section>
      <Section id="lokale-input" title={t("addendum.section.lokale-input")}>
        <LocalInputSection document={document} />
      </Section>
      <Section id="timing" title={t("addendum.section.timing")}>
        <Text mb="sm">{t("timing.lead")}</Text>
        <TimingSection milestones={milestones} />
      </Section>
      <Section id="contact" title={t("addendum.section.contact")}>
        <ContactSection document={document} />
      </Section>
      <Section id="kandidatuur" title={t("addendum.section.kandidatuur")}>
        <ApplicationSection document={document} />
        <RegionCalls slug={region.slug} name={region.name} />
      </Section>
    </article>
  );
}

/** The region's calls, where a candidacy is drafted and submitted online. */
function RegionCalls({ slug, name }: { slug: string; name: string }) {
  const { t } = useTranslation();
  const calls = usePublicCalls();
  const mine = (calls.data?.calls ?? []).filter((c) => c.region.slug === slug);
  if (mine.length === 0) return null;
  return (
    <Box mt="md">
      <Text fw={600}>{t("addendum.callsLead", { region: name })}</Text>
      <List>
        {mine.map((c) => (
          <List.Item key={c.id}>
            <Anchor component={Link} to={`/oproepen/${c.id}`}>
              <span lang="nl">{c.title}</span>
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Box>
  );
}
