// One referral for the receiving partner worker (/doorverwijzingen/:id): the client's data the referral asks and
// the consent covers (nothing more), the sender's message and goal, the answer (accept, waitlist or decline with a
// reason; start; complete with a result; end), structured feedback, the warm hand-over and the history. When the
// consent is revoked or expires, or the referral closes, the server answers 404 and the page says it is not
// available, without anything of the client.
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import {
  useGiveFeedback,
  useReceiverStep,
  useReferral,
  type FeedbackBody,
  type ReceiverStepBody,
  type ReferralDetail,
} from "../../api/referrals.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { feedbackAttendance, feedbackProgress } from "../../../../server/src/domain/trajectory-codes.ts";
import { noRefusal, refusalOf, useLifeDomainNames, type Refusal } from "../clients/plan/common.tsx";
import { useServiceName } from "../partnerships/PartnershipPage.tsx";
import { FeedbackList, HandoverSection, History, ReferralMoments, SharedData, StateBadge, StepForm } from "./parts.tsx";

export function ReferralPage() {
  const { t } = useTranslation();
  const referralId = useParams().id ?? "";
  const detail = useReferral(referralId);
  const back = (
    <Anchor component={Link} to="/doorverwijzingen" size="sm">
      {t("referrals.page.back")}
    </Anchor>
  );
  if (!detail.data) {
    const gone = detail.error instanceof ApiError && detail.error.status === 404;
    return (
      <Stack>
        {back}
        <PageTitle>{gone ? t("referrals.page.notFoundTitle") : t("referrals.page.loadingTitle")}</PageTitle>
        {gone ? (
          <Alert color="orange" role="alert">
            {t("referrals.page.notFoundText")}
          </Alert>
        ) : detail.isError ? (
          <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {back}
      <ReferralBody referral={detail.data} />
    </Stack>
  );
}

function ReferralBody({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const step = useReceiverStep();
  const domains = useLifeDomainNames();
  const serviceName = useServiceName();
  const name = [referral.shared.client.givenName, referral.shared.client.familyName].join(" ").trim();
  return (
    <>
      <PageTitle>{t("referrals.page.title", { name })}</PageTitle>
      <Paper withBorder p="sm" component="section" aria-labelledby="referral-about">
        <Stack gap="xs">
          <Title order={2} size="h3" id="referral-about" style={{ overflowWrap: "anywhere" }}>
            {referral.offer.name} ({serviceName(referral.offer.serviceType)})
          </Title>
          <Group>
            <StateBadge referral={referral} />
          </Group>
          <ReferralMoments referral={referral} />
          <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            <strong>{t("referrals.detail.message")}</strong> {referral.message || t("referrals.detail.noMessage")}
          </Text>
          {referral.goal && (
            <Text style={{ overflowWrap: "anywhere" }}>
              <strong>{t("referrals.detail.goal")}</strong> {domains.name(referral.goal.lifeDomain)}:{" "}
              {referral.goal.text}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-label={t("referrals.page.answer")}>
        <StepForm
          referral={referral}
          pending={step.isPending}
          onStep={(body, done) =>
            step.mutate(
              { referralId: referral.id, body: body as ReceiverStepBody },
              {
                onError: done.onError,
                onSuccess: (result) => {
                  done.onSuccess();
                  // A closed referral is no longer the partner's to see: back to the inbox, saying what happened.
                  if (!result.stillVisible) {
                    void navigate("/doorverwijzingen", {
                      state: {
                        notice: t("referrals.page.closedNotice", { state: t(`referrals.state.${result.state}`) }),
                      },
                    });
                  }
                },
              },
            )
          }
        />
      </Paper>
      {referral.canGiveFeedback && <FeedbackForm referralId={referral.id} />}
      <Paper withBorder p="sm">
        <HandoverSection referral={referral} side="receiver" />
      </Paper>
      <Paper withBorder p="sm">
        <SharedData
          referral={referral}
          domains={domains}
          headingId="referral-shared"
          title={t("referrals.page.client")}
        />
      </Paper>
      <FeedbackList referral={referral} headingId="referral-feedback" />
      <History referral={referral} headingId="referral-history" />
    </>
  );
}

function FeedbackForm({ referralId }: { referralId: string }) {
  const { t } = useTranslation();
  const give = useGiveFeedback();
  const [attendance, setAttendance] = useState("");
  const [progress, setProgress] = useState("");
  const [summary, setSummary] = useState("");
  const [nextStep, setNextStep] = useState("");
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [message, setMessage] = useState("");
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage("");
    const fields: Record<string, string> = {};
    if (!attendance) fields.attendance = t("referrals.feedbackForm.required");
    if (!progress) fields.progress = t("referrals.feedbackForm.required");
    if (!summary.trim()) fields.summary = t("referrals.feedbackForm.required");
    if (Object.keys(fields).length > 0) {
      setRefusal({ fields, general: null });
      const first = ["attendance", "progress", "summary"].find((f) => fields[f]);
      document.getElementById(`feedback-${first}`)?.focus();
      return;
    }
    give.mutate(
      {
        referralId,
        body: {
          attendance: attendance as FeedbackBody["attendance"],
          progress: progress as FeedbackBody["progress"],
          summary,
          nextStep,
        },
      },
      {
        onSuccess: () => {
          setRefusal(noRefusal);
          setAttendance("");
          setProgress("");
          setSummary("");
          setNextStep("");
          setMessage(t("referrals.feedbackForm.saved"));
        },
        onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))),
      },
    );
  };
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="feedback-form-title">
      <Title order={2} size="h3" id="feedback-form-title" mb="xs">
        {t("referrals.feedbackForm.title")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="xs" maw={560}>
          <NativeSelect
            id="feedback-attendance"
            label={t("referrals.feedbackForm.attendance")}
            value={attendance}
            onChange={(e) => setAttendance(e.currentTarget.value)}
            data={[
              { value: "", label: t("referrals.feedbackForm.pick") },
              ...feedbackAttendance.map((a) => ({ value: a, label: t(`referrals.attendance.${a}`) })),
            ]}
            error={refusal.fields.attendance}
            required
          />
          <NativeSelect
            id="feedback-progress"
            label={t("referrals.feedbackForm.progress")}
            value={progress}
            onChange={(e) => setProgress(e.currentTarget.value)}
            data={[
              { value: "", label: t("referrals.feedbackForm.pick") },
              ...feedbackProgress.map((p) => ({ value: p, label: t(`referrals.progress.${p}`) })),
            ]}
            error={refusal.fields.progress}
            required
          />
          <Textarea
            id="feedback-summary"
            label={t("referrals.feedbackForm.summary")}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={refusal.fields.summary}
            maxLength={4000}
            autosize
            minRows={3}
            required
          />
          <TextInput
            id="feedback-nextStep"
            label={t("referrals.feedbackForm.nextStep")}
            value={nextStep}
            onChange={(e) => setNextStep(e.currentTarget.value)}
            error={refusal.fields.nextStep}
            maxLength={2000}
          />
          {refusal.general && (
            <Alert color="red" role="alert">
              {refusal.general}
            </Alert>
          )}
          <Text role="status" fw={600} size="sm">
            {message}
          </Text>
          <Group>
            <Button type="submit" loading={give.isPending}>
              {t("referrals.feedbackForm.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
