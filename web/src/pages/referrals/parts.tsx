// What the companion's referral tab and the partner worker's referral page share: the state with its reason, the
// moments (answer due, feedback due), the timed history, the feedback received, the warm hand-over with its form,
// the form for the next step (only the steps the server offers this side, with their reasons) and what the partner
// sees of the client.
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHandover, type ReferralDetail, type ReferralSummary } from "../../api/referrals.ts";
import { brusselsToUtc, formatDate, formatInstant } from "../../format/dates.ts";
import { noRefusal, refusalOf, type LifeDomainNames, type Refusal } from "../clients/plan/common.tsx";

export function StateBadge({ referral }: { referral: Pick<ReferralSummary, "state" | "stateReason"> }) {
  const { t } = useTranslation();
  // Dark shades under white text: the contrast holds for every state (WCAG 2.1 AA); the text says the state.
  const color = {
    draft: "gray.8",
    sent: "blue.9",
    accepted: "teal.9",
    waitlisted: "grape.9",
    started: "teal.9",
    completed: "green.9",
    declined: "red.9",
    ended: "dark",
  }[referral.state];
  return (
    <Badge color={color} variant="filled" tt="none" style={{ whiteSpace: "normal", height: "auto" }}>
      {t(`referrals.state.${referral.state}`)}
      {referral.stateReason ? ` — ${t(`referrals.reason.${referral.stateReason}`)}` : ""}
    </Badge>
  );
}

