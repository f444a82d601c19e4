// A referral's closed loop (issue 4 item 8, DESIGN §3.4): which step each side may take from which state, and the
// reasons a step must carry. Pure: the services load the referral, ask here, then write the step and its event.
//
//   draft ─send─► sent ─accept─► accepted ─start─► started ─complete─► completed (goal_reached | partly | not_reached)
//                  │  ─waitlist─► waitlisted ─accept─► accepted
//                  │  ─decline─► declined (not_eligible | no_capacity | out_of_area | other)   (also from waitlisted)
//                  └─ end ─► ended (from sent, accepted, waitlisted or started; the reason says who may end it)
//
// The sending side (the client's companion or the region's case director) drafts, sends and ends with
// revoked_by_sender, referred_elsewhere or client_withdrew (a draft can only be withdrawn: revoked_by_sender). The
// receiving partner worker accepts, waitlists, declines, starts, completes and ends with could_not_contact or
// client_withdrew. The system ends a referral sent and unanswered for 30 days: expired_without_answer.
import { addCalendarDays } from "./milestones.ts";

export const referralStates = [
  "draft",
  "sent",
  "accepted",
  "declined",
  "waitlisted",
  "started",
  "completed",
  "ended",
] as const;
export type ReferralState = (typeof referralStates)[number];

export const declineReasons = ["not_eligible", "no_capacity", "out_of_area", "other"] as const;
export const completionReasons = ["goal_reached", "partly", "not_reached"] as const;
export const endReasons = [
  "could_not_contact",
  "client_withdrew",
  "revoked_by_sender",
  "expired_without_answer",
  "referred_elsewhere",
] as const;
export type DeclineReason = (typeof declineReasons)[number];
export type CompletionReason = (typeof completionReasons)[number];
export type EndReason = (typeof endReasons)[number];
export type ReferralReason = DeclineReason | CompletionReason | EndReason;

export type ReferralSide = "sender" | "receiver" | "system";

export const referralSteps = ["send", "accept", "waitlist", "decline", "start", "complete", "end"] as const;
export type ReferralStep = (typeof referralSteps)[number];

/** The states after which nothing happens any more. */
export const finalReferralStates: readonly ReferralState[] = ["declined", "completed", "ended"];
/** The states in which the referral is still under way (the partner may see the client under consent). */
export const openReferralStates: readonly ReferralState[] = ["sent", "accepted", "waitlisted", "started"];

interface StepRule {
  from: readonly ReferralState[];
  to: ReferralState;
  /** Who may take the step, and with which reasons (empty: the step takes no reason). */
  reasons: Partial<Record<ReferralSide, readonly ReferralReason[]>>;
  /** Whether the step needs a reason. */
  reasonRequired: boolean;
}

const open = openReferralStates;

const rules: Record<ReferralStep, readonly StepRule[]> = {
  send: [{ from: ["draft"], to: "sent", reasons: { sender: [] }, reasonRequired: false }],
  accept: [{ from: ["sent", "waitlisted"], to: "accepted", reasons: { receiver: [] }, reasonRequired: false }],
  waitlist: [{ from: ["sent"], to: "waitlisted", reasons: { receiver: [] }, reasonRequired: false }],
  decline: [
    { from: ["sent", "waitlisted"], to: "declined", reasons: { receiver: declineReasons }, reasonRequired: true },
  ],
  start: [{ from: ["accepted"], to: "started", reasons: { receiver: [] }, reasonRequired: false }],
  complete: [{ from: ["started"], to: "completed", reasons: { receiver: completionReasons }, reasonRequired: true }],
  end: [
    // A draft that will not be sent is withdrawn by the one who wrote it.
    { from: ["draft"], to: "ended", reasons: { sender: ["revoked_by_sender"] }, reasonRequired: true },
    {
      from: open,
      to: "ended",
      reasons: {
        sender: ["revoked_by_sender", "referred_elsewhere", "client_withdrew"],
        receiver: ["could_not_contact", "client_withdrew"],
      },
      reasonRequired: true,
    },
    // Only a referral nobody answered expires: waitlisting is an answer.
    { from: ["sent"], to: "ended", reasons: { system: ["expired_without_answer"] }, reasonRequired: true },
  ],
};

export type StepRefusal =
  /** The step does not exist from this state (for anyone). */
  | "not_from_state"
  /** The step exists from this state, but not for this side. */
  | "not_for_side"
  | "reason_required"
  /** A reason this side may not give for this step (or a reason for a step that takes none). */
  | "reason_not_allowed";

