// The partnership on a call's coordinator pages: formed (with a link to it), or why it still waits and from when
// it forms (the last weerwoord window's end, Belgian time). Once the decisions are final the coordinator can form it
// at once instead of waiting for the scheduled formation.
import { Alert, Anchor, Button, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormationStatus, useFormNow } from "../../api/partnerships.ts";
import type { FormationStatus } from "../../api/types.ts";
import { focusSoon } from "../../components/ErrorSummary.tsx";
import { ErrorMessage } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";

export function FormationSection({ callId, onlyWhenFinal = false }: { callId: string; onlyWhenFinal?: boolean }) {
  const { t } = useTranslation();
  const query = useFormationStatus(callId);
  if (query.isError) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="partnership-formation">
        <Title order={2} size="h3" id="partnership-formation" mb="sm">
          {t("partnerships.formation.title")}
        </Title>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </Paper>
    );
  }
  if (!query.data) return null;
  if (onlyWhenFinal && !query.data.final) return null;
  return <Formation callId={callId} status={query.data} />;
}

function Formation({ callId, status }: { callId: string; status: FormationStatus }) {
  const { t, i18n } = useTranslation();
  const form = useFormNow(callId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState("");
  const linkRef = useRef<HTMLAnchorElement>(null);
  const until = status.lastWindowClosesAt ? formatInstant(status.lastWindowClosesAt, i18n.language) : null;
  const link = (
    <Anchor component={Link} to={`/beheer/partnerschappen/${status.region.slug}`} fw={700} ref={linkRef}>
      {t("partnerships.formation.link", { region: status.region.name })}
    </Anchor>
  );

  const onForm = () => {
    if (form.isPending) return;
    setRefusal(null);
    form.mutate(undefined, {
      onSuccess: () => {
        setDone(t("partnerships.formation.done"));
        focusSoon(() => linkRef.current);
      },
      onError: (error) => {
        setRefusal(error.message);
        focusSoon(() => document.getElementById("partnership-formation-refusal"));
      },
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="partnership-formation">
      <Stack gap="xs" align="flex-start" className="wrap-buttons">
        <Title order={2} size="h3" id="partnership-formation">
          {t("partnerships.formation.title")}
        </Title>
        <Text role="status" fw={600}>
          {done}
        </Text>
        {status.formedAt ? (
          <>
            <Text>{t("partnerships.formation.formed", { date: formatInstant(status.formedAt, i18n.language) })}</Text>
            {link}
          </>
        ) : status.final ? (
          <>
            <Text>{t("partnerships.formation.final")}</Text>
            <Button onClick={onForm} loading={form.isPending}>
              {t("partnerships.formation.form")}
            </Button>
          </>
        ) : (
          <>
            <Text>
              {until && status.waitingFor.every((r) => r === "weerwoord_open")
                ? t("partnerships.formation.waitingUntil", { date: until })
                : t("partnerships.formation.waiting")}
            </Text>
            <Text fw={600}>{t("partnerships.formation.why")}</Text>
            <List>
              {status.waitingFor.map((reason) => (
                <List.Item key={reason}>{t(`partnerships.reason.${reason}`, { date: until ?? "" })}</List.Item>
              ))}
            </List>
          </>
        )}
        {refusal && (
          <Alert color="red" role="alert" id="partnership-formation-refusal" tabIndex={-1}>
            {refusal}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
