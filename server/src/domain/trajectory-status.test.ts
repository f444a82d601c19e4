import { describe, expect, it } from "vitest";
import { trajectoryStatuses, type TrajectoryStatus } from "./trajectory-codes.ts";
import { brusselsDate, followUpDueOn, isEnded, judgeTransition, nextStatuses } from "./trajectory-status.ts";

const ok = { reason: "", exitOutcome: null };

describe("which status may follow which", () => {
  it("goes from aanmelding through intake to actief, with a pause and back", () => {
    expect(judgeTransition("registered", "intake", ok)).toBeNull();
    expect(judgeTransition("intake", "active", ok)).toBeNull();
    expect(judgeTransition("active", "paused", { reason: "Opname in het ziekenhuis", exitOutcome: null })).toBeNull();
    expect(judgeTransition("paused", "active", ok)).toBeNull();
  });

  it("completes only an active trajectory: one that never started has nothing to complete", () => {
    expect(judgeTransition("active", "completed", { reason: "", exitOutcome: "work" })).toBeNull();
    for (const from of ["registered", "intake", "paused"] as const) {
      expect(judgeTransition(from, "completed", { reason: "", exitOutcome: "work" }), from).toBe("not_allowed");
    }
  });

  it("lets a trajectory stop or drop out from every open status, and never move once ended", () => {
    for (const from of trajectoryStatuses) {
      const ended = isEnded(from);
      for (const to of ["stopped", "dropped_out"] as const) {
        const verdict = judgeTransition(from, to, { reason: "Verhuisd", exitOutcome: "stopped" });
        expect(verdict, `${from} → ${to}`).toBe(ended ? "not_allowed" : null);
      }
      if (ended) expect(nextStatuses(from)).toEqual([]);
    }
  });

  it("never stays where it is", () => {
    for (const status of trajectoryStatuses) expect(nextStatuses(status)).not.toContain(status);
  });

  it("asks a reason for a pause, a stop and a drop-out, and not for the others", () => {
    expect(judgeTransition("active", "paused", { reason: "  ", exitOutcome: null })).toBe("reason_required");
    expect(judgeTransition("active", "stopped", { reason: "", exitOutcome: "stopped" })).toBe("reason_required");
    expect(judgeTransition("intake", "dropped_out", { reason: "", exitOutcome: "stopped" })).toBe("reason_required");
    expect(judgeTransition("registered", "intake", { reason: "", exitOutcome: null })).toBeNull();
  });

  it("records the outcome at exit with every ending and with nothing else", () => {
    expect(judgeTransition("active", "completed", ok)).toBe("outcome_required");
    expect(judgeTransition("registered", "intake", { reason: "", exitOutcome: "work" })).toBe("outcome_only_at_end");
  });

  it("reaches every status from aanmelding", () => {
    const seen = new Set<TrajectoryStatus>(["registered"]);
    const queue: TrajectoryStatus[] = ["registered"];
    while (queue.length > 0) {
      for (const next of nextStatuses(queue.shift()!)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...trajectoryStatuses].sort());
  });
});

describe("the follow-up six months later", () => {
  it("falls on the same Brussels calendar day six months on", () => {
    expect(followUpDueOn(new Date("2026-03-10T10:00:00Z"))).toBe("2026-09-10");
  });

  it("takes the Brussels day, not the UTC one, for an end late in the evening", () => {
    // 23:30 UTC on 31 May is already 1 June in Brussels (summer time).
    expect(brusselsDate(new Date("2026-05-31T23:30:00Z"))).toBe("2026-06-01");
    expect(followUpDueOn(new Date("2026-05-31T23:30:00Z"))).toBe("2026-12-01");
  });

  it("clamps to the end of a shorter month", () => {
    expect(followUpDueOn(new Date("2026-08-31T10:00:00Z"))).toBe("2027-02-28");
  });
});
