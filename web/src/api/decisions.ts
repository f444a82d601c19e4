// TanStack Query hooks of decisions and weerwoorden (server/src/modules/decisions/schemas.ts lists the routes): the
// coordinator prepares, publishes and handles weerwoorden; the applicant reads the decision and files a weerwoord.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError, get } from "./client.ts";
import type {
  ApplicantDecision,
  CallDecisions,
  CoordinatorDecision,
  HandleObjectionBody,
  ObjectionList,
  ObjectionView,
  PrepareDecisionBody,
} from "./types.ts";

const id = (value: string) => encodeURIComponent(value);

// ---------------------------------------------------------------------------------------------------------------
// The coordinator

const decisionsKey = (callId: string) => ["coordinator", "calls", callId, "decisions"] as const;
const objectionsKey = (callId: string) => ["coordinator", "calls", callId, "objections"] as const;

export const useCallDecisions = (callId: string) =>
  useQuery({
    queryKey: decisionsKey(callId),
    queryFn: () => get<CallDecisions>(`/api/calls/${id(callId)}/decisions`),
    staleTime: 0,
  });

export function usePrepareDecision(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { candidacyId: string; body: PrepareDecisionBody }) =>
      api<CoordinatorDecision>("PUT", `/api/candidacies/${id(input.candidacyId)}/decision`, input.body),
    onSuccess: (saved) => {
      const current = client.getQueryData<CallDecisions>(decisionsKey(callId));
      if (current) {
        client.setQueryData<CallDecisions>(decisionsKey(callId), {
          ...current,
          candidacies: current.candidacies.map((c) => (c.candidacyId === saved.candidacyId ? saved : c)),
        });
      }
    },
  });
}

export function usePublishDecisions(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<CallDecisions>("POST", `/api/calls/${id(callId)}/decisions/publish`),
    onSuccess: (view) => {
      client.setQueryData(decisionsKey(callId), view);
      void client.invalidateQueries({ queryKey: ["outbox"] });
    },
  });
}

/** Publishes one decision again, after an upheld weerwoord reopened it. */
export function usePublishDecision(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (candidacyId: string) =>
      api<CoordinatorDecision>("POST", `/api/candidacies/${id(candidacyId)}/decision/publish`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: decisionsKey(callId) });
      void client.invalidateQueries({ queryKey: objectionsKey(callId) });
      void client.invalidateQueries({ queryKey: ["outbox"] });
    },
  });
}

export const useObjections = (callId: string) =>
  useQuery({
    queryKey: objectionsKey(callId),
    queryFn: () => get<ObjectionList>(`/api/calls/${id(callId)}/objections`),
    staleTime: 0,
  });

export function useHandleObjection(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { objectionId: string; body: HandleObjectionBody }) =>
      api<ObjectionView>("PUT", `/api/objections/${id(input.objectionId)}`, input.body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: objectionsKey(callId) });
      void client.invalidateQueries({ queryKey: decisionsKey(callId) });
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The applicant

const ownKey = (candidacyId: string) => ["applicant", "candidacy", candidacyId, "decision"] as const;

/** The published decision; null while there is none to show (the server answers 404 until publication). */
export const useOwnDecision = (candidacyId: string) =>
  useQuery({
    queryKey: ownKey(candidacyId),
    queryFn: async () => {
      try {
        return await get<ApplicantDecision>(`/api/candidacies/${id(candidacyId)}/decision`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 0,
  });

export function useFileObjection(candidacyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => api<ObjectionView>("POST", `/api/candidacies/${id(candidacyId)}/objection`, { text }),
    onSettled: () => void client.invalidateQueries({ queryKey: ownKey(candidacyId) }),
  });
}
