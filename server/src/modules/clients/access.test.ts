// Need to know (DESIGN §4), decided in one place: who reaches a client's record, with which data categories, on
// which consent — and that a revoked or expired consent or a replaced companion counts on the very next request.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp } from "../../../test/app.ts";
import { buildCast, buildClientWorld, type CastKey } from "../../../test/client-world.ts";
import type { Actor } from "../../platform/permissions.ts";
import { resolveSession } from "../../platform/sessions.ts";
import { clientAccess, referralAccess, withClientAccess } from "./access.ts";

const t = await createReferenceTestApp();
const cast = await buildCast(t.db, t.app);
const now = new Date();
const day = 24 * 60 * 60 * 1000;

async function actorOf(key: CastKey): Promise<Actor> {
  const cookie = cast.people[key].session.cookie;
  const actor = await resolveSession(t.db, cookie.slice(cookie.indexOf("=") + 1), now);
  if (actor === null) throw new Error(`no actor for ${key}`);
  return actor;
}

const access = async (key: CastKey, clientId: string, at = now, need: "read" | "write" = "read") =>
  clientAccess(t.db, await actorOf(key), clientId, at, need).then(
    (a) => ({ via: a.via, categories: [...a.categories].sort(), consentIds: a.consentIds }),
    (e: { status?: number }) => e.status,
  );

describe("staff of the client", () => {
  it("lets the client's companion and the region's case director in with every category, nobody else", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const all = ["addiction", "finances", "general", "health", "justice", "mental_health"];
    expect(await access("companion", world.clientId)).toEqual({ via: "companion", categories: all, consentIds: [] });
    expect(await access("caseDirector", world.clientId)).toMatchObject({ via: "case_director", categories: all });
    expect(await access("companion", world.clientId, now, "write")).toMatchObject({ via: "companion" });
    for (const key of ["otherCompanion", "otherCaseDirector", "coordinator", "analyst", "jury", "applicant", "admin"]) {
      expect(await access(key as CastKey, world.clientId), key).toBe(404);
    }
  });

  it("follows the companion: once reassigned, the old one is out on the next request and the new one is in", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    await t.db
      .updateTable("trajectories")
      .set({ companion_user_id: cast.people.otherCompanion.id, companion_organisation_id: cast.organisationB })
      .where("id", "=", world.trajectoryId)
      .execute();
    expect(await access("companion", world.clientId)).toBe(404);
    expect(await access("otherCompanion", world.clientId)).toMatchObject({ via: "companion" });
  });

  it("answers 404 for a client that does not exist", async () => {
    expect(await access("caseDirector", "00000000-0000-4000-8000-000000000000")).toBe(404);
  });
});

