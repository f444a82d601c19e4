// Deadline night. A candidacy submitted at the deadline instant is in time; one second later it is refused with a
// message that names the deadline in Belgian time, the draft is kept, no revision is made and the refusal is on
// record. Once for a plain "23u59" deadline, once for a deadline in the hour that happens twice when the clocks
// go back (last Sunday of October): "02:30" is read as the first 02:30, still summer time, so it never ends later
// than its wording allows.
import { beforeAll, describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { signIn } from "../accounts/testing.ts";
import type { CandidacyView, RevisionView } from "./schemas.ts";
import {
  auditOf,
  buildApplicant,
  buildCall,
  completeContent,
  saveDraftVia,
  startCandidacy,
  submitVia,
  timeline,
} from "./testing.ts";

const clock = fixedClock("2026-05-01T10:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const second = 1000;
const minute = 60 * second;

const nights = [
  {
    name: "a 23u59 deadline in summer time",
    deadline: { date: "2026-06-12", time: "23:59" },
    instant: "2026-06-12T21:59:00.000Z",
    words: "vrijdag 12 juni 2026 om 23.59 uur",
    english: "Friday 12 June 2026 at 23:59",
  },
  {
    name: "a 02u30 deadline in the night the clocks go back",
    deadline: { date: "2026-10-25", time: "02:30" },
    // 02:30 summer time (+02:00); the second 02:30 (+01:00) is an hour later and already too late.
    instant: "2026-10-25T00:30:00.000Z",
    words: "zondag 25 oktober 2026 om 2.30 uur",
    english: "Sunday 25 October 2026 at 02:30",
  },
];

describe.each(nights)("deadline night: $name", ({ deadline, instant, words, english }) => {
  const at = (offsetMs: number) => new Date(Date.parse(instant) + offsetMs);

  async function prepared(locale: "nl" | "en" = "nl") {
    clock.set(at(-10 * minute));
    const user = await buildApplicant(t.db, { locale });
    const session = await signIn(app, user);
    const { id } = await startCandidacy(app, session.headers, call.id);
    const saved = await saveDraftVia(app, session.headers, id, 1, completeContent());
    expect(saved.statusCode).toBe(200);
    return { session, id };
  }

  async function state(session: { cookie: string }, id: string): Promise<CandidacyView> {
    return (
      await app.inject({ method: "GET", url: `/api/candidacies/${id}`, headers: { cookie: session.cookie } })
    ).json();
  }

  let call: { id: string };
  beforeAll(async () => {
    call = await buildCall(t.db, timeline("2026-05-01", deadline));
  });

  it("places the deadline at the right UTC instant", async () => {
    const view = await app.inject({ method: "GET", url: `/api/public/calls/${call.id}` });
    expect(view.json().state.deadline).toBe(instant);
  });

  it("accepts a submission at exactly the deadline instant, and an amendment before it as revision 2 with a second receipt", async () => {
    const { session, id } = await prepared();
    clock.set(at(-5 * minute));
    const first = await submitVia(app, session.headers, id, 2);
    expect(first.statusCode).toBe(201);
    await saveDraftVia(app, session.headers, id, 2, completeContent({ title: "Laatste versie" }));

    clock.set(at(0));
    const last = await submitVia(app, session.headers, id, 3);
    expect(last.statusCode).toBe(201);
    const revision = last.json() as RevisionView;
    expect(revision).toMatchObject({ number: 2, receivedAt: instant, content: { title: "Laatste versie" } });
    const receipts = await t.db
      .selectFrom("outbox_messages")
      .select("body_text")
      .where("body_text", "like", `%${revision.receiptCode}%`)
      .execute();
    expect(receipts.length).toBeGreaterThan(0);
    expect(receipts[0]?.body_text).toContain(words);
  });

  it("refuses a submission one second after the deadline, naming the deadline, keeping the draft and recording the refusal", async () => {
    const { session, id } = await prepared();
    const before = await state(session, id);

    clock.set(at(second));
    const response = await submitVia(app, session.headers, id, 2);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({
      code: "call.deadline_passed",
      message: `De deadline voor kandidaturen was ${words}. Kandidaturen indienen of wijzigen kan niet meer. Uw ontwerp blijft bewaard.`,
    });
    const after = await state(session, id);
    expect(after.draft).toEqual(before.draft);
    expect(after.draftRevision).toBe(before.draftRevision);
    expect(after.revisions).toEqual([]);
    expect(after.editable).toBe(false);
    const refused = (await auditOf(t.db, "candidacy.submit_refused")).filter((a) => a.entity_id === id);
    expect(refused.map((a) => a.payload)).toEqual([
      { reason: "deadline_passed", attemptedAt: at(second).toISOString(), deadline: instant },
    ]);
  });

  it("refuses to save the draft after the deadline, in the reader's language, and keeps what was saved", async () => {
    const { session, id } = await prepared("en");
    clock.set(at(second));
    const response = await saveDraftVia(app, session.headers, id, 2, completeContent({ title: "Te laat" }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toBe(
      `The deadline for candidacies was ${english}. Candidacies can no longer be submitted or changed. Your draft is kept.`,
    );
    expect((await state(session, id)).draft.title).toBe(completeContent().title);
  });
});
