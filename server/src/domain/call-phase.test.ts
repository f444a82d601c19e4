import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regionSeeds } from "../demo/regions/index.ts";
import {
  callPhase,
  callPhases,
  isInTime,
  lastAcceptedMoment,
  phaseAllows,
  weerwoordDays,
  type CallClock,
  type CallPhase,
  type PhaseState,
} from "./call-phase.ts";
import type { Milestone, MilestoneKey, When } from "./milestone-types.ts";
import { resolveWhen, type Resolved } from "./milestones.ts";

// Every expected instant below is worked out by hand: Brussels is UTC+2 in summer time (last Sunday of March to
// last Sunday of October) and UTC+1 otherwise.

const HOUR = 3_600_000;
const at = (iso: string): Date => new Date(iso);
const plusMs = (iso: string, ms: number): Date => new Date(Date.parse(iso) + ms);

function milestone(key: MilestoneKey, when: When): Milestone {
  return { key, label: key, original: key, when };
}

function clock(milestones: Milestone[], decisionsPublishedAt: string | null = null): CallClock {
  return { milestones, decisionsPublishedAt: decisionsPublishedAt === null ? null : at(decisionsPublishedAt) };
}

function region(slug: string): Milestone[] {
  const seed = regionSeeds.find((r) => r.slug === slug);
  if (seed === undefined) throw new Error(`No demo region ${slug}`);
  return seed.document.milestones;
}

const phaseAt = (call: CallClock, iso: string | Date): CallPhase =>
  callPhase(call, typeof iso === "string" ? at(iso) : iso).phase;

const noTargets = (): Resolved | undefined => undefined;