describe("a partner worker", () => {
  it("sees the referred client under a standing consent, only the categories both the referral and consent allow", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    expect(await access("partnerWorker", world.clientId)).toEqual({
      via: "partner",
      categories: ["general", "mental_health"],
      consentIds: [world.consentId],
    });
    const actor = await actorOf("partnerWorker");
    expect((await referralAccess(t.db, actor, world.referralId, now)).side).toBe("receiver");
  });

  it("never writes, never reaches another organisation's or region's referral", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    expect(await access("partnerWorker", world.clientId, now, "write")).toBe(404);
    expect(await access("otherPartnerWorker", world.clientId)).toBe(404);
    expect(await access("foreignPartnerWorker", world.clientId)).toBe(404);
    const other = await actorOf("otherPartnerWorker");
    await expect(referralAccess(t.db, other, world.referralId, now)).rejects.toMatchObject({ status: 404 });
  });

  it("loses the client the moment the consent is revoked or expires", async () => {
    const revoked = await buildClientWorld(t.db, cast, { consent: "revoked", now });
    const expired = await buildClientWorld(t.db, cast, { consent: "expired", now });
    expect(await access("partnerWorker", revoked.clientId)).toBe(404);
    expect(await access("partnerWorker", expired.clientId)).toBe(404);

    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    expect(await access("partnerWorker", world.clientId)).toMatchObject({ via: "partner" });
    await t.db
      .updateTable("consents")
      .set({ revoked_at: now, revoked_by: cast.people.companion.id, revoked_how: "spoken" })
      .where("id", "=", world.consentId)
      .execute();
    expect(await access("partnerWorker", world.clientId)).toBe(404);
    // The companion keeps the file: consent governs sharing, not the trajectory itself.
    expect(await access("companion", world.clientId)).toMatchObject({ via: "companion" });

    const later = await buildClientWorld(t.db, cast, { consent: "given", now });
    expect(await access("partnerWorker", later.clientId, new Date(now.getTime() + 301 * day))).toBe(404);
  });

  it("needs an open referral: a draft, a completed or an ended one gives no access", async () => {
    for (const referralState of ["draft", "declined", "completed", "ended"]) {
      const world = await buildClientWorld(t.db, cast, { consent: "given", now, referralState });
      expect(await access("partnerWorker", world.clientId), referralState).toBe(404);
    }
    for (const referralState of ["sent", "accepted", "waitlisted", "started"]) {
      const world = await buildClientWorld(t.db, cast, { consent: "given", now, referralState });
      expect(await access("partnerWorker", world.clientId), referralState).toMatchObject({ via: "partner" });
    }
  });

  it("is covered by a consent for the whole partnership, and sees no more than that consent's categories", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "revoked", now });
    const partnership = await t.db
      .insertInto("consents")
      .values({
        client_id: world.clientId,
        scope: "partnership",
        purpose: "referral",
        categories: ["general", "finances"],
        given_how: "spoken",
        given_at: new Date(now.getTime() - day),
        expires_at: new Date(now.getTime() + 30 * day),
        recorded_by: cast.people.companion.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(await access("partnerWorker", world.clientId)).toEqual({
      via: "partner",
      categories: ["general"],
      consentIds: [partnership.id],
    });
  });

  it("needs a consent for the referral's purpose: one given for a case conference shares nothing", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "revoked", now });
    const conference = {
      client_id: world.clientId,
      scope: "partner" as const,
      partner_organisation_id: cast.organisationA,
      purpose: "case_conference",
      categories: ["general", "mental_health"],
      given_how: "signed",
      given_at: new Date(now.getTime() - day),
      expires_at: new Date(now.getTime() + 30 * day),
      recorded_by: cast.people.companion.id,
    };
    await t.db.insertInto("consents").values(conference).execute();
    expect(await access("partnerWorker", world.clientId)).toBe(404);
    const feedback = await t.db
      .insertInto("consents")
      .values({ ...conference, purpose: "feedback" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(await access("partnerWorker", world.clientId)).toMatchObject({ via: "partner", consentIds: [feedback.id] });
  });

  it("needs the general category: a consent for health data alone shows nothing", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "revoked", now });
    await t.db
      .insertInto("consents")
      .values({
        client_id: world.clientId,
        scope: "partner",
        partner_organisation_id: cast.organisationA,
        purpose: "referral",
        categories: ["mental_health"],
        given_how: "spoken",
        given_at: new Date(now.getTime() - day),
        expires_at: new Date(now.getTime() + 30 * day),
        recorded_by: cast.people.companion.id,
      })
      .execute();
    expect(await access("partnerWorker", world.clientId)).toBe(404);
  });
});

describe("the audit of every access", () => {
  it("records a read with how the actor got in and the consent that allowed it, and no value from the record", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "given", now });
    const actor = await actorOf("partnerWorker");
    await withClientAccess(
      t.db,
      actor,
      { clientId: world.clientId },
      { operation: "read", entity: "client", what: "file" },
      now,
      async () => null,
    );
    const row = await t.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "client_record.read")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      actor_user_id: actor.userId,
      entity_type: "client",
      entity_id: world.clientId,
      payload: { clientId: world.clientId, via: "partner", consentIds: [world.consentId], what: "file" },
    });
    expect(JSON.stringify(row.payload)).not.toContain(world.givenName);
  });

  it("records nothing when the access is refused", async () => {
    const world = await buildClientWorld(t.db, cast, { consent: "revoked", now });
    const before = await t.db
      .selectFrom("audit_log")
      .select(({ fn }) => fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    await expect(
      withClientAccess(
        t.db,
        await actorOf("partnerWorker"),
        { trajectoryId: world.trajectoryId },
        { operation: "read", entity: "trajectory", what: "timeline" },
        now,
        async () => null,
      ),
    ).rejects.toMatchObject({ status: 404 });
    const after = await t.db
      .selectFrom("audit_log")
      .select(({ fn }) => fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
