// Case conferences (casusoverleg) on the trajectory: the ones held, most recent first, and a form to record one —
// when, who took part (and whether the client did), why, on which legal frame (the client's consent, then which one;
// shared professional secrecy; a legal duty; another frame, described) and what came out of it.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import {
  useCaseConferences,
  useRecordCaseConference,
  type CaseConferenceView,
  type ConsentList,
  type RecordCaseConferenceBody,
} from "../../../api/consents.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../../components/ErrorSummary.tsx";
import { ErrorMessage, Loading } from "../../../components/QueryState.tsx";
import { brusselsToUtc, formatDate, formatInstant } from "../../../format/dates.ts";
import { fieldId } from "../../editor/fields.tsx";
import { consentWho } from "./words.ts";

const frames = ["consent", "shared_professional_secrecy", "legal_duty", "other"] as const;
type Frame = (typeof frames)[number];
type Participant = { name: string; organisation: string; role: string };
const emptyParticipant: Participant = { name: "", organisation: "", role: "" };

export function CaseConferences({ trajectoryId, consents }: { trajectoryId: string | null; consents: ConsentList }) {
  const { t } = useTranslation();
  const list = useCaseConferences(trajectoryId);
  return (
    <section aria-labelledby="case-conferences-title">
      <Title order={2} size="h3" id="case-conferences-title" mb="sm">
        {t("consents.conferences.title")}
      </Title>
      {trajectoryId === null ? (
        <Text>{t("consents.conferences.noTrajectory")}</Text>
      ) : (
        <Stack gap="md">
          {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
          {!list.data && !list.isError && <Loading />}
          {list.data && list.data.caseConferences.length === 0 && <Text>{t("consents.conferences.empty")}</Text>}
          {list.data && list.data.caseConferences.length > 0 && (
            <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {list.data.caseConferences.map((c) => (
                <ConferenceCard key={c.id} conference={c} consents={consents} />
              ))}
            </Stack>
          )}
          <ConferenceForm trajectoryId={trajectoryId} consents={consents} />
        </Stack>
      )}
    </section>
  );
}

function ConferenceCard({ conference: c, consents }: { conference: CaseConferenceView; consents: ConsentList }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const consent = consents.consents.find((x) => x.id === c.consentId);
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Text fw={700}>{t("consents.conferences.heldOn", { date: formatInstant(c.heldAt, lang) })}</Text>
        <Text size="sm">
          {t("consents.conferences.purpose")}: {c.purpose}
        </Text>
        <Text size="sm">
          {t("consents.conferences.legalFrame")}: {t(`consents.conferences.frame.${c.legalFrame}`)}
          {consent &&
            ` (${consentWho(t, consent, consents.region.name)}, ${t("consents.conferences.consentOf", { date: formatDate(consent.lastDay, lang, false) })})`}
          {c.legalFrameText !== "" && ` — ${c.legalFrameText}`}
        </Text>
        <Text size="sm">
          {t("consents.conferences.participants")}:{" "}
          {c.participants.map((p) => [p.name, p.role, p.organisation].filter((x) => x !== "").join(", ")).join("; ")}
        </Text>
        <Text size="sm">
          {c.clientPresent ? t("consents.conferences.clientPresent") : t("consents.conferences.clientAbsent")}
        </Text>
        {c.outcome !== "" && (
          <Text size="sm">
            {t("consents.conferences.outcome")}: {c.outcome}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t("consents.conferences.recordedBy", { name: c.recordedBy.name })}
        </Text>
      </Stack>
    </Paper>
  );
}

function ConferenceForm({ trajectoryId, consents }: { trajectoryId: string; consents: ConsentList }) {
  const { t } = useTranslation();
  const record = useRecordCaseConference(trajectoryId);
  const today = consents.expiry.today.split("-").reverse().join("/");
  const [date, setDate] = useState(today);
  const [time, setTime] = useState("");
  const [participants, setParticipants] = useState<Participant[]>([{ ...emptyParticipant }]);
  const [clientPresent, setClientPresent] = useState(false);
  const [purpose, setPurpose] = useState("");
  const [frame, setFrame] = useState<Frame>("consent");
  const [consentId, setConsentId] = useState("");
  const [frameText, setFrameText] = useState("");
  const [outcome, setOutcome] = useState("");
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;
  const standing = consents.consents.filter((c) => c.state === "standing");

  const labels: Record<string, string> = {
    heldAt: t("consents.conferences.date"),
    participants: t("consents.conferences.participants"),
    purpose: t("consents.conferences.purposeLabel"),
    legalFrame: t("consents.conferences.frameLegend"),
    consentId: t("consents.conferences.consent"),
    legalFrameText: t("consents.conferences.frameText"),
    outcome: t("consents.conferences.outcomeLabel"),
  };
  const describe = (path: string) => {
    const match = /^participants\.(\d+)/.exec(path);
    if (match) return t("consents.conferences.participant", { n: Number(match[1]) + 1 });
    return labels[path.split(".")[0] ?? ""] ?? path;
  };
  const showErrors = (found: PathError[]) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };
  const setParticipant = (index: number, change: Partial<Participant>) =>
    setParticipants((all) => all.map((p, i) => (i === index ? { ...p, ...change } : p)));

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    setRefusal(null);
    setMessage("");
    const heldAt = brusselsToUtc(date, time);
    if (heldAt === null) {
      showErrors([{ path: "heldAt", message: t("consents.conferences.heldAtInvalid", { example: today }) }]);
      return;
    }
    const body: RecordCaseConferenceBody = {
      heldAt,
      participants: participants.map((p) => ({
        name: p.name.trim(),
        organisation: p.organisation.trim(),
        role: p.role.trim(),
      })),
      clientPresent,
      purpose: purpose.trim(),
      legalFrame: frame,
      ...(frame === "consent" && consentId !== "" ? { consentId } : {}),
      legalFrameText: frameText.trim(),
      outcome: outcome.trim(),
    };
    record.mutate(body, {
      onSuccess: () => {
        setErrors([]);
        setParticipants([{ ...emptyParticipant }]);
        setPurpose("");
        setFrameText("");
        setOutcome("");
        setTime("");
        setMessage(t("consents.conferences.saved"));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          showErrors(error.fields.map((f) => ({ path: f.path, message: f.message })));
        } else {
          setRefusal(error.message);
        }
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="case-conference-form-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="case-conference-form-title">
          {t("consents.conferences.new")}
        </Title>
        <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            id={fieldId("heldAt")}
            label={t("consents.conferences.date")}
            description={t("consents.conferences.dateHelp", { example: today })}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errorOf("heldAt")}
            autoComplete="off"
            maw={220}
          />
          <TextInput
            label={t("consents.conferences.time")}
            description={t("consents.conferences.timeHelp")}
            required
            value={time}
            onChange={(e) => setTime(e.currentTarget.value)}
            autoComplete="off"
            maw={140}
          />
        </Group>
        {participants.map((p, index) => (
          <fieldset key={index} className="plain-fieldset" id={fieldId(`participants.${index}`)}>
            <legend className="fieldset-legend">{t("consents.conferences.participant", { n: index + 1 })}</legend>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <TextInput
                id={fieldId(`participants.${index}.name`)}
                label={t("consents.conferences.participantName")}
                required
                value={p.name}
                onChange={(e) => setParticipant(index, { name: e.currentTarget.value })}
                error={errorOf(`participants.${index}.name`)}
                maxLength={200}
              />
              <TextInput
                label={t("consents.conferences.participantOrganisation")}
                value={p.organisation}
                onChange={(e) => setParticipant(index, { organisation: e.currentTarget.value })}
                maxLength={200}
              />
              <TextInput
                label={t("consents.conferences.participantRole")}
                value={p.role}
                onChange={(e) => setParticipant(index, { role: e.currentTarget.value })}
                maxLength={200}
              />
              {participants.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => setParticipants((all) => all.filter((_, i) => i !== index))}
                >
                  {t("consents.conferences.removeParticipant", { n: index + 1 })}
                </Button>
              )}
            </Group>
          </fieldset>
        ))}
        <div>
          <Button variant="outline" onClick={() => setParticipants((all) => [...all, { ...emptyParticipant }])}>
            {t("consents.conferences.addParticipant")}
          </Button>
        </div>
        <Checkbox
          label={t("consents.conferences.clientPresentLabel")}
          checked={clientPresent}
          onChange={(e) => setClientPresent(e.currentTarget.checked)}
        />
        <Textarea
          id={fieldId("purpose")}
          label={t("consents.conferences.purposeLabel")}
          required
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
          error={errorOf("purpose")}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <Radio.Group
          id={fieldId("legalFrame")}
          label={t("consents.conferences.frameLegend")}
          value={frame}
          onChange={(value) => setFrame(frames.find((f) => f === value) ?? "consent")}
        >
          <Stack gap="xs" mt="xs">
            {frames.map((f) => (
              <Radio key={f} value={f} label={t(`consents.conferences.frame.${f}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {frame === "consent" &&
          (standing.length === 0 ? (
            <Text id={fieldId("consentId")}>{t("consents.conferences.noStandingConsent")}</Text>
          ) : (
            <NativeSelect
              id={fieldId("consentId")}
              label={t("consents.conferences.consent")}
              required
              value={consentId}
              onChange={(e) => setConsentId(e.currentTarget.value)}
              error={errorOf("consentId")}
              data={[
                { value: "", label: t("consents.conferences.consentPlaceholder") },
                ...standing.map((c) => ({
                  value: c.id,
                  label: `${consentWho(t, c, consents.region.name)} — ${t(`consents.purpose.${c.purpose}`)}`,
                })),
              ]}
            />
          ))}
        {frame === "other" && (
          <Textarea
            id={fieldId("legalFrameText")}
            label={t("consents.conferences.frameText")}
            required
            value={frameText}
            onChange={(e) => setFrameText(e.currentTarget.value)}
            error={errorOf("legalFrameText")}
            maxLength={1000}
            autosize
            minRows={2}
          />
        )}
        <Textarea
          id={fieldId("outcome")}
          label={t("consents.conferences.outcomeLabel")}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value)}
          error={errorOf("outcome")}
          maxLength={4000}
          autosize
          minRows={3}
        />
        {refusal && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        <Text role="status" fw={600}>
          {message}
        </Text>
        <div>
          <Button type="submit" loading={record.isPending}>
            {t("consents.conferences.submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
