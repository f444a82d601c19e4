// A trajectory's appointments (/clienten/:clientId/afspraken): the attendance counts first (absenteeism is a named
// problem), planning an appointment in Brussels time with a neutral title (it goes into calendars: the form says
// so), the upcoming and past appointments with their .ics download, and recording attendance with a note.
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  appointmentIcsHref,
  upcomingIcsHref,
  useAppointments,
  useCreateAppointment,
  useRecordAttendance,
  type AppointmentList,
  type AppointmentView,
} from "../../../api/appointments.ts";
import { formatDate, parseBelgianDate, parseBelgianTime, toLocale } from "../../../format/dates.ts";
import { formatTimeRange } from "../../../../../server/src/domain/belgian-format.ts";
import { appointmentAttendance } from "../../../../../server/src/domain/trajectory-codes.ts";
import { TrajectoryTab, noRefusal, refusalOf, useTabTrajectory, type Refusal } from "../plan/common.tsx";

export function AppointmentsPage() {
  const { t } = useTranslation();
  const tab = useTabTrajectory();
  const list = useAppointments(tab.trajectoryId);
  return (
    <TrajectoryTab title={t("plans.appointments.title")} tab={tab} query={list}>
      {(data, trajectoryId) => <AppointmentsBody list={data} trajectoryId={trajectoryId} />}
    </TrajectoryTab>
  );
}

