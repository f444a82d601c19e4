// Berichten: the outbox (receipts, letters, invitations, notices and reminders Brug sends), for those who may read
// them, each with where its delivery stands. Without a mail server nothing is sent and every message stays here.
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useOutbox, useOutboxMessage } from "../../api/calls.ts";
import type { OutboxSummary } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";

// Where each message stands, in words (colour only adds to them): sent, waiting, failed with its next attempt, or
// kept here because no mail server is configured (or it waited too long for one).
function Delivery({ message, detailed = false }: { message: OutboxSummary; detailed?: boolean }) {
  const { t, i18n } = useTranslation();
  const d = message.delivery;
  const badge = (color: string, text: string) => (
    <Badge color={color} variant="light" radius="sm" tt="none" style={{ whiteSpace: "normal", height: "auto" }}>
      {text}
    </Badge>
  );
  switch (d.state) {
    case "sent":
      return <Text span>{t("outbox.sentAt", { date: formatInstant(message.sentAt ?? "", i18n.language) })}</Text>;
    case "waiting":
      return badge("blue", t("outbox.waiting"));
    case "kept":
      return badge("orange", d.keptBecause === "too_old" ? t("outbox.tooOld") : t("outbox.queued"));
    case "failed":
      return (
        <Stack gap={4} align="flex-start">
          {badge(
            "red",
            t("outbox.failed", {
              attempts: d.attempts,
              date: d.nextAttemptAt ? formatInstant(d.nextAttemptAt, i18n.language) : "",
            }),
          )}
          {detailed && d.lastError ? (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {t("outbox.lastError", { error: d.lastError })}
            </Text>
          ) : null}
        </Stack>
      );
  }
}

const recipient = (m: OutboxSummary) => (m.toName ? `${m.toName} <${m.toAddress}>` : m.toAddress);

export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const query = useOutbox();
  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t("outbox.title")}</PageTitle>
        <Text maw={760}>{t("outbox.intro")}</Text>
      </div>
      {query.data && !query.data.mailConfigured ? (
        <Paper withBorder p="sm" maw={760}>
          <Text>{t("outbox.noMailServer")}</Text>
        </Paper>
      ) : null}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.messages.length === 0 ? (
        <Text>{t("outbox.none")}</Text>
      ) : (
        <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
          <caption className="table-caption">{t("outbox.caption")}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("outbox.subject")}</Table.Th>
              <Table.Th scope="col">{t("outbox.to")}</Table.Th>
              <Table.Th scope="col">{t("outbox.when")}</Table.Th>
              <Table.Th scope="col">{t("outbox.delivery")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.messages.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/berichten/${m.id}`}>
                    {m.subject}
                  </Anchor>
                </Table.Th>
                <Table.Td data-label={t("outbox.to")} style={{ overflowWrap: "anywhere" }}>
                  {recipient(m)}
                </Table.Td>
                <Table.Td data-label={t("outbox.when")}>{formatInstant(m.createdAt, i18n.language)}</Table.Td>
                <Table.Td data-label={t("outbox.delivery")}>
                  <Delivery message={m} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function OutboxMessagePage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const query = useOutboxMessage(id);
  const back = (
    <Anchor component={Link} to="/berichten" size="sm">
      {t("outbox.back")}
    </Anchor>
  );
  if (!query.data) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("outbox.loadingMessage")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const m = query.data;
  const names = m.attachments.length > 0 ? m.attachments.map((a) => a.filename) : m.attachmentNames;
  return (
    <Stack gap="lg">
      {back}
      <PageTitle documentTitle={m.subject}>{m.subject}</PageTitle>
      <Paper withBorder p="md">
        <dl className="content-list">
          <div className="content-item">
            <dt>{t("outbox.to")}</dt>
            <dd style={{ overflowWrap: "anywhere" }}>{recipient(m)}</dd>
          </div>
          <div className="content-item">
            <dt>{t("outbox.when")}</dt>
            <dd>{formatInstant(m.createdAt, i18n.language)}</dd>
          </div>
          <div className="content-item">
            <dt>{t("outbox.delivery")}</dt>
            <dd>
              <Delivery message={m} detailed />
            </dd>
          </div>
        </dl>
      </Paper>
      <section aria-labelledby="outbox-body">
        <Title order={2} id="outbox-body" size="h3" mb="xs">
          {t("outbox.body")}
        </Title>
        <Paper withBorder p="md">
          <pre className="mail-body" lang={m.locale}>
            {m.bodyText}
          </pre>
        </Paper>
      </section>
      <section aria-labelledby="outbox-attachments">
        <Title order={2} id="outbox-attachments" size="h3" mb="xs">
          {t("outbox.attachments")}
        </Title>
        {names.length === 0 ? (
          <Text>{t("outbox.noAttachments")}</Text>
        ) : (
          <ul>
            {names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </section>
    </Stack>
  );
}
