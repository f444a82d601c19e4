// Kandidatuur ontvangen per e-mail registreren: the coordinator types in a candidacy that arrived by e-mail and adds
// the mail's files. When it arrived is typed in Brussels time and sent as a UTC instant; the server judges it against
// the same deadline as the portal, records the files with the revision and sends the receipt to the sender.
import { Alert, Anchor, Button, Card, NativeSelect, Radio, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useCallCandidacies, usePublicCall, useRegisterByEmail, useTaxonomy } from "../../api/calls.ts";
import { ApiError } from "../../api/client.ts";
import type { CandidacyContent, RegisterByEmailBody, RevisionView } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { brusselsToUtc, formatInstant } from "../../format/dates.ts";
import { FieldErrorsContext, TextField, fieldId, useFieldError } from "../editor/fields.tsx";
import { CandidacyFields, contentFieldLabel, emptyContent } from "./CandidacyFields.tsx";
import { MailFiles, isFilesPath, localFileProblems } from "./MailFiles.tsx";
import { usePersonaNames } from "./references.ts";

function ReceivedAt(props: {
  date: string;
  time: string;
  onChange: (date: string, time: string) => void;
  localError: string | undefined;
}) {
  const { t } = useTranslation();
  const serverError = useFieldError("receivedAt");
  const error = props.localError ?? serverError;
  return (
    <fieldset className="plain-fieldset" aria-describedby={`${fieldId("receivedAt")}-help`}>
      <legend className="fieldset-legend">{t("byEmail.receivedAt")}</legend>
      <Text size="sm" id={`${fieldId("receivedAt")}-help`} mb={4}>
        {t("byEmail.receivedAtHelp")}
      </Text>
      <Stack gap="sm">
        <TextInput
          id={fieldId("receivedAt")}
          label={t("byEmail.date")}
          description={t("byEmail.dateHelp")}
          value={props.date}
          error={error}
          inputMode="numeric"
          autoComplete="off"
          onChange={(e) => props.onChange(e.currentTarget.value, props.time)}
        />
        <TextInput
          id={`${fieldId("receivedAt")}-time`}
          label={t("byEmail.time")}
          description={t("byEmail.timeHelp")}
          value={props.time}
          error={error ? true : undefined}
          inputMode="numeric"
          autoComplete="off"
          onChange={(e) => props.onChange(props.date, e.currentTarget.value)}
        />
      </Stack>
    </fieldset>
  );
}

export function ByEmailPage() {
  const { callId = "" } = useParams();
  const { t } = useTranslation();
  const call = usePublicCall(callId);
  const list = useCallCandidacies(callId);
  const back = (
    <Anchor component={Link} to={`/beheer/oproepen/${callId}`} size="sm">
      {t("manage.backToList")}
    </Anchor>
  );
  if (!call.data || !list.data) {
    const failed = call.error ?? list.error;
    return (
      <Stack>
        {back}
        <PageTitle>{t("byEmail.title")}</PageTitle>
        {failed ? <ErrorMessage error={failed} /> : <Loading />}
      </Stack>
    );
  }
  const organisations = list.data.candidacies.map((c) => c.organisation);
  return <ByEmailForm back={back} callView={call.data} organisations={organisations} />;
}

