// TanStack Query hooks of signals (server/src/modules/signals/schemas.ts lists the routes): a region's signals with
// filters, raising one, the coordinator's follow-up, and the trajectories one may link.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  FollowUpBody,
  LinkableList,
  RaiseSignalBody,
  SignalList,
  SignalView,
} from "../../../server/src/modules/signals/schemas.ts";
import { api, get } from "./client.ts";

export type { LinkableList, RaiseSignalBody, SignalList, SignalView };
export type SignalStatus = SignalView["status"];

export interface SignalFilter {
  region?: string;
  status?: string;
  domain?: string;
}

const signalsKey = ["signals"] as const;

function queryString(filter: SignalFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const useSignals = (filter: SignalFilter) =>
  useQuery({
    queryKey: [...signalsKey, "list", filter],
    queryFn: () => get<SignalList>(`/api/signals${queryString(filter)}`),
    staleTime: 0,
  });

export const useLinkable = (region: string | null, enabled: boolean) =>
  useQuery({
    queryKey: [...signalsKey, "linkable", region],
    queryFn: () => get<LinkableList>(`/api/signals/linkable${queryString({ region: region ?? "" })}`),
    staleTime: 0,
    enabled: enabled && region !== null,
  });

export function useRaiseSignal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RaiseSignalBody) => api<SignalView>("POST", "/api/signals", body),
    onSuccess: () => void client.invalidateQueries({ queryKey: signalsKey }),
  });
}

export function useFollowUpSignal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: FollowUpBody }) =>
      api<SignalView>("PATCH", `/api/signals/${encodeURIComponent(input.id)}`, input.body),
    onSuccess: () => void client.invalidateQueries({ queryKey: signalsKey }),
  });
}
