// The coordinator's view of a call: the submitted candidacies (never drafts), each with its latest revision.
import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { formatEnterpriseNumber } from "../../../../server/src/domain/enterprise-number.ts";
import { useCallCandidacies, useTaxonomy } from "../../api/calls.ts";
import { ApiError } from "../../api/client.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { FormationSection } from "../partnerships/FormationSection.tsx";
import { formatInstant } from "../../format/dates.ts";
import { attachmentHref } from "../../api/attachments.ts";
import { AttachmentList } from "./AttachmentList.tsx";
import { ContentView, RevisionFacts } from "./ContentView.tsx";
import { CallHeading } from "./phase.tsx";
import { usePersonaNames } from "./references.ts";

export function CoordinatorCallPage() {
  const { callId = "" } = useParams();
  const { t, i18n } = useTranslation();
  const query = useCallCandidacies(callId);
  const back = (
    <Anchor component={Link} to="/beheer" size="sm">
      {t("manage.back")}
    </Anchor>
  );

  if (!query.data) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("manage.loadingTitle")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const { call, candidacies } = query.data;
  return (
    <Stack gap="lg">
      {back}
      <CallHeading title={t("manage.title", { region: call.region.name })} call={call} />
      <Paper withBorder p="md" component="section" aria-labelledby="manage-timeline">
        <Stack gap="xs" align="flex-start" className="wrap-buttons">
          <Title order={2} size="h3" id="manage-timeline">
            {t("timeline.sectionTitle")}
          </Title>
          <Text>{t("timeline.sectionText")}</Text>
          <Button component={Link} to={`/beheer/oproepen/${call.id}/tijdlijn`}>
            {t("timeline.link")}
          </Button>
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="manage-coverage">
        <Stack gap="xs" align="flex-start" className="wrap-buttons">
          <Title order={2} size="h3" id="manage-coverage">
            {t("manage.coverageTitle")}
          </Title>
          <Text>{t("manage.coverageText")}</Text>
          <Button component={Link} to={`/beheer/oproepen/${call.id}/dekking`}>
            {t("manage.coverageLink")}
          </Button>
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="manage-jury">
        <Stack gap="xs" align="flex-start" className="wrap-buttons">
          <Title order={2} size="h3" id="manage-jury">
            {t("jury.manage.sectionTitle")}
          </Title>
          <Text>{t("jury.manage.sectionText")}</Text>
          <Button component={Link} to={`/beheer/oproepen/${call.id}/jury`}>
            {t("jury.manage.link")}
          </Button>
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="manage-decisions">
        <Stack gap="xs" align="flex-start" className="wrap-buttons">
          <Title order={2} size="h3" id="manage-decisions">
            {t("decisions.manage.sectionTitle")}
          </Title>
          <Text>{t("decisions.manage.sectionText")}</Text>
          <Button component={Link} to={`/beheer/oproepen/${call.id}/beslissingen`}>
            {t("decisions.manage.link")}
          </Button>
        </Stack>
      </Paper>
      <FormationSection callId={call.id} />
      <Paper withBorder p="md" component="section" aria-labelledby="manage-pitches">
        <Stack gap="xs" align="flex-start" className="wrap-buttons">
          <Title order={2} size="h3" id="manage-pitches">
            {t("pitches.section.title")}
          </Title>
          <Text>{t("pitches.section.text")}</Text>
          <Button component={Link} to={`/beheer/oproepen/${call.id}/pitches`}>
            {t("pitches.section.link")}
          </Button>
        </Stack>
      </Paper>
      <Group gap="md" wrap="wrap">
        <Anchor component={Link} to={`/beheer/oproepen/${call.id}/per-e-mail`} fw={700}>
          {t("manage.byEmailLink")}
        </Anchor>
        <Anchor component={Link} to={`/oproepen/${call.id}`}>
          {t("manage.publicLink")}
        </Anchor>
      </Group>
      <section aria-labelledby="manage-candidacies">
        <Title order={2} id="manage-candidacies" mb="sm">
          {t("manage.candidacies", { count: candidacies.length })}
        </Title>
        {candidacies.length === 0 ? (
          <Text>{t("manage.none")}</Text>
        ) : (
          <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
            <caption className="table-caption">{t("manage.caption")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("manage.organisation")}</Table.Th>
                <Table.Th scope="col">{t("manage.enterpriseNumber")}</Table.Th>
                <Table.Th scope="col">{t("manage.latest")}</Table.Th>
                <Table.Th scope="col">{t("manage.received")}</Table.Th>
                <Table.Th scope="col">{t("candidacy.revisions.via")}</Table.Th>
                <Table.Th scope="col">{t("candidacy.revisions.code")}</Table.Th>
                <Table.Th scope="col">{t("manage.revisionCount")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidacies.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/beheer/oproepen/${call.id}/kandidaturen/${c.id}`}>
                      {c.organisation.name}
                    </Anchor>
                    {c.latestRevision.content.title && <Text size="sm">{c.latestRevision.content.title}</Text>}
                  </Table.Th>
                  <Table.Td data-label={t("manage.enterpriseNumber")}>
                    {formatEnterpriseNumber(c.organisation.enterpriseNumber)}
                  </Table.Td>
                  <Table.Td data-label={t("manage.latest")}>
                    {t("manage.versionN", { version: c.latestRevision.number })}
                  </Table.Td>
                  <Table.Td data-label={t("manage.received")}>
                    {formatInstant(c.latestRevision.receivedAt, i18n.language)}
                  </Table.Td>
                  <Table.Td data-label={t("candidacy.revisions.via")}>
                    {t(`candidacy.via.${c.latestRevision.receivedVia}`)}
                  </Table.Td>
                  <Table.Td data-label={t("candidacy.revisions.code")}>
                    <span className="receipt-code">{c.latestRevision.receiptCode}</span>
                  </Table.Td>
                  <Table.Td data-label={t("manage.revisionCount")}>{c.revisionCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
}

export function CoordinatorCandidacyPage() {
  const { callId = "", candidacyId = "" } = useParams();
  const { t } = useTranslation();
  const query = useCallCandidacies(callId);
  const taxonomy = useTaxonomy();
  const personaNames = usePersonaNames();
  const back = (
    <Anchor component={Link} to={`/beheer/oproepen/${callId}`} size="sm">
      {t("manage.backToList")}
    </Anchor>
  );
  const candidacy = query.data?.candidacies.find((c) => c.id === candidacyId);
  if (!query.data || !candidacy) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("manage.loadingCandidacy")}</PageTitle>
        {query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data ? (
          <ErrorMessage error={new ApiError(404, "not_found", "")} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  const r = candidacy.latestRevision;
  return (
    <Stack gap="lg">
      {back}
      <div>
        <Text fw={600} size="sm" c="dimmed">
          {t("calls.region", { name: query.data.call.region.name })}
        </Text>
        <PageTitle>{t("manage.candidacyTitle", { organisation: candidacy.organisation.name })}</PageTitle>
      </div>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text>
            {t("manage.enterpriseNumber")}: {formatEnterpriseNumber(candidacy.organisation.enterpriseNumber)}
          </Text>
          <Text>{t("manage.versionOf", { version: r.number, count: candidacy.revisionCount })}</Text>
          <RevisionFacts revision={r} />
        </Stack>
      </Paper>
      <ContentView content={r.content} personaNames={personaNames} taxonomy={taxonomy.data} />
      <AttachmentList attachments={r.attachments} hrefFor={attachmentHref.coordinator(callId, candidacy.id)} />
    </Stack>
  );
}
