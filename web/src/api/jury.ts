// TanStack Query hooks of the jury (server/src/modules/jury/schemas.ts lists the routes): the jury member's calls,
// candidacies, declarations and reviews; the coordinator's criteria, jury, progress and consensus.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, get } from "./client.ts";
import type {
  ConsensusBody,
  ConsensusView,
  CriteriaView,
  CriterionInput,
  DeclarationBody,
  DeclarationView,
  JuryCallList,
  JuryCandidacyList,
  JuryCandidacyView,
  JuryView,
  OthersScores,
  ReviewProgress,
  ReviewScores,
  ReviewView,
  ScoreVisibility,
} from "./types.ts";

const id = (value: string) => encodeURIComponent(value);

// ---------------------------------------------------------------------------------------------------------------
// The jury member

export const useJuryCalls = () =>
  useQuery({ queryKey: ["jury", "calls"], queryFn: () => get<JuryCallList>("/api/jury/calls"), staleTime: 0 });

export const useJuryCandidacies = (callId: string) =>
  useQuery({
    queryKey: ["jury", "calls", callId],
    queryFn: () => get<JuryCandidacyList>(`/api/jury/calls/${id(callId)}/candidacies`),
    staleTime: 0,
  });

/** The candidacy as the member may see it; 409 (declare first, conflict pending) and 404 are answers, not retries. */
export const useJuryCandidacy = (candidacyId: string) =>
  useQuery({
    queryKey: ["jury", "candidacy", candidacyId],
    queryFn: () => get<JuryCandidacyView>(`/api/jury/candidacies/${id(candidacyId)}`),
    staleTime: 0,
  });

export const useOthersScores = (candidacyId: string, enabled: boolean) =>
  useQuery({
    queryKey: ["jury", "candidacy", candidacyId, "scores"],
    queryFn: () => get<OthersScores>(`/api/jury/candidacies/${id(candidacyId)}/scores`),
    staleTime: 0,
    enabled,
  });

export function useDeclare(candidacyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DeclarationBody) =>
      api<DeclarationView>("PUT", `/api/jury/candidacies/${id(candidacyId)}/declaration`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["jury"] }),
  });
}

export function useSaveReview(candidacyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (scores: ReviewScores) =>
      api<ReviewView>("PUT", `/api/jury/candidacies/${id(candidacyId)}/review`, { scores }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["jury", "calls"] }),
  });
}

export function useSubmitReview(candidacyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<ReviewView>("POST", `/api/jury/candidacies/${id(candidacyId)}/review/submit`),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["jury"] }),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The coordinator

const juryKey = (callId: string) => ["coordinator", "calls", callId, "jury"] as const;

export const useCriteria = (callId: string) =>
  useQuery({
    queryKey: [...juryKey(callId), "criteria"],
    queryFn: () => get<CriteriaView>(`/api/calls/${id(callId)}/criteria`),
    // The form keeps its own copy; a refetch must not replace what is being typed.
    staleTime: Infinity,
  });

export function usePutCriteria(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (criteria: CriterionInput[]) =>
      api<CriteriaView>("PUT", `/api/calls/${id(callId)}/criteria`, { criteria }),
    onSuccess: (view) => {
      client.setQueryData([...juryKey(callId), "criteria"], view);
      void client.invalidateQueries({ queryKey: [...juryKey(callId), "progress"] });
    },
  });
}

export function useSetScoreVisibility(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (scoreVisibility: ScoreVisibility) =>
      api<CriteriaView>("PUT", `/api/calls/${id(callId)}/score-visibility`, { scoreVisibility }),
    onSuccess: (view) => {
      const key = [...juryKey(callId), "criteria"];
      const current = client.getQueryData<CriteriaView>(key);
      client.setQueryData(key, current ? { ...current, scoreVisibility: view.scoreVisibility } : view);
    },
  });
}

export const useJury = (callId: string) =>
  useQuery({
    queryKey: [...juryKey(callId), "members"],
    queryFn: () => get<JuryView>(`/api/calls/${id(callId)}/jury`),
    staleTime: 0,
  });

export function useAssignJury(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api<JuryView>("POST", `/api/calls/${id(callId)}/jury`, { userId }),
    onSuccess: (view) => {
      client.setQueryData([...juryKey(callId), "members"], view);
      void client.invalidateQueries({ queryKey: [...juryKey(callId), "progress"] });
    },
  });
}

export function useUnassignJury(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api<JuryView>("DELETE", `/api/calls/${id(callId)}/jury/${id(userId)}`),
    onSuccess: (view) => {
      client.setQueryData([...juryKey(callId), "members"], view);
      void client.invalidateQueries({ queryKey: [...juryKey(callId), "progress"] });
    },
  });
}

export const useReviewProgress = (callId: string) =>
  useQuery({
    queryKey: [...juryKey(callId), "progress"],
    queryFn: () => get<ReviewProgress>(`/api/calls/${id(callId)}/review-progress`),
    staleTime: 0,
  });

export function useClearConflict(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { candidacyId: string; userId: string }) =>
      api<DeclarationView>("POST", `/api/candidacies/${id(input.candidacyId)}/conflicts/${id(input.userId)}/clear`),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...juryKey(callId), "progress"] }),
  });
}

export function useSaveConsensus(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { candidacyId: string; scores: ConsensusBody["scores"] }) =>
      api<ConsensusView>("PUT", `/api/candidacies/${id(input.candidacyId)}/consensus`, { scores: input.scores }),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...juryKey(callId), "progress"] }),
  });
}
