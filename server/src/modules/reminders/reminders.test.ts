// Reminders under a controlled clock: applicants with a draft that is not submitted (or changed since) 7 days and
// 1 day before the deadline instant, a deadline in the night of the spring daylight-saving change, each reminder
// exactly once (also with two runs at the same time, as two app servers would), none after submitting, none after
// the deadline, and after an outage only the reminder still due. Jury members with work left get one before the
// assessment phase ends.
import type { FastifyInstance } from "fastify";
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import { grantMembership } from "../accounts/service.ts";
import { buildUser, signIn, type BuiltUser } from "../accounts/testing.ts";
import {
  buildApplicant,
  buildCall,
  buildCallRegion,
  completeContent,
  saveDraftVia,
  startCandidacy,
  submitVia,
  timeline,
} from "../calls/testing.ts";
import { allScores, buildJuryMember, declareVia, scoreVia } from "../jury/testing.ts";
import { queueReminders } from "./reminders.ts";

const publicUrl = "https://brug.example.be";
const clock = fixedClock("2026-03-10T09:00:00Z");
const t = await createReferenceTestApp({ clock, config: { publicUrl } });
const app: FastifyInstance = t.app;
const region = await buildCallRegion(t.db);

const run = () => queueReminders(t.db, clock.now(), publicUrl);
const at = async (iso: string) => {
  clock.set(iso);
  return run();
};
const reminders = (kind: string) =>
  t.db
    .selectFrom("outbox_messages")
    .selectAll()
    .where("kind", "=", kind)
    .orderBy("created_at")
    .orderBy("to_address")
    .execute();

/** A candidacy of a new organisation: drafted, and optionally submitted. */
async function candidacy(callId: string, options: { submit?: boolean; locale?: "nl" | "en" } = {}) {
  const applicant = await buildApplicant(t.db, { locale: options.locale ?? "nl" });
  const session = await signIn(app, applicant);
  const { id } = await startCandidacy(app, session.headers, callId);
  const saved = await saveDraftVia(
    app,
    session.headers,
    id,
    1,
    completeContent({ title: `Voorstel ${applicant.email}` }),
  );
  expect(saved.statusCode).toBe(200);
  if (options.submit) expect((await submitVia(app, session.headers, id, 2)).statusCode).toBe(201);
  return { id, applicant };
}

// Sunday 29 March 2026 at 03:30 Brussels (01:30 UTC), the night the clocks went from 02:00 to 03:00. The 7-day
// reminder is due on Sunday 22 March at 03:30 CET (02:30 UTC), the 1-day one on Saturday 28 March at 03:30 CET
// (02:30 UTC): 23 hours before the deadline.
const call = await buildCall(t.db, timeline("2026-03-01", { date: "2026-03-29", time: "03:30" }), region);
const neverSubmitted = await candidacy(call.id);
// A colleague at the same organisation: staff get a reminder each.
const colleague = await buildUser(t.db, { role: null });
await grantMembership(
  t.db,
  { kind: "seed" },
  {
    userId: colleague.id,
    organisationId: neverSubmitted.applicant.organisationId,
    regionId: null,
    role: "applicant",
  },
);
const submitted = await candidacy(call.id, { submit: true });
const changed = await candidacy(call.id, { submit: true, locale: "en" });
{
  const session = await signIn(app, changed.applicant);
  const resaved = await saveDraftVia(app, session.headers, changed.id, 2, completeContent({ title: "Beter voorstel" }));
  expect(resaved.statusCode).toBe(200);
}
// Another call, ending on Friday 10 April 2026 at 12:00 (10:00 UTC), for the catch-up after an outage.
const laterCall = await buildCall(t.db, timeline("2026-03-01", { date: "2026-04-10", time: "12:00" }), region);
const waiting = await candidacy(laterCall.id);

