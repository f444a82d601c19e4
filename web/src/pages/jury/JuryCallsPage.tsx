// The jury member's calls: the calls they sit on, each with a way to its candidacies.
import { Anchor, Group, List, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useJuryCalls } from "../../api/jury.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { DemoBadge, PhaseLine } from "../calls/phase.tsx";

export function JuryCallsPage() {
  const { t } = useTranslation();
  const query = useJuryCalls();
  return (
    <Stack gap="lg">
      <PageTitle>{t("jury.calls.title")}</PageTitle>
      <Text>{t("jury.calls.intro")}</Text>
      {query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Loading />
      ) : query.data.calls.length === 0 ? (
        <Text>{t("jury.calls.none")}</Text>
      ) : (
        <List listStyleType="none" spacing="md" p={0}>
          {query.data.calls.map((call) => (
            <List.Item key={call.id}>
              <Paper withBorder p="md">
                <Stack gap={6}>
                  <Anchor component={Link} to={`/jury/oproepen/${call.id}`} fw={700}>
                    {t("jury.calls.open", { region: call.region.name })}
                  </Anchor>
                  <Text lang="nl">{call.title}</Text>
                  {call.isDemo && (
                    <Group>
                      <DemoBadge />
                    </Group>
                  )}
                  <PhaseLine state={call.state} />
                  <Text size="sm">
                    {t("jury.calls.visibility", { rule: t(`jury.visibilityRule.${call.scoreVisibility}`) })}
                  </Text>
                </Stack>
              </Paper>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
