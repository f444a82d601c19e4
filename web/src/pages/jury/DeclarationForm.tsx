// The declaration of a conflict of interest, before a jury member sees a candidacy: three choices in a fieldset, and
// a reason that is required for a conflict or a possible conflict.
import { Alert, Button, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useDeclare } from "../../api/jury.ts";
import type { ConflictStatus, DeclarationView } from "../../api/types.ts";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";
import { formatInstant } from "../../format/dates.ts";
import { fieldId } from "../editor/fields.tsx";
import { declarationWords, formPath } from "./words.ts";

const statuses: ConflictStatus[] = ["none", "conflict", "possible"];
const isStatus = (value: string): value is ConflictStatus => (statuses as string[]).includes(value);

export function DeclarationForm({
  candidacyId,
  declaration,
  reviewed,
}: {
  candidacyId: string;
  declaration: DeclarationView | null;
  /** The member submitted a review: only `conflict` is still possible. */
  reviewed: boolean;
}) {
  const { t, i18n } = useTranslation();
  const declare = useDeclare(candidacyId);
  const [status, setStatus] = useState<ConflictStatus | null>(declaration?.status ?? null);
  const [reason, setReason] = useState(declaration?.reason ?? "");
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;

  const showErrors = (found: PathError[]) => {
    setErrors(found);
    focusSoon(() => summaryRef.current);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (declare.isPending) return;
    setSaved(false);
    setRefusal(null);
    const found: PathError[] = [];
    if (status === null) found.push({ path: "status", message: t("jury.declaration.statusRequired") });
    if (status !== null && status !== "none" && !reason.trim()) {
      found.push({ path: "reason", message: t("jury.declaration.reasonRequired") });
    }
    if (found.length > 0 || status === null) return showErrors(found);
    setErrors([]);
    declare.mutate(
      { status, reason: status === "none" ? null : reason.trim() },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            showErrors(error.fields.map((f) => ({ path: formPath(f.path), message: f.message })));
          } else {
            setRefusal(error.message);
            focusSoon(() => document.getElementById("declaration-refusal"));
          }
        },
      },
    );
  };

  const describe = (path: string) => (path === "reason" ? t("jury.declaration.reason") : t("jury.declaration.title"));
  const statusError = errorOf("status");
  const reasonNeeded = status === "conflict" || status === "possible";

  return (
    <section aria-labelledby="declaration-title">
      <Title order={2} size="h3" id="declaration-title" mb="xs">
        {t("jury.declaration.title")}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" align="stretch">
          <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
          {declaration && (
            <Text>
              {t("jury.declaration.current", {
                date: formatInstant(declaration.declaredAt, i18n.language),
                status: declarationWords(t, declaration),
              })}
            </Text>
          )}
          {reviewed && <Text>{t("jury.declaration.lockedHelp")}</Text>}
          <fieldset
            className="plain-fieldset"
            id={fieldId("status")}
            aria-describedby={`declaration-help${statusError ? ` ${fieldId("status")}-error` : ""}`}
          >
            <legend className="fieldset-legend">{t("jury.declaration.legend")}</legend>
            <Text size="sm" id="declaration-help" mb="xs">
              {t("jury.declaration.help")}
            </Text>
            {statusError && (
              <Text c="red" size="sm" fw={600} id={`${fieldId("status")}-error`} mb="xs">
                {statusError}
              </Text>
            )}
            <Radio.Group
              name="declaration"
              value={status ?? ""}
              onChange={(value) => {
                if (isStatus(value)) setStatus(value);
              }}
            >
              <Stack gap="sm">
                {statuses.map((s) => (
                  <Radio
                    key={s}
                    value={s}
                    label={t(`jury.declaration.${s}`)}
                    description={t(`jury.declaration.${s}Help`)}
                    disabled={reviewed && s !== "conflict"}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </fieldset>
          <Textarea
            id={fieldId("reason")}
            label={t("jury.declaration.reason")}
            description={t("jury.declaration.reasonHelp")}
            required={reasonNeeded}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errorOf("reason")}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {refusal && (
            <Alert color="red" role="alert" id="declaration-refusal" tabIndex={-1}>
              {refusal}
            </Alert>
          )}
          <Text role="status" fw={600}>
            {saved ? t("jury.declaration.saved") : ""}
          </Text>
          <div>
            <Button type="submit">{t("jury.declaration.save")}</Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
