// The trajectory on the overview: status with its reason, the companion (the one trusted person), start and end, the
// outcome at exit and the follow-up six months later, and the history of changes. The companion and the case
// director change the status, close it and record the follow-up; the case director names another companion. The
// server decides which status may follow which (domain/trajectory-status.ts); the form offers only those.
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client.ts";
import {
  useAssignCompanion,
  useChangeStatus,
  useCloseTrajectory,
  useCompanions,
  useRecordFollowUp,
  type ClientFile,
  type TrajectoryView,
} from "../../api/clients.ts";
import { focusSoon } from "../../components/ErrorSummary.tsx";
import { formatDate, formatInstant } from "../../format/dates.ts";
import { exitOutcomes } from "../../../../server/src/domain/trajectory-codes.ts";
import { Fact } from "./ClientOverviewPage.tsx";

type Mode = "status" | "close" | "followUp" | "assign";
const endings = ["completed", "stopped", "dropped_out"] as const;
const needsReason = ["paused", "stopped", "dropped_out"];

function todayInBrussels(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Brussels" }).format(new Date());
}

export function TrajectorySection({ file }: { file: ClientFile }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode | null>(null);
  const [message, setMessage] = useState("");
  const buttonsRef = useRef<HTMLDivElement>(null);
  const trajectory = file.trajectory;
  if (!trajectory) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="trajectory-title">
        <Title order={2} size="h3" id="trajectory-title">
          {t("clients.trajectory.title")}
        </Title>
        <Text>{t("clients.trajectory.none")}</Text>
      </Paper>
    );
  }
  const staff = file.access.canWrite;
  const ended = trajectory.endedAt !== null;
  const canMove = trajectory.nextStatuses.some((s) => !(endings as readonly string[]).includes(s));
  const canClose = trajectory.nextStatuses.some((s) => (endings as readonly string[]).includes(s));
  const followUpOpen = ended && trajectory.followUpDoneAt === null && trajectory.followUpDueOn !== null;
  const followUpDue = followUpOpen && (trajectory.followUpDueOn ?? "") <= todayInBrussels();
  const done = (text: string) => {
    setMode(null);
    if (text) setMessage(text);
    focusSoon(() => buttonsRef.current?.querySelector("button") ?? document.getElementById("trajectory-title"));
  };
  const open = (next: Mode) => {
    setMessage("");
    setMode(next);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trajectory-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="trajectory-title" tabIndex={-1}>
          {t("clients.trajectory.title")}
        </Title>
        <dl className="content-list">
          <Fact label={t("clients.trajectory.status")}>{t(`clients.status.${trajectory.status}`)}</Fact>
          {trajectory.statusReason && <Fact label={t("clients.trajectory.reason")}>{trajectory.statusReason}</Fact>}
          <Fact label={t("clients.trajectory.companion")}>
            {trajectory.companion.name} ({trajectory.companion.organisation})
          </Fact>
          <Fact label={t("clients.trajectory.startedAt")}>
            {formatDate(trajectory.startedAt, i18n.language, false)}
          </Fact>
          {trajectory.endedAt && (
            <Fact label={t("clients.trajectory.endedAt")}>{formatDate(trajectory.endedAt, i18n.language, false)}</Fact>
          )}
          {trajectory.exitOutcome && (
            <Fact label={t("clients.trajectory.exitOutcome")}>
              {t(`clients.exitOutcome.${trajectory.exitOutcome}`)}
            </Fact>
          )}
          {trajectory.followUpDueOn && (
            <Fact label={t("clients.trajectory.followUpDue")}>
              {trajectory.followUpDoneAt
                ? `${t(`clients.exitOutcome.${trajectory.followUpOutcome ?? "unreachable"}`)} (${formatDate(trajectory.followUpDoneAt, i18n.language, false)})`
                : t("clients.caseload.followUpDue", {
                    date: formatDate(trajectory.followUpDueOn, i18n.language, false),
                  })}
            </Fact>
          )}
          {trajectory.followUpNote && (
            <Fact label={t("clients.trajectory.followUpNote")}>{trajectory.followUpNote}</Fact>
          )}
        </dl>
        <Text role="status" fw={600}>
          {message}
        </Text>
        {staff && mode === null && (
          <Group className="wrap-buttons" ref={buttonsRef}>
            {canMove && (
              <Button variant="outline" onClick={() => open("status")}>
                {t("clients.trajectory.changeStatus")}
              </Button>
            )}
            {canClose && (
              <Button variant="outline" onClick={() => open("close")}>
                {t("clients.trajectory.close")}
              </Button>
            )}
            {followUpDue && (
              <Button variant="outline" onClick={() => open("followUp")}>
                {t("clients.trajectory.followUp")}
              </Button>
            )}
            {file.access.canAssign && !ended && (
              <Button variant="outline" onClick={() => open("assign")}>
                {t("clients.trajectory.assign")}
              </Button>
            )}
          </Group>
        )}
        {staff && followUpOpen && !followUpDue && trajectory.followUpDueOn && (
          <Text size="sm">
            {t("clients.trajectory.followUpLater", {
              date: formatDate(trajectory.followUpDueOn, i18n.language, false),
            })}
          </Text>
        )}
        {mode === "status" && <StatusForm trajectory={trajectory} onDone={done} />}
        {mode === "close" && <CloseForm clientId={file.id} trajectory={trajectory} onDone={done} />}
        {mode === "followUp" && <FollowUpForm trajectory={trajectory} onDone={done} />}
        {mode === "assign" && <AssignForm file={file} trajectory={trajectory} onDone={done} />}
        {staff && <History trajectory={trajectory} />}
      </Stack>
    </Paper>
  );
}

