// Planning a pitch slot, or changing one: a day (one of the matching days when the call names them), start and end
// time in Brussels, a place or an online link, a room, a challenge and who takes part (fieldsets of checkboxes). The
// server's refusals (a clash names the other slot's time) appear next to their field and in the summary; the typed
// values stay. Changing an invited slot sends its updates and cancellations at once: the form says so before saving.
import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useCreateSlot, useUpdateSlot } from "../../api/pitches.ts";
import type { PitchPlan, SlotBody, SlotMessages, SlotView } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { formatDate, parseBelgianDate, parseBelgianTime, toLocale } from "../../format/dates.ts";
import { formatTimeRange } from "../../../../server/src/domain/belgian-format.ts";
import { fieldId } from "../editor/fields.tsx";

export interface SlotPrefill {
  challengeNumber: number;
  candidacyIds: string[];
  key: number;
}

/** "dinsdag 1 december 2026 van 9.00 tot 10.00 uur", as the server names a slot in a clash. */
export function slotTime(slot: Pick<SlotView, "date" | "from" | "to">, language: string): string {
  return `${formatDate(slot.date, language)} ${formatTimeRange(slot.from, slot.to, toLocale(language))}`;
}

const fields = [
  "date",
  "from",
  "to",
  "location",
  "onlineUrl",
  "room",
  "challengeNumber",
  "candidacyIds",
  "juryUserIds",
];
/** A server path ("juryUserIds.0") as the form's field it is about. */
const fieldOf = (path: string) => fields.find((f) => path === f || path.startsWith(`${f}.`)) ?? "date";

/** "09:00" as people type it: "9.00". */
const typedTime = (time: string) => `${Number(time.slice(0, 2))}.${time.slice(3)}`;
/** "2026-12-01" as people type it: "1/12/2026". */
const typedDate = (date: string) => `${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}`;