describe("the five demo calls", () => {
  it("has the five seed regions", () => {
    expect(regionSeeds.map((r) => r.slug).sort()).toEqual([
      "baldemore",
      "klein-brabant-vaartland",
      "maasland",
      "vlaamse-ardennen",
      "zuid-oost-hageland",
    ]);
  });

  describe("Zuid-Oost Hageland: launch 28 april, deadline 9 juni 2023 om 23u59, pitches vanaf 21 juni", () => {
    const call = clock(region("zuid-oost-hageland"));
    const deadline = "2023-06-09T21:59:00.000Z";

    it("is not open before 28 April 00:00 Brussels (27 April 22:00 UTC)", () => {
      expect(callPhase(call, at("2023-04-27T21:59:59.999Z"))).toEqual<PhaseState>({
        phase: "not_open",
        since: null,
        until: "2023-04-27T22:00:00.000Z",
        waiting: null,
        deadline,
        weerwoordUntil: null,
      });
    });

    it("opens at midnight Brussels on launch day", () => {
      expect(callPhase(call, at("2023-04-27T22:00:00.000Z"))).toEqual<PhaseState>({
        phase: "open",
        since: "2023-04-27T22:00:00.000Z",
        until: "2023-06-09T21:59:00.001Z",
        waiting: null,
        deadline,
        weerwoordUntil: null,
      });
    });

    it("is still open at the deadline instant itself, and in assessment one second later", () => {
      expect(phaseAt(call, deadline)).toBe("open");
      expect(phaseAt(call, plusMs(deadline, 1))).toBe("assessment");
      expect(callPhase(call, plusMs(deadline, 1000))).toEqual<PhaseState>({
        phase: "assessment",
        since: "2023-06-09T21:59:00.001Z",
        until: "2023-06-20T22:00:00.000Z",
        waiting: null,
        deadline,
        weerwoordUntil: null,
      });
    });

    it("is in assessment during the written assessment (12–16 June) and until the pitches start", () => {
      expect(phaseAt(call, "2023-06-14T10:00:00.000Z")).toBe("assessment");
      expect(phaseAt(call, "2023-06-19T10:00:00.000Z")).toBe("assessment");
      expect(phaseAt(call, "2023-06-20T21:59:59.999Z")).toBe("assessment");
    });

    it("holds pitches from 21 June 00:00 Brussels until the decisions are published, even past 'vóór 7 juli'", () => {
      expect(callPhase(call, at("2023-06-20T22:00:00.000Z"))).toMatchObject({
        phase: "pitches",
        since: "2023-06-20T22:00:00.000Z",
        until: null,
        waiting: null,
      });
      expect(phaseAt(call, "2023-07-10T10:00:00.000Z")).toBe("pitches");
    });

    it("moves to weerwoord when the decisions are published and closes 14 days later at the same time", () => {
      const published = clock(region("zuid-oost-hageland"), "2023-07-06T14:00:00.000Z");
      expect(callPhase(published, at("2023-07-06T14:00:00.000Z"))).toEqual<PhaseState>({
        phase: "weerwoord",
        since: "2023-07-06T14:00:00.000Z",
        until: "2023-07-20T14:00:00.000Z",
        waiting: null,
        deadline,
        weerwoordUntil: "2023-07-20T14:00:00.000Z",
      });
      expect(phaseAt(published, "2023-07-20T13:59:59.999Z")).toBe("weerwoord");
      expect(callPhase(published, at("2023-07-20T14:00:00.000Z"))).toMatchObject({
        phase: "closed",
        since: "2023-07-20T14:00:00.000Z",
        until: null,
        weerwoordUntil: "2023-07-20T14:00:00.000Z",
      });
    });

    it("does not count a publication that is still in the future at 'now'", () => {
      const published = clock(region("zuid-oost-hageland"), "2023-07-06T14:00:00.000Z");
      expect(callPhase(published, at("2023-07-01T10:00:00.000Z"))).toMatchObject({
        phase: "pitches",
        weerwoordUntil: null,
      });
      expect(phaseAt(published, "2023-07-06T13:59:59.999Z")).toBe("pitches");
    });
  });

  describe("Vlaamse Ardennen: pitches 11 and 13 oktober, decision waits for the beheerscomité SEVA", () => {
    const call = clock(region("vlaamse-ardennen"));
    const deadline = "2023-09-22T21:59:00.000Z";

    it("follows launch (11 August) and deadline (22 September 23u59)", () => {
      expect(phaseAt(call, "2023-08-10T21:59:59.999Z")).toBe("not_open");
      expect(phaseAt(call, "2023-08-10T22:00:00.000Z")).toBe("open");
      expect(callPhase(call, at(deadline))).toMatchObject({ phase: "open", deadline });
      expect(phaseAt(call, "2023-09-22T21:59:01.000Z")).toBe("assessment");
    });

    it("is in assessment from 25 September to 6 October and until the first pitch day", () => {
      expect(callPhase(call, at("2023-09-28T09:00:00.000Z"))).toMatchObject({
        phase: "assessment",
        since: "2023-09-22T21:59:00.001Z",
        until: "2023-10-10T22:00:00.000Z",
      });
      expect(phaseAt(call, "2023-10-09T12:00:00.000Z")).toBe("assessment");
    });

    it("is in pitches on 11 October, on the day in between and on 13 October", () => {
      const expected = { phase: "pitches", since: "2023-10-10T22:00:00.000Z", until: "2023-10-13T22:00:00.000Z" };
      expect(callPhase(call, at("2023-10-11T08:00:00.000Z"))).toMatchObject(expected);
      expect(callPhase(call, at("2023-10-12T12:00:00.000Z"))).toMatchObject(expected);
      expect(callPhase(call, at("2023-10-13T21:59:59.999Z"))).toMatchObject(expected);
    });

    it("is in decision after 13 October, waiting for the bekrachtiging by the beheerscomité", () => {
      const waiting: PhaseState["waiting"] = {
        key: "decision_communication",
        event: "bekrachtiging (=einddatum) van het matchingsverslag door beheerscomité SEVA",
      };
      expect(callPhase(call, at("2023-10-13T22:00:00.000Z"))).toEqual<PhaseState>({
        phase: "decision",
        since: "2023-10-13T22:00:00.000Z",
        until: null,
        waiting,
        deadline,
        weerwoordUntil: null,
      });
      // Its latest date ("ovb uiterlijk 23 oktober") passing does not publish anything.
      expect(callPhase(call, at("2023-10-30T10:00:00.000Z"))).toMatchObject({ phase: "decision", waiting });
    });
  });

  describe("Baldemore: pitches in weeks 22 & 23, matching between 29 mei and 9 juni 2023", () => {
    const call = clock(region("baldemore"));

    it("follows launch (31 March, already summer time) and deadline (12 mei 23u59)", () => {
      expect(phaseAt(call, "2023-03-30T21:59:59.999Z")).toBe("not_open");
      expect(phaseAt(call, "2023-03-30T22:00:00.000Z")).toBe("open");
      expect(phaseAt(call, "2023-05-12T21:59:00.000Z")).toBe("open");
      expect(phaseAt(call, "2023-05-12T21:59:01.000Z")).toBe("assessment");
    });

    it("is in assessment in weeks 20 and 21 (15–28 May), until Monday 29 May 00:00 Brussels", () => {
      expect(callPhase(call, at("2023-05-17T10:00:00.000Z"))).toMatchObject({
        phase: "assessment",
        until: "2023-05-28T22:00:00.000Z",
      });
      expect(phaseAt(call, "2023-05-28T21:59:59.999Z")).toBe("assessment");
    });

    it("is in pitches from 29 May until the end of week 23 (the later of the two pitch milestones)", () => {
      const expected = { phase: "pitches", since: "2023-05-28T22:00:00.000Z", until: "2023-06-11T22:00:00.000Z" };
      expect(callPhase(call, at("2023-05-28T22:00:00.000Z"))).toMatchObject(expected);
      expect(callPhase(call, at("2023-06-05T10:00:00.000Z"))).toMatchObject(expected);
      // After the matching moments ended (9 June) but still in week 23.
      expect(callPhase(call, at("2023-06-10T10:00:00.000Z"))).toMatchObject(expected);
    });

    it("is in decision after week 23, with nothing to wait for", () => {
      expect(callPhase(call, at("2023-06-11T22:00:00.000Z"))).toMatchObject({
        phase: "decision",
        since: "2023-06-11T22:00:00.000Z",
        until: null,
        waiting: null,
      });
    });
  });

  describe("Klein-Brabant Vaartland: pitch sessions 20/06 9:00-17:00 and 22/06 9:00-12:00", () => {
    const call = clock(region("klein-brabant-vaartland"));

    it("follows launch (21/04/2023) and deadline (02/06/2023 om 23u59)", () => {
      expect(phaseAt(call, "2023-04-20T21:59:59.999Z")).toBe("not_open");
      expect(phaseAt(call, "2023-04-20T22:00:00.000Z")).toBe("open");
      expect(phaseAt(call, "2023-06-02T21:59:00.000Z")).toBe("open");
      expect(phaseAt(call, "2023-06-02T21:59:01.000Z")).toBe("assessment");
    });

    it("is in assessment during 05/06 t/m 14/06 and until the first session starts at 9:00", () => {
      expect(callPhase(call, at("2023-06-07T10:00:00.000Z"))).toMatchObject({
        phase: "assessment",
        since: "2023-06-02T21:59:00.001Z",
        until: "2023-06-20T07:00:00.000Z",
      });
      expect(phaseAt(call, "2023-06-16T10:00:00.000Z")).toBe("assessment");
      expect(phaseAt(call, "2023-06-20T06:59:59.999Z")).toBe("assessment");
    });

    it("is in pitches during a session, the evening after it and the day between the sessions", () => {
      const expected = { phase: "pitches", since: "2023-06-20T07:00:00.000Z", until: "2023-06-22T10:00:00.000Z" };
      expect(callPhase(call, at("2023-06-20T07:00:00.000Z"))).toMatchObject(expected);
      expect(callPhase(call, at("2023-06-20T18:00:00.000Z"))).toMatchObject(expected);
      expect(callPhase(call, at("2023-06-21T12:00:00.000Z"))).toMatchObject(expected);
      expect(callPhase(call, at("2023-06-22T09:59:59.999Z"))).toMatchObject(expected);
    });

    it("is in decision from 22/06 12:00 Brussels, when the last session ends", () => {
      expect(callPhase(call, at("2023-06-22T10:00:00.000Z"))).toMatchObject({
        phase: "decision",
        since: "2023-06-22T10:00:00.000Z",
        waiting: null,
      });
    });
  });

  describe("Maasland: pitches and matching on 19, 21 en 23 juni 2023", () => {
    const call = clock(region("maasland"));

    it("follows launch (21 april) and deadline (1 juni om 23u59)", () => {
      expect(phaseAt(call, "2023-04-20T21:59:59.999Z")).toBe("not_open");
      expect(phaseAt(call, "2023-04-20T22:00:00.000Z")).toBe("open");
      expect(phaseAt(call, "2023-06-01T21:59:00.000Z")).toBe("open");
      expect(phaseAt(call, "2023-06-01T21:59:01.000Z")).toBe("assessment");
    });

    it("is in assessment in the weeks of 5 and 12 June", () => {
      expect(callPhase(call, at("2023-06-08T10:00:00.000Z"))).toMatchObject({
        phase: "assessment",
        until: "2023-06-18T22:00:00.000Z",
      });
    });

    it("is in pitches on 19 June, on 20 June between two pitch days, and on 23 June", () => {
      const expected = { phase: "pitches", since: "2023-06-18T22:00:00.000Z", until: "2023-06-23T22:00:00.000Z" };
      expect(callPhase(call, at("2023-06-19T10:00:00.000Z"))).toMatchObject(expected);
      expect(callPhase(call, at("2023-06-20T10:00:00.000Z"))).toMatchObject(expected);
      expect(callPhase(call, at("2023-06-23T21:59:59.999Z"))).toMatchObject(expected);
    });

    it("is in decision after 23 June", () => {
      expect(callPhase(call, at("2023-06-23T22:00:00.000Z"))).toMatchObject({
        phase: "decision",
        since: "2023-06-23T22:00:00.000Z",
        waiting: null,
      });
    });
  });

  it("never goes back to an earlier phase as time passes, in any demo call", () => {
    const from = Date.parse("2023-03-01T00:00:00.000Z");
    const to = Date.parse("2023-12-31T00:00:00.000Z");
    fc.assert(
      fc.property(
        fc.constantFrom(...regionSeeds),
        fc.integer({ min: from, max: to }),
        fc.integer({ min: 0, max: 60 * 24 * HOUR }),
        (seed, t, step) => {
          const call = clock(seed.document.milestones);
          const earlier = callPhases.indexOf(phaseAt(call, new Date(t)));
          const later = callPhases.indexOf(phaseAt(call, new Date(t + step)));
          expect(later).toBeGreaterThanOrEqual(earlier);
        },
      ),
    );
  });

  it("accepts a candidacy exactly while the call is open, in any demo call", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...regionSeeds),
        fc.integer({ min: Date.parse("2023-04-01T00:00:00.000Z"), max: Date.parse("2023-10-01T00:00:00.000Z") }),
        (seed, t) => {
          const state = callPhase(clock(seed.document.milestones), new Date(t));
          if (state.phase === "not_open") return;
          expect(isInTime(state.deadline, new Date(t))).toBe(state.phase === "open");
        },
      ),
    );
  });
});

