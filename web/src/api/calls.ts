// TanStack Query hooks of the call (server/src/modules/calls/schemas.ts lists the routes): public calls, the
// applicant's candidacies with their drafts and revisions, the coordinator's view of a call, and the outbox.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, get, setCsrfToken } from "./client.ts";
import { sessionKey } from "./queries.ts";
import type {
  CallSummary,
  CallView,
  CandidacyContent,
  CandidacyView,
  CoordinatorCandidacyList,
  CoverageResponse,
  MyCandidacyList,
  OutboxList,
  OutboxMessageView,
  RegisterByEmailBody,
  RegisterOrganisationBody,
  RegisterOrganisationResponse,
  RevisionView,
  SaveCandidacyDraftResponse,
  Taxonomy,
} from "./types.ts";

const id = (value: string) => encodeURIComponent(value);

export const usePublicCalls = () =>
  useQuery({
    queryKey: ["public", "calls"],
    queryFn: () => get<{ calls: CallSummary[] }>("/api/public/calls"),
    // The phase follows the clock: a list kept for long would show a call as open after its deadline.
    staleTime: 0,
  });

export const usePublicCall = (callId: string) =>
  useQuery({
    queryKey: ["public", "calls", callId],
    queryFn: () => get<CallView>(`/api/public/calls/${id(callId)}`),
    staleTime: 0,
  });

export const useTaxonomy = () =>
  useQuery({ queryKey: ["public", "taxonomy"], queryFn: () => get<Taxonomy>("/api/public/taxonomy") });

export function useRegisterOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterOrganisationBody) =>
      api<RegisterOrganisationResponse>("POST", "/api/organisations/register", body),
    onSuccess: async (response) => {
      setCsrfToken(response.csrfToken);
      await client.refetchQueries({ queryKey: sessionKey });
    },
  });
}

export const myCandidaciesKey = ["applicant", "candidacies"] as const;

export const useMyCandidacies = (enabled = true) =>
  useQuery({
    queryKey: myCandidaciesKey,
    queryFn: () => get<MyCandidacyList>("/api/candidacies"),
    staleTime: 0,
    enabled,
  });

export function useCreateCandidacy(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string | undefined) =>
      api<CandidacyView>("POST", `/api/calls/${id(callId)}/candidacies`, organisationId ? { organisationId } : {}),
    onSuccess: (view) => {
      client.setQueryData(["applicant", "candidacy", view.id], view);
      void client.invalidateQueries({ queryKey: myCandidaciesKey });
    },
  });
}

export const useCandidacy = (candidacyId: string) =>
  useQuery({
    queryKey: ["applicant", "candidacy", candidacyId],
    queryFn: () => get<CandidacyView>(`/api/candidacies/${id(candidacyId)}`),
    // The editor keeps its own copy of the draft; a refetch must not replace what is being typed.
    staleTime: Infinity,
  });

export const saveCandidacyDraft = (candidacyId: string, baseDraftRevision: number, draft: CandidacyContent) =>
  api<SaveCandidacyDraftResponse>("PUT", `/api/candidacies/${id(candidacyId)}/draft`, { baseDraftRevision, draft });

export const submitCandidacy = (candidacyId: string, draftRevision: number) =>
  api<RevisionView>("POST", `/api/candidacies/${id(candidacyId)}/submit`, { draftRevision });

export const useRevision = (candidacyId: string, number: number) =>
  useQuery({
    queryKey: ["applicant", "candidacy", candidacyId, "revision", number],
    queryFn: () => get<RevisionView>(`/api/candidacies/${id(candidacyId)}/revisions/${number}`),
    // A submitted revision never changes.
    staleTime: Infinity,
    enabled: Number.isInteger(number) && number > 0,
  });

export const useCallCandidacies = (callId: string) =>
  useQuery({
    queryKey: ["coordinator", "calls", callId, "candidacies"],
    queryFn: () => get<CoordinatorCandidacyList>(`/api/calls/${id(callId)}/candidacies`),
    staleTime: 0,
  });

export function useRegisterByEmail(callId: string) {
  const client = useQueryClient();
  return useMutation({
    // With the mail's files: multipart, the registration as its JSON part (server: calls/by-email-form.ts).
    mutationFn: ({ body, files }: { body: RegisterByEmailBody; files: File[] }) => {
      let payload: RegisterByEmailBody | FormData = body;
      if (files.length > 0) {
        payload = new FormData();
        payload.append("registration", JSON.stringify(body));
        for (const file of files) payload.append("files", file, file.name);
      }
      return api<RevisionView>("POST", `/api/calls/${id(callId)}/candidacies/by-email`, payload);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["coordinator", "calls", callId] });
      void client.invalidateQueries({ queryKey: ["outbox"] });
    },
  });
}

export const useOutbox = () =>
  useQuery({ queryKey: ["outbox"], queryFn: () => get<OutboxList>("/api/outbox"), staleTime: 0 });

export const useOutboxMessage = (messageId: string) =>
  useQuery({
    queryKey: ["outbox", messageId],
    queryFn: () => get<OutboxMessageView>(`/api/outbox/${id(messageId)}`),
  });

/**
 * The coverage matrix for a selection (a what-if: the server writes nothing). The selection is part of the key, so
 * going back to an earlier selection is instant; while a new one loads, the previous matrix stays on screen.
 */
export const useCoverage = (callId: string, selected: readonly string[]) =>
  useQuery({
    queryKey: ["coordinator", "calls", callId, "coverage", [...selected].sort()],
    queryFn: () =>
      api<CoverageResponse>("POST", `/api/calls/${id(callId)}/coverage`, { selected: [...selected].sort() }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