export function SlotForm({
  callId,
  plan,
  prefill,
  editing,
  onSaved,
  onClose,
}: {
  callId: string;
  plan: PitchPlan;
  prefill: SlotPrefill | null;
  /** The slot to change; without it the form plans a new one. */
  editing?: SlotView;
  onSaved?: (saved: SlotMessages) => void;
  onClose?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateSlot(callId);
  const update = useUpdateSlot(callId);
  const pending = create.isPending || update.isPending;
  // The change form sits in its slot while the planning form stays below: its own ids ("f-edit-date").
  const path = (field: string) => (editing ? `edit.${field}` : field);
  const idOf = (field: string) => fieldId(path(field));
  const titleId = editing ? "pitch-edit-title" : "pitch-form-title";
  const refusalId = editing ? "pitch-edit-refusal" : "pitch-form-refusal";
  const matching = plan.matchingDays;
  const days =
    editing && matching.length > 0 && !matching.includes(editing.date) ? [editing.date, ...matching] : matching;
  const [date, setDate] = useState(
    editing ? (days.length > 0 ? editing.date : typedDate(editing.date)) : days.length > 0 ? days[0]! : "",
  );
  const [from, setFrom] = useState(editing ? typedTime(editing.from) : "");
  const [to, setTo] = useState(editing ? typedTime(editing.to) : "");
  const [location, setLocation] = useState(editing?.location ?? "");
  const [onlineUrl, setOnlineUrl] = useState(editing?.onlineUrl ?? "");
  const [room, setRoom] = useState(editing?.room ?? "");
  const [challenge, setChallenge] = useState(
    editing
      ? editing.challengeNumber === null
        ? ""
        : String(editing.challengeNumber)
      : prefill
        ? String(prefill.challengeNumber)
        : "",
  );
  const [candidacyIds, setCandidacyIds] = useState<string[]>(
    editing ? editing.candidacies.map((c) => c.id) : (prefill?.candidacyIds ?? []),
  );
  const [juryUserIds, setJuryUserIds] = useState<string[]>(editing ? editing.jury.map((j) => j.userId) : []);
  const [errors, setErrors] = useState<PathError[]>([]);
  const [message, setMessage] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const errorOf = (path: string) =>
    errors
      .filter((e) => e.path === path)
      .map((e) => e.message)
      .join(" ") || undefined;
  const labels: Record<string, string> = {
    date: t("pitches.form.date"),
    from: t("pitches.form.from"),
    to: t("pitches.form.to"),
    location: t("pitches.form.location"),
    onlineUrl: t("pitches.form.onlineUrl"),
    room: t("pitches.form.room"),
    challengeNumber: t("pitches.form.challenge"),
    candidacyIds: t("pitches.form.candidacies"),
    juryUserIds: t("pitches.form.jury"),
  };
  const challenges = [
    ...new Set([
      ...plan.suggestedGroups.map((g) => g.challengeNumber),
      ...plan.candidacies.flatMap((c) => c.challenges),
    ]),
  ].sort((a, b) => a - b);

  const showErrors = (found: PathError[]) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setMessage("");
    setRefusal(null);
    const found: PathError[] = [];
    const localDate = days.length > 0 ? date : parseBelgianDate(date);
    if (!localDate) found.push({ path: "date", message: t("pitches.form.dateInvalid") });
    const start = parseBelgianTime(from);
    const end = parseBelgianTime(to);
    if (!start) found.push({ path: "from", message: t("pitches.form.timeInvalid") });
    if (!end) found.push({ path: "to", message: t("pitches.form.timeInvalid") });
    if (!location.trim() && !onlineUrl.trim())
      found.push({ path: "location", message: t("pitches.form.placeRequired") });
    if (onlineUrl.trim() && !/^https:\/\/\S+$/.test(onlineUrl.trim()))
      found.push({ path: "onlineUrl", message: t("pitches.form.urlInvalid") });
    if (found.length > 0 || !localDate || !start || !end) {
      showErrors(found);
      return;
    }
    const body: SlotBody = {
      date: localDate,
      from: start,
      to: end,
      location: location.trim() || null,
      onlineUrl: onlineUrl.trim() || null,
      room: room.trim() || null,
      challengeNumber: challenge ? Number(challenge) : null,
      // The note is not on this form: a change keeps it.
      note: editing?.note ?? "",
      candidacyIds,
      juryUserIds,
    };
    const onError = (error: Error) => {
      if (error instanceof ApiError && error.fields.length > 0) {
        showErrors(error.fields.map((f) => ({ path: fieldOf(f.path), message: f.message })));
      } else {
        setErrors([]);
        setRefusal(error.message);
        focusSoon(() => document.getElementById(refusalId));
      }
    };
    if (editing) {
      update.mutate({ slotId: editing.id, body }, { onSuccess: (saved) => onSaved?.(saved), onError });
      return;
    }
    create.mutate(body, {
      onSuccess: (slot) => {
        setErrors([]);
        setFrom("");
        setTo("");
        setCandidacyIds([]);
        setJuryUserIds([]);
        setMessage(t("pitches.form.saved", { time: slotTime(slot, i18n.language) }));
      },
      onError,
    });
  };

  const toggle = (list: string[], set: (next: string[]) => void, value: string, checked: boolean) =>
    set(checked ? [...list, value] : list.filter((v) => v !== value));

  const group = (
    field: "candidacyIds" | "juryUserIds",
    options: { value: string; label: string }[],
    chosen: string[],
    set: (next: string[]) => void,
  ) => {
    const error = errorOf(field);
    const errorId = `${idOf(field)}-error`;
    return (
      <fieldset className="plain-fieldset" id={idOf(field)} aria-describedby={error ? errorId : undefined}>
        <legend className="fieldset-legend">{labels[field]}</legend>
        {error && (
          <Text c="red" size="sm" fw={600} id={errorId} mb="xs">
            {error}
          </Text>
        )}
        {options.length === 0 ? (
          <Text size="sm">{t("pitches.form.noOptions")}</Text>
        ) : (
          <Stack gap="xs">
            {options.map((o) => (
              <Checkbox
                key={o.value}
                label={o.label}
                checked={chosen.includes(o.value)}
                onChange={(e) => toggle(chosen, set, o.value, e.currentTarget.checked)}
              />
            ))}
          </Stack>
        )}
      </fieldset>
    );
  };

  return (
    <section aria-labelledby={titleId}>
      <Title order={editing ? 4 : 2} size={editing ? "h5" : undefined} id={titleId} mb="sm" tabIndex={-1}>
        {editing ? t("pitches.edit.title") : t("pitches.form.title")}
      </Title>
      {editing && (
        <Text mb="sm">{editing.invitedAt ? t("pitches.edit.invitedHelp") : t("pitches.edit.notInvitedHelp")}</Text>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" maw={640}>
          <ErrorSummary
            errors={errors.map((e) => ({ ...e, path: path(e.path) }))}
            describe={(p) => labels[p.replace(/^edit\./, "")] ?? p}
            headingRef={summaryRef}
          />
          {days.length > 0 ? (
            <NativeSelect
              id={idOf("date")}
              label={labels.date}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              data={days.map((d) => ({ value: d, label: formatDate(d, i18n.language) }))}
              error={errorOf("date")}
              required
            />
          ) : (
            <TextInput
              id={idOf("date")}
              label={labels.date}
              description={t("pitches.form.dateHelp")}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errorOf("date")}
              required
              autoComplete="off"
            />
          )}
          <TextInput
            id={idOf("from")}
            label={labels.from}
            description={t("pitches.form.timeHelp")}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={errorOf("from")}
            required
            inputMode="numeric"
            autoComplete="off"
          />
          <TextInput
            id={idOf("to")}
            label={labels.to}
            description={t("pitches.form.timeHelp")}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={errorOf("to")}
            required
            inputMode="numeric"
            autoComplete="off"
          />
          <fieldset className="plain-fieldset">
            <legend className="fieldset-legend">{t("pitches.form.where")}</legend>
            <Text size="sm" mb="xs">
              {t("pitches.form.whereHelp")}
            </Text>
            <Stack gap="sm">
              <TextInput
                id={idOf("location")}
                label={labels.location}
                value={location}
                onChange={(e) => setLocation(e.currentTarget.value)}
                error={errorOf("location")}
                maxLength={300}
              />
              <TextInput
                id={idOf("onlineUrl")}
                label={labels.onlineUrl}
                description={t("pitches.form.onlineUrlHelp")}
                type="url"
                value={onlineUrl}
                onChange={(e) => setOnlineUrl(e.currentTarget.value)}
                error={errorOf("onlineUrl")}
                maxLength={2000}
              />
              <TextInput
                id={idOf("room")}
                label={labels.room}
                value={room}
                onChange={(e) => setRoom(e.currentTarget.value)}
                error={errorOf("room")}
                maxLength={120}
              />
            </Stack>
          </fieldset>
          <NativeSelect
            id={idOf("challengeNumber")}
            label={labels.challengeNumber}
            value={challenge}
            onChange={(e) => setChallenge(e.currentTarget.value)}
            data={[
              { value: "", label: t("pitches.form.noChallenge") },
              ...challenges.map((n) => ({ value: String(n), label: t("pitches.challenge", { number: n }) })),
            ]}
            error={errorOf("challengeNumber")}
          />
          {group(
            "candidacyIds",
            plan.candidacies.map((c) => ({ value: c.id, label: `${c.organisation.name} — ${c.title}` })),
            candidacyIds,
            setCandidacyIds,
          )}
          {group(
            "juryUserIds",
            plan.jury.map((j) => ({ value: j.userId, label: j.displayName })),
            juryUserIds,
            setJuryUserIds,
          )}
          {refusal && (
            <Alert color="red" role="alert" id={refusalId} tabIndex={-1}>
              {refusal}
            </Alert>
          )}
          {!editing && (
            <Text role="status" fw={600}>
              {message}
            </Text>
          )}
          <Group gap="sm" className="wrap-buttons">
            <Button type="submit" loading={pending}>
              {editing ? t("pitches.edit.submit") : t("pitches.form.submit")}
            </Button>
            {editing && (
              <Button variant="default" onClick={onClose}>
                {t("pitches.edit.close")}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </section>
  );
}