function History({ trajectory }: { trajectory: TrajectoryView }) {
  const { t, i18n } = useTranslation();
  const label = (e: TrajectoryView["events"][number]) => {
    switch (e.kind) {
      case "status":
        return e.from
          ? t("clients.trajectory.event.statusFrom", {
              from: t(`clients.status.${e.from}`),
              to: t(`clients.status.${e.to}`),
            })
          : t("clients.trajectory.event.status", { to: t(`clients.status.${e.to}`) });
      case "companion":
        return t("clients.trajectory.event.companion", { from: e.from ?? "", to: e.to });
      case "closure":
        return t("clients.trajectory.event.closure", { to: t(`clients.exitOutcome.${e.to}`) });
      case "follow_up":
        return t("clients.trajectory.event.follow_up", { to: t(`clients.exitOutcome.${e.to}`) });
    }
  };
  return (
    <div>
      <Title order={3} size="h4" mb="xs">
        {t("clients.trajectory.history")}
      </Title>
      {trajectory.events.length === 0 ? (
        <Text>{t("clients.trajectory.noHistory")}</Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: "1.2em" }}>
          {trajectory.events.map((e, index) => (
            <li key={`${e.at}-${index}`}>
              <Text span fw={600}>
                {label(e)}
              </Text>
              {e.reason && <Text span>{` — ${e.reason}`}</Text>}
              <Text size="sm">{t("clients.trajectory.by", { at: formatInstant(e.at, i18n.language), by: e.by })}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A small form's submit with the server's refusal next to the field or above the buttons. */
function useSubmit<B>(
  mutation: {
    mutate: (body: B, options: { onSuccess: (file: ClientFile) => void; onError: (e: Error) => void }) => void;
  },
  onSaved: (file: ClientFile) => void,
) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refused | null>(null);
  const submit = (body: B, local: Record<string, string> = {}) => {
    setRefusal(null);
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      const first = Object.keys(local)[0];
      focusSoon(() => document.getElementById(`trajectory-${first}`));
      return;
    }
    mutation.mutate(body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          const found = Object.fromEntries(error.fields.map((f) => [f.path, f.message]));
          setFieldErrors(found);
          focusSoon(() => document.getElementById(`trajectory-${error.fields[0]?.path}`));
        } else {
          setRefusal({ text: error.message, code: error instanceof ApiError ? error.code : null });
          focusSoon(() => document.getElementById("trajectory-refusal"));
        }
      },
    });
  };
  return { fieldErrors, refusal, submit };
}