/** The referral's moments: sent, the answer due (and overdue), the rhythm and the next feedback. */
export function ReferralMoments({ referral }: { referral: ReferralSummary }) {
  const { t, i18n } = useTranslation();
  const lines: string[] = [];
  if (referral.sentAt) lines.push(t("referrals.moments.sent", { at: formatInstant(referral.sentAt, i18n.language) }));
  if (referral.state === "sent" && referral.answerDueAt) {
    const at = formatInstant(referral.answerDueAt, i18n.language);
    lines.push(
      referral.answerOverdue ? t("referrals.moments.answerOverdue", { at }) : t("referrals.moments.answerDue", { at }),
    );
  }
  lines.push(
    referral.feedbackEveryDays === null
      ? t("referrals.moments.rhythmNone")
      : t("referrals.moments.rhythm", { count: referral.feedbackEveryDays }),
  );
  if (referral.feedbackDueAt) {
    const at = formatInstant(referral.feedbackDueAt, i18n.language);
    lines.push(
      referral.feedbackOverdue
        ? t("referrals.moments.feedbackOverdue", { at })
        : t("referrals.moments.feedbackDue", { at }),
    );
  }
  return (
    <Stack gap={2}>
      {lines.map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}

export function History({ referral, headingId }: { referral: ReferralDetail; headingId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {t("referrals.history.title")}
      </Title>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {referral.events.map((event, index) => (
          <li key={`${event.at}-${index}`}>
            <Text size="sm">
              {t("referrals.history.item", {
                at: formatInstant(event.at, i18n.language),
                state: t(`referrals.state.${event.toState}`),
                by: event.by ?? t("referrals.history.system"),
              })}
              {event.reason ? ` (${t(`referrals.reason.${event.reason}`)})` : ""}
            </Text>
            {event.noteCode && (
              <Text size="sm" c="dimmed">
                {t(`referrals.history.noteCode.${event.noteCode}`)}
              </Text>
            )}
            {event.note && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {event.note}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function FeedbackList({ referral, headingId }: { referral: ReferralDetail; headingId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {t("referrals.feedback.title")}
      </Title>
      {referral.feedback.length === 0 ? (
        <Text size="sm">{t("referrals.feedback.none")}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {referral.feedback.map((f) => (
            <Paper component="li" withBorder p="xs" key={f.id}>
              <Text size="sm" fw={600}>
                {t("referrals.feedback.meta", { at: formatInstant(f.givenAt, i18n.language), by: f.by })}
              </Text>
              <Text size="sm">
                {t("referrals.feedback.attendanceIs", { value: t(`referrals.attendance.${f.attendance}`) })} ·{" "}
                {t("referrals.feedback.progressIs", { value: t(`referrals.progress.${f.progress}`) })}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {f.summary}
              </Text>
              {f.nextStep && (
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {t("referrals.feedback.nextStepIs", { value: f.nextStep })}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}

/** The warm hand-over: the first appointment at the partner, together; planned or changed from either side. */
export function HandoverSection({ referral, side }: { referral: ReferralDetail; side: "sender" | "receiver" }) {
  const { t, i18n } = useTranslation();
  const plan = useHandover(side);
  const prefix = `handover-${referral.id}`;
  const [title, setTitle] = useState(referral.handover?.title ?? t("referrals.handover.defaultTitle"));
  const [date, setDate] = useState("");
  const [from, setFrom] = useState("");
  const [until, setUntil] = useState("");
  const [place, setPlace] = useState(referral.handover?.place ?? "");
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [message, setMessage] = useState("");
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage("");
    const startsAt = brusselsToUtc(date, from);
    const endsAt = brusselsToUtc(date, until);
    const fields: Record<string, string> = {};
    if (!title.trim()) fields.title = t("referrals.handover.titleRequired");
    if (startsAt === null) fields.startsAt = t("referrals.handover.whenInvalid");
    if (endsAt === null) fields.endsAt = t("referrals.handover.whenInvalid");
    if (Object.keys(fields).length > 0 || startsAt === null || endsAt === null) {
      setRefusal({ fields, general: null });
      document.getElementById(`${prefix}-${fields.title ? "title" : fields.startsAt ? "date" : "until"}`)?.focus();
      return;
    }
    plan.mutate(
      { referralId: referral.id, body: { title, startsAt, endsAt, place } },
      {
        onSuccess: () => {
          setRefusal(noRefusal);
          setMessage(t("referrals.handover.saved"));
        },
        onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))),
      },
    );
  };
  return (
    <section aria-labelledby={`${prefix}-heading`}>
      <Title order={3} size="h4" id={`${prefix}-heading`} mb="xs">
        {t("referrals.handover.title")}
      </Title>
      {referral.handover ? (
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {t("referrals.handover.planned", {
            title: referral.handover.title,
            from: formatInstant(referral.handover.startsAt, i18n.language),
            until: formatInstant(referral.handover.endsAt, i18n.language),
            place: referral.handover.place || t("referrals.handover.noPlace"),
          })}
        </Text>
      ) : (
        <Text size="sm">{t("referrals.handover.none")}</Text>
      )}
      {referral.canPlanHandover && (
        <form onSubmit={onSubmit} noValidate aria-label={t("referrals.handover.formLabel")}>
          <Stack gap="xs" mt="xs" maw={520}>
            <TextInput
              id={`${prefix}-title`}
              label={t("referrals.handover.what")}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={refusal.fields.title}
              maxLength={200}
              required
            />
            <TextInput
              id={`${prefix}-date`}
              label={t("referrals.handover.date")}
              description={t("referrals.handover.dateHelp")}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={refusal.fields.startsAt}
              required
            />
            <Group grow>
              <TextInput
                id={`${prefix}-from`}
                label={t("referrals.handover.from")}
                description={t("referrals.handover.timeHelp")}
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
                required
              />
              <TextInput
                id={`${prefix}-until`}
                label={t("referrals.handover.until")}
                description={t("referrals.handover.timeHelp")}
                value={until}
                onChange={(e) => setUntil(e.currentTarget.value)}
                error={refusal.fields.endsAt}
                required
              />
            </Group>
            <TextInput
              id={`${prefix}-place`}
              label={t("referrals.handover.place")}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              error={refusal.fields.place}
              maxLength={300}
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
              <Button type="submit" variant="light" loading={plan.isPending}>
                {referral.handover ? t("referrals.handover.change") : t("referrals.handover.plan")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}

/**
 * The next step, as the server offers it to this side: a choice of steps, the reason where the step needs one, and
 * an optional note. `onStep` sends it; a refusal comes back in the reader's language.
 */
export function StepForm({
  referral,
  pending,
  onStep,
}: {
  referral: ReferralDetail;
  pending: boolean;
  onStep: (
    body: { step: string; reason?: string; note?: string },
    done: { onError: (e: unknown) => void; onSuccess: () => void },
  ) => void;
}) {
  const { t } = useTranslation();
  const prefix = `step-${referral.id}`;
  const [step, setStep] = useState("");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const chosen = referral.steps.find((s) => s.step === step);
  if (referral.steps.length === 0) return null;
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setRefusal({ fields: { step: t("referrals.steps.chooseStep") }, general: null });
      document.getElementById(`${prefix}-${referral.steps[0]!.step}`)?.focus();
      return;
    }
    if (chosen.reasons.length > 0 && !chosen.reasons.includes(reason)) {
      setRefusal({ fields: { reason: t("referrals.steps.chooseReason") }, general: null });
      document.getElementById(`${prefix}-reason`)?.focus();
      return;
    }
    onStep(
      { step, ...(chosen.reasons.length > 0 ? { reason } : {}), ...(note.trim() ? { note } : {}) },
      {
        onSuccess: () => {
          setRefusal(noRefusal);
          setStep("");
          setReason("");
          setNote("");
        },
        onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))),
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-heading`}>
      <Title order={3} size="h4" id={`${prefix}-heading`} mb="xs">
        {t("referrals.steps.title")}
      </Title>
      <Stack gap="xs" maw={520}>
        <Radio.Group
          label={t("referrals.steps.which")}
          value={step}
          onChange={(value) => {
            setStep(value);
            setReason("");
          }}
          error={refusal.fields.step}
        >
          <Stack gap={6} mt={4}>
            {referral.steps.map((s) => (
              <Radio key={s.step} id={`${prefix}-${s.step}`} value={s.step} label={t(`referrals.step.${s.step}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {chosen && chosen.reasons.length > 0 && (
          <NativeSelect
            id={`${prefix}-reason`}
            label={t("referrals.steps.reason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data={[
              { value: "", label: t("referrals.steps.pickReason") },
              ...chosen.reasons.map((r) => ({ value: r, label: t(`referrals.reason.${r}`) })),
            ]}
            error={refusal.fields.reason}
            required
          />
        )}
        <Textarea
          id={`${prefix}-note`}
          label={t("referrals.steps.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={refusal.fields.note}
          maxLength={2000}
          autosize
          minRows={2}
        />
        {refusal.general && (
          <Alert color="red" role="alert">
            {refusal.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {t("referrals.steps.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What the partner sees of the client: the categories asked and consented, and only those data. */
export function SharedData({
  referral,
  domains,
  headingId,
  title,
}: {
  referral: ReferralDetail;
  domains: LifeDomainNames;
  headingId: string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const { shared } = referral;
  const languageNames = new Intl.DisplayNames([i18n.language], { type: "language" });
  const languageName = (code: string) => {
    try {
      return languageNames.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {title}
      </Title>
      <Text size="sm" mb="xs">
        {t("referrals.shared.categories", {
          categories: shared.categories.map((c) => t(`referrals.category.${c}`)).join(", "),
        })}
      </Text>
      <dl className="referral-facts" style={{ margin: 0 }}>
        <dt>{t("referrals.shared.name")}</dt>
        <dd style={{ overflowWrap: "anywhere" }}>
          {[shared.client.givenName, shared.client.familyName].join(" ").trim()}
        </dd>
        {shared.client.birthDate && (
          <>
            <dt>{t("referrals.shared.birthDate")}</dt>
            <dd>{formatDate(shared.client.birthDate, i18n.language, false)}</dd>
          </>
        )}
        <dt>{t("referrals.shared.languages")}</dt>
        <dd>
          {shared.client.contactLanguages.map(languageName).join(", ")}
          {shared.client.interpreterNeeded ? ` — ${t("referrals.shared.interpreter")}` : ""}
        </dd>
        {(shared.client.phone || shared.client.email) && (
          <>
            <dt>{t("referrals.shared.contact")}</dt>
            <dd style={{ overflowWrap: "anywhere" }}>
              {[shared.client.phone, shared.client.email].filter(Boolean).join(" · ")}
            </dd>
          </>
        )}
        <dt>{t("referrals.shared.municipality")}</dt>
        <dd>
          {shared.client.municipality ??
            (shared.client.residence === "no_reference_address"
              ? t("referrals.shared.noReferenceAddress")
              : t("referrals.shared.unknown"))}
        </dd>
      </dl>
      {shared.scan && shared.scan.domains.length > 0 && (
        <>
          <Title order={3} size="h4" mt="sm" mb={4}>
            {t("referrals.shared.scan", { date: formatDate(shared.scan.takenOn, i18n.language, false) })}
          </Title>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {shared.scan.domains.map((d) => (
              <li key={d.lifeDomain}>
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  {t("referrals.shared.score", { domain: domains.name(d.lifeDomain), score: d.score })}
                  {d.strengths ? ` — ${t("referrals.shared.strengths", { value: d.strengths })}` : ""}
                  {d.wish ? ` — ${t("referrals.shared.wish", { value: d.wish })}` : ""}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {shared.notes.length > 0 && (
        <>
          <Title order={3} size="h4" mt="sm" mb={4}>
            {t("referrals.shared.notes")}
          </Title>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {shared.notes.map((n) => (
              <li key={n.id}>
                <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                  {formatInstant(n.writtenAt, i18n.language)}: {n.text}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
