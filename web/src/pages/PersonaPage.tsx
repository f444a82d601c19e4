import { Anchor, Card, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { usePublicPersona } from "../api/queries.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../components/QueryState.tsx";
import { Tags } from "../components/Tags.tsx";
import { nameIn } from "../format/names.ts";
import { lookups } from "./addendum/lookup.ts";

export function PersonaPage() {
  const { slug = "" } = useParams();
  const { t, i18n } = useTranslation();
  const query = usePublicPersona(slug);

  if (query.isPending || query.isError) {
    return (
      <Stack>
        <PageTitle>{t("persona.loadingTitle")}</PageTitle>
        {query.isPending ? <Loading /> : <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      </Stack>
    );
  }
  const { persona, appearances, barriers, references } = query.data;
  const names = lookups(references, i18n.language);
  const challengeTotal = appearances.reduce((n, a) => n + a.challenges.length, 0);
  const top = [...barriers].sort(
    (a, b) => b.count - a.count || nameIn(a.name, i18n.language).localeCompare(nameIn(b.name, i18n.language)),
  );

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/personas" size="sm">
          {t("persona.back")}
        </Anchor>
        <PageTitle documentTitle={t("persona.documentTitle", { name: persona.name })}>
          {t("persona.title", { name: persona.name })}
        </PageTitle>
        <Text>{t("persona.summary", { name: persona.name, count: challengeTotal, regions: appearances.length })}</Text>
      </div>

      <section aria-labelledby="appearances-heading">
        <Title order={2} id="appearances-heading" mb="sm">
          {t("persona.appearances")}
        </Title>
        {appearances.length === 0 && <Text>{t("persona.noAppearances")}</Text>}
        <Stack gap="md">
          {appearances.map((a) => (
            <Card
              key={a.region.slug}
              withBorder
              padding="lg"
              component="section"
              aria-labelledby={`region-${a.region.slug}`}
            >
              <Title order={3} id={`region-${a.region.slug}`} mb="xs">
                <Anchor component={Link} to={`/addenda/${a.region.slug}`} fz="inherit" fw={700}>
                  {a.region.name}
                </Anchor>
              </Title>
              <Stack gap="md">
                {a.challenges.map((c) => (
                  <div key={c.number}>
                    <Title order={4} mb={4}>
                      <Anchor
                        component={Link}
                        to={`/addenda/${a.region.slug}#uitdaging-${c.number}`}
                        fz="inherit"
                        fw={700}
                      >
                        {t("persona.challengeIn", { number: c.number, region: a.region.name })}
                      </Anchor>
                    </Title>
                    {c.context && (
                      <Text lang="nl" lineClamp={4} mb={6}>
                        {c.context}
                      </Text>
                    )}
                    {c.otherPersonas.length > 0 && (
                      <Text size="sm" mb={6}>
                        <strong>{t("persona.together")}: </strong>
                        {c.otherPersonas.map((p, i) => (
                          <span key={p.slug}>
                            {i > 0 && ", "}
                            <Anchor component={Link} to={`/personas/${p.slug}`} size="sm">
                              {p.name}
                            </Anchor>
                          </span>
                        ))}
                      </Text>
                    )}
                    <Tags label={t("addendum.barriersOf")} items={c.barriers.map(names.barrier)} />
                  </div>
                ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      </section>

      <section aria-labelledby="barriers-heading">
        <Title order={2} id="barriers-heading" mb="sm">
          {t("persona.barriers")}
        </Title>
        {top.length === 0 ? (
          <Text>{t("persona.noBarriers")}</Text>
        ) : (
          <Table className="stack-table" withTableBorder striped verticalSpacing="xs">
            <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 0.5rem" }}>
              {t("persona.barriersCaption", { name: persona.name })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("persona.barrier")}</Table.Th>
                <Table.Th scope="col">{t("persona.lifeDomain")}</Table.Th>
                <Table.Th scope="col">{t("persona.count")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {top.map((b) => (
                <Table.Tr key={b.code}>
                  <Table.Th scope="row">{nameIn(b.name, i18n.language)}</Table.Th>
                  <Table.Td data-label={t("persona.lifeDomain")}>{names.lifeDomain(b.lifeDomain)}</Table.Td>
                  <Table.Td data-label={t("persona.count")}>{t("persona.countValue", { count: b.count })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
}
