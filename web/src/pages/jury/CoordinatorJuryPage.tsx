// The coordinator's jury page for a call: criteria and score visibility, the jury's members, the progress of the
// review (with conflicts of interest to release) and the consensus per candidacy.
import { Anchor, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCriteria, useReviewProgress } from "../../api/jury.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { CallHeading } from "../calls/phase.tsx";
import { ConsensusSection } from "./ConsensusSection.tsx";
import { CriteriaSection, VisibilitySection } from "./CriteriaSection.tsx";
import { MembersSection } from "./MembersSection.tsx";
import { ProgressSection } from "./ProgressSection.tsx";

export function CoordinatorJuryPage() {
  const { callId = "" } = useParams();
  const { t } = useTranslation();
  const progress = useReviewProgress(callId);
  const criteria = useCriteria(callId);
  const back = (
    <Anchor component={Link} to={`/beheer/oproepen/${callId}`} size="sm">
      {t("jury.manage.back")}
    </Anchor>
  );
  if (!progress.data || !criteria.data) {
    const failed = progress.error ?? criteria.error;
    return (
      <Stack>
        {back}
        <PageTitle>{t("jury.manage.loadingTitle")}</PageTitle>
        {failed ? (
          <ErrorMessage error={failed} onRetry={() => void Promise.all([progress.refetch(), criteria.refetch()])} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  const { call } = progress.data;
  return (
    <Stack gap="xl">
      {back}
      <CallHeading title={t("jury.manage.title", { region: call.region.name })} call={call} />
      <ProgressSection callId={callId} progress={progress.data} />
      <MembersSection callId={callId} />
      <CriteriaSection key={String(criteria.data.locked)} callId={callId} view={criteria.data} />
      <VisibilitySection callId={callId} view={criteria.data} />
      <ConsensusSection callId={callId} progress={progress.data} />
    </Stack>
  );
}
