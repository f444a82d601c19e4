// The coverage matrix of a call (issue 3, item 5): the coordinator ticks candidacies ("what if we select these") and
// sees per challenge which service types and municipalities are covered, which are gaps, where a covered service is
// still not offered ("niet in Kinrooi", under the cell and counted in the summary), and which reserves would close
// them. The selection lives in the URL (?selectie=…) so it can be shared and survives a reload; the matrix
// of the previous selection stays on screen while the next one loads, and no control is ever unmounted by a
// recomputation, so the keyboard focus stays where it was.
import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useCoverage } from "../../api/calls.ts";
import type { CoverageCandidacy, CoverageChallenge, CoverageResponse, CoverageServiceCell } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../components/QueryState.tsx";
import { coverageNames, gapSentences, type CoverageNames } from "./coverage-words.ts";
import { CoverageStatus } from "./CoverageStatus.tsx";
import { DemoBadge, PhaseLine } from "./phase.tsx";

const selectionParam = "selectie";

function parseSelection(value: string | null): string[] {
  return [...new Set((value ?? "").split(",").filter((id) => id.length > 0))].sort();
}

export function CoveragePage() {
  const { callId = "" } = useParams();
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const selection = useMemo(() => parseSelection(searchParams.get(selectionParam)), [searchParams]);
  const query = useCoverage(callId, selection);
  // The last matrix that arrived stays on screen, also when the next request fails (React's "state from the
  // previous render" pattern: set during render, no effect and no extra frame).
  const [last, setLast] = useState<CoverageResponse | null>(null);
  if (query.data && query.data !== last && query.data.call.id === callId) setLast(query.data);
  const data = (query.data?.call.id === callId ? query.data : null) ?? (last?.call.id === callId ? last : null);

  const setSelection = useCallback(
    (ids: readonly string[]) => {
      const sorted = [...new Set(ids)].sort();
      setSearchParams(sorted.length > 0 ? { [selectionParam]: sorted.join(",") } : {}, {
        replace: true,
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );

  const back = (
    <Anchor component={Link} to={`/beheer/oproepen/${callId}`} size="sm">
      {t("coverage.back")}
    </Anchor>
  );

  if (!data) {
    return (
      <Stack>
        {back}
        <PageTitle ignoreQuery>{t("coverage.loadingTitle")}</PageTitle>
        {query.isError ? (
          <Stack align="flex-start">
            <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
            {selection.length > 0 && (
              <Button variant="outline" onClick={() => setSelection([])}>
                {t("coverage.selectNone")}
              </Button>
            )}
          </Stack>
        ) : (
          <Loading />
        )}
      </Stack>
    );
  }
  const names = coverageNames(data, i18n.language);
  // An address shared from another call or kept from before a withdrawal may hold ids the server refuses: the next
  // change drops them.
  const known = new Set(data.candidacies.map((c) => c.id));
  const choose = (ids: readonly string[]) => setSelection(ids.filter((id) => known.has(id)));
  return (
    <Stack gap="lg">
      {back}
      <div>
        <PageTitle ignoreQuery>{t("coverage.title", { region: data.call.region.name })}</PageTitle>
        <Stack gap={4}>
          <Text lang="nl">{data.call.title}</Text>
          {data.call.isDemo && (
            <Group>
              <DemoBadge />
            </Group>
          )}
          <PhaseLine state={data.call.state} />
          <Text>{t("coverage.intro")}</Text>
        </Stack>
      </div>
      <Summary data={data} updating={query.isFetching} />
      {query.isError && (
        <Alert color="red" title={t("coverage.updateFailed")} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text>{query.error.message}</Text>
            <Button variant="outline" onClick={() => void query.refetch()}>
              {t("common.retry")}
            </Button>
          </Stack>
        </Alert>
      )}
      <SelectionPanel candidacies={data.candidacies} selection={selection} onChange={choose} names={names} />
      <Matrix data={data} names={names} busy={query.isFetching} />
      <Reserves data={data} names={names} selection={selection} onChange={choose} />
    </Stack>
  );
}

function Summary({ data, updating }: { data: CoverageResponse; updating: boolean }) {
  const { t } = useTranslation();
  const complete = data.challenges.filter(
    (c) => c.totals.gaps === 0 && c.totals.municipalityGaps === 0 && c.totals.partial === 0,
  ).length;
  const gaps = data.totals.gaps + data.totals.municipalityGaps;
  const region = data.region.totals;
  // The selection the matrix on screen was computed for, not the one being loaded: the summary never mixes them.
  const selected = data.candidacies.filter((c) => c.selected).length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coverage-summary">
      <Group justify="space-between" align="baseline" gap="xs" mb="xs">
        <Title order={2} size="h3" id="coverage-summary">
          {t("coverage.summary.title")}
        </Title>
        {/* Always rendered, only shown while a new selection loads: the layout does not jump. */}
        <Text size="sm" c="dimmed" style={{ visibility: updating ? "visible" : "hidden" }} aria-hidden={!updating}>
          {t("coverage.updating")}
        </Text>
      </Group>
      <div aria-live="polite" aria-atomic="true">
        <Text fw={700} size="lg">
          {[
            t("coverage.summary.challenges", { covered: complete, count: data.challenges.length }),
            t("coverage.summary.gaps", { count: gaps }),
            t("coverage.summary.overCovered", { count: data.totals.overCovered }),
            ...(data.totals.partial > 0 ? [t("coverage.summary.partial", { count: data.totals.partial })] : []),
          ].join(" · ")}
        </Text>
        {region.needed > 0 && (
          <Text>{t("coverage.summary.region", { covered: region.needed - region.gaps, count: region.needed })}</Text>
        )}
        <Text>
          {t("coverage.summary.capacity", { count: data.totals.trajectoriesPerYear })}{" "}
          {t("coverage.summary.selected", { count: selected, total: data.candidacies.length })}
        </Text>
      </div>
    </Paper>
  );
}

function SelectionPanel({
  candidacies,
  selection,
  onChange,
  names,
}: {
  candidacies: CoverageCandidacy[];
  selection: readonly string[];
  onChange: (ids: readonly string[]) => void;
  names: CoverageNames;
}) {
  const { t } = useTranslation();
  const selected = new Set(selection);
  const toMatrix = (event: React.MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const target = document.getElementById("coverage-matrix");
    target?.focus();
    target?.scrollIntoView({ block: "start" });
  };
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selection, id] : selection.filter((other) => other !== id));
  return (
    <section aria-labelledby="coverage-selection">
      <Title order={2} id="coverage-selection" mb="xs">
        {t("coverage.selection.title")}
      </Title>
      <Stack gap="sm">
        <Anchor href="#coverage-matrix" onClick={toMatrix} fw={600}>
          {t("coverage.selection.skip")}
        </Anchor>
        <Text>{t("coverage.selection.intro")}</Text>
        <Group gap="sm" className="wrap-buttons">
          <Button variant="outline" onClick={() => onChange(candidacies.map((c) => c.id))}>
            {t("coverage.selectAll")}
          </Button>
          <Button variant="outline" onClick={() => onChange([])}>
            {t("coverage.selectNone")}
          </Button>
        </Group>
        {candidacies.length === 0 ? (
          <Text>{t("coverage.selection.none")}</Text>
        ) : (
          <ul className="coverage-candidacies">
            {candidacies.map((c) => (
              <li key={c.id}>
                <Paper withBorder p="sm" className={selected.has(c.id) ? "coverage-candidacy is-selected" : undefined}>
                  <Stack gap={4}>
                    <Text fw={700}>{c.organisation.name}</Text>
                    {c.title && <Text lang="nl">{c.title}</Text>}
                    <Text size="sm">
                      {c.challenges.length > 0
                        ? t("coverage.selection.challenges", {
                            count: c.challenges.length,
                            list: names.list(c.challenges.map(String)),
                          })
                        : t("coverage.selection.noChallenges")}
                    </Text>
                    <Text size="sm">
                      {c.trajectoriesPerYear === null
                        ? t("coverage.selection.noCapacity")
                        : t("coverage.selection.capacity", { count: c.trajectoriesPerYear })}
                    </Text>
                    <Checkbox
                      mt={4}
                      label={t("coverage.selection.select")}
                      aria-label={t("coverage.selection.selectNamed", { name: c.organisation.name })}
                      checked={selected.has(c.id)}
                      onChange={(event) => toggle(c.id, event.currentTarget.checked)}
                    />
                  </Stack>
                </Paper>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </section>
  );
}

function Organisations({ ids, names }: { ids: readonly string[]; names: CoverageNames }) {
  const { t } = useTranslation();
  if (ids.length === 0) return <span className="coverage-none">{t("coverage.matrix.nobody")}</span>;
  return <>{names.list(ids.map((id) => names.organisation(id)))}</>;
}

function Matrix({ data, names, busy }: { data: CoverageResponse; names: CoverageNames; busy: boolean }) {
  const { t } = useTranslation();
  const [showOffered, setShowOffered] = useState(true);
  return (
    <section aria-labelledby="coverage-matrix" aria-busy={busy}>
      <Title order={2} id="coverage-matrix" tabIndex={-1} mb="xs" className="section-anchor">
        {t("coverage.matrix.title")}
      </Title>
      <Text mb="xs">{t("coverage.matrix.intro")}</Text>
      <Checkbox
        mb="md"
        label={t("coverage.matrix.showOffered")}
        checked={showOffered}
        onChange={(event) => setShowOffered(event.currentTarget.checked)}
      />
      <Stack gap="xl">
        {data.challenges.map((challenge) => (
          <ChallengeTable key={challenge.number} challenge={challenge} names={names} showOffered={showOffered} />
        ))}
        {data.region.serviceTypes.length > 0 && (
          <Table className="stack-table coverage-table" withTableBorder verticalSpacing="xs">
            <caption className="table-caption">
              <strong>{t("coverage.matrix.regionCaption")}</strong>
              <br />
              {t("coverage.matrix.regionExplanation")}
            </caption>
            <MatrixHead />
            <Table.Tbody>
              {data.region.serviceTypes.map((cell) => (
                <ServiceRow key={cell.serviceType} cell={cell} names={names} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </section>
  );
}

function RowGroup({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tbody>
      <Table.Tr className="coverage-group">
        <Table.Th scope="rowgroup" colSpan={4}>
          {label}
        </Table.Th>
      </Table.Tr>
      {children}
    </Table.Tbody>
  );
}

function MatrixHead() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">{t("coverage.matrix.need")}</Table.Th>
        <Table.Th scope="col">{t("coverage.matrix.status")}</Table.Th>
        <Table.Th scope="col">{t("coverage.matrix.selected")}</Table.Th>
        <Table.Th scope="col">{t("coverage.matrix.others")}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

function ChallengeTable({
  challenge,
  names,
  showOffered,
}: {
  challenge: CoverageChallenge;
  names: CoverageNames;
  showOffered: boolean;
}) {
  const { t } = useTranslation();
  const needed = challenge.serviceTypes.filter((cell) => cell.needed);
  const offered = challenge.serviceTypes.filter((cell) => !cell.needed);
  const personas = challenge.personas.map((p) => names.persona(p.persona));
  const gaps = challenge.totals.gaps + challenge.totals.municipalityGaps;
  const partial = challenge.totals.partial;
  return (
    <Table className="stack-table coverage-table" withTableBorder verticalSpacing="xs">
      <caption className="table-caption">
        <strong>
          {personas.length > 0
            ? t("coverage.matrix.caption", { number: challenge.number, personas: names.list(personas) })
            : t("coverage.matrix.captionNoPersonas", { number: challenge.number })}
        </strong>
        <br />
        {[
          ...(gaps === 0 && partial === 0 ? [t("coverage.matrix.complete")] : []),
          ...(gaps > 0 ? [t("coverage.summary.gaps", { count: gaps })] : []),
          ...(partial > 0 ? [t("coverage.summary.partial", { count: partial })] : []),
          t("coverage.summary.capacity", { count: challenge.trajectoriesPerYear }),
        ].join(" · ")}
        {challenge.needSource === "offers" && (
          <>
            <br />
            {t("coverage.matrix.fromOffers")}
          </>
        )}
      </caption>
      <MatrixHead />
      {needed.length > 0 && (
        <RowGroup label={t("coverage.matrix.services")}>
          {needed.map((cell) => (
            <ServiceRow key={cell.serviceType} cell={cell} names={names} />
          ))}
        </RowGroup>
      )}
      {showOffered && offered.length > 0 && (
        <RowGroup label={t("coverage.matrix.offered")}>
          {offered.map((cell) => (
            <ServiceRow key={cell.serviceType} cell={cell} names={names} />
          ))}
        </RowGroup>
      )}
      <RowGroup label={t("coverage.matrix.municipalities")}>
        {challenge.municipalities.map((cell) => (
          <CellRow key={cell.municipality} header={cell.municipality} {...cell} names={names} />
        ))}
      </RowGroup>
    </Table>
  );
}

function ServiceRow({ cell, names }: { cell: CoverageServiceCell; names: CoverageNames }) {
  return <CellRow header={names.serviceType(cell.serviceType)} {...cell} names={names} />;
}

function CellRow({
  header,
  status,
  candidacyIds,
  selectedIds,
  uncoveredMunicipalities = [],
  names,
}: Pick<CoverageServiceCell, "status" | "candidacyIds" | "selectedIds"> &
  Partial<Pick<CoverageServiceCell, "uncoveredMunicipalities">> & { header: string; names: CoverageNames }) {
  const { t } = useTranslation();
  const chosen = new Set(selectedIds);
  return (
    <Table.Tr data-status={status} data-partial={uncoveredMunicipalities.length > 0 || undefined}>
      <Table.Th scope="row">{header}</Table.Th>
      <Table.Td data-label={t("coverage.matrix.status")}>
        <CoverageStatus status={status} />
        {/* Covered, but not everywhere: said in words under the status, where the eye and the screen reader are. */}
        {uncoveredMunicipalities.length > 0 && (
          <span className="coverage-not-in">
            {t("coverage.matrix.notIn", { list: names.list(uncoveredMunicipalities) })}
          </span>
        )}
      </Table.Td>
      <Table.Td data-label={t("coverage.matrix.selected")}>
        <Organisations ids={selectedIds} names={names} />
      </Table.Td>
      <Table.Td data-label={t("coverage.matrix.others")}>
        <Organisations ids={candidacyIds.filter((id) => !chosen.has(id))} names={names} />
      </Table.Td>
    </Table.Tr>
  );
}

function Reserves({
  data,
  names,
  selection,
  onChange,
}: {
  data: CoverageResponse;
  names: CoverageNames;
  selection: readonly string[];
  onChange: (ids: readonly string[]) => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The confirmation stays while the added candidacy is selected; unticking it makes the message untrue.
  const [added, setAdded] = useState<{ candidacyId: string; name: string } | null>(null);
  // A proposal just added disappears at once, before the new matrix arrives.
  const proposals = data.reserves.proposals.filter((p) => !selection.includes(p.candidacyId));
  const add = (candidacyId: string, name: string) => {
    onChange([...selection, candidacyId]);
    setAdded({ candidacyId, name });
    // The button goes away with its proposal: the focus goes to the start of the list, never to the page body.
    heading.current?.focus();
  };
  const unclosable = gapSentences(data.reserves.unclosable, names, t);
  return (
    <section aria-labelledby="coverage-reserves">
      <Title order={2} id="coverage-reserves" tabIndex={-1} ref={heading} mb="xs">
        {t("coverage.reserves.title")}
      </Title>
      <Text role="status" mb="xs">
        {added && selection.includes(added.candidacyId) ? t("coverage.reserves.added", { name: added.name }) : ""}
      </Text>
      {proposals.length === 0 ? (
        <Text>
          {data.reserves.unclosable.length === 0 &&
          data.totals.gaps + data.totals.municipalityGaps + data.totals.partial === 0
            ? t("coverage.reserves.noneNeeded")
            : t("coverage.reserves.none")}
        </Text>
      ) : (
        <>
          <Text mb="sm">{t("coverage.reserves.intro")}</Text>
          <ol className="coverage-proposals">
            {proposals.map((proposal) => (
              <li key={proposal.candidacyId}>
                <Paper withBorder p="sm">
                  <Stack gap={6} align="flex-start" className="wrap-buttons">
                    <Text fw={700}>{proposal.name}</Text>
                    <Text>{t("coverage.reserves.closes", { count: proposal.closes.length })}</Text>
                    <ul className="coverage-gap-list">
                      {gapSentences(proposal.closes, names, t).map((sentence) => (
                        <li key={sentence}>{sentence}</li>
                      ))}
                    </ul>
                    <Button
                      onClick={() => add(proposal.candidacyId, proposal.name)}
                      aria-label={t("coverage.reserves.addNamed", { name: proposal.name })}
                    >
                      {t("coverage.reserves.add")}
                    </Button>
                  </Stack>
                </Paper>
              </li>
            ))}
          </ol>
        </>
      )}
      {unclosable.length > 0 && (
        <Alert color="orange" mt="md" title={t("coverage.reserves.unclosable")}>
          <ul className="coverage-gap-list">
            {unclosable.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
