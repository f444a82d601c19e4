// The coordinator's pitch planning for a call (/beheer/oproepen/:callId/pitches): the matching days, the slots in
// time order with their invitation status, the suggested groups per challenge ("Samen te horen") and a form to plan
// a slot. Each slot can be changed in place (the same form) or cancelled with a reason in a dialog; a cancelled one
// stays in the list. Invitations, updates and cancellations (with pitch.ics) go to the outbox.
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCallCandidacies } from "../../api/calls.ts";
import { ApiError } from "../../api/client.ts";
import { useCancelSlot, useDeleteSlot, usePitchPlan, useSendInvitations } from "../../api/pitches.ts";
import type { PitchPlan, SlotMessages, SlotView } from "../../api/types.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { focusSoon } from "../../components/ErrorSummary.tsx";
import { formatDate, formatInstant } from "../../format/dates.ts";
import { CallHeading } from "../calls/phase.tsx";
import { SlotForm, type SlotPrefill, slotTime } from "./SlotForm.tsx";

export function PitchesPage() {
  const { callId = "" } = useParams();
  const { t, i18n } = useTranslation();
  const plan = usePitchPlan(callId);
  const call = useCallCandidacies(callId);
  const [prefill, setPrefill] = useState<SlotPrefill | null>(null);
  // One slot is changed at a time: its form takes the place of its details.
  const [editing, setEditing] = useState<string | null>(null);
  const back = (
    <Anchor component={Link} to={`/beheer/oproepen/${callId}`} size="sm">
      {t("pitches.back")}
    </Anchor>
  );
  if (!plan.data || !call.data) {
    const failed = plan.error ?? call.error;
    return (
      <Stack>
        {back}
        <PageTitle>{t("pitches.loadingTitle")}</PageTitle>
        {failed ? (
          <ErrorMessage error={failed} onRetry={() => void Promise.all([plan.refetch(), call.refetch()])} />
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  const view = plan.data;
  const onPlanGroup = (challengeNumber: number, candidacyIds: string[]) => {
    setPrefill({ challengeNumber, candidacyIds, key: Date.now() });
    focusSoon(() => document.getElementById("pitch-form-title"));
  };
  return (
    <Stack gap="xl">
      {back}
      <CallHeading title={t("pitches.title", { region: call.data.call.region.name })} call={call.data.call} />
      {!view.canPlan && <Text>{t("pitches.notPlanning")}</Text>}
      <section aria-labelledby="pitch-days">
        <Title order={2} size="h3" id="pitch-days" mb="xs">
          {t("pitches.daysTitle")}
        </Title>
        {view.matchingDays.length === 0 ? (
          <Text>{t("pitches.noDays")}</Text>
        ) : (
          <ul>
            {view.matchingDays.map((d) => (
              <li key={d}>{formatDate(d, i18n.language)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pitch-slots">
        <Title order={2} id="pitch-slots" mb="sm">
          {t("pitches.slotsTitle")}
        </Title>
        {view.slots.length === 0 ? (
          <Text>{t("pitches.noSlots")}</Text>
        ) : (
          <Stack gap="md">
            {view.slots.map((s) => (
              <SlotCard
                key={s.id}
                callId={callId}
                slot={s}
                plan={view}
                editing={editing === s.id}
                onEdit={(on) => setEditing(on ? s.id : null)}
              />
            ))}
          </Stack>
        )}
      </section>
      <GroupsSection view={view} canPlan={view.canPlan} onPlan={onPlanGroup} />
      {view.canPlan && <SlotForm key={prefill?.key ?? 0} callId={callId} plan={view} prefill={prefill} />}
    </Stack>
  );
}

/** "3 gewijzigde uitnodigingen, 1 annulering": what a change or cancellation put in the outbox. */
function useSentSummary() {
  const { t } = useTranslation();
  return (sent: SlotMessages) =>
    (["update", "cancellation", "invitation"] as const)
      .map((kind) => ({ kind, count: sent.messages.filter((m) => m.kind === kind).length }))
      .filter((k) => k.count > 0)
      .map((k) => t(`pitches.sent.${k.kind}`, { count: k.count }))
      .join(", ");
}

function SlotCard({
  callId,
  slot,
  plan,
  editing,
  onEdit,
}: {
  callId: string;
  slot: SlotView;
  plan: PitchPlan;
  editing: boolean;
  onEdit: (on: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const send = useSendInvitations(callId);
  const remove = useDeleteSlot(callId);
  const cancel = useCancelSlot(callId);
  const summarise = useSentSummary();
  const [open, setOpen] = useState(false);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [cancelRefusal, setCancelRefusal] = useState<string | null>(null);
  const focusWhenCancelled = useRef(false);
  const [message, setMessage] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const time = slotTime(slot, i18n.language);
  const cancelled = slot.cancelledAt !== null;
  const headingId = `slot-${slot.id}`;
  const refusalId = `slot-${slot.id}-refusal`;
  const editButtonId = `slot-${slot.id}-edit`;
  const reasonId = `slot-${slot.id}-reason`;
  const showRefusal = (error: Error) => {
    setRefusal(error.message);
    focusSoon(() => document.getElementById(refusalId));
  };
  // The buttons go once the plan shows the slot as cancelled, the one that opened the dialog with them: the focus
  // moves to the slot's heading then, not to the page.
  useEffect(() => {
    if (!focusWhenCancelled.current || !cancelled) return;
    focusWhenCancelled.current = false;
    focusSoon(() => document.getElementById(headingId));
  }, [cancelled, headingId]);
  const onSend = () => {
    if (send.isPending) return;
    setMessage("");
    setRefusal(null);
    send.mutate(slot.id, {
      onSuccess: (sent) => setMessage(t("pitches.slot.sent", { count: sent.messages.length })),
      onError: showRefusal,
    });
  };
  const onDelete = () => {
    setOpen(false);
    setRefusal(null);
    remove.mutate(slot.id, {
      onSuccess: () => focusSoon(() => document.getElementById("pitch-slots")),
      onError: showRefusal,
    });
  };
  const onSaved = (saved: SlotMessages) => {
    onEdit(false);
    setRefusal(null);
    const summary = summarise(saved);
    setMessage(summary ? t("pitches.edit.savedSent", { summary }) : t("pitches.edit.saved"));
    focusSoon(() => document.getElementById(headingId));
  };
  const onCloseEdit = () => {
    onEdit(false);
    focusSoon(() => document.getElementById(editButtonId));
  };
  const openCancel = () => {
    setReason("");
    setReasonError(undefined);
    setCancelRefusal(null);
    setCancelOpen(true);
  };
  const onCancel = (event: React.FormEvent) => {
    event.preventDefault();
    if (cancel.isPending) return;
    if (reason.trim() === "") {
      setReasonError(t("pitches.cancel.reasonRequired"));
      focusSoon(() => document.getElementById(reasonId));
      return;
    }
    cancel.mutate(
      { slotId: slot.id, body: { reason: reason.trim() } },
      {
        onSuccess: (sent) => {
          setCancelOpen(false);
          setRefusal(null);
          const summary = summarise(sent);
          setMessage(summary ? t("pitches.cancel.doneSent", { summary }) : t("pitches.cancel.done"));
          focusWhenCancelled.current = true;
        },
        onError: (error) => {
          const field = error instanceof ApiError ? error.fields.find((f) => f.path === "reason") : undefined;
          if (field) {
            setReasonError(field.message);
            focusSoon(() => document.getElementById(reasonId));
          } else {
            setCancelRefusal(error.message);
          }
        },
      },
    );
  };
  const status = cancelled
    ? t("pitches.slot.cancelled", { date: formatInstant(slot.cancelledAt!, i18n.language) })
    : slot.invitedAt
      ? slot.changedSinceInvitation
        ? t("pitches.slot.changed")
        : t("pitches.slot.invited", { date: formatInstant(slot.invitedAt, i18n.language), version: slot.sequence + 1 })
      : t("pitches.slot.notInvited");
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      bg={cancelled ? "var(--mantine-color-gray-0)" : undefined}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId} tabIndex={-1}>
          {cancelled ? t("pitches.slot.cancelledTitle", { time }) : time}
        </Title>
        {editing ? (
          <SlotForm callId={callId} plan={plan} prefill={null} editing={slot} onSaved={onSaved} onClose={onCloseEdit} />
        ) : (
          <dl className="content-list">
            {cancelled && (
              <div className="content-item">
                <dt>{t("pitches.slot.reason")}</dt>
                <dd>{slot.cancelReason}</dd>
              </div>
            )}
            {slot.location && (
              <div className="content-item">
                <dt>{t("pitches.slot.location")}</dt>
                <dd>{slot.location}</dd>
              </div>
            )}
            {slot.onlineUrl && (
              <div className="content-item">
                <dt>{t("pitches.slot.online")}</dt>
                <dd style={{ overflowWrap: "anywhere" }}>
                  <Anchor href={slot.onlineUrl}>{slot.onlineUrl}</Anchor>
                </dd>
              </div>
            )}
            {slot.room && (
              <div className="content-item">
                <dt>{t("pitches.slot.room")}</dt>
                <dd>{slot.room}</dd>
              </div>
            )}
            <div className="content-item">
              <dt>{t("pitches.slot.challenge")}</dt>
              <dd>
                {slot.challengeNumber === null
                  ? t("pitches.slot.noChallenge")
                  : t("pitches.challenge", { number: slot.challengeNumber })}
              </dd>
            </div>
            <div className="content-item">
              <dt>{t("pitches.slot.candidacies")}</dt>
              <dd>
                {slot.candidacies.length === 0
                  ? t("pitches.slot.nobody")
                  : slot.candidacies.map((c) => c.organisation.name).join(", ")}
              </dd>
            </div>
            <div className="content-item">
              <dt>{t("pitches.slot.jury")}</dt>
              <dd>
                {slot.jury.length === 0 ? t("pitches.slot.nobody") : slot.jury.map((j) => j.displayName).join(", ")}
              </dd>
            </div>
            <div className="content-item">
              <dt>{t("pitches.slot.status")}</dt>
              <dd>{status}</dd>
            </div>
          </dl>
        )}
        {refusal && (
          <Alert color="red" role="alert" id={refusalId} tabIndex={-1}>
            {refusal}
          </Alert>
        )}
        <Text role="status" fw={600}>
          {message}
        </Text>
        {plan.canPlan && !cancelled && !editing && (
          <Group gap="sm" className="wrap-buttons">
            <Button id={editButtonId} variant="outline" onClick={() => onEdit(true)}>
              {t("pitches.slot.edit")}
            </Button>
            <Button onClick={onSend} loading={send.isPending}>
              {t("pitches.slot.send")}
            </Button>
            <Button variant="outline" color="red" onClick={openCancel}>
              {t("pitches.cancel.open")}
            </Button>
            {slot.invitedAt === null && (
              <Button variant="outline" color="red" onClick={() => setOpen(true)} loading={remove.isPending}>
                {t("pitches.slot.delete")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("pitches.slot.deleteTitle")}
        closeLabel={t("pitches.slot.close")}
      >
        <Stack gap="md">
          <Text>{t("pitches.slot.deleteText", { time })}</Text>
          <Group gap="sm" className="wrap-buttons">
            <Button color="red" onClick={onDelete}>
              {t("pitches.slot.deleteConfirm")}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t("pitches.slot.cancel")}
            </Button>
          </Group>
        </Stack>
      </Dialog>
      <Dialog
        open={cancelOpen}
        onClose={() => setCancelOpen(false)}
        title={t("pitches.cancel.title")}
        closeLabel={t("pitches.slot.close")}
      >
        <form onSubmit={onCancel} noValidate>
          <Stack gap="md">
            <Text>{t("pitches.cancel.text", { time })}</Text>
            <Text>{slot.invitedAt ? t("pitches.cancel.invited") : t("pitches.cancel.notInvited")}</Text>
            <Textarea
              id={reasonId}
              label={t("pitches.cancel.reason")}
              description={t("pitches.cancel.reasonHelp")}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
              required
              autosize
              minRows={2}
              maxLength={1000}
            />
            {cancelRefusal && (
              <Alert color="red" role="alert">
                {cancelRefusal}
              </Alert>
            )}
            <Group gap="sm" className="wrap-buttons">
              <Button type="submit" color="red" loading={cancel.isPending}>
                {t("pitches.cancel.confirm")}
              </Button>
              <Button variant="default" onClick={() => setCancelOpen(false)}>
                {t("pitches.cancel.back")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </Paper>
  );
}

function GroupsSection({
  view,
  canPlan,
  onPlan,
}: {
  view: PitchPlan;
  canPlan: boolean;
  onPlan: (challengeNumber: number, candidacyIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const nameOf = (id: string) => view.candidacies.find((c) => c.id === id)?.organisation.name ?? id;
  return (
    <section aria-labelledby="pitch-groups">
      <Title order={2} id="pitch-groups" mb="xs">
        {t("pitches.groups.title")}
      </Title>
      <Text mb="sm">{t("pitches.groups.intro")}</Text>
      {view.suggestedGroups.length === 0 ? (
        <Text>{t("pitches.groups.none")}</Text>
      ) : (
        <Stack gap="md">
          {view.suggestedGroups.map((g) => (
            <Paper
              key={g.challengeNumber}
              withBorder
              p="md"
              component="article"
              aria-labelledby={`group-${g.challengeNumber}`}
            >
              <Stack gap="xs" align="flex-start" className="wrap-buttons">
                <Title order={3} size="h4" id={`group-${g.challengeNumber}`}>
                  {t("pitches.challenge", { number: g.challengeNumber })}
                </Title>
                <ul>
                  {g.candidacyIds.map((id) => (
                    <li key={id}>{nameOf(id)}</li>
                  ))}
                </ul>
                {canPlan && (
                  <Button
                    variant="outline"
                    onClick={() => onPlan(g.challengeNumber, g.candidacyIds)}
                    aria-describedby={`group-${g.challengeNumber}`}
                  >
                    {t("pitches.groups.plan")}
                  </Button>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}
