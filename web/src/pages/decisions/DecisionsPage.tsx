// The coordinator's decisions on a call (/beheer/oproepen/:callId/beslissingen): a decision per submitted candidacy,
// prepared privately; the coverage of the selected ones; publishing them in one batch; after that, what each letter
// said ("voorlopig" while a weerwoord window is open or a weerwoord unhandled) and the weerwoorden to handle.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCallCandidacies } from "../../api/calls.ts";
import { useCallDecisions } from "../../api/decisions.ts";
import type { CallDecisions, CoordinatorDecision } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";
import { fieldId } from "../editor/fields.tsx";
import { PhaseLine } from "../calls/phase.tsx";
import { FormationSection } from "../partnerships/FormationSection.tsx";
import { DecisionForm } from "./DecisionForm.tsx";
import { ObjectionsSection } from "./ObjectionsSection.tsx";
import { PublishSection } from "./PublishSection.tsx";
import { outcomeWords } from "./words.ts";

export function DecisionsPage() {
  const { callId = "" } = useParams();
  const { t, i18n } = useTranslation();
  const query = useCallDecisions(callId);
  const call = useCallCandidacies(callId);
  const back = (
    <Anchor component={Link} to={`/beheer/oproepen/${callId}`} size="sm">
      {t("decisions.manage.back")}
    </Anchor>
  );
  if (!query.data || !call.data) {
    const failed = query.error ?? call.error;
    return (
      <Stack>
        {back}
        <PageTitle>{t("decisions.manage.loadingTitle")}</PageTitle>
        {failed ? (
          <ErrorMessage error={failed} onRetry={() => void Promise.all([query.refetch(), call.refetch()])} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  const view = query.data;
  const published = view.decisionsPublishedAt;
  return (
    <Stack gap="xl">
      {back}
      <div>
        <PageTitle>{t("decisions.manage.title", { region: call.data.call.region.name })}</PageTitle>
        <Stack gap={4}>
          <Text lang="nl">{call.data.call.title}</Text>
          <PhaseLine state={view.state} />
          {published ? (
            <>
              <Text fw={600}>
                {t("decisions.manage.publishedAt", { date: formatInstant(published, i18n.language) })}
              </Text>
              <Text>{view.provisional ? t("decisions.manage.provisional") : t("decisions.manage.final")}</Text>
            </>
          ) : (
            <Text>{view.canPrepare ? t("decisions.manage.intro") : t("decisions.manage.notDeciding")}</Text>
          )}
        </Stack>
      </div>
      {published && !view.provisional && <FormationSection callId={callId} onlyWhenFinal />}
      <CoverageLink callId={callId} view={view} />
      <section aria-labelledby="decisions-candidacies">
        <Title order={2} id="decisions-candidacies" mb="sm">
          {t("decisions.manage.candidaciesTitle")}
        </Title>
        {view.candidacies.length === 0 ? (
          <Text>{t("decisions.manage.none")}</Text>
        ) : (
          <Stack gap="md">
            {view.candidacies.map((c) => (
              <CandidacyDecision key={c.candidacyId} callId={callId} view={view} candidacy={c} />
            ))}
          </Stack>
        )}
      </section>
      <PublishSection callId={callId} view={view} />
      {published && <ObjectionsSection callId={callId} />}
    </Stack>
  );
}

function CoverageLink({ callId, view }: { callId: string; view: CallDecisions }) {
  const { t } = useTranslation();
  const selected = view.candidacies.filter((c) => c.decision?.outcome === "selected").map((c) => c.candidacyId);
  if (view.candidacies.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decisions-coverage">
      <Stack gap="xs" align="flex-start" className="wrap-buttons">
        <Title order={2} size="h3" id="decisions-coverage">
          {t("decisions.manage.coverageTitle")}
        </Title>
        {selected.length === 0 ? (
          <Text>{t("decisions.manage.coverageNone")}</Text>
        ) : (
          <>
            <Text>{t("decisions.manage.coverageText", { count: selected.length })}</Text>
            <Button
              component={Link}
              variant="outline"
              to={`/beheer/oproepen/${callId}/dekking?selectie=${selected.map(encodeURIComponent).join(",")}`}
            >
              {t("decisions.manage.coverageLink")}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function CandidacyDecision({
  callId,
  view,
  candidacy,
}: {
  callId: string;
  view: CallDecisions;
  candidacy: CoordinatorDecision;
}) {
  const { t, i18n } = useTranslation();
  const decision = candidacy.decision;
  const reopened = decision?.reopenedAt != null;
  const editable = reopened || (view.canPrepare && view.decisionsPublishedAt === null);
  const headingId = `decision-${candidacy.candidacyId}`;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      id={fieldId(`candidacies.${candidacy.candidacyId}`)}
    >
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            {candidacy.organisation}
          </Title>
          {candidacy.title && <Text size="sm">{candidacy.title}</Text>}
        </div>
        {decision?.published && (
          <div>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>
                {t("decisions.manage.published", { outcome: outcomeWords(t, decision.published.outcome) })}
              </Text>
              {view.provisional && (
                <Badge color="orange" variant="light" tt="none">
                  {t("decisions.manage.provisionalTag")}
                </Badge>
              )}
            </Group>
            <Text size="sm">{formatInstant(decision.published.at, i18n.language)}</Text>
            {decision.published.motivation && !editable && (
              <>
                <Text fw={600} mt="xs">
                  {t("decisions.manage.motivationLabel")}
                </Text>
                <Text style={{ whiteSpace: "pre-wrap" }}>{decision.published.motivation}</Text>
              </>
            )}
          </div>
        )}
        {reopened && decision.reopenedAt && (
          <Text>{t("decisions.manage.reopened", { date: formatInstant(decision.reopenedAt, i18n.language) })}</Text>
        )}
        {editable ? (
          <>
            {decision && !decision.published && (
              <Text size="sm">
                {t("decisions.manage.prepared", {
                  outcome: outcomeWords(t, decision.outcome),
                  date: formatInstant(decision.preparedAt, i18n.language),
                })}
              </Text>
            )}
            {!decision && <Text size="sm">{t("decisions.manage.notPrepared")}</Text>}
            <DecisionForm callId={callId} candidacy={candidacy} />
          </>
        ) : (
          !decision && <Text size="sm">{t("decisions.manage.notPrepared")}</Text>
        )}
      </Stack>
    </Paper>
  );
}
