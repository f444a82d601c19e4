// Tijdlijn bijwerken: the call's timeline was copied from the addendum when the call opened. To set a date the
// addendum left waiting, extend the deadline or move the pitch days, the coordinator edits and publishes the
// addendum, then takes its timeline over here, after seeing each change and whether it is allowed.
import { Alert, Anchor, Badge, Button, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useTakeOverTimeline, useTimelineProposal, type TimelineProposal } from "../../api/opening.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { CallHeading } from "../calls/phase.tsx";

export function TimelinePage() {
  const { callId = "" } = useParams();
  const { t } = useTranslation();
  const query = useTimelineProposal(callId);
  const back = (
    <Anchor component={Link} to={`/beheer/oproepen/${callId}`} size="sm">
      {t("manage.backToList")}
    </Anchor>
  );
  if (!query.data) {
    return (
      <Stack>
        {back}
        <PageTitle>{t("timeline.title")}</PageTitle>
        {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
      </Stack>
    );
  }
  const proposal = query.data;
  return (
    <Stack gap="lg">
      {back}
      <CallHeading title={t("timeline.titleFor", { region: proposal.call.region.name })} call={proposal.call} />
      <Text>{t("timeline.intro")}</Text>
      <Anchor component={Link} to={`/beheer/addenda/${proposal.call.region.slug}`}>
        {t("timeline.editAddendum", { region: proposal.call.region.name })}
      </Anchor>
      <Changes proposal={proposal} callId={callId} />
    </Stack>
  );
}

function Changes({ proposal, callId }: { proposal: TimelineProposal; callId: string }) {
  const { t } = useTranslation();
  const takeOver = useTakeOverTimeline(callId);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const differs = proposal.changes.some((c) => c.kind !== "unchanged");
  const announce = (ok: boolean, text: string) => {
    setMessage({ ok, text });
    setTimeout(() => messageRef.current?.focus(), 0);
  };
  const apply = () => {
    if (proposal.addendumVersion === null) return;
    takeOver.mutate(proposal.addendumVersion, {
      onSuccess: () => announce(true, t("timeline.done")),
      onError: (error) => announce(false, error.message),
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-changes">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="timeline-changes">
          {proposal.addendumVersion === null
            ? t("timeline.noAddendum")
            : t("timeline.changesTitle", { version: proposal.addendumVersion })}
        </Title>
        {message && (
          <Alert
            ref={messageRef}
            tabIndex={-1}
            role={message.ok ? "status" : "alert"}
            color={message.ok ? "green" : "red"}
            w="100%"
          >
            {message.text}
          </Alert>
        )}
        {!differs ? (
          <Text>{t("timeline.same")}</Text>
        ) : (
          <Table className="stack-table" withTableBorder verticalSpacing="sm">
            <caption className="table-caption">{t("timeline.caption")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("timeline.step")}</Table.Th>
                <Table.Th scope="col">{t("timeline.now")}</Table.Th>
                <Table.Th scope="col">{t("timeline.new")}</Table.Th>
                <Table.Th scope="col">{t("timeline.verdict")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {proposal.changes.map((change) => (
                <Table.Tr key={change.key}>
                  <Table.Th scope="row">{t(`milestone.${change.key}`)}</Table.Th>
                  <Table.Td data-label={t("timeline.now")} lang="nl">
                    {change.before ?? t("timeline.absent")}
                  </Table.Td>
                  <Table.Td data-label={t("timeline.new")} lang="nl">
                    {change.after ?? t("timeline.removed")}
                  </Table.Td>
                  <Table.Td data-label={t("timeline.verdict")}>
                    {change.kind === "unchanged" ? (
                      <Text size="sm">{t("timeline.unchanged")}</Text>
                    ) : change.refusal ? (
                      <Stack gap={2}>
                        <Badge color="red" variant="light" radius="sm" tt="none">
                          {t("timeline.refusedBadge")}
                        </Badge>
                        <Text size="sm">{change.refusal.message}</Text>
                      </Stack>
                    ) : (
                      <Badge color="green" variant="light" radius="sm" tt="none">
                        {t(`timeline.kind.${change.kind}`)}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {differs && !proposal.canTakeOver && <Text>{t("timeline.cannot")}</Text>}
        {proposal.canTakeOver && (
          <Button onClick={apply} loading={takeOver.isPending}>
            {t("timeline.takeOver")}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