function AppointmentsBody({ list, trajectoryId }: { list: AppointmentList; trajectoryId: string }) {
  const { t } = useTranslation();
  const goingOn = list.upcoming.filter((a) => a.attendance !== "cancelled");
  return (
    <>
      <section aria-labelledby="attendance-counts">
        <Title order={2} size="h3" id="attendance-counts" mb="xs">
          {t("plans.appointments.counts")}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" spacing="xs" style={{ margin: 0 }}>
          {(["present", "absent", "cancelled", "planned"] as const).map((key) => (
            <Paper withBorder p="xs" key={key}>
              <Text component="dt" size="sm">
                {t(`plans.attendance.${key}`)}
              </Text>
              <Text component="dd" fw={700} size="xl" style={{ margin: 0 }}>
                {list.counts[key]}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </section>
      {goingOn.length > 0 && (
        <Anchor href={upcomingIcsHref(trajectoryId)} download="afspraken.ics">
          {t("plans.appointments.allIcs", { count: goingOn.length })}
        </Anchor>
      )}
      <AppointmentSection
        id="upcoming"
        title={t("plans.appointments.upcoming")}
        empty={t("plans.appointments.noUpcoming")}
        items={list.upcoming}
        canWrite={list.canWrite}
        trajectoryId={trajectoryId}
      />
      {list.canWrite && <AppointmentForm list={list} trajectoryId={trajectoryId} />}
      <AppointmentSection
        id="past"
        title={t("plans.appointments.past")}
        empty={t("plans.appointments.noPast")}
        items={list.past}
        canWrite={list.canWrite}
        trajectoryId={trajectoryId}
      />
    </>
  );
}

function AppointmentSection(props: {
  id: string;
  title: string;
  empty: string;
  items: AppointmentView[];
  canWrite: boolean;
  trajectoryId: string;
}) {
  return (
    <section aria-labelledby={`appointments-${props.id}`}>
      <Title order={2} size="h3" id={`appointments-${props.id}`} mb="xs">
        {props.title}
      </Title>
      {props.items.length === 0 ? (
        <Text>{props.empty}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {props.items.map((a) => (
            <li key={a.id}>
              <AppointmentItem appointment={a} canWrite={props.canWrite} trajectoryId={props.trajectoryId} />
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}

export function appointmentTime(a: Pick<AppointmentView, "date" | "from" | "to">, language: string): string {
  return `${formatDate(a.date, language)} ${formatTimeRange(a.from, a.to, toLocale(language))}`;
}

function AppointmentItem({
  appointment: a,
  canWrite,
  trajectoryId,
}: {
  appointment: AppointmentView;
  canWrite: boolean;
  trajectoryId: string;
}) {
  const { t, i18n } = useTranslation();
  const [recording, setRecording] = useState(false);
  const headingId = `appointment-${a.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={3} size="h4" id={headingId} style={{ overflowWrap: "anywhere" }}>
          {a.title}
        </Title>
        <Text>{appointmentTime(a, i18n.language)}</Text>
        {a.place && <Text style={{ overflowWrap: "anywhere" }}>{t("plans.appointments.at", { place: a.place })}</Text>}
        {a.onlineUrl && (
          <Anchor href={a.onlineUrl} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: "anywhere" }}>
            {t("plans.appointments.onlineLink")}
          </Anchor>
        )}
        <Text fw={600}>
          {t("plans.appointments.attendanceIs", { attendance: t(`plans.attendance.${a.attendance}`) })}
          {a.attendanceNote ? ` — ${a.attendanceNote}` : ""}
        </Text>
        <Group gap="md" wrap="wrap">
          <Anchor href={appointmentIcsHref(a.id)} download={`afspraak-${a.date}.ics`}>
            {t("plans.appointments.ics", { title: a.title })}
          </Anchor>
          {canWrite && (
            <Button variant="light" size="xs" onClick={() => setRecording((v) => !v)} aria-expanded={recording}>
              {t("plans.appointments.record", { title: a.title })}
            </Button>
          )}
        </Group>
        {recording && <AttendanceForm appointment={a} trajectoryId={trajectoryId} onDone={() => setRecording(false)} />}
      </Stack>
    </Paper>
  );
}

function AttendanceForm({
  appointment: a,
  trajectoryId,
  onDone,
}: {
  appointment: AppointmentView;
  trajectoryId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordAttendance(trajectoryId);
  const [attendance, setAttendance] = useState<AppointmentView["attendance"]>(
    a.attendance === "planned" && a.started ? "present" : a.attendance,
  );
  const [note, setNote] = useState(a.attendanceNote);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const prefix = `attendance-${a.id}`;
  const choices = appointmentAttendance.filter((v) => a.started || (v !== "present" && v !== "absent"));
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    record.mutate(
      { appointmentId: a.id, body: { attendance, note } },
      { onSuccess: onDone, onError: (e) => setRefusal(refusalOf(e, t("errors.unexpected"))) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("plans.appointments.record", { title: a.title })}>
      <Stack gap="sm" maw={480} mt="xs">
        {!a.started && <Text size="sm">{t("plans.appointments.notStartedHelp")}</Text>}
        <NativeSelect
          id={`${prefix}-attendance`}
          label={t("plans.appointments.attendance")}
          value={attendance}
          onChange={(e) => setAttendance(e.currentTarget.value as AppointmentView["attendance"])}
          data={choices.map((v) => ({ value: v, label: t(`plans.attendance.${v}`) }))}
          error={refusal.fields.attendance}
        />
        <TextInput
          id={`${prefix}-note`}
          label={t("plans.appointments.attendanceNote")}
          description={t("plans.appointments.attendanceNoteHelp")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={refusal.fields.note}
          maxLength={1000}
          autoComplete="off"
        />
        {refusal.general && (
          <Alert color="red" role="alert">
            {refusal.general}
          </Alert>
        )}
        <Group gap="sm" className="wrap-buttons">
          <Button type="submit" loading={record.isPending}>
            {t("plans.appointments.saveAttendance")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.close")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const formFields = ["title", "date", "from", "to", "place", "onlineUrl", "referralId"] as const;

function AppointmentForm({ list, trajectoryId }: { list: AppointmentList; trajectoryId: string }) {
  const { t, i18n } = useTranslation();
  const create = useCreateAppointment(trajectoryId);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [place, setPlace] = useState("");
  const [onlineUrl, setOnlineUrl] = useState("");
  const [referralId, setReferralId] = useState("");
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [message, setMessage] = useState("");
  const idOf = (field: string) => `appointment-new-${field}`;
  const focusFirst = (fields: Record<string, string>) => {
    const first = formFields.find((f) => fields[f]);
    if (first) document.getElementById(idOf(first))?.focus();
  };
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage("");
    const fields: Record<string, string> = {};
    if (!title.trim()) fields.title = t("plans.appointments.titleRequired");
    const localDate = parseBelgianDate(date);
    if (!localDate) fields.date = t("plans.appointments.dateInvalid");
    const start = parseBelgianTime(from);
    const end = parseBelgianTime(to);
    if (!start) fields.from = t("plans.appointments.timeInvalid");
    if (!end) fields.to = t("plans.appointments.timeInvalid");
    if (onlineUrl.trim() && !/^https:\/\/\S+$/.test(onlineUrl.trim()))
      fields.onlineUrl = t("plans.appointments.urlInvalid");
    if (Object.keys(fields).length > 0 || !localDate || !start || !end) {
      setRefusal({ fields, general: null });
      focusFirst(fields);
      return;
    }
    create.mutate(
      {
        title,
        date: localDate,
        from: start,
        to: end,
        place,
        onlineUrl: onlineUrl.trim(),
        referralId: referralId || null,
      },
      {
        onSuccess: (saved) => {
          setRefusal(noRefusal);
          setTitle("");
          setFrom("");
          setTo("");
          setMessage(t("plans.appointments.saved", { time: appointmentTime(saved, i18n.language) }));
        },
        onError: (e) => {
          const next = refusalOf(e, t("errors.unexpected"));
          setRefusal(next);
          focusFirst(next.fields);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appointment-form-heading">
      <Title order={2} size="h3" id="appointment-form-heading" mb="sm">
        {t("plans.appointments.newTitle")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={640}>
          <TextInput
            id={idOf("title")}
            label={t("plans.appointments.titleField")}
            description={t("plans.appointments.titleHelp")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={refusal.fields.title}
            maxLength={200}
            required
            autoComplete="off"
          />
          <TextInput
            id={idOf("date")}
            label={t("plans.appointments.date")}
            description={t("plans.appointments.dateHelp")}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={refusal.fields.date}
            required
            autoComplete="off"
          />
          <Group grow gap="sm" wrap="wrap" align="flex-start">
            <TextInput
              id={idOf("from")}
              label={t("plans.appointments.from")}
              description={t("plans.appointments.timeHelp")}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={refusal.fields.from}
              required
              inputMode="numeric"
              autoComplete="off"
              miw={140}
            />
            <TextInput
              id={idOf("to")}
              label={t("plans.appointments.to")}
              description={t("plans.appointments.timeHelp")}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={refusal.fields.to}
              required
              inputMode="numeric"
              autoComplete="off"
              miw={140}
            />
          </Group>
          <TextInput
            id={idOf("place")}
            label={t("plans.appointments.place")}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={refusal.fields.place}
            maxLength={300}
            autoComplete="off"
          />
          <TextInput
            id={idOf("onlineUrl")}
            label={t("plans.appointments.onlineUrl")}
            description={t("plans.appointments.onlineUrlHelp")}
            type="url"
            value={onlineUrl}
            onChange={(e) => setOnlineUrl(e.currentTarget.value)}
            error={refusal.fields.onlineUrl}
            maxLength={500}
            autoComplete="off"
          />
          {list.referrals.length > 0 && (
            <NativeSelect
              id={idOf("referralId")}
              label={t("plans.appointments.referral")}
              description={t("plans.appointments.referralHelp")}
              value={referralId}
              onChange={(e) => setReferralId(e.currentTarget.value)}
              data={[
                { value: "", label: t("plans.appointments.noReferral") },
                ...list.referrals.map((r) => ({ value: r.id, label: `${r.organisation} — ${r.offer}` })),
              ]}
              error={refusal.fields.referralId}
            />
          )}
          {refusal.general && (
            <Alert color="red" role="alert">
              {refusal.general}
            </Alert>
          )}
          <Text role="status" fw={600}>
            {message}
          </Text>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("plans.appointments.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
