// TanStack Query hooks of the client file, the caseload and the trajectory (server/src/modules/clients/schemas.ts
// lists the routes). Every change returns the whole file, which replaces the cached one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Caseload,
  ClientFile,
  ClientPatchBody,
  ClosureBody,
  CompanionBody,
  CompanionList,
  CreateClientBody,
  DuplicateCheckBody,
  DuplicateCheckResult,
  FollowUpBody,
  StatusChangeBody,
  TrajectoryView,
  WorkRegions,
} from "../../../server/src/modules/clients/schemas.ts";
import { api, get } from "./client.ts";

export type {
  Caseload,
  ClientFile,
  ClientPatchBody,
  ClosureBody,
  CompanionList,
  CreateClientBody,
  DuplicateCheckBody,
  DuplicateCheckResult,
  FollowUpBody,
  StatusChangeBody,
  TrajectoryView,
  WorkRegions,
};

const id = (value: string) => encodeURIComponent(value);

export const clientFileKey = (clientId: string) => ["clients", clientId] as const;
const caseloadKey = ["clients", "caseload"] as const;

/** The client file as the signed-in user may see it, with the latest trajectory (its id for the other tabs). */
export const useClientFile = (clientId: string) =>
  useQuery({
    queryKey: clientFileKey(clientId),
    queryFn: () => get<ClientFile>(`/api/clients/${id(clientId)}`),
    // Access can end at any moment (a revoked consent, a new companion): always ask the server again.
    staleTime: 0,
  });

export const useCaseload = () =>
  useQuery({ queryKey: caseloadKey, queryFn: () => get<Caseload>("/api/caseload"), staleTime: 0 });

export const useWorkRegions = (enabled = true) =>
  useQuery({
    queryKey: ["clients", "regions"],
    queryFn: () => get<WorkRegions>("/api/client-regions"),
    enabled,
  });

export const useCompanions = (slug: string | null, enabled = true) =>
  useQuery({
    queryKey: ["clients", "companions", slug],
    queryFn: () => get<CompanionList>(`/api/regions/${id(slug ?? "")}/companions`),
    enabled: enabled && slug !== null,
  });

export const useDuplicateCheck = () =>
  useMutation({
    mutationFn: (body: DuplicateCheckBody) => api<DuplicateCheckResult>("POST", "/api/clients/duplicate-check", body),
  });

function useFileMutation<I>(request: (input: I) => Promise<ClientFile>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (file) => {
      client.setQueryData(clientFileKey(file.id), file);
      void client.invalidateQueries({ queryKey: caseloadKey });
    },
  });
}

export const useCreateClient = () =>
  useFileMutation((body: CreateClientBody) => api<ClientFile>("POST", "/api/clients", body));

export const usePatchClient = (clientId: string) =>
  useFileMutation((body: ClientPatchBody) => api<ClientFile>("PATCH", `/api/clients/${id(clientId)}`, body));

export const useChangeStatus = (trajectoryId: string) =>
  useFileMutation((body: StatusChangeBody) =>
    api<ClientFile>("POST", `/api/trajectories/${id(trajectoryId)}/status`, body),
  );

export const useCloseTrajectory = (trajectoryId: string) =>
  useFileMutation((body: ClosureBody) =>
    api<ClientFile>("POST", `/api/trajectories/${id(trajectoryId)}/closure`, body),
  );

export const useRecordFollowUp = (trajectoryId: string) =>
  useFileMutation((body: FollowUpBody) =>
    api<ClientFile>("POST", `/api/trajectories/${id(trajectoryId)}/follow-up`, body),
  );

export const useAssignCompanion = (trajectoryId: string) =>
  useFileMutation((body: CompanionBody) =>
    api<ClientFile>("PUT", `/api/trajectories/${id(trajectoryId)}/companion`, body),
  );