describe("deadline exactness", () => {
  const deadline = "2023-06-09T21:59:00.000Z";

  it("reads '9 juni 2023 om 23u59' as 21:59 UTC and accepts that instant, not a millisecond later", () => {
    const resolved = resolveWhen({ kind: "instant", date: "2023-06-09", time: "23:59" }, noTargets);
    expect(lastAcceptedMoment(resolved)).toBe(deadline);
    expect(isInTime(deadline, at("2023-06-09T21:58:59.999Z"))).toBe(true);
    expect(isInTime(deadline, at(deadline))).toBe(true);
    expect(isInTime(deadline, plusMs(deadline, 1))).toBe(false);
    expect(isInTime(deadline, plusMs(deadline, 1000))).toBe(false);
  });

  it("accepts the whole day of 'ten laatste 16 juni', until 23:59:59.999 Brussels", () => {
    const resolved = resolveWhen({ kind: "onOrBefore", date: "2023-06-16" }, noTargets);
    expect(lastAcceptedMoment(resolved)).toBe("2023-06-16T21:59:59.999Z");

    const call = clock([
      milestone("launch", { kind: "date", date: "2023-05-01" }),
      milestone("candidacy_deadline", { kind: "onOrBefore", date: "2023-06-16" }),
    ]);
    expect(callPhase(call, at("2023-06-16T21:59:59.999Z"))).toMatchObject({
      phase: "open",
      deadline: "2023-06-16T21:59:59.999Z",
      until: "2023-06-16T22:00:00.000Z",
    });
    expect(phaseAt(call, "2023-06-16T22:00:00.000Z")).toBe("decision");
  });

  it("accepts the whole day of a winter deadline day, in +01:00", () => {
    const resolved = resolveWhen({ kind: "onOrBefore", date: "2023-12-15" }, noTargets);
    expect(lastAcceptedMoment(resolved)).toBe("2023-12-15T22:59:59.999Z");
    const asDate = resolveWhen({ kind: "date", date: "2023-12-15" }, noTargets);
    expect(lastAcceptedMoment(asDate)).toBe("2023-12-15T22:59:59.999Z");
  });

  it("has no last accepted moment while the deadline waits for an event", () => {
    const resolved = resolveWhen({ kind: "pending", event: "goedkeuring", onOrBefore: "2023-06-16" }, noTargets);
    expect(lastAcceptedMoment(resolved)).toBeNull();
    expect(isInTime(null, at("2030-01-01T00:00:00.000Z"))).toBe(true);
  });
});