describe("reminders before the candidacy deadline", () => {
  it("are not sent before the 7-day moment", async () => {
    expect(await at("2026-03-22T02:29:59Z")).toEqual({ candidacy: 0, jury: 0 });
    expect(await reminders("reminder.candidacy_deadline")).toEqual([]);
  });

  it("go out at the 7-day moment to the staff of each candidacy not submitted or changed since", async () => {
    expect(await at("2026-03-22T02:30:00Z")).toEqual({ candidacy: 3, jury: 0 });
    const sent = await reminders("reminder.candidacy_deadline");
    expect(sent.map((m) => m.to_address).sort()).toEqual(
      [neverSubmitted.applicant.email, colleague.email, changed.applicant.email].sort(),
    );
    // A candidacy submitted as it stands needs no reminder.
    expect(sent.map((m) => m.to_address)).not.toContain(submitted.applicant.email);
    const dutch = sent.find((m) => m.to_address === neverSubmitted.applicant.email)!;
    expect(dutch).toMatchObject({
      locale: "nl",
      region_id: region.regionId,
      organisation_id: neverSubmitted.applicant.organisationId,
    });
    expect(dutch.subject).toContain("is nog niet ingediend");
    expect(dutch.body_text).toContain("zondag 29 maart 2026 om 3.30 uur");
    expect(dutch.body_text).toContain(`${publicUrl}/kandidaturen/${neverSubmitted.id}`);
    const english = sent.find((m) => m.to_address === changed.applicant.email)!;
    expect(english.locale).toBe("en");
    expect(english.subject).toContain("changes to your candidacy");
    expect(english.body_text).toContain("Sunday 29 March 2026 at 03:30");
    expect(english.body_text).toContain("otherwise version 1 counts");
    // Each is audited with the moment it was due.
    const audited = await t.db
      .selectFrom("audit_log")
      .select("payload")
      .where("action", "=", "reminder.queued")
      .execute();
    expect(audited).toHaveLength(3);
    expect(audited[0]!.payload).toMatchObject({ kind: "candidacy_deadline", dueAt: "2026-03-22T02:30:00.000Z" });
  });

  it("are sent once: a later run in the same window sends nothing again", async () => {
    expect(await at("2026-03-22T02:45:00Z")).toEqual({ candidacy: 0, jury: 0 });
    expect(await at("2026-03-26T12:00:00Z")).toEqual({ candidacy: 0, jury: 0 });
    expect(await reminders("reminder.candidacy_deadline")).toHaveLength(3);
  });

  let late: { id: string; applicant: BuiltUser };

  it("skip a candidacy that is submitted by then, and remind one started after the 7-day moment only at 1 day", async () => {
    clock.set("2026-03-25T10:00:00Z");
    late = await candidacy(call.id);
    clock.set("2026-03-27T10:00:00Z");
    const session = await signIn(app, neverSubmitted.applicant);
    expect((await submitVia(app, session.headers, neverSubmitted.id, 2)).statusCode).toBe(201);

    expect(await at("2026-03-28T02:29:59Z")).toEqual({ candidacy: 0, jury: 0 });
    // Two runs at the same moment, as two app servers would: each reminder is queued by one of them only.
    clock.set("2026-03-28T02:30:00Z");
    const [one, two] = await Promise.all([run(), run()]);
    expect(one.candidacy + two.candidacy).toBe(2);
    const sent = (await reminders("reminder.candidacy_deadline")).slice(3);
    expect(sent.map((m) => m.to_address).sort()).toEqual([changed.applicant.email, late.applicant.email].sort());
    const rows = await t.db.selectFrom("reminders").select(["subject_id", "due_at"]).execute();
    expect(rows.filter((r) => r.due_at.toISOString() === "2026-03-28T02:30:00.000Z")).toHaveLength(2);
  });

  it("are never sent once the deadline has passed", async () => {
    expect(await at("2026-03-29T01:30:00.001Z")).toEqual({ candidacy: 0, jury: 0 });
    expect(await reminders("reminder.candidacy_deadline")).toHaveLength(5);
  });

  it("after an outage over both moments, send only the reminder still due, not the stale one", async () => {
    // Nothing ran between 28 March and 9 April, past both the 7-day (3 April) and the 1-day (9 April) moments.
    expect(await at("2026-04-09T15:00:00Z")).toEqual({ candidacy: 1, jury: 0 });
    const rows = await t.db
      .selectFrom("reminders")
      .select(["due_at", "ends_at"])
      .where("subject_id", "=", waiting.id)
      .execute();
    expect(rows.map((r) => [r.due_at.toISOString(), r.ends_at.toISOString()])).toEqual([
      ["2026-04-09T10:00:00.000Z", "2026-04-10T10:00:00.000Z"],
    ]);
    expect(await at("2026-04-10T10:00:01Z")).toEqual({ candidacy: 0, jury: 0 });
  });
});

