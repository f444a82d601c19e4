// TanStack Query hooks of referrals (server/src/modules/referrals/schemas.ts lists the routes): the companion's
// referrals of a trajectory, the offers to pick with what consent covers, drafting, sending, ending, the feedback
// rhythm and the hand-over; the partner worker's inbox, answers and feedback. Access can end at any moment (a revoked
// consent), so nothing is kept fresh for long: every screen asks the server again.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  DraftBody,
  DraftChangeBody,
  FeedbackBody,
  HandoverBody,
  Inbox,
  InboxItem,
  ReceiverStepBody,
  ReferralDetail,
  ReferralList,
  ReferralOffer,
  ReferralOfferList,
  ReferralSummary,
  RhythmBody,
  SenderStepBody,
  StepDone,
} from "../../../server/src/modules/referrals/schemas.ts";
import { api, get } from "./client.ts";

export type {
  DraftBody,
  FeedbackBody,
  HandoverBody,
  Inbox,
  InboxItem,
  ReceiverStepBody,
  ReferralDetail,
  ReferralOffer,
  ReferralSummary,
  SenderStepBody,
};

const id = (value: string) => encodeURIComponent(value);

const listKey = (trajectoryId: string) => ["trajectories", trajectoryId, "referrals"] as const;
const detailKey = (referralId: string) => ["referrals", referralId] as const;
const inboxKey = ["partner", "referrals"] as const;

export const useTrajectoryReferrals = (trajectoryId: string | null) =>
  useQuery({
    queryKey: listKey(trajectoryId ?? ""),
    queryFn: () => get<ReferralList>(`/api/trajectories/${id(trajectoryId ?? "")}/referrals`),
    enabled: trajectoryId !== null,
    staleTime: 0,
  });

export const useReferralOffers = (trajectoryId: string | null, enabled = true) =>
  useQuery({
    queryKey: ["trajectories", trajectoryId ?? "", "referral-offers"],
    queryFn: () => get<ReferralOfferList>(`/api/trajectories/${id(trajectoryId ?? "")}/referral-offers`),
    enabled: enabled && trajectoryId !== null,
    staleTime: 0,
  });

export const useReferral = (referralId: string | null) =>
  useQuery({
    queryKey: detailKey(referralId ?? ""),
    queryFn: () => get<ReferralDetail>(`/api/referrals/${id(referralId ?? "")}`),
    enabled: referralId !== null,
    staleTime: 0,
    // A 404 (consent revoked, referral closed) is the answer, not a hiccup to retry.
    retry: false,
  });

export const usePartnerInbox = () =>
  useQuery({ queryKey: inboxKey, queryFn: () => get<Inbox>("/api/partner/referrals"), staleTime: 0 });

/** A change that returns the whole referral: it replaces the cached one and refreshes the lists. */
function useDetailMutation<I>(request: (input: I) => Promise<ReferralDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (detail) => {
      client.setQueryData(detailKey(detail.id), detail);
      void client.invalidateQueries({ queryKey: listKey(detail.trajectoryId) });
      void client.invalidateQueries({ queryKey: inboxKey });
    },
  });
}

export const useCreateReferral = (trajectoryId: string) =>
  useDetailMutation((body: DraftBody) =>
    api<ReferralDetail>("POST", `/api/trajectories/${id(trajectoryId)}/referrals`, body),
  );

export const useChangeDraft = () =>
  useDetailMutation((input: { referralId: string; body: DraftChangeBody }) =>
    api<ReferralDetail>("PATCH", `/api/referrals/${id(input.referralId)}`, input.body),
  );

export const useSenderStep = () =>
  useDetailMutation((input: { referralId: string; body: SenderStepBody }) =>
    api<ReferralDetail>("POST", `/api/referrals/${id(input.referralId)}/steps`, input.body),
  );

export const useFeedbackRhythm = () =>
  useDetailMutation((input: { referralId: string; body: RhythmBody }) =>
    api<ReferralDetail>("PUT", `/api/referrals/${id(input.referralId)}/feedback-rhythm`, input.body),
  );

/** The hand-over from either side: the sender under /api/referrals, the partner under /api/partner/referrals. */
export const useHandover = (side: "sender" | "receiver") =>
  useDetailMutation((input: { referralId: string; body: HandoverBody }) =>
    api<ReferralDetail>(
      "PUT",
      `/api/${side === "receiver" ? "partner/" : ""}referrals/${id(input.referralId)}/handover`,
      input.body,
    ),
  );

export const useGiveFeedback = () =>
  useDetailMutation((input: { referralId: string; body: FeedbackBody }) =>
    api<ReferralDetail>("POST", `/api/partner/referrals/${id(input.referralId)}/feedback`, input.body),
  );

export function useReceiverStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { referralId: string; body: ReceiverStepBody }) =>
      api<StepDone>("POST", `/api/partner/referrals/${id(input.referralId)}/steps`, input.body),
    onSuccess: (done) => {
      void client.invalidateQueries({ queryKey: inboxKey });
      if (done.stillVisible) void client.invalidateQueries({ queryKey: detailKey(done.id) });
      else client.removeQueries({ queryKey: detailKey(done.id) });
    },
  });
}