function ByEmailForm({
  back,
  callView,
  organisations,
}: {
  back: React.ReactNode;
  callView: NonNullable<ReturnType<typeof usePublicCall>["data"]>;
  organisations: { id: string; name: string; enterpriseNumber: string }[];
}) {
  const { t, i18n } = useTranslation();
  const register = useRegisterByEmail(callView.id);
  const taxonomy = useTaxonomy();
  const personaNames = usePersonaNames();
  const [mode, setMode] = useState<"existing" | "new">(organisations.length > 0 ? "existing" : "new");
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? "");
  const [newOrganisation, setNewOrganisation] = useState({ name: "", enterpriseNumber: "" });
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");
  const [content, setContent] = useState<CandidacyContent>(emptyContent);
  const [replyTo, setReplyTo] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  // A new field after a registration: a file field cannot be emptied from React's state.
  const [filesField, setFilesField] = useState(0);
  const [errors, setErrors] = useState<PathError[]>([]);
  const [localDateError, setLocalDateError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState("");
  const [done, setDone] = useState<RevisionView | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const errorMap = useMemo(() => new Map(errors.map((e) => [e.path, e.message])), [errors]);

  const describe = (path: string) => {
    if (path.startsWith("content")) return contentFieldLabel(path.replace(/^content\.?/, ""), t);
    if (isFilesPath(path)) return t("attachments.mail.fileLabel");
    const labels: Record<string, string> = {
      organisation: t("byEmail.organisation"),
      "organisation.id": t("byEmail.existing"),
      "organisation.name": t("byEmail.newName"),
      "organisation.enterpriseNumber": t("register.enterpriseNumber"),
      receivedAt: t("byEmail.receivedAt"),
      replyTo: t("byEmail.replyTo"),
    };
    return labels[path] ?? t("editor.otherPart");
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setRefusal("");
    setDone(null);
    const receivedAt = brusselsToUtc(date, time);
    if (receivedAt === null) {
      setLocalDateError(t("byEmail.receivedAtMissing"));
      setErrors([{ path: "receivedAt", message: t("byEmail.receivedAtMissing") }]);
      focusSoon(() => summaryRef.current);
      return;
    }
    setLocalDateError(undefined);
    const fileProblems = localFileProblems(files, t, i18n.language);
    if (fileProblems.length > 0) {
      setErrors(fileProblems);
      focusSoon(() => summaryRef.current);
      return;
    }
    const body: RegisterByEmailBody = {
      organisation:
        mode === "existing"
          ? { id: organisationId }
          : { name: newOrganisation.name.trim(), enterpriseNumber: newOrganisation.enterpriseNumber.trim() },
      receivedAt,
      content,
      replyTo: replyTo.trim(),
    };
    register.mutate(
      { body, files },
      {
        onSuccess: (revision) => {
          setErrors([]);
          setDone(revision);
          setContent(emptyContent());
          setDate("");
          setTime("");
          setReplyTo("");
          setNewOrganisation({ name: "", enterpriseNumber: "" });
          setFiles([]);
          setFilesField((n) => n + 1);
          focusSoon(() => messageRef.current);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
            setErrors(error.fields.map((f) => ({ path: f.path, message: f.message })));
            focusSoon(() => summaryRef.current);
          } else {
            setErrors([]);
            setRefusal(error.message || t("errors.unexpected"));
            focusSoon(() => messageRef.current);
          }
        },
      },
    );
  };

  return (
    <FieldErrorsContext.Provider value={errorMap}>
      <Stack gap="lg" className="wrap-buttons">
        {back}
        <div>
          <PageTitle>{t("byEmail.title")}</PageTitle>
          <Text>{t("byEmail.intro", { region: callView.region.name })}</Text>
          {callView.state.deadline && (
            <Text mt="xs">
              {t("byEmail.deadline", { deadline: formatInstant(callView.state.deadline, i18n.language) })}
            </Text>
          )}
        </div>
        <div ref={messageRef} tabIndex={-1}>
          {refusal && (
            <Alert color="red" title={t("byEmail.refused")} role="alert">
              {refusal}
            </Alert>
          )}
          {done && (
            <Alert color="green" title={t("byEmail.done", { version: done.number })}>
              <Text>
                {t("candidacy.receipt.code")}: <strong className="receipt-code">{done.receiptCode}</strong>
              </Text>
              <Text>{t("candidacy.receipt.at", { date: formatInstant(done.receivedAt, i18n.language) })}</Text>
              <Text>
                {done.attachments.length === 0
                  ? t("attachments.receiptNone")
                  : t("attachments.receiptCount", { count: done.attachments.length })}
              </Text>
              <Anchor component={Link} to={`/beheer/oproepen/${callView.id}`}>
                {t("manage.backToList")}
              </Anchor>
            </Alert>
          )}
        </div>
        <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
        <Card withBorder padding="lg" component="form" onSubmit={submit} noValidate aria-label={t("byEmail.title")}>
          <Stack gap="xl">
            <section aria-labelledby="by-email-origin">
              <Title order={2} id="by-email-origin" size="h3" mb="sm">
                {t("byEmail.origin")}
              </Title>
              <Stack gap="md">
                <fieldset className="plain-fieldset" id={fieldId("organisation")}>
                  <legend className="fieldset-legend">{t("byEmail.organisation")}</legend>
                  <Radio.Group value={mode} onChange={(v) => setMode(v === "existing" ? "existing" : "new")}>
                    <Stack gap={8} mt={6}>
                      {organisations.length > 0 && <Radio value="existing" label={t("byEmail.existing")} />}
                      <Radio value="new" label={t("byEmail.new")} />
                    </Stack>
                  </Radio.Group>
                </fieldset>
                {mode === "existing" ? (
                  <NativeSelect
                    id={fieldId("organisation.id")}
                    label={t("byEmail.existingSelect")}
                    value={organisationId}
                    onChange={(e) => setOrganisationId(e.currentTarget.value)}
                    data={organisations.map((o) => ({ value: o.id, label: o.name }))}
                  />
                ) : (
                  <>
                    <TextField
                      path="organisation.name"
                      label={t("byEmail.newName")}
                      value={newOrganisation.name}
                      onChange={(name) => setNewOrganisation({ ...newOrganisation, name })}
                    />
                    <TextField
                      path="organisation.enterpriseNumber"
                      label={t("register.enterpriseNumber")}
                      description={t("register.enterpriseNumberHelp")}
                      value={newOrganisation.enterpriseNumber}
                      onChange={(enterpriseNumber) => setNewOrganisation({ ...newOrganisation, enterpriseNumber })}
                    />
                  </>
                )}
                <ReceivedAt
                  date={date}
                  time={time}
                  localError={localDateError}
                  onChange={(d, h) => {
                    setDate(d);
                    setTime(h);
                  }}
                />
                <TextField
                  path="replyTo"
                  type="email"
                  label={t("byEmail.replyTo")}
                  description={t("byEmail.replyToHelp")}
                  value={replyTo}
                  onChange={setReplyTo}
                />
              </Stack>
            </section>
            <CandidacyFields
              base="content"
              value={content}
              onChange={setContent}
              call={callView}
              personaNames={personaNames}
              taxonomy={taxonomy.data}
              headingOrder={2}
            />
            <MailFiles
              key={filesField}
              files={files}
              onChange={(chosen) => {
                setFiles(chosen);
                setErrors((current) => current.filter((e) => !isFilesPath(e.path)));
              }}
              errors={errors.filter((e) => isFilesPath(e.path))}
            />
            <div>
              <Button type="submit" loading={register.isPending}>
                {t("byEmail.submit")}
              </Button>
            </div>
          </Stack>
        </Card>
      </Stack>
    </FieldErrorsContext.Provider>
  );
}