describe("daylight-saving changes (Europe/Brussels)", () => {
  // A call in autumn 2024; the clocks go back on Sunday 27 October 2024 (03:00 summer time → 02:00 winter time).
  const autumnCall = (deadline: When): CallClock =>
    clock([
      milestone("launch", { kind: "date", date: "2024-09-01" }),
      milestone("candidacy_deadline", deadline),
      milestone("pitches_jury", { kind: "dates", dates: ["2024-11-12", "2024-11-14"] }),
      milestone("decision_communication", { kind: "before", date: "2024-12-01" }),
    ]);
  // A call in spring 2024; the clocks go forward on Sunday 31 March 2024 (02:00 winter time → 03:00 summer time).
  const springCall = (deadline: When): CallClock =>
    clock([
      milestone("launch", { kind: "date", date: "2024-02-01" }),
      milestone("candidacy_deadline", deadline),
      milestone("pitches_jury", { kind: "dates", dates: ["2024-04-15", "2024-04-17"] }),
      milestone("decision_communication", { kind: "before", date: "2024-05-01" }),
    ]);

  it("reads an ambiguous 02:30 on 27 October 2024 as the first one, still summer time (00:30 UTC)", () => {
    const call = autumnCall({ kind: "instant", date: "2024-10-27", time: "02:30" });
    expect(callPhase(call, at("2024-10-27T00:30:00.000Z"))).toMatchObject({
      phase: "open",
      deadline: "2024-10-27T00:30:00.000Z",
      until: "2024-10-27T00:30:00.001Z",
    });
    expect(phaseAt(call, "2024-10-27T00:30:00.001Z")).toBe("assessment");
    // The second 02:30 (winter time, 01:30 UTC) is an hour late.
    expect(phaseAt(call, "2024-10-27T01:30:00.000Z")).toBe("assessment");
  });

  it("reads a non-existent 02:30 on 31 March 2024 as 03:30 summer time (01:30 UTC)", () => {
    const call = springCall({ kind: "instant", date: "2024-03-31", time: "02:30" });
    // 01:59:59 winter time, just before the clocks jump.
    expect(phaseAt(call, "2024-03-31T00:59:59.000Z")).toBe("open");
    expect(callPhase(call, at("2024-03-31T01:30:00.000Z"))).toMatchObject({
      phase: "open",
      deadline: "2024-03-31T01:30:00.000Z",
    });
    expect(phaseAt(call, "2024-03-31T01:30:00.001Z")).toBe("assessment");
  });

  it("reads 23u59 on the day the clocks go back in winter time (22:59 UTC)", () => {
    const call = autumnCall({ kind: "instant", date: "2024-10-27", time: "23:59" });
    expect(callPhase(call, at("2024-10-27T22:00:00.000Z"))).toMatchObject({
      phase: "open",
      deadline: "2024-10-27T22:59:00.000Z",
    });
    expect(phaseAt(call, "2024-10-27T22:59:00.000Z")).toBe("open");
    expect(phaseAt(call, "2024-10-27T22:59:01.000Z")).toBe("assessment");
  });

  it("reads 23u59 on the day the clocks go forward in summer time (21:59 UTC)", () => {
    const call = springCall({ kind: "instant", date: "2024-03-31", time: "23:59" });
    expect(callPhase(call, at("2024-03-31T21:59:00.000Z"))).toMatchObject({
      phase: "open",
      deadline: "2024-03-31T21:59:00.000Z",
    });
    expect(phaseAt(call, "2024-03-31T21:59:01.000Z")).toBe("assessment");
    // 22:59 UTC would be the deadline read in winter time: already an hour late.
    expect(phaseAt(call, "2024-03-31T22:59:00.000Z")).toBe("assessment");
  });

  it("accepts all 25 hours of a day deadline on the day the clocks go back", () => {
    const call = autumnCall({ kind: "onOrBefore", date: "2024-10-27" });
    expect(callPhase(call, at("2024-10-27T22:59:59.999Z"))).toMatchObject({
      phase: "open",
      deadline: "2024-10-27T22:59:59.999Z",
    });
    expect(phaseAt(call, "2024-10-27T23:00:00.000Z")).toBe("assessment");
  });

  it("accepts the 23 hours of a day deadline on the day the clocks go forward", () => {
    const call = springCall({ kind: "onOrBefore", date: "2024-03-31" });
    expect(callPhase(call, at("2024-03-31T21:59:59.999Z"))).toMatchObject({
      phase: "open",
      deadline: "2024-03-31T21:59:59.999Z",
    });
    expect(phaseAt(call, "2024-03-31T22:00:00.000Z")).toBe("assessment");
  });

  it("keeps the weerwoord window at 10:00 Brussels across the autumn change: 14 days, 337 hours", () => {
    expect(weerwoordDays).toBe(14);
    // Published Sunday 20 October 2024 at 10:00 summer time (08:00 UTC).
    const call = {
      ...autumnCall({ kind: "instant", date: "2024-10-18", time: "23:59" }),
      decisionsPublishedAt: at("2024-10-20T08:00:00.000Z"),
    };
    const until = "2024-11-03T09:00:00.000Z";
    expect(Date.parse(until) - Date.parse("2024-10-20T08:00:00.000Z")).toBe(337 * HOUR);
    expect(callPhase(call, at("2024-10-20T08:00:00.000Z"))).toMatchObject({
      phase: "weerwoord",
      since: "2024-10-20T08:00:00.000Z",
      until,
      weerwoordUntil: until,
    });
    // 336 hours later it is 09:00 Brussels: still in time.
    expect(phaseAt(call, "2024-11-03T08:00:00.000Z")).toBe("weerwoord");
    expect(phaseAt(call, "2024-11-03T08:59:59.999Z")).toBe("weerwoord");
    expect(callPhase(call, at(until))).toMatchObject({ phase: "closed", since: until, until: null });
  });

  it("keeps the weerwoord window at 10:00 Brussels across the spring change: 14 days, 335 hours", () => {
    // Published Sunday 24 March 2024 at 10:00 winter time (09:00 UTC).
    const call = {
      ...springCall({ kind: "instant", date: "2024-03-22", time: "23:59" }),
      decisionsPublishedAt: at("2024-03-24T09:00:00.000Z"),
    };
    const until = "2024-04-07T08:00:00.000Z";
    expect(Date.parse(until) - Date.parse("2024-03-24T09:00:00.000Z")).toBe(335 * HOUR);
    expect(callPhase(call, at("2024-03-30T12:00:00.000Z"))).toMatchObject({
      phase: "weerwoord",
      until,
      weerwoordUntil: until,
    });
    expect(phaseAt(call, "2024-04-07T07:59:59.999Z")).toBe("weerwoord");
    expect(phaseAt(call, until)).toBe("closed");
    // 336 hours would be 11:00 Brussels: already closed.
    expect(phaseAt(call, "2024-04-07T09:00:00.000Z")).toBe("closed");
  });

  it("reopens the weerwoord phase while a decision published again after an upheld weerwoord has its window", () => {
    const call = {
      ...springCall({ kind: "instant", date: "2024-03-22", time: "23:59" }),
      decisionsPublishedAt: at("2024-03-24T09:00:00.000Z"),
      // Reopened and published again on 8 April 2024 at 14:00 Brussels (12:00 UTC).
      lastDecisionPublishedAt: at("2024-04-08T12:00:00.000Z"),
    };
    expect(callPhase(call, at("2024-04-10T12:00:00.000Z"))).toMatchObject({
      phase: "weerwoord",
      since: "2024-03-24T09:00:00.000Z",
      until: "2024-04-22T12:00:00.000Z",
    });
    expect(phaseAt(call, "2024-04-22T12:00:00.000Z")).toBe("closed");
  });
});

