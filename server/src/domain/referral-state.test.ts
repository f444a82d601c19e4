import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerDueAt,
  availableSteps,
  completionReasons,
  declineReasons,
  endReasons,
  expiresAt,
  feedbackDueAt,
  finalReferralStates,
  reasonsOfState,
  referralStates,
  referralSteps,
  takeStep,
  type ReferralSide,
  type ReferralState,
} from "./referral-state.ts";

const sides: ReferralSide[] = ["sender", "receiver", "system"];
const allReasons = [...declineReasons, ...completionReasons, ...endReasons];

describe("the closed loop, step by step", () => {
  it("runs the happy path: the sender sends, the partner accepts, starts and completes with a result", () => {
    expect(takeStep("draft", "sender", "send")).toEqual({ ok: true, from: "draft", to: "sent", reason: null });
    expect(takeStep("sent", "receiver", "accept")).toMatchObject({ ok: true, to: "accepted" });
    expect(takeStep("accepted", "receiver", "start")).toMatchObject({ ok: true, to: "started" });
    expect(takeStep("started", "receiver", "complete", "partly")).toEqual({
      ok: true,
      from: "started",
      to: "completed",
      reason: "partly",
    });
  });

  it("lets the partner waitlist and accept later, or decline from the waiting list", () => {
    expect(takeStep("sent", "receiver", "waitlist")).toMatchObject({ ok: true, to: "waitlisted" });
    expect(takeStep("waitlisted", "receiver", "accept")).toMatchObject({ ok: true, to: "accepted" });
    expect(takeStep("waitlisted", "receiver", "decline", "no_capacity")).toMatchObject({ ok: true, to: "declined" });
  });

  it("refuses the partner's steps to the sender and the sender's to the partner", () => {
    expect(takeStep("sent", "sender", "accept")).toEqual({ ok: false, refusal: "not_for_side" });
    expect(takeStep("sent", "sender", "decline", "other")).toEqual({ ok: false, refusal: "not_for_side" });
    expect(takeStep("accepted", "sender", "start")).toEqual({ ok: false, refusal: "not_for_side" });
    expect(takeStep("started", "sender", "complete", "goal_reached")).toEqual({ ok: false, refusal: "not_for_side" });
    expect(takeStep("draft", "receiver", "send")).toEqual({ ok: false, refusal: "not_for_side" });
  });

  it("needs a reason to decline, complete and end, and only the side's own reasons", () => {
    expect(takeStep("sent", "receiver", "decline")).toEqual({ ok: false, refusal: "reason_required" });
    expect(takeStep("sent", "receiver", "decline", "goal_reached")).toEqual({
      ok: false,
      refusal: "reason_not_allowed",
    });
    expect(takeStep("started", "receiver", "complete")).toEqual({ ok: false, refusal: "reason_required" });
    expect(takeStep("accepted", "receiver", "end", "revoked_by_sender")).toEqual({
      ok: false,
      refusal: "reason_not_allowed",
    });
    expect(takeStep("accepted", "sender", "end", "could_not_contact")).toEqual({
      ok: false,
      refusal: "reason_not_allowed",
    });
    expect(takeStep("accepted", "receiver", "end", "client_withdrew")).toMatchObject({ ok: true, to: "ended" });
    expect(takeStep("accepted", "sender", "end", "referred_elsewhere")).toMatchObject({ ok: true, to: "ended" });
    expect(takeStep("sent", "receiver", "accept", "other")).toEqual({ ok: false, refusal: "reason_not_allowed" });
  });

  it("lets only the system expire a referral, and only one that nobody answered", () => {
    expect(takeStep("sent", "system", "end", "expired_without_answer")).toMatchObject({ ok: true, to: "ended" });
    expect(takeStep("waitlisted", "system", "end", "expired_without_answer")).toEqual({
      ok: false,
      refusal: "not_for_side",
    });
    expect(takeStep("sent", "sender", "end", "expired_without_answer")).toEqual({
      ok: false,
      refusal: "reason_not_allowed",
    });
  });

  it("lets the sender withdraw a draft, but nobody decline or complete one", () => {
    expect(takeStep("draft", "sender", "end", "revoked_by_sender")).toMatchObject({ ok: true, to: "ended" });
    expect(takeStep("draft", "sender", "end", "client_withdrew")).toEqual({ ok: false, refusal: "reason_not_allowed" });
    expect(takeStep("draft", "receiver", "decline", "other")).toEqual({ ok: false, refusal: "not_from_state" });
  });

  it("ends the loop in a final state: nothing leaves declined, completed or ended", () => {
    for (const state of finalReferralStates) {
      for (const side of sides) expect(availableSteps(state, side)).toEqual([]);
    }
  });

  it("offers each side its steps with the reasons to choose from", () => {
    expect(availableSteps("sent", "receiver")).toEqual([
      { step: "accept", reasons: [] },
      { step: "waitlist", reasons: [] },
      { step: "decline", reasons: [...declineReasons] },
      { step: "end", reasons: ["could_not_contact", "client_withdrew"] },
    ]);
    expect(availableSteps("sent", "sender")).toEqual([
      { step: "end", reasons: ["revoked_by_sender", "referred_elsewhere", "client_withdrew"] },
    ]);
    expect(availableSteps("draft", "sender")).toEqual([
      { step: "send", reasons: [] },
      { step: "end", reasons: ["revoked_by_sender"] },
    ]);
  });
});