function FormButtons({ pending, onCancel, label }: { pending: boolean; onCancel: () => void; label: string }) {
  const { t } = useTranslation();
  return (
    <Group className="wrap-buttons">
      <Button type="submit" loading={pending}>
        {label}
      </Button>
      <Button variant="subtle" onClick={onCancel}>
        {t("clients.form.cancel")}
      </Button>
    </Group>
  );
}

interface Refused {
  text: string;
  code: string | null;
}

/** The server's refusal; `children` add where to act (a link) for the refusals that have one. */
function Refusal({ refusal, children }: { refusal: Refused | null; children?: React.ReactNode }) {
  if (!refusal) return null;
  return (
    <Alert color="red" role="alert" id="trajectory-refusal" tabIndex={-1}>
      <Stack gap={4}>
        <Text size="sm">{refusal.text}</Text>
        {children}
      </Stack>
    </Alert>
  );
}

function StatusForm({ trajectory, onDone }: { trajectory: TrajectoryView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const change = useChangeStatus(trajectory.id);
  const options = trajectory.nextStatuses.filter((s) => !(endings as readonly string[]).includes(s));
  const [status, setStatus] = useState<string>(options[0] ?? "");
  const [reason, setReason] = useState("");
  const { fieldErrors, refusal, submit } = useSubmit(change, () => onDone(t("clients.trajectory.statusSaved")));
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const local: Record<string, string> = {};
    if (needsReason.includes(status) && reason.trim() === "") local.reason = t("clients.trajectory.reasonRequired");
    submit({ status: status as TrajectoryView["status"], reason }, local);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="plain-fieldset">
        <legend className="fieldset-legend">{t("clients.trajectory.changeStatus")}</legend>
        <Stack gap="sm">
          <NativeSelect
            id="trajectory-status"
            label={t("clients.trajectory.newStatus")}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value)}
            data={options.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))}
            error={fieldErrors.status}
          />
          <Textarea
            id="trajectory-reason"
            label={t("clients.trajectory.reason")}
            description={t("clients.trajectory.reasonHelp")}
            required={needsReason.includes(status)}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors.reason}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Refusal refusal={refusal} />
          <FormButtons pending={change.isPending} onCancel={() => onDone("")} label={t("clients.form.save")} />
        </Stack>
      </fieldset>
    </form>
  );
}

function CloseForm({
  clientId,
  trajectory,
  onDone,
}: {
  clientId: string;
  trajectory: TrajectoryView;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const close = useCloseTrajectory(trajectory.id);
  const options = endings.filter((s) => trajectory.nextStatuses.includes(s));
  const [status, setStatus] = useState<(typeof endings)[number]>(options[0] ?? "stopped");
  const [outcome, setOutcome] = useState<string>("");
  const [reason, setReason] = useState("");
  // The closing message names the follow-up date, which only the server's answer knows.
  const { fieldErrors, refusal, submit } = useSubmit(close, (saved) => {
    const due = saved.trajectory?.followUpDueOn;
    onDone(due ? t("clients.trajectory.closed", { date: formatDate(due, i18n.language, false) }) : "");
  });
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (close.isPending) return;
    const local: Record<string, string> = {};
    if (outcome === "") local.exitOutcome = t("clients.trajectory.exitOutcome");
    if (needsReason.includes(status) && reason.trim() === "") local.reason = t("clients.trajectory.reasonRequired");
    submit({ status, exitOutcome: outcome as (typeof exitOutcomes)[number], reason }, local);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="plain-fieldset">
        <legend className="fieldset-legend">{t("clients.trajectory.close")}</legend>
        <Stack gap="sm">
          <Text size="sm">{t("clients.trajectory.closeIntro")}</Text>
          <NativeSelect
            id="trajectory-status"
            label={t("clients.trajectory.endStatus")}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as (typeof endings)[number])}
            data={options.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))}
            error={fieldErrors.status}
          />
          <NativeSelect
            id="trajectory-exitOutcome"
            label={t("clients.trajectory.exitOutcome")}
            required
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            data={[
              { value: "", label: "—" },
              ...exitOutcomes.map((o) => ({ value: o, label: t(`clients.exitOutcome.${o}`) })),
            ]}
            error={fieldErrors.exitOutcome}
          />
          <Textarea
            id="trajectory-reason"
            label={t("clients.trajectory.reason")}
            description={t("clients.trajectory.reasonHelp")}
            required={needsReason.includes(status)}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors.reason}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Refusal refusal={refusal}>
            {/* Open referrals keep a trajectory from closing: where to complete or end them. */}
            {refusal?.code === "clients.open_referrals" && (
              <Anchor component={Link} to={`/clienten/${clientId}/doorverwijzingen`} size="sm">
                {t("clients.trajectory.toReferrals")}
              </Anchor>
            )}
          </Refusal>
          <FormButtons pending={close.isPending} onCancel={() => onDone("")} label={t("clients.trajectory.close")} />
        </Stack>
      </fieldset>
    </form>
  );
}

