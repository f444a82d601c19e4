import { Anchor, Badge, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePublicCalls } from "../api/calls.ts";
import { useCan, useCoordinatorAddenda, useSession } from "../api/queries.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../components/QueryState.tsx";

export function AdminPage() {
  const { t } = useTranslation();
  const session = useSession();
  const query = useCoordinatorAddenda();
  const user = session.data?.user;
  const managesCalls = useCan("call:manage");

  return (
    <Stack gap="md">
      <PageTitle>{t("admin.title")}</PageTitle>
      {user && <Text>{t("admin.welcome", { name: user.displayName })}</Text>}
      {user && user.memberships.length > 0 && (
        <Text size="sm">
          {t("admin.roles")}:{" "}
          {user.memberships
            .map((m) =>
              t("admin.membership", {
                role: t(`roles.${m.role}`, { defaultValue: m.role }),
                organisation: m.organisationName,
                region: m.regionName ?? t("admin.allRegions"),
              }),
            )
            .join(" · ")}
        </Text>
      )}
      {managesCalls && <CoordinatorCalls />}
      <section aria-labelledby="my-addenda">
        <Title order={2} id="my-addenda" mb="sm">
          {t("admin.addenda")}
        </Title>
        {query.isPending ? (
          <Loading />
        ) : query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.addenda.length === 0 ? (
          <Text>{t("admin.none")}</Text>
        ) : (
          <Table className="stack-table" withTableBorder striped verticalSpacing="sm">
            <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 0.5rem" }}>
              {t("admin.caption")}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("admin.region")}</Table.Th>
                <Table.Th scope="col">{t("admin.status")}</Table.Th>
                <Table.Th scope="col">{t("admin.latest")}</Table.Th>
                <Table.Th scope="col">{t("admin.published")}</Table.Th>
                <Table.Th scope="col">{t("admin.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.addenda.map((a) => (
                <Table.Tr key={a.slug}>
                  <Table.Th scope="row">{a.name}</Table.Th>
                  <Table.Td data-label={t("admin.status")}>
                    {a.publishedVersion === null ? (
                      <Badge color="orange" variant="light" radius="sm" tt="none">
                        {t("admin.statusNeverPublished")}
                      </Badge>
                    ) : a.hasUnpublishedChanges ? (
                      <Badge color="orange" variant="light" radius="sm" tt="none">
                        {t("admin.statusUnpublished")}
                      </Badge>
                    ) : (
                      <Badge color="green" variant="light" radius="sm" tt="none">
                        {t("admin.statusPublished")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td data-label={t("admin.latest")}>{t("admin.versionN", { number: a.latestVersion })}</Table.Td>
                  <Table.Td data-label={t("admin.published")}>
                    {a.publishedVersion === null
                      ? t("admin.notPublished")
                      : t("admin.versionN", { number: a.publishedVersion })}
                  </Table.Td>
                  <Table.Td data-label={t("admin.actions")}>
                    <Group gap="md" wrap="wrap">
                      <Anchor component={Link} to={`/beheer/addenda/${a.slug}`}>
                        {t("admin.edit", { name: a.name })}
                      </Anchor>
                      <Anchor component={Link} to={`/beheer/addenda/${a.slug}/geschiedenis`}>
                        {t("admin.history", { name: a.name })}
                      </Anchor>
                      {a.publishedVersion !== null && (
                        <Anchor component={Link} to={`/addenda/${a.slug}`}>
                          {t("admin.publicPage", { name: a.name })}
                        </Anchor>
                      )}
                      {a.publishedVersion !== null && managesCalls && (
                        <Anchor component={Link} to={`/beheer/addenda/${a.slug}/oproep-openen`}>
                          {t("opening.linkFor", { name: a.name })}
                        </Anchor>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </Stack>
  );
}

/** The calls of the regions the user coordinates, each with a link to its candidacies. */
function CoordinatorCalls() {
  const { t } = useTranslation();
  const session = useSession();
  const calls = usePublicCalls();
  const regions = new Set(
    (session.data?.user?.memberships ?? []).filter((m) => m.role === "coordinator").map((m) => m.regionSlug),
  );
  return (
    <section aria-labelledby="my-calls">
      <Title order={2} id="my-calls" mb="sm">
        {t("admin.calls")}
      </Title>
      {calls.isPending ? (
        <Loading />
      ) : calls.isError ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : (
        (() => {
          const mine = calls.data.calls.filter((c) => regions.has(c.region.slug));
          if (mine.length === 0) return <Text>{t("admin.noCalls")}</Text>;
          return (
            <ul>
              {mine.map((c) => (
                <li key={c.id}>
                  <Anchor component={Link} to={`/beheer/oproepen/${c.id}`}>
                    {t("admin.callLink", { region: c.region.name, title: c.title })}
                  </Anchor>
                  {c.isDemo && (
                    <Badge ml="xs" color="orange" variant="light" radius="sm" tt="none">
                      {t("calls.demo")}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
          );
        })()
      )}
    </section>
  );
}