describe("waiting and missing milestones", () => {
  it("is not open while the launch waits for an event, and says which", () => {
    const call = clock([
      milestone("launch", { kind: "pending", event: "goedkeuring door de gemeenteraad" }),
      milestone("candidacy_deadline", { kind: "instant", date: "2023-06-09", time: "23:59" }),
    ]);
    expect(callPhase(call, at("2023-05-01T10:00:00.000Z"))).toEqual<PhaseState>({
      phase: "not_open",
      since: null,
      until: null,
      waiting: { key: "launch", event: "goedkeuring door de gemeenteraad" },
      deadline: "2023-06-09T21:59:00.000Z",
      weerwoordUntil: null,
    });
    // Even after its deadline: nobody could apply, so nothing moves on.
    expect(phaseAt(call, "2023-07-01T10:00:00.000Z")).toBe("not_open");
  });

  it("is not open when the launch refers to a milestone the call does not have, and says why", () => {
    const call = clock([milestone("launch", { kind: "relative", to: "objection", days: 3 })]);
    expect(callPhase(call, at("2023-05-01T10:00:00.000Z"))).toMatchObject({
      phase: "not_open",
      waiting: { key: "launch", event: 'the addendum has no milestone "objection"' },
    });
  });

  it("stays open with no deadline when the call has no deadline milestone", () => {
    const call = clock([milestone("launch", { kind: "date", date: "2023-04-28" })]);
    expect(callPhase(call, at("2030-01-01T00:00:00.000Z"))).toEqual<PhaseState>({
      phase: "open",
      since: "2023-04-27T22:00:00.000Z",
      until: null,
      waiting: null,
      deadline: null,
      weerwoordUntil: null,
    });
  });

  it("stays open, saying what it waits for, while the deadline waits for an event", () => {
    const call = clock([
      milestone("launch", { kind: "date", date: "2023-04-28" }),
      milestone("candidacy_deadline", { kind: "pending", event: "bekendmaking budget", onOrBefore: "2023-06-30" }),
    ]);
    expect(callPhase(call, at("2023-07-15T10:00:00.000Z"))).toMatchObject({
      phase: "open",
      until: null,
      deadline: null,
      waiting: { key: "candidacy_deadline", event: "bekendmaking budget" },
    });
  });

  it("is open from the start of time when the call has no launch milestone", () => {
    const call = clock([milestone("candidacy_deadline", { kind: "instant", date: "2023-06-09", time: "23:59" })]);
    expect(callPhase(call, at("2020-01-01T00:00:00.000Z"))).toMatchObject({ phase: "open", since: null });
  });

  it("holds the call in assessment while a pitch milestone waits for an event", () => {
    const call = clock([
      milestone("candidacy_deadline", { kind: "instant", date: "2023-06-09", time: "23:59" }),
      milestone("pitches_jury", { kind: "dates", dates: ["2023-06-20"] }),
      milestone("matching_moments", { kind: "pending", event: "afspraak met de partners" }),
    ]);
    expect(callPhase(call, at("2023-06-25T10:00:00.000Z"))).toMatchObject({
      phase: "assessment",
      since: "2023-06-09T21:59:00.001Z",
      until: null,
      waiting: { key: "matching_moments", event: "afspraak met de partners" },
    });
  });
});

