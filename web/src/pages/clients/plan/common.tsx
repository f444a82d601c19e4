// What the plan, appointments and notes tabs share: the trajectory of the client file (from useClientFile, owned by
// the client file), the life domains' names in the UI language, and the message when there is no trajectory yet.
import { Alert, Stack } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTaxonomy } from "../../../api/calls.ts";
import { ApiError } from "../../../api/client.ts";
import { useClientFile } from "../../../api/clients.ts";
import { PageTitle } from "../../../components/PageTitle.tsx";
import { ErrorMessage, Loading } from "../../../components/QueryState.tsx";
import { nameIn } from "../../../format/names.ts";
import { useClientId } from "../ClientLayout.tsx";

export interface TabTrajectory {
  clientId: string;
  /** The client's latest trajectory; null while the file has none (or is still loading). */
  trajectoryId: string | null;
  loaded: boolean;
}

export function useTabTrajectory(): TabTrajectory {
  const clientId = useClientId();
  const file = useClientFile(clientId);
  return { clientId, trajectoryId: file.data?.trajectory?.id ?? null, loaded: file.data !== undefined };
}

export interface LifeDomainNames {
  /** In the taxonomy's order. */
  list: { code: string; name: string }[];
  name: (code: string | null) => string;
}

export function useLifeDomainNames(): LifeDomainNames {
  const { i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  const language = i18n.language;
  return useMemo(() => {
    const list = (taxonomy.data?.lifeDomains ?? []).map((d) => ({ code: d.code, name: nameIn(d.name, language) }));
    const names = new Map(list.map((d) => [d.code, d.name]));
    return { list, name: (code) => (code === null ? "" : (names.get(code) ?? code)) };
  }, [taxonomy.data, language]);
}

export function NoTrajectory() {
  const { t } = useTranslation();
  return <Alert color="blue">{t("plans.noTrajectory")}</Alert>;
}

/** A refusal as the form shows it: messages per field next to the field, anything else above the button. */
export interface Refusal {
  fields: Record<string, string>;
  general: string | null;
}

export const noRefusal: Refusal = { fields: {}, general: null };

export function refusalOf(error: unknown, fallback: string): Refusal {
  if (error instanceof ApiError && error.fields.length > 0) {
    const fields: Record<string, string> = {};
    for (const f of error.fields) fields[f.path] = fields[f.path] ? `${fields[f.path]} ${f.message}` : f.message;
    return { fields, general: null };
  }
  return { fields: {}, general: error instanceof Error && error.message ? error.message : fallback };
}

/**
 * A tab of the client file that shows one trajectory's data: its title, then "no trajectory yet", the loading or
 * error state of `query`, or `children` with the data. Renders nothing until the client file itself is loaded.
 */
export function TrajectoryTab<T>({
  title,
  tab,
  query,
  children,
}: {
  title: string;
  tab: TabTrajectory;
  query: UseQueryResult<T>;
  children: (data: T, trajectoryId: string) => ReactNode;
}) {
  if (!tab.loaded) return null;
  return (
    <Stack gap="lg">
      <PageTitle>{title}</PageTitle>
      {tab.trajectoryId === null ? (
        <NoTrajectory />
      ) : query.data === undefined ? (
        query.isError ? (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        children(query.data, tab.trajectoryId)
      )}
    </Stack>
  );
}
