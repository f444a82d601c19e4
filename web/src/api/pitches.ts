// TanStack Query hooks of the pitch planning (server/src/modules/pitches/schemas.ts lists the routes): the coordinator
// plans slots on the call's matching days, changes, cancels and removes them, and sends the invitations (pitch.ics) to
// the outbox; a change or cancellation of an invited slot puts its updates and cancellations there too.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, get } from "./client.ts";
import type { CancelBody, InvitationsSent, PitchPlan, SlotBody, SlotMessages, SlotView } from "./types.ts";

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

export function useUpdateSlot(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ slotId, body }: { slotId: string; body: SlotBody }) =>
      api<SlotMessages>("PUT", `/api/pitches/${id(slotId)}`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKey(callId) });
      void client.invalidateQueries({ queryKey: ["outbox"] });
    },
  });
}

export function useCancelSlot(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ slotId, body }: { slotId: string; body: CancelBody }) =>
      api<SlotMessages>("POST", `/api/pitches/${id(slotId)}/cancellation`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: planKey(callId) });
      void client.invalidateQueries({ queryKey: ["outbox"] });
    },
  });
}
