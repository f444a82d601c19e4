// The client's consents, newest first, each with its state in words (not colour alone), what it covers, until when,
// who recorded it and, once revoked, who revoked it, how and why. A standing consent can be revoked from here, after
// a confirmation dialog that asks how the client withdrew it.
import { Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRevokeConsent, type ConsentView } from "../../../api/consents.ts";
import { Dialog } from "../../../components/Dialog.tsx";
import { formatDate, formatInstant } from "../../../format/dates.ts";
import { consentWho } from "./words.ts";

const stateColor = { standing: "green", expired: "gray", revoked: "red" } as const;

export function ConsentList({
  clientId,
  consents,
  region,
  onRevoked,
}: {
  clientId: string;
  consents: ConsentView[];
  region: string;
  onRevoked: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [revoking, setRevoking] = useState<ConsentView | null>(null);
  const lang = i18n.language;
  return (
    <section aria-labelledby="consents-list-title">
      <Title order={2} size="h3" id="consents-list-title" mb="sm">
        {t("consents.list.title")}
      </Title>
      {consents.length === 0 && <Text>{t("consents.list.empty")}</Text>}
      <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {consents.map((consent) => {
          const who = consentWho(t, consent, region);
          return (
            <Paper component="li" withBorder p="sm" key={consent.id}>
              <Stack gap={4}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={700} style={{ overflowWrap: "anywhere" }}>
                    {who}
                  </Text>
                  <Badge color={stateColor[consent.state]} variant="light" size="lg">
                    {t(`consents.state.${consent.state}`)}
                  </Badge>
                </Group>
                <Text size="sm">
                  {t("consents.list.purpose")}: {t(`consents.purpose.${consent.purpose}`)}
                  {consent.purposeText !== "" && ` — ${consent.purposeText}`}
                </Text>
                <Text size="sm">
                  {t("consents.list.categories")}:{" "}
                  {consent.categories.map((c) => t(`consents.category.${c}`)).join(", ")}
                </Text>
                <Text size="sm">
                  {t("consents.list.givenHow")}: {t(`consents.givenHow.${consent.givenHow}`)} ·{" "}
                  {t("consents.list.until")} {formatDate(consent.lastDay, lang)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("consents.list.recorded", {
                    name: consent.recordedBy.name,
                    date: formatInstant(consent.givenAt, lang),
                  })}
                </Text>
                {consent.revoked && (
                  <Text size="sm">
                    {t("consents.list.revoked", {
                      name: consent.revoked.by.name,
                      date: formatInstant(consent.revoked.at, lang),
                      how: t(`consents.revokedHow.${consent.revoked.how}`),
                    })}
                    {consent.revoked.reason !== "" &&
                      ` ${t("consents.list.reason", { reason: consent.revoked.reason })}`}
                  </Text>
                )}
                {consent.state === "standing" && (
                  <Group>
                    <Button
                      variant="outline"
                      color="red"
                      size="sm"
                      aria-label={t("consents.list.revokeLabel", { who })}
                      onClick={() => setRevoking(consent)}
                    >
                      {t("consents.list.revoke")}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      <Dialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("consents.revoke.title")}
        closeLabel={t("consents.revoke.close")}
      >
        {revoking && (
          <RevokeForm
            clientId={clientId}
            consent={revoking}
            who={consentWho(t, revoking, region)}
            onDone={(message) => {
              setRevoking(null);
              onRevoked(message);
            }}
            onCancel={() => setRevoking(null)}
          />
        )}
      </Dialog>
    </section>
  );
}

function RevokeForm({
  clientId,
  consent,
  who,
  onDone,
  onCancel,
}: {
  clientId: string;
  consent: ConsentView;
  who: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const revoke = useRevokeConsent(clientId);
  const [how, setHow] = useState<"spoken" | "written">("spoken");
  const [reason, setReason] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (revoke.isPending) return;
    setRefusal(null);
    revoke.mutate(
      { consentId: consent.id, body: { how, reason: reason.trim() } },
      {
        onSuccess: () => onDone(t("consents.revoke.done", { who })),
        onError: (error) => setRefusal(error.message),
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text>{t("consents.revoke.text", { who })}</Text>
        <Radio.Group
          label={t("consents.revoke.how")}
          value={how}
          onChange={(value) => setHow(value === "written" ? "written" : "spoken")}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="spoken" label={t("consents.revoke.howSpoken")} />
            <Radio value="written" label={t("consents.revoke.howWritten")} />
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("consents.revoke.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        {refusal && (
          <Text c="red" role="alert" fw={600}>
            {refusal}
          </Text>
        )}
        <Group gap="sm" className="wrap-buttons">
          <Button type="submit" color="red" loading={revoke.isPending}>
            {t("consents.revoke.confirm")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("consents.revoke.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
