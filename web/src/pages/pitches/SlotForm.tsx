// Planning a pitch slot: a day (one of the matching days when the call names them), start and end time in Brussels,
// a place or an online link, a room, a challenge and who takes part (fieldsets of checkboxes). The server's refusals
// (a clash names the other slot's time) appear next to their field and in the summary; the typed values stay.
import { Alert, Button, Checkbox, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useCreateSlot } from "../../api/pitches.ts";
import type { PitchPlan, SlotBody, SlotView } from "../../api/types.ts";
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

export function SlotForm({ callId, plan, prefill }: { callId: string; plan: PitchPlan; prefill: SlotPrefill | null }) {
  const { t, i18n } = useTranslation();
  const create = useCreateSlot(callId);
  const days = plan.matchingDays;
  const [date, setDate] = useState(days.length > 0 ? days[0]! : "");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [location, setLocation] = useState("");
  const [onlineUrl, setOnlineUrl] = useState("");
  const [room, setRoom] = useState("");
  const [challenge, setChallenge] = useState(prefill ? String(prefill.challengeNumber) : "");
  const [candidacyIds, setCandidacyIds] = useState<string[]>(prefill?.candidacyIds ?? []);
  const [juryUserIds, setJuryUserIds] = useState<string[]>([]);
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
    if (create.isPending) return;
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
      note: "",
      candidacyIds,
      juryUserIds,
    };
    create.mutate(body, {
      onSuccess: (slot) => {
        setErrors([]);
        setFrom("");
        setTo("");
        setCandidacyIds([]);
        setJuryUserIds([]);
        setMessage(t("pitches.form.saved", { time: slotTime(slot, i18n.language) }));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          showErrors(error.fields.map((f) => ({ path: fieldOf(f.path), message: f.message })));
        } else {
          setErrors([]);
          setRefusal(error.message);
          focusSoon(() => document.getElementById("pitch-form-refusal"));
        }
      },
    });
  };

  const toggle = (list: string[], set: (next: string[]) => void, value: string, checked: boolean) =>
    set(checked ? [...list, value] : list.filter((v) => v !== value));

  const group = (
    path: "candidacyIds" | "juryUserIds",
    options: { value: string; label: string }[],
    chosen: string[],
    set: (next: string[]) => void,
  ) => {
    const error = errorOf(path);
    const errorId = `${fieldId(path)}-error`;
    return (
      <fieldset className="plain-fieldset" id={fieldId(path)} aria-describedby={error ? errorId : undefined}>
        <legend className="fieldset-legend">{labels[path]}</legend>
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
    <section aria-labelledby="pitch-form-title">
      <Title order={2} id="pitch-form-title" mb="sm" tabIndex={-1}>
        {t("pitches.form.title")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md" maw={640}>
          <ErrorSummary errors={errors} describe={(path) => labels[path] ?? path} headingRef={summaryRef} />
          {days.length > 0 ? (
            <NativeSelect
              id={fieldId("date")}
              label={labels.date}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              data={days.map((d) => ({ value: d, label: formatDate(d, i18n.language) }))}
              error={errorOf("date")}
              required
            />
          ) : (
            <TextInput
              id={fieldId("date")}
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
            id={fieldId("from")}
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
            id={fieldId("to")}
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
                id={fieldId("location")}
                label={labels.location}
                value={location}
                onChange={(e) => setLocation(e.currentTarget.value)}
                error={errorOf("location")}
                maxLength={300}
              />
              <TextInput
                id={fieldId("onlineUrl")}
                label={labels.onlineUrl}
                description={t("pitches.form.onlineUrlHelp")}
                type="url"
                value={onlineUrl}
                onChange={(e) => setOnlineUrl(e.currentTarget.value)}
                error={errorOf("onlineUrl")}
                maxLength={2000}
              />
              <TextInput
                id={fieldId("room")}
                label={labels.room}
                value={room}
                onChange={(e) => setRoom(e.currentTarget.value)}
                error={errorOf("room")}
                maxLength={120}
              />
            </Stack>
          </fieldset>
          <NativeSelect
            id={fieldId("challengeNumber")}
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
            <Alert color="red" role="alert" id="pitch-form-refusal" tabIndex={-1}>
              {refusal}
            </Alert>
          )}
          <Text role="status" fw={600}>
            {message}
          </Text>
          <div>
            <Button type="submit" loading={create.isPending}>
              {t("pitches.form.submit")}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
