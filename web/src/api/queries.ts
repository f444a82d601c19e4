// TanStack Query hooks, one per API read, and the mutations the screens use.
import { QueryCache, QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, get, setCsrfToken } from "./client.ts";
import type {
  AddendumDocument,
  BarrierGrid,
  CoordinatorAddendumSummary,
  DraftAddendum,
  HistoryEntry,
  PublicAddendum,
  PublicPersona,
  PublicPersonaSummary,
  PublicRegionSummary,
  Session,
} from "./types.ts";

export const sessionKey = ["session"] as const;
const signedOut: Session = { user: null, csrfToken: null, abilities: [] };

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // A 401 on any read means the session is gone: forget it, and the guarded pages send the user to /aanmelden.
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          client.setQueryData(sessionKey, signedOut);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      const session = await get<Session>("/api/auth/session");
      setCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api<Session>("POST", "/api/auth/login", input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(sessionKey, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<unknown>("POST", "/api/auth/logout"),
    onSettled: () => {
      setCsrfToken(null);
      client.setQueryData(sessionKey, signedOut);
      client.removeQueries({
        predicate: (q) =>
          ["coordinator", "applicant", "outbox", "jury", "signals", "worklist", "timeline"].includes(
            String(q.queryKey[0]),
          ),
      });
    },
  });
}

/** Whether the server grants the signed-in user this ability ("candidacy:apply", "call:manage", "outbox:read"). */
export function useCan(ability: string): boolean {
  return useSession().data?.abilities.includes(ability) ?? false;
}

export const usePublicAddenda = () =>
  useQuery({
    queryKey: ["public", "addenda"],
    queryFn: () => get<{ regions: PublicRegionSummary[] }>("/api/public/addenda"),
  });

export const usePublicAddendum = (slug: string) =>
  useQuery({
    queryKey: ["public", "addenda", slug],
    queryFn: () => get<PublicAddendum>(`/api/public/addenda/${encodeURIComponent(slug)}`),
  });

export const usePublicPersonas = () =>
  useQuery({
    queryKey: ["public", "personas"],
    queryFn: () => get<{ personas: PublicPersonaSummary[] }>("/api/public/personas"),
  });

export const usePublicPersona = (slug: string) =>
  useQuery({
    queryKey: ["public", "personas", slug],
    queryFn: () => get<PublicPersona>(`/api/public/personas/${encodeURIComponent(slug)}`),
  });

export const useBarrierGrid = () =>
  useQuery({ queryKey: ["public", "barrier-grid"], queryFn: () => get<BarrierGrid>("/api/public/barrier-grid") });

export const useCoordinatorAddenda = () =>
  useQuery({
    queryKey: ["coordinator", "addenda"],
    queryFn: () => get<{ addenda: CoordinatorAddendumSummary[] }>("/api/addenda"),
    staleTime: 0,
  });

export const useDraft = (slug: string) =>
  useQuery({
    queryKey: ["coordinator", "draft", slug],
    queryFn: () => get<DraftAddendum>(`/api/addenda/${encodeURIComponent(slug)}/draft`),
    staleTime: Infinity,
  });

export const useHistory = (slug: string) =>
  useQuery({
    queryKey: ["coordinator", "history", slug],
    queryFn: () => get<{ versions: HistoryEntry[] }>(`/api/addenda/${encodeURIComponent(slug)}/history`),
    staleTime: 0,
  });

/** The new version number, whatever shape the server wraps it in. */
function versionNumber(response: unknown): number {
  const version = (response as { version?: unknown } | null)?.version;
  if (typeof version === "number") return version;
  if (version && typeof version === "object" && typeof (version as { number?: unknown }).number === "number") {
    return (version as { number: number }).number;
  }
  throw new ApiError(500, "unexpected_response", "");
}

export function useSaveDraft(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { baseVersion: number; document: AddendumDocument }) =>
      versionNumber(await api<unknown>("PUT", `/api/addenda/${encodeURIComponent(slug)}/draft`, input)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["coordinator", "addenda"] });
      void client.invalidateQueries({ queryKey: ["coordinator", "history", slug] });
    },
  });
}

export function usePublish(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api<unknown>("POST", `/api/addenda/${encodeURIComponent(slug)}/publish`, { version }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["coordinator"] });
      void client.invalidateQueries({ queryKey: ["public"] });
    },
  });
}

export const setLocaleOnServer = (locale: string) => api<unknown>("PATCH", "/api/me", { locale });
