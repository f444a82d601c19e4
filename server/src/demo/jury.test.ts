// The demo's jury member: signs in, sits on Maasland's 2023 call, declared one conflict and scored the rest, so the
// coordinator's progress screen shows data.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../test/app.ts";
import { signIn } from "../modules/accounts/testing.ts";
import type { JuryCallList, JuryCandidacyList, ReviewProgress } from "../modules/jury/schemas.ts";
import { regionalCallTitle } from "./calls.ts";
import { demoConflictOrganisation, demoJuryEmail } from "./jury.ts";
import { demoPassword, listDemoAccounts, loadDemo } from "./load.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const { app, db } = await createReferenceTestApp({ clock });
await loadDemo(db, undefined, { now: clock.now() });

describe("the demo jury", () => {
  it("is a printed demo account of Maasland with the jury role", () => {
    expect(listDemoAccounts().find((a) => a.email === demoJuryEmail)).toMatchObject({
      role: "jury",
      regions: ["maasland"],
      password: demoPassword,
    });
  });

  it("sits on Maasland's 2023 call with one conflict and the other candidacies scored", async () => {
    const session = await signIn(app, { email: demoJuryEmail, password: demoPassword });
    const calls = (
      await app.inject({ method: "GET", url: "/api/jury/calls", headers: { cookie: session.cookie } })
    ).json() as JuryCallList;
    // Also on the demo's phase calls (phases.test.ts).
    const real = calls.calls.filter((c) => !c.title.startsWith("Demo-oproep"));
    expect(real.map((c) => [c.title, c.region.slug])).toEqual([[regionalCallTitle, "maasland"]]);
    const callId = real[0]!.id;
    const list = (
      await app.inject({
        method: "GET",
        url: `/api/jury/calls/${callId}/candidacies`,
        headers: { cookie: session.cookie },
      })
    ).json() as JuryCandidacyList;
    expect(list.candidacies).toHaveLength(5);
    const conflicted = list.candidacies.filter((c) => c.declaration?.status === "conflict");
    expect(conflicted.map((c) => c.organisation.name)).toEqual([demoConflictOrganisation]);
    expect(list.candidacies.filter((c) => c.reviewStatus === "submitted")).toHaveLength(4);

    const coordinator = await signIn(app, { email: "coordinator.maasland@brug.demo", password: demoPassword });
    const progress = (
      await app.inject({
        method: "GET",
        url: `/api/calls/${callId}/review-progress`,
        headers: { cookie: coordinator.cookie },
      })
    ).json() as ReviewProgress;
    expect(progress.candidacies.map((c) => c.label).sort()).toEqual([
      "0/0 beoordeeld",
      "1/1 beoordeeld",
      "1/1 beoordeeld",
      "1/1 beoordeeld",
      "1/1 beoordeeld",
    ]);
    expect(progress.members).toEqual([expect.objectContaining({ done: 4, expected: 4, undeclared: 0 })]);
    expect(progress.candidacies.every((c) => c.conflicts.length > 0 || c.averages.weightedTotal !== null)).toBe(true);
  });
});
