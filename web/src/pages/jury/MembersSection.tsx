// The call's jury: who sits on it (with a way to take someone off, until they submitted a review) and whom the
// coordinator can add (the users with the jury role in the call's region).
import { Alert, Button, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useAssignJury, useJury, useUnassignJury } from "../../api/jury.ts";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { formatInstant } from "../../format/dates.ts";

export function MembersSection({ callId }: { callId: string }) {
  const { t, i18n } = useTranslation();
  const query = useJury(callId);
  const assign = useAssignJury(callId);
  const unassign = useUnassignJury(callId);
  const [chosen, setChosen] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);

  if (!query.data) {
    return query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : <Loading />;
  }
  const { members, available } = query.data;
  const nameOf = (userId: string) => [...members, ...available].find((p) => p.userId === userId)?.displayName ?? userId;

  return (
    <section aria-labelledby="members-title">
      <Title order={2} size="h3" id="members-title" mb="xs">
        {t("jury.members.title")}
      </Title>
      <Stack gap="md">
        {members.length === 0 ? (
          <Text>{t("jury.members.none")}</Text>
        ) : (
          <Table className="stack-table" withTableBorder striped verticalSpacing="xs">
            <caption className="table-caption">{t("jury.members.caption")}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("jury.members.name")}</Table.Th>
                <Table.Th scope="col">{t("jury.members.email")}</Table.Th>
                <Table.Th scope="col">{t("jury.members.assignedAt")}</Table.Th>
                <Table.Th scope="col">{t("jury.members.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.userId}>
                  <Table.Th scope="row">{m.displayName}</Table.Th>
                  <Table.Td data-label={t("jury.members.email")} style={{ overflowWrap: "anywhere" }}>
                    {m.email}
                  </Table.Td>
                  <Table.Td data-label={t("jury.members.assignedAt")}>
                    {formatInstant(m.assignedAt, i18n.language)}
                  </Table.Td>
                  <Table.Td className="wrap-buttons">
                    <Button
                      variant="default"
                      size="xs"
                      disabled={unassign.isPending}
                      onClick={() => {
                        setMessage("");
                        setRefusal(null);
                        unassign.mutate(m.userId, {
                          onSuccess: () => setMessage(t("jury.members.removed", { name: m.displayName })),
                          onError: (error) => setRefusal(error.message),
                        });
                      }}
                    >
                      {t("jury.members.remove", { name: m.displayName })}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {available.length === 0 ? (
          <Text>{t("jury.members.noneAvailable")}</Text>
        ) : (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (assign.isPending) return;
              setMessage("");
              setRefusal(null);
              if (!chosen) {
                setFieldError(t("jury.members.choose"));
                return;
              }
              setFieldError(null);
              assign.mutate(chosen, {
                onSuccess: () => {
                  setMessage(t("jury.members.added", { name: nameOf(chosen) }));
                  setChosen("");
                },
                onError: (error) => {
                  if (error instanceof ApiError && error.fields.length > 0) setFieldError(error.fields[0]!.message);
                  else setRefusal(error.message);
                },
              });
            }}
          >
            <Stack gap="xs" align="flex-start">
              <NativeSelect
                id="jury-add"
                label={t("jury.members.add")}
                description={t("jury.members.addHelp")}
                value={chosen}
                error={fieldError}
                onChange={(e) => setChosen(e.currentTarget.value)}
                data={[
                  { value: "", label: t("jury.members.choose") },
                  ...available.map((p) => ({ value: p.userId, label: `${p.displayName} (${p.email})` })),
                ]}
                style={{ maxWidth: "100%" }}
              />
              <Button type="submit">{t("jury.members.addButton")}</Button>
            </Stack>
          </form>
        )}
        {refusal && (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        )}
        <Text role="status" fw={600}>
          {message}
        </Text>
      </Stack>
    </section>
  );
}