describe("a call without pitches or matching moments", () => {
  const deadline = milestone("candidacy_deadline", { kind: "instant", date: "2023-06-02", time: "23:59" });
  const decision = milestone("decision_communication", { kind: "before", date: "2023-07-15" });

  it("is in assessment until the written assessment ends, then in decision", () => {
    const call = clock([
      deadline,
      milestone("written_assessment", { kind: "range", from: "2023-06-05", to: "2023-06-14" }),
      decision,
    ]);
    expect(callPhase(call, at("2023-06-02T21:59:01.000Z"))).toMatchObject({
      phase: "assessment",
      since: "2023-06-02T21:59:00.001Z",
      until: "2023-06-14T22:00:00.000Z",
      waiting: null,
    });
    expect(phaseAt(call, "2023-06-14T21:59:59.999Z")).toBe("assessment");
    expect(callPhase(call, at("2023-06-14T22:00:00.000Z"))).toMatchObject({
      phase: "decision",
      since: "2023-06-14T22:00:00.000Z",
      until: null,
      waiting: null,
    });
  });

  it("goes to decision right after the deadline when it has no written assessment either", () => {
    const call = clock([deadline, decision]);
    expect(callPhase(call, at("2023-06-02T21:59:01.000Z"))).toMatchObject({
      phase: "decision",
      since: "2023-06-02T21:59:00.001Z",
    });
  });

  it("goes to decision right after the deadline when the written assessment has no end", () => {
    const call = clock([deadline, milestone("written_assessment", { kind: "from", date: "2023-06-05" }), decision]);
    expect(phaseAt(call, "2023-06-02T21:59:01.000Z")).toBe("decision");
  });

  it("holds the call in assessment while the written assessment waits for an event", () => {
    const call = clock([
      deadline,
      milestone("written_assessment", { kind: "pending", event: "samenstelling jury" }),
      decision,
    ]);
    expect(callPhase(call, at("2023-08-01T10:00:00.000Z"))).toMatchObject({
      phase: "assessment",
      until: null,
      waiting: { key: "written_assessment", event: "samenstelling jury" },
    });
  });

  it("starts the decision at the deadline when the written assessment ended before it", () => {
    const call = clock([deadline, milestone("written_assessment", { kind: "date", date: "2023-05-30" }), decision]);
    expect(callPhase(call, at("2023-06-03T10:00:00.000Z"))).toMatchObject({
      phase: "decision",
      since: "2023-06-02T21:59:00.001Z",
    });
  });
});