export type StepResult =
  | { ok: true; from: ReferralState; to: ReferralState; reason: ReferralReason | null }
  | { ok: false; refusal: StepRefusal };

/** Judges one step: whether `side` may take `step` from `state` with `reason`, and where it leads. */
export function takeStep(
  state: ReferralState,
  side: ReferralSide,
  step: ReferralStep,
  reason: string | null = null,
): StepResult {
  const fromState = rules[step].filter((r) => r.from.includes(state));
  if (fromState.length === 0) return { ok: false, refusal: "not_from_state" };
  const forSide = fromState.filter((r) => r.reasons[side] !== undefined);
  if (forSide.length === 0) return { ok: false, refusal: "not_for_side" };
  for (const rule of forSide) {
    const allowed = rule.reasons[side] ?? [];
    if (reason === null) {
      if (!rule.reasonRequired) return { ok: true, from: state, to: rule.to, reason: null };
      continue;
    }
    if ((allowed as readonly string[]).includes(reason)) {
      return { ok: true, from: state, to: rule.to, reason: reason as ReferralReason };
    }
  }
  if (reason === null) return { ok: false, refusal: "reason_required" };
  return { ok: false, refusal: "reason_not_allowed" };
}

export interface AvailableStep {
  step: ReferralStep;
  /** The reasons to choose from (one is required when not empty). */
  reasons: ReferralReason[];
}

/** The steps `side` may take from `state`, each with its reasons: what the screen offers. */
export function availableSteps(state: ReferralState, side: ReferralSide): AvailableStep[] {
  const steps: AvailableStep[] = [];
  for (const step of referralSteps) {
    const reasons = rules[step]
      .filter((r) => r.from.includes(state))
      .flatMap((r) => (r.reasons[side] ? [...(r.reasons[side] ?? [])] : []));
    const any = rules[step].some((r) => r.from.includes(state) && r.reasons[side] !== undefined);
    if (any) steps.push({ step, reasons: [...new Set(reasons)] });
  }
  return steps;
}

/** The reasons a state carries; a state without a list carries no reason. */
export function reasonsOfState(state: ReferralState): readonly ReferralReason[] | null {
  switch (state) {
    case "declined":
      return declineReasons;
    case "completed":
      return completionReasons;
    case "ended":
      return endReasons;
    default:
      return null;
  }
}

export function isReferralState(value: string): value is ReferralState {
  return (referralStates as readonly string[]).includes(value);
}

/** The partner answers within 10 calendar days of sending (at the same Brussels time) or the referral is overdue. */
export const answerDays = 10;
/** A referral sent and unanswered this many calendar days after sending ends as expired_without_answer. */
export const expiryDays = 30;

export function answerDueAt(sentAt: Date): Date {
  return new Date(addCalendarDays(sentAt.toISOString(), answerDays));
}

export function expiresAt(sentAt: Date): Date {
  return new Date(addCalendarDays(sentAt.toISOString(), expiryDays));
}

/**
 * When the partner's next feedback is due: the rhythm's days after the last feedback, or after the acceptance when
 * none came yet. Null while no rhythm is set (feedback only at the end) or the referral is not accepted or started.
 */
export function feedbackDueAt(referral: {
  state: ReferralState;
  feedbackEveryDays: number | null;
  lastFeedbackAt: Date | null;
  acceptedAt: Date | null;
}): Date | null {
  if (referral.feedbackEveryDays === null) return null;
  if (referral.state !== "accepted" && referral.state !== "started") return null;
  const from = referral.lastFeedbackAt ?? referral.acceptedAt;
  if (from === null) return null;
  return new Date(addCalendarDays(from.toISOString(), referral.feedbackEveryDays));
}

/**
 * The note of an event the platform writes on someone's behalf: a code the screen translates (referral events carry
 * free text otherwise). view.ts gives it as `noteCode`, never as the note.
 */
export const noteCodes = ["consent_withdrawn"] as const;
export type NoteCode = (typeof noteCodes)[number];
const notePrefix = "system:";

export const codedNote = (code: NoteCode): string => `${notePrefix}${code}`;

export function noteCodeOf(note: string): NoteCode | null {
  if (!note.startsWith(notePrefix)) return null;
  const code = note.slice(notePrefix.length);
  return (noteCodes as readonly string[]).includes(code) ? (code as NoteCode) : null;
}
