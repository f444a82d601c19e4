// TanStack Query hooks of the situation scan and its suggestions (server/src/modules/scans/schemas.ts lists the
// routes). A new scan refreshes the list and the suggestions, which are computed from the latest scan.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ChallengeSuggestion,
  MatchNote,
  NewScanBody,
  OfferSuggestion,
  PersonaSuggestion,
  ScanDomain,
  ScanList,
  ScanView,
  Suggestions,
} from "../../../server/src/modules/scans/schemas.ts";
import { api, get } from "./client.ts";

export type {
  ChallengeSuggestion,
  MatchNote,
  NewScanBody,
  OfferSuggestion,
  PersonaSuggestion,
  ScanDomain,
  ScanList,
  ScanView,
  Suggestions,
};

const id = (value: string) => encodeURIComponent(value);

const scansKey = (trajectoryId: string) => ["trajectories", trajectoryId, "scans"] as const;
const suggestionsKey = (trajectoryId: string) => ["trajectories", trajectoryId, "suggestions"] as const;

export const useScans = (trajectoryId: string | null) =>
  useQuery({
    queryKey: scansKey(trajectoryId ?? ""),
    queryFn: () => get<ScanList>(`/api/trajectories/${id(trajectoryId ?? "")}/scans`),
    // Access can end at any moment (a revoked consent): always ask the server again.
    staleTime: 0,
    enabled: trajectoryId !== null,
  });

export const useSuggestions = (trajectoryId: string | null, enabled = true) =>
  useQuery({
    queryKey: suggestionsKey(trajectoryId ?? ""),
    queryFn: () => get<Suggestions>(`/api/trajectories/${id(trajectoryId ?? "")}/suggestions`),
    staleTime: 0,
    enabled: enabled && trajectoryId !== null,
  });

export function useRecordScan(trajectoryId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewScanBody) => api<ScanView>("POST", `/api/trajectories/${id(trajectoryId)}/scans`, body),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: scansKey(trajectoryId) }),
        client.invalidateQueries({ queryKey: suggestionsKey(trajectoryId) }),
      ]);
    },
  });
}