describe("pitch windows", () => {
  it("counts the week between two pitch weeks ('week 20 & week 22') as pitches", () => {
    const call = clock([
      milestone("candidacy_deadline", { kind: "instant", date: "2023-05-05", time: "23:59" }),
      milestone("pitches_jury", { kind: "isoWeeks", year: 2023, weeks: [22, 20] }),
    ]);
    const expected = { phase: "pitches", since: "2023-05-14T22:00:00.000Z", until: "2023-06-04T22:00:00.000Z" };
    expect(phaseAt(call, "2023-05-14T21:59:59.999Z")).toBe("assessment");
    expect(callPhase(call, at("2023-05-17T10:00:00.000Z"))).toMatchObject(expected);
    // Week 21 (22–28 May) has no pitches but lies between the two weeks.
    expect(callPhase(call, at("2023-05-24T10:00:00.000Z"))).toMatchObject(expected);
    expect(phaseAt(call, "2023-06-04T22:00:00.000Z")).toBe("decision");
  });

  it("never starts the pitches before the deadline, even when the matching window opened earlier", () => {
    const call = clock([
      milestone("candidacy_deadline", { kind: "instant", date: "2023-06-02", time: "23:59" }),
      milestone("matching_moments", { kind: "range", from: "2023-05-29", to: "2023-06-09" }),
    ]);
    expect(callPhase(call, at("2023-06-03T10:00:00.000Z"))).toMatchObject({
      phase: "pitches",
      since: "2023-06-02T21:59:00.001Z",
      until: "2023-06-09T22:00:00.000Z",
    });
  });

  it("starts the decision at the deadline when the pitches (wrongly) ended before it", () => {
    const call = clock([
      milestone("candidacy_deadline", { kind: "instant", date: "2023-06-09", time: "23:59" }),
      milestone("pitches_jury", { kind: "date", date: "2023-06-01" }),
    ]);
    expect(callPhase(call, at("2023-06-09T21:59:00.001Z"))).toMatchObject({
      phase: "decision",
      since: "2023-06-09T21:59:00.001Z",
    });
  });

  it("runs pitches given only as 'vóór 30 juni' from the deadline to that day", () => {
    const call = clock([
      milestone("candidacy_deadline", { kind: "instant", date: "2023-06-09", time: "23:59" }),
      milestone("pitches_jury", { kind: "before", date: "2023-06-30" }),
    ]);
    expect(callPhase(call, at("2023-06-09T21:59:00.001Z"))).toMatchObject({
      phase: "pitches",
      since: "2023-06-09T21:59:00.001Z",
      until: "2023-06-29T22:00:00.000Z",
    });
    expect(phaseAt(call, "2023-06-29T22:00:00.000Z")).toBe("decision");
  });
});

