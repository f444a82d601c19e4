// Publishing the decisions: one batch, after a confirmation that says what happens (a letter to every applicant) and
// that it cannot be undone. A candidacy without a decision is refused by the server, naming the organisations.
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client.ts";
import { usePublishDecisions } from "../../api/decisions.ts";
import type { CallDecisions } from "../../api/types.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { ErrorSummary, focusSoon, type PathError } from "../../components/ErrorSummary.tsx";

export function PublishSection({ callId, view }: { callId: string; view: CallDecisions }) {
  const { t } = useTranslation();
  const publish = usePublishDecisions(callId);
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<PathError[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  const describe = (path: string) => {
    const organisation = view.candidacies.find((c) => path === `candidacies.${c.candidacyId}`)?.organisation;
    return organisation ? t("decisions.publish.missingPath", { organisation }) : t("decisions.publish.title");
  };

  const onConfirm = () => {
    if (publish.isPending) return;
    setOpen(false);
    setErrors([]);
    setRefusal(null);
    publish.mutate(undefined, {
      onSuccess: () => {
        setDone(true);
        focusSoon(() => document.getElementById("publish-done"));
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fields.length > 0) {
          setRefusal(error.message);
          setErrors(error.fields.map((f) => ({ path: f.path.replace(/^body\./, ""), message: f.message })));
          focusSoon(() => summaryRef.current);
        } else {
          setRefusal(error.message);
          focusSoon(() => document.getElementById("publish-refusal"));
        }
      },
    });
  };

  if (done || view.decisionsPublishedAt) {
    return (
      <div id="publish-done" tabIndex={-1}>
        {done && (
          <Alert color="green" title={t("decisions.publish.done")}>
            <Anchor component={Link} to="/berichten">
              {t("decisions.publish.outboxLink")}
            </Anchor>
          </Alert>
        )}
      </div>
    );
  }
  if (!view.canPrepare) return null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="publish-title">
      <Stack gap="sm" align="flex-start" className="wrap-buttons">
        <Title order={2} size="h3" id="publish-title">
          {t("decisions.publish.title")}
        </Title>
        <Text>{t("decisions.publish.text")}</Text>
        <ErrorSummary errors={errors} describe={describe} headingRef={summaryRef} />
        {refusal && errors.length === 0 && (
          <Alert color="red" role="alert" id="publish-refusal" tabIndex={-1}>
            {refusal}
          </Alert>
        )}
        <Button onClick={() => setOpen(true)} loading={publish.isPending}>
          {t("decisions.publish.button")}
        </Button>
      </Stack>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("decisions.publish.dialogTitle")}
        closeLabel={t("decisions.publish.close")}
      >
        <Stack gap="md">
          <Text>{t("decisions.publish.dialogText")}</Text>
          <Group gap="sm" className="wrap-buttons">
            <Button onClick={onConfirm}>{t("decisions.publish.confirm")}</Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t("decisions.publish.cancel")}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Paper>
  );
}
