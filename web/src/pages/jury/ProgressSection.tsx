// The review's progress: per candidacy "n/m beoordeeld", conflicts of interest (a possible one can be released),
// averages and consensus; per jury member what they did.
import { Alert, Button, List, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useClearConflict } from "../../api/jury.ts";
import type { ReviewProgress } from "../../api/types.ts";
import { formatInstant } from "../../format/dates.ts";
import { AveragesList } from "./OthersScoresView.tsx";

export function ProgressSection({ callId, progress }: { callId: string; progress: ReviewProgress }) {
  const { t, i18n } = useTranslation();
  const clear = useClearConflict(callId);
  const [message, setMessage] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <section aria-labelledby="progress-title">
      <Title order={2} size="h3" id="progress-title" mb="xs">
        {t("jury.progress.title")}
      </Title>
      <Stack gap="md">
        <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
          <caption className="table-caption">{t("jury.progress.caption")}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("jury.progress.candidacy")}</Table.Th>
              <Table.Th scope="col">{t("jury.progress.done")}</Table.Th>
              <Table.Th scope="col">{t("jury.progress.conflicts")}</Table.Th>
              <Table.Th scope="col">{t("jury.progress.averages")}</Table.Th>
              <Table.Th scope="col">{t("jury.progress.consensus")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {progress.candidacies.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">
                  {c.organisation.name}
                  <Text size="sm" fw={400}>
                    {c.title} ({t("jury.progress.version", { version: c.revisionNumber })})
                  </Text>
                </Table.Th>
                <Table.Td data-label={t("jury.progress.done")}>
                  {t("jury.progress.doneOf", { done: c.done, expected: c.expected })}
                </Table.Td>
                <Table.Td data-label={t("jury.progress.conflicts")} className="wrap-buttons">
                  {c.conflicts.length === 0 ? (
                    t("jury.progress.noConflicts")
                  ) : (
                    <List spacing={4} size="sm">
                      {c.conflicts.map((k) => (
                        <List.Item key={k.userId}>
                          {t(`jury.progress.${k.status}`, { name: k.displayName, reason: k.reason })}
                          {k.cleared && ` ${t("jury.progress.cleared")}`}
                          {k.status === "possible" && !k.cleared && (
                            <div>
                              <Button
                                size="xs"
                                mt={4}
                                disabled={clear.isPending}
                                aria-label={t("jury.progress.releaseLabel", {
                                  name: k.displayName,
                                  organisation: c.organisation.name,
                                })}
                                onClick={() => {
                                  setMessage("");
                                  setRefusal(null);
                                  clear.mutate(
                                    { candidacyId: c.id, userId: k.userId },
                                    {
                                      onSuccess: () => setMessage(t("jury.progress.released", { name: k.displayName })),
                                      onError: (error) => setRefusal(error.message),
                                    },
                                  );
                                }}
                              >
                                {t("jury.progress.release")}
                              </Button>
                            </div>
                          )}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td data-label={t("jury.progress.averages")}>
                  {c.averages.criteria.every((a) => a.count === 0) ? (
                    t("jury.progress.noAverages")
                  ) : (
                    <AveragesList averages={c.averages} criteria={progress.criteria} />
                  )}
                </Table.Td>
                <Table.Td data-label={t("jury.progress.consensus")}>
                  {c.consensus
                    ? t("jury.progress.consensusRecorded", {
                        name: c.consensus.recordedBy,
                        date: formatInstant(c.consensus.recordedAt, i18n.language),
                      })
                    : t("jury.progress.consensusNone")}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {refusal && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        <Text role="status" fw={600}>
          {message}
        </Text>

        <Title order={3} size="h4">
          {t("jury.progress.membersTitle")}
        </Title>
        <Table className="stack-table" withTableBorder striped verticalSpacing="xs">
          <caption className="table-caption">{t("jury.progress.membersCaption")}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("jury.members.name")}</Table.Th>
              <Table.Th scope="col">{t("jury.progress.done")}</Table.Th>
              <Table.Th scope="col">{t("jury.progress.undeclared")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {progress.members.map((m) => (
              <Table.Tr key={m.userId}>
                <Table.Th scope="row">{m.displayName}</Table.Th>
                <Table.Td data-label={t("jury.progress.done")}>
                  {t("jury.progress.doneOf", { done: m.done, expected: m.expected })}
                </Table.Td>
                <Table.Td data-label={t("jury.progress.undeclared")}>{m.undeclared}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </section>
  );
}
