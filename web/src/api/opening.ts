// TanStack Query hooks for opening a call and taking a new timeline over (server/src/modules/call-opening).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OpenCallBody, TimelineProposal } from "../../../server/src/modules/call-opening/schemas.ts";
import type { CallSummary } from "./types.ts";
import { api, get } from "./client.ts";

const id = (value: string) => encodeURIComponent(value);
const timelineKey = (callId: string) => ["coordinator", "calls", callId, "timeline"] as const;

export type { TimelineProposal };

export function useOpenCall(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCallBody) => api<{ call: CallSummary }>("POST", `/api/addenda/${id(slug)}/calls`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ["public", "calls"] }),
  });
}

export const useTimelineProposal = (callId: string) =>
  useQuery({
    queryKey: timelineKey(callId),
    queryFn: () => get<TimelineProposal>(`/api/calls/${id(callId)}/timeline`),
    staleTime: 0,
  });

export function useTakeOverTimeline(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (addendumVersion: number) =>
      api<TimelineProposal>("PUT", `/api/calls/${id(callId)}/timeline`, { addendumVersion }),
    onSuccess: (proposal) => {
      client.setQueryData(timelineKey(callId), proposal);
      void client.invalidateQueries({ queryKey: ["public", "calls"] });
    },
  });
}
