import { Anchor, Button, Checkbox, Group, List, NativeSelect, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { Dialog } from "../components/Dialog.tsx";
import { Fragment, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { BarrierSource } from "../api/types.ts";
import { useBarrierGrid } from "../api/queries.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../components/QueryState.tsx";
import { nameIn } from "../format/names.ts";

interface Selected {
  regionSlug: string;
  regionName: string;
  barrierName: string;
  sources: BarrierSource[];
}

const shade = (count: number) => (count >= 4 ? "#a0c5e2" : count >= 2 ? "#cfe2f0" : "#e7f1f8");

export function BarriersPage() {
  const { t, i18n } = useTranslation();
  const query = useBarrierGrid();
  const [domain, setDomain] = useState("");
  const [showAll, setShowAll] = useState(false);
  const [selected, setSelected] = useState<Selected | null>(null);

  const cells = useMemo(() => {
    const map = new Map<string, BarrierSource[]>();
    for (const cell of query.data?.cells ?? []) map.set(`${cell.region}|${cell.barrier}`, cell.sources);
    return map;
  }, [query.data]);

  const groups = useMemo(() => {
    if (!query.data) return [];
    const { lifeDomains, barriers, regions } = query.data;
    return lifeDomains
      .filter((d) => !domain || d.code === domain)
      .map((d) => ({
        domain: d,
        barriers: barriers
          .filter((b) => b.lifeDomain === d.code)
          .filter((b) => showAll || regions.some((r) => cells.has(`${r.slug}|${b.code}`))),
      }))
      .filter((g) => g.barriers.length > 0);
  }, [query.data, domain, showAll, cells]);

  const sourceLabel = (s: BarrierSource) =>
    s.kind === "obstacle"
      ? t("grid.source.obstacle", { number: s.challenge ?? "?" })
      : s.kind === "finding"
        ? s.challenge
          ? t("grid.source.findingChallenge", { number: s.challenge })
          : t("grid.source.finding")
        : t("grid.source.arena");
  const sourceAnchor = (s: BarrierSource) =>
    s.kind === "obstacle" && s.challenge ? `#uitdaging-${s.challenge}` : s.kind === "finding" ? "#analyse" : "#arena";

  return (
    <Stack gap="md">
      <PageTitle>{t("grid.title")}</PageTitle>
      <Text maw={760}>{t("grid.intro")}</Text>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Group align="flex-end" gap="lg" wrap="wrap">
            <NativeSelect
              label={t("grid.filterLabel")}
              value={domain}
              onChange={(e) => setDomain(e.currentTarget.value)}
              data={[
                { value: "", label: t("grid.allDomains") },
                ...query.data.lifeDomains.map((d) => ({ value: d.code, label: nameIn(d.name, i18n.language) })),
              ]}
              maw={360}
              w="100%"
            />
            <Checkbox
              label={t("grid.showAll")}
              checked={showAll}
              onChange={(e) => setShowAll(e.currentTarget.checked)}
              mb={8}
            />
          </Group>
          <Text size="sm" role="status">
            {t("grid.shown", { count: groups.reduce((n, g) => n + g.barriers.length, 0) })}
          </Text>
          <div className="scroll-region" role="region" aria-label={t("grid.scrollRegion")} tabIndex={0}>
            <Table className="grid-table" withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing="sm">
              <caption
                id="grid-caption"
                style={{ captionSide: "top", textAlign: "left", padding: "0 0 0.5rem", fontWeight: 600 }}
              >
                {t("grid.caption")}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("grid.barrier")}</Table.Th>
                  {query.data.regions.map((r) => (
                    <Table.Th scope="col" key={r.slug}>
                      {r.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              {groups.length === 0 ? (
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td colSpan={query.data.regions.length + 1}>{t("grid.empty")}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              ) : (
                groups.map((g) => (
                  <Table.Tbody key={g.domain.code}>
                    <Table.Tr className="domain-row">
                      <Table.Th scope="rowgroup" colSpan={query.data.regions.length + 1}>
                        {nameIn(g.domain.name, i18n.language)}
                      </Table.Th>
                    </Table.Tr>
                    {g.barriers.map((b) => {
                      const barrierName = nameIn(b.name, i18n.language);
                      return (
                        <Table.Tr key={b.code}>
                          <Table.Th scope="row">{barrierName}</Table.Th>
                          {query.data.regions.map((r) => {
                            const sources = cells.get(`${r.slug}|${b.code}`) ?? [];
                            return (
                              <Table.Td
                                key={r.slug}
                                style={sources.length ? { background: shade(sources.length) } : undefined}
                              >
                                {sources.length === 0 ? (
                                  <Fragment>
                                    <span aria-hidden="true">—</span>
                                    <VisuallyHidden>{t("grid.notNamed")}</VisuallyHidden>
                                  </Fragment>
                                ) : (
                                  <Button
                                    variant="white"
                                    size="compact-sm"
                                    onClick={() =>
                                      setSelected({ regionSlug: r.slug, regionName: r.name, barrierName, sources })
                                    }
                                  >
                                    <span aria-hidden="true">{t("grid.countShort", { count: sources.length })}</span>
                                    <VisuallyHidden>
                                      {t("grid.cellButton", {
                                        count: sources.length,
                                        region: r.name,
                                        barrier: barrierName,
                                      })}
                                    </VisuallyHidden>
                                  </Button>
                                )}
                              </Table.Td>
                            );
                          })}
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                ))
              )}
            </Table>
          </div>
          <Text size="sm">{t("grid.legend")}</Text>
        </>
      )}
      <Dialog
        open={selected !== null}
        onClose={() => setSelected(null)}
        title={selected ? t("grid.dialogTitle", { barrier: selected.barrierName, region: selected.regionName }) : ""}
        closeLabel={t("common.close")}
      >
        {selected && (
          <Stack gap="sm">
            <Text>{t("grid.dialogCount", { count: selected.sources.length })}</Text>
            <List spacing="md" listStyleType="none" pl={0}>
              {selected.sources.map((s, i) => (
                <List.Item key={i}>
                  <Text size="sm" fw={700}>
                    <Anchor component={Link} to={`/addenda/${selected.regionSlug}${sourceAnchor(s)}`}>
                      {sourceLabel(s)}
                    </Anchor>
                  </Text>
                  <blockquote className="quote" lang="nl">
                    {s.text}
                  </blockquote>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Dialog>
    </Stack>
  );
}
