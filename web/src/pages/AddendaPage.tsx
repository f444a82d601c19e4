import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePublicAddenda } from "../api/queries.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../components/QueryState.tsx";
import { formatDate } from "../format/dates.ts";

export function AddendaPage() {
  const { t, i18n } = useTranslation();
  const query = usePublicAddenda();

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t("addenda.title")}</PageTitle>
        <Text size="lg" maw={760}>
          {t("addenda.intro")}
        </Text>
        <Text mt="xs" maw={760}>
          {t("addenda.intro2")}
        </Text>
      </div>
      <section aria-labelledby="regions-heading">
        <Title order={2} id="regions-heading" mb="sm">
          {t("addenda.regionsHeading")}
        </Title>
        {query.isPending ? (
          <Loading />
        ) : query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.regions.length === 0 ? (
          <Text>{t("addenda.none")}</Text>
        ) : (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            component="ul"
            style={{ listStyle: "none", padding: 0, margin: 0 }}
          >
            {query.data.regions.map((region) => (
              <Card component="li" key={region.slug} withBorder shadow="xs" padding="lg">
                <Stack gap="xs">
                  <Title order={3} size="h3">
                    <Anchor component={Link} to={`/addenda/${region.slug}`} fz="inherit" fw={700} underline="hover">
                      {t("addenda.cardTitle", { name: region.name })}
                    </Anchor>
                  </Title>
                  <Text size="sm">
                    <strong>{t("addenda.municipalities")}: </strong>
                    <span lang="nl">{region.municipalities.join(", ")}</span>
                  </Text>
                  <Group gap="xs">
                    <Badge variant="light" size="lg" radius="sm" tt="none">
                      {t("addenda.challengeCount", { count: region.challengeCount })}
                    </Badge>
                  </Group>
                  {region.personas.length > 0 && (
                    <Text size="sm">
                      <strong>{t("addenda.personas")}: </strong>
                      {region.personas.map((p, i) => (
                        <span key={p.slug}>
                          {i > 0 && ", "}
                          <Anchor component={Link} to={`/personas/${p.slug}`} size="sm">
                            {p.name}
                          </Anchor>
                        </span>
                      ))}
                    </Text>
                  )}
                  {region.publishedAt && (
                    <Text size="sm" c="dimmed">
                      {t("addenda.publishedOn", {
                        date: formatDate(region.publishedAt, i18n.language, false),
                        version: region.publishedVersion,
                      })}
                    </Text>
                  )}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>
    </Stack>
  );
}
