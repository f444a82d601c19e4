// TanStack Query hooks of the pitch planning (server/src/modules/pitches/schemas.ts lists the routes): the coordinator
// plans slots on the call's matching days, removes them and sends the invitations (pitch.ics) to the outbox.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, get } from "./client.ts";
import type { InvitationsSent, PitchPlan, SlotBody, SlotView } from "./types.ts";

const id = (value: string) => encodeURIComponent(value);
const planKey = (callId: string) => ["coordinator", "calls", callId, "pitches"] as const;

export const usePitchPlan = (callId: string) =>
  useQuery({
    queryKey: planKey(callId),
    queryFn: () => get<PitchPlan>(`/api/calls/${id(callId)}/pitches`),
    staleTime: 0,
  });

export function useCreateSlot(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SlotBody) => api<SlotView>("POST", `/api/calls/${id(callId)}/pitches`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: planKey(callId) }),
  });
}

export function useDeleteSlot(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (slotId: string) => api<void>("DELETE", `/api/pitches/${id(slotId)}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: planKey(callId) }),
  });
}

export function useSendInvitations(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (slotId: string) => api<InvitationsSent>("POST", `/api/pitches/${id(slotId)}/invitations`),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKey(callId) });
      void client.invalidateQueries({ queryKey: ["outbox"] });
    },
  });
}