describe("every path", () => {
  const attempt = fc.record({
    side: fc.constantFrom(...sides),
    step: fc.constantFrom(...referralSteps),
    reason: fc.option(fc.constantFrom(...allReasons, "nonsense"), { nil: null }),
  });

  it("ends only in known states, with a reason exactly where the state needs one", () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 40 }), (attempts) => {
        let state: ReferralState = "draft";
        let reason: string | null = null;
        const path: ReferralState[] = [state];
        for (const a of attempts) {
          const result = takeStep(state, a.side, a.step, a.reason);
          if (!result.ok) continue;
          // A final state is never left.
          expect(finalReferralStates).not.toContain(state);
          state = result.to;
          reason = result.reason;
          path.push(state);
        }
        expect(referralStates).toContain(state);
        const reasons = reasonsOfState(state);
        if (reasons === null) expect(reason).toBeNull();
        else expect(reasons).toContain(reason);
        // Nothing goes back to a draft, and a referral is sent at most once.
        expect(path.filter((s) => s === "draft")).toHaveLength(1);
        expect(path.filter((s) => s === "sent").length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with what the screen offers: a step succeeds exactly when it is offered with that reason", () => {
    fc.assert(
      fc.property(fc.constantFrom(...referralStates), attempt, (state, a) => {
        const offered = availableSteps(state, a.side).find((s) => s.step === a.step);
        const result = takeStep(state, a.side, a.step, a.reason);
        const expected =
          offered !== undefined &&
          (offered.reasons.length === 0 ? a.reason === null : (offered.reasons as string[]).includes(a.reason ?? ""));
        expect(result.ok).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the moments", () => {
  it("expects an answer 10 calendar days after sending, at the same Brussels time across the clock change", () => {
    // Sent on 20 October 2026 at 10:00 in Brussels (CEST); due on 30 October, 10:00 CET: 241 hours later.
    expect(answerDueAt(new Date("2026-10-20T08:00:00Z")).toISOString()).toBe("2026-10-30T09:00:00.000Z");
    expect(expiresAt(new Date("2026-10-20T08:00:00Z")).toISOString()).toBe("2026-11-19T09:00:00.000Z");
  });

  it("expects feedback on the rhythm after the last feedback, or after acceptance, while accepted or started", () => {
    const acceptedAt = new Date("2026-11-02T09:00:00Z");
    const base = { state: "accepted" as const, feedbackEveryDays: 14, lastFeedbackAt: null, acceptedAt };
    expect(feedbackDueAt(base)?.toISOString()).toBe("2026-11-16T09:00:00.000Z");
    expect(feedbackDueAt({ ...base, lastFeedbackAt: new Date("2026-11-10T09:00:00Z") })?.toISOString()).toBe(
      "2026-11-24T09:00:00.000Z",
    );
    expect(feedbackDueAt({ ...base, feedbackEveryDays: null })).toBeNull();
    expect(feedbackDueAt({ ...base, state: "completed" })).toBeNull();
  });
});
