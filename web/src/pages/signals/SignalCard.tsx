// One signal as the region reads it: what, where, which life domains, its status and the coordinator's response,
// how many trajectories it concerns (never which); the raiser's own links; for the coordinator who raised it and
// the follow-up form.
import { Anchor, Button, NativeSelect, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFollowUpSignal, type SignalStatus, type SignalView } from "../../api/signals.ts";
import { formatDate } from "../../format/dates.ts";
import { signalStatuses } from "../../../../server/src/domain/trajectory-codes.ts";

function FollowUp({ signal, onSaved }: { signal: SignalView; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const followUp = useFollowUpSignal();
  const [status, setStatus] = useState<SignalStatus>(signal.status);
  const [response, setResponse] = useState(signal.response);
  const [error, setError] = useState<string | null>(null);
  const base = `signal-${signal.id}`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    followUp.mutate(
      { id: signal.id, body: { status, response } },
      {
        onSuccess: (saved) =>
          onSaved(t("signals.followUp.saved", { title: saved.title, status: t(`signals.status.${saved.status}`) })),
        onError: (e) => setError(e.message || t("errors.unexpected")),
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t("signals.followUp.label", { title: signal.title })}>
      <Stack gap="xs">
        <NativeSelect
          id={`${base}-status`}
          label={t("signals.followUp.status")}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as SignalStatus)}
          data={signalStatuses.map((s) => ({ value: s, label: t(`signals.status.${s}`) }))}
          style={{ maxWidth: 280 }}
        />
        <Textarea
          id={`${base}-response`}
          label={t("signals.followUp.response")}
          value={response}
          onChange={(e) => setResponse(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        {error && (
          <Text c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Button type="submit" variant="outline" loading={followUp.isPending} style={{ alignSelf: "flex-start" }}>
          {t("signals.followUp.save")}
        </Button>
      </Stack>
    </form>
  );
}

export function SignalCard({
  signal,
  manage,
  domainName,
  onSaved,
}: {
  signal: SignalView;
  manage: boolean;
  domainName: (code: string) => string;
  onSaved: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" component="li">
      <Stack gap={6}>
        <Title order={3} size="h4" style={{ overflowWrap: "anywhere" }}>
          {signal.title}
        </Title>
        <Text size="sm">
          {t("signals.card.status")}: <strong>{t(`signals.status.${signal.status}`)}</strong>
          {" · "}
          {t("signals.card.raisedOn", { date: formatDate(signal.raisedAt, i18n.language, false) })}
          {signal.mine ? ` · ${t("signals.card.mine")}` : ""}
        </Text>
        {signal.raisedBy && (
          <Text size="sm">
            {signal.raisedBy.organisation
              ? t("signals.card.raisedByAt", { name: signal.raisedBy.name, organisation: signal.raisedBy.organisation })
              : t("signals.card.raisedBy", { name: signal.raisedBy.name })}
          </Text>
        )}
        <Text style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>{signal.description}</Text>
        <Text size="sm">
          {t("signals.card.lifeDomains", { domains: signal.lifeDomains.map(domainName).join(", ") })}
          {signal.municipality ? ` · ${signal.municipality.name}` : ""}
        </Text>
        <Text size="sm">{t("signals.card.linked", { count: signal.linkedTrajectories })}</Text>
        {signal.myLinks.length > 0 && (
          <Text size="sm">
            {t("signals.card.myLinks")}{" "}
            {signal.myLinks.map((link, i) => (
              <span key={link.trajectoryId}>
                {i > 0 ? ", " : ""}
                <Anchor component={Link} to={`/clienten/${link.clientId}`}>
                  {link.clientName}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        {signal.response && (
          <Text size="sm" style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
            <strong>{t("signals.card.response")}:</strong> {signal.response}
          </Text>
        )}
        {manage && <FollowUp key={signal.updatedAt} signal={signal} onSaved={onSaved} />}
      </Stack>
    </Paper>
  );
}