describe("reminders to the jury before the assessment ends", () => {
  // Candidacies until Monday 20 April 2026 at 12:00; written assessment from 21 to 30 April: the assessment phase
  // ends when 1 May begins in Brussels (30 April 22:00 UTC), so the reminder is due 3 days earlier, 27 April 22:00 UTC.
  const milestones: Milestone[] = [
    ...timeline("2026-04-01", { date: "2026-04-20", time: "12:00" }),
    {
      key: "written_assessment",
      label: "Beoordelen schriftelijke projectvoorstellen",
      original: "21 t/m 30 april 2026",
      when: { kind: "range", from: "2026-04-21", to: "2026-04-30" },
    },
  ];
  let callId: string;
  let undeclared: BuiltUser;
  let declaredOnly: BuiltUser;

  it("go to members with candidacies to declare or to score, not to a member who is done", async () => {
    clock.set("2026-04-15T09:00:00Z");
    const juryCall = await buildCall(t.db, milestones, region);
    callId = juryCall.id;
    const { id } = await candidacy(callId, { submit: true });
    const coordinator = await signIn(app, await buildUser(t.db, { role: "coordinator", regionId: region.regionId }));
    undeclared = await buildJuryMember(t.db, region.regionId);
    declaredOnly = await buildJuryMember(t.db, region.regionId);
    const done = await buildJuryMember(t.db, region.regionId);
    for (const member of [undeclared, declaredOnly, done]) {
      const response = await app.inject({
        method: "POST",
        url: `/api/calls/${callId}/jury`,
        headers: coordinator.headers,
        payload: { userId: member.id },
      });
      expect(response.statusCode).toBe(201);
    }
    clock.set("2026-04-21T09:00:00Z");
    expect((await declareVia(app, (await signIn(app, declaredOnly)).headers, id, "none")).statusCode).toBe(200);
    await scoreVia(app, (await signIn(app, done)).headers, id, allScores(3));

    expect(await at("2026-04-27T21:59:59Z")).toEqual({ candidacy: 0, jury: 0 });
    expect(await at("2026-04-27T22:00:00Z")).toEqual({ candidacy: 0, jury: 2 });
    const sent = await reminders("reminder.jury_assessment");
    expect(sent.map((m) => m.to_address).sort()).toEqual([undeclared.email, declaredOnly.email].sort());
    const toDeclare = sent.find((m) => m.to_address === undeclared.email)!;
    expect(toDeclare.body_text).toContain("loopt tot donderdag 30 april 2026 om 23.59 uur");
    expect(toDeclare.body_text).toContain("een verklaring over belangenconflicten bij 1 kandidatuur");
    expect(toDeclare.body_text).toContain(`${publicUrl}/jury/oproepen/${callId}`);
    expect(sent.find((m) => m.to_address === declaredOnly.email)!.body_text).toContain(
      "de beoordeling van 1 kandidatuur",
    );
  });

  it("are sent once, and not after the assessment has ended", async () => {
    expect(await at("2026-04-29T08:00:00Z")).toEqual({ candidacy: 0, jury: 0 });
    expect(await at("2026-04-30T22:00:00Z")).toEqual({ candidacy: 0, jury: 0 });
    expect(await reminders("reminder.jury_assessment")).toHaveLength(2);
  });
});
