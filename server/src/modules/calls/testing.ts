// Test builders for the call: a region with municipalities and a published addendum, a call with a chosen
// timeline, applicants and coordinators, and a candidacy that passes every submission rule.
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import { buildOrganisation, buildUser, testPassword, type BuiltUser } from "../accounts/testing.ts";
import { createUser, grantMembership } from "../accounts/service.ts";
import { minimalDocument } from "../addenda/testing.ts";
import { createCall } from "./calls.ts";
import type { CandidacyContent } from "./document.ts";

export const testMunicipalities = ["Maasmechelen", "Kinrooi", "Maaseik"];

/** A region with three municipalities and a published addendum (challenge 1: saled; challenge 2: chadia). */
export async function buildCallRegion(
  db: Kysely<Database>,
): Promise<{ regionId: string; slug: string; versionId: string }> {
  // One word, so its receipt codes start with "MAA" like Maasland's; letters after it keep the slug unique.
  const slug = `maasland${randomUUID()
    .replace(/[^a-f]/g, "")
    .padEnd(6, "a")
    .slice(0, 6)}`;
  return db.transaction().execute(async (trx) => {
    const region = await trx
      .insertInto("regions")
      .values({ slug, name: `Maasland ${slug.slice(8)}` })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("municipalities")
      .values(testMunicipalities.map((name, i) => ({ region_id: region.id, name, nis_code: null, sort_order: i })))
      .execute();
    const addendum = await trx
      .insertInto("addenda")
      .values({ region_id: region.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    const version = await trx
      .insertInto("addendum_versions")
      .values({
        addendum_id: addendum.id,
        number: 1,
        content: JSON.stringify(minimalDocument()),
        created_by: null,
        summary: "test",
        published_at: new Date(),
        published_by: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.updateTable("addenda").set({ published_version_id: version.id }).where("id", "=", addendum.id).execute();
    return { regionId: region.id, slug, versionId: version.id };
  });
}

/** A timeline: launched on `launch` (a local date), candidacies until `deadline` (a local date and time). */
export function timeline(launch: string, deadline: { date: string; time: string }): Milestone[] {
  return [
    { key: "launch", label: "Lancering", original: launch, when: { kind: "date", date: launch } },
    {
      key: "candidacy_deadline",
      label: "Deadline kandidaturen",
      original: `${deadline.date} om ${deadline.time}`,
      when: { kind: "instant", date: deadline.date, time: deadline.time },
    },
  ];
}

export interface BuiltCall {
  id: string;
  regionId: string;
  regionSlug: string;
}

export async function buildCall(
  db: Kysely<Database>,
  milestones: Milestone[],
  region?: { regionId: string; slug: string; versionId: string },
): Promise<BuiltCall> {
  const r = region ?? (await buildCallRegion(db));
  const call = await db
    .transaction()
    .execute((trx) =>
      createCall(
        trx,
        { kind: "seed" },
        { regionId: r.regionId, title: "Oproep test", addendumVersionId: r.versionId, milestones },
        { now: new Date() },
      ),
    );
  return { id: call.id, regionId: r.regionId, regionSlug: r.slug };
}

/** Staff of a new organisation with the applicant role in no region, as registration makes them. */
export async function buildApplicant(
  db: Kysely<Database>,
  options: { locale?: "nl" | "en" | "fr" } = {},
): Promise<BuiltUser> {
  const email = `applicant-${randomUUID().slice(0, 8)}@example.be`;
  const user = await createUser(
    db,
    { kind: "seed" },
    { email, displayName: `Aanvrager ${email.slice(10, 18)}`, password: testPassword, locale: options.locale ?? "nl" },
  );
  const organisation = await buildOrganisation(db);
  await grantMembership(
    db,
    { kind: "seed" },
    { userId: user.id, organisationId: organisation.id, regionId: null, role: "applicant" },
  );
  return { id: user.id, email, password: testPassword, organisationId: organisation.id, regionId: null };
}

export const buildCoordinator = (db: Kysely<Database>, regionId: string) =>
  buildUser(db, { role: "coordinator", regionId });

/** A candidacy that names only what the test region's addendum and the reference data have. */
export function completeContent(overrides: Partial<CandidacyContent> = {}): CandidacyContent {
  return {
    title: "Brugfiguren Maasland",
    summary: "Twee brugfiguren zoeken mensen op waar ze zijn en blijven bij hen tot ze de weg naar hulp vinden.",
    challenges: [1],
    personas: ["saled"],
    serviceTypes: ["bridge_figure"],
    municipalities: ["Maasmechelen", "Kinrooi"],
    capacity: { trajectoriesPerYear: 40, staffFte: 1.5 },
    approach: { outreach: true, persistent: true, allLifeDomains: true, description: "Outreachend en aanklampend." },
    languages: ["ar", "ti"],
    budget: { amountEuro: 85000, explanation: "Twee halftijdse brugfiguren." },
    contact: { name: "Sara Peeters", email: "sara.peeters@example.be", phone: "089 12 34 56" },
    ...overrides,
  };
}

export async function countRows(
  db: Kysely<Database>,
  table: "candidacies" | "candidacy_revisions" | "outbox_messages" | "organisations" | "users" | "memberships",
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(({ fn }) => fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function auditOf(db: Kysely<Database>, action: string) {
  return db
    .selectFrom("audit_log")
    .select(["action", "entity_id", "payload"])
    .where("action", "=", action)
    .orderBy("id")
    .execute();
}

/** Starts a candidacy through the API and returns its id and draft revision. */
export async function startCandidacy(
  app: FastifyInstance,
  headers: { cookie: string; "x-csrf-token": string },
  callId: string,
): Promise<{ id: string; draftRevision: number }> {
  const response = await app.inject({ method: "POST", url: `/api/calls/${callId}/candidacies`, headers, payload: {} });
  if (response.statusCode !== 201) throw new Error(`start failed: ${response.statusCode} ${response.body}`);
  const body = response.json() as { id: string; draftRevision: number };
  return { id: body.id, draftRevision: body.draftRevision };
}

export async function saveDraftVia(
  app: FastifyInstance,
  headers: { cookie: string; "x-csrf-token": string },
  id: string,
  baseDraftRevision: number,
  draft: CandidacyContent,
) {
  return app.inject({
    method: "PUT",
    url: `/api/candidacies/${id}/draft`,
    headers,
    payload: { baseDraftRevision, draft },
  });
}

export function submitVia(
  app: FastifyInstance,
  headers: { cookie: string; "x-csrf-token": string },
  id: string,
  draftRevision: number,
) {
  return app.inject({ method: "POST", url: `/api/candidacies/${id}/submit`, headers, payload: { draftRevision } });
}
