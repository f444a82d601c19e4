// Oproepen: every call, grouped by nothing but sorted as the server sends them (newest first per region), with its
// phase in words. Public.
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePublicCalls } from "../../api/calls.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { DemoBadge, PhaseLine } from "./phase.tsx";

export function CallsPage() {
  const { t } = useTranslation();
  const query = usePublicCalls();

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t("calls.title")}</PageTitle>
        <Text maw={760}>{t("calls.intro")}</Text>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.calls.length === 0 ? (
        <Text>{t("calls.none")}</Text>
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2 }}
          spacing="md"
          component="ul"
          aria-label={t("calls.listLabel")}
          style={{ listStyle: "none", padding: 0, margin: 0 }}
        >
          {query.data.calls.map((call) => (
            <Card component="li" key={call.id} withBorder shadow="xs" padding="lg">
              <Stack gap="xs">
                <Text size="sm" fw={600} c="dimmed">
                  {t("calls.region", { name: call.region.name })}
                </Text>
                <Title order={2} size="h3">
                  <Anchor component={Link} to={`/oproepen/${call.id}`} fz="inherit" fw={700} underline="hover">
                    <span lang="nl">{call.title}</span>
                  </Anchor>
                </Title>
                {call.isDemo && (
                  <Group>
                    <DemoBadge />
                  </Group>
                )}
                <PhaseLine state={call.state} />
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