function FollowUpForm({ trajectory, onDone }: { trajectory: TrajectoryView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const record = useRecordFollowUp(trajectory.id);
  const [outcome, setOutcome] = useState("");
  const [note, setNote] = useState("");
  const { fieldErrors, refusal, submit } = useSubmit(record, () => onDone(t("clients.trajectory.followUpSaved")));
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const local: Record<string, string> = {};
    if (outcome === "") local.outcome = t("clients.trajectory.followUpOutcomeLabel");
    submit({ outcome: outcome as "unreachable", note }, local);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="plain-fieldset">
        <legend className="fieldset-legend">{t("clients.trajectory.followUp")}</legend>
        <Stack gap="sm">
          <NativeSelect
            id="trajectory-outcome"
            label={t("clients.trajectory.followUpOutcomeLabel")}
            required
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            data={[
              { value: "", label: "—" },
              ...[...exitOutcomes, "unreachable"].map((o) => ({ value: o, label: t(`clients.exitOutcome.${o}`) })),
            ]}
            error={fieldErrors.outcome}
          />
          <Textarea
            id="trajectory-note"
            label={t("clients.trajectory.followUpNoteLabel")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldErrors.note}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <Refusal refusal={refusal} />
          <FormButtons pending={record.isPending} onCancel={() => onDone("")} label={t("clients.form.save")} />
        </Stack>
      </fieldset>
    </form>
  );
}

function AssignForm({
  file,
  trajectory,
  onDone,
}: {
  file: ClientFile;
  trajectory: TrajectoryView;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const assign = useAssignCompanion(trajectory.id);
  const companions = useCompanions(file.region.slug);
  const others = (companions.data?.companions ?? []).filter((c) => c.userId !== trajectory.companion.userId);
  const [userId, setUserId] = useState("");
  const [reason, setReason] = useState("");
  const { fieldErrors, refusal, submit } = useSubmit(assign, () => onDone(t("clients.trajectory.assigned")));
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (assign.isPending) return;
    const local: Record<string, string> = {};
    if (userId === "") local.userId = t("clients.trajectory.newCompanion");
    submit({ userId, reason }, local);
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="plain-fieldset">
        <legend className="fieldset-legend">{t("clients.trajectory.assign")}</legend>
        <Stack gap="sm">
          <Text size="sm">{t("clients.trajectory.assignIntro")}</Text>
          <NativeSelect
            id="trajectory-userId"
            label={t("clients.trajectory.newCompanion")}
            required
            value={userId}
            onChange={(e) => setUserId(e.currentTarget.value)}
            data={[
              { value: "", label: "—" },
              ...others.map((c) => ({ value: c.userId, label: `${c.name} (${c.organisation})` })),
            ]}
            error={fieldErrors.userId}
          />
          <Textarea
            id="trajectory-reason"
            label={t("clients.trajectory.reason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors.reason}
            maxLength={1000}
            autosize
            minRows={2}
          />
          <Refusal refusal={refusal} />
          <FormButtons pending={assign.isPending} onCancel={() => onDone("")} label={t("clients.form.save")} />
        </Stack>
      </fieldset>
    </form>
  );
}