describe("phaseAllows", () => {
  const table: Record<CallPhase, Record<keyof typeof phaseAllows, boolean>> = {
    not_open: { applying: false, scoring: false, planningPitches: false, deciding: false, weerwoord: false },
    open: { applying: true, scoring: false, planningPitches: false, deciding: false, weerwoord: false },
    assessment: { applying: false, scoring: true, planningPitches: true, deciding: false, weerwoord: false },
    pitches: { applying: false, scoring: true, planningPitches: true, deciding: true, weerwoord: false },
    decision: { applying: false, scoring: true, planningPitches: false, deciding: true, weerwoord: false },
    weerwoord: { applying: false, scoring: false, planningPitches: false, deciding: false, weerwoord: true },
    closed: { applying: false, scoring: false, planningPitches: false, deciding: false, weerwoord: false },
  };

  it.each(callPhases)("allows in %s exactly what the procedure allows", (phase) => {
    const allowed = Object.fromEntries(
      (Object.keys(phaseAllows) as (keyof typeof phaseAllows)[]).map((ability) => [
        ability,
        phaseAllows[ability](phase),
      ]),
    );
    expect(allowed).toEqual(table[phase]);
  });

  it("lists the phases in procedure order", () => {
    expect(callPhases).toEqual(["not_open", "open", "assessment", "pitches", "decision", "weerwoord", "closed"]);
  });
});
