// Test builders for the jury: jury members of a region, a call whose deadline has passed (so scoring is open) with
// submitted candidacies, and the requests a jury member makes.
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { buildUser, signIn, type Session } from "../accounts/testing.ts";
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

export const buildJuryMember = (db: Kysely<Database>, regionId: string) => buildUser(db, { role: "jury", regionId });

/** Open from 1 September 2026 until 20 November 2026 at 12:00 Brussels; then the decision phase (scoring open). */
export const juryTimeline = () => timeline("2026-09-01", { date: "2026-11-20", time: "12:00" });
// Minutes apart: the sessions signed in on one side of the deadline stay valid on the other (30 minutes idle).
export const beforeDeadline = "2026-11-20T10:50:00Z";
export const afterDeadline = "2026-11-20T11:05:00Z";

/** A submitted candidacy (revision 1) for the call; the clock must be before the deadline. */
export async function submittedCandidacy(
  app: FastifyInstance,
  db: Kysely<Database>,
  callId: string,
  title = "Brugfiguren Maasland",
): Promise<{ id: string; applicant: Session }> {
  const applicant = await signIn(app, await buildApplicant(db));
  const started = await startCandidacy(app, applicant.headers, callId);
  const saved = await saveDraftVia(app, applicant.headers, started.id, 1, completeContent({ title }));
  if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`);
  const submitted = await submitVia(app, applicant.headers, started.id, 2);
  if (submitted.statusCode !== 201) throw new Error(`submit failed: ${submitted.body}`);
  return { id: started.id, applicant };
}

export interface JuryWorld {
  region: { regionId: string; slug: string; versionId: string };
  callId: string;
  coordinator: Session;
  candidacies: { id: string; applicant: Session }[];
}

/** A region, its coordinator, a call and `count` submitted candidacies; leaves the clock after the deadline. */
export async function buildJuryWorld(
  app: FastifyInstance,
  db: Kysely<Database>,
  clock: { set(to: string): void },
  count: number,
): Promise<JuryWorld> {
  clock.set(beforeDeadline);
  const region = await buildCallRegion(db);
  const call = await buildCall(db, juryTimeline(), region);
  const coordinator = await signIn(app, await buildUser(db, { role: "coordinator", regionId: region.regionId }));
  const candidacies = [];
  for (let i = 0; i < count; i++) candidacies.push(await submittedCandidacy(app, db, call.id, `Voorstel ${i + 1}`));
  clock.set(afterDeadline);
  return { region, callId: call.id, coordinator, candidacies };
}

/** A jury member of the world's region, assigned to its call by the coordinator, signed in. */
export async function assignedJuryMember(
  app: FastifyInstance,
  db: Kysely<Database>,
  world: JuryWorld,
): Promise<Session & { userId: string }> {
  const member = await buildJuryMember(db, world.region.regionId);
  const response = await app.inject({
    method: "POST",
    url: `/api/calls/${world.callId}/jury`,
    headers: world.coordinator.headers,
    payload: { userId: member.id },
  });
  if (response.statusCode !== 201) throw new Error(`assign failed: ${response.body}`);
  return { ...(await signIn(app, member)), userId: member.id };
}

export const criterionKeys = ["fit", "outreach_trust", "life_domains", "partnership", "feasibility", "cost"];

/** Scores for every default criterion: the same score everywhere unless given per key. */
export function allScores(score: number, per: Record<string, number> = {}) {
  return Object.fromEntries(criterionKeys.map((key) => [key, { score: per[key] ?? score, comment: "" }]));
}

type Headers = { cookie: string; "x-csrf-token": string };

export const declareVia = (app: FastifyInstance, headers: Headers, id: string, status: string, reason?: string) =>
  app.inject({
    method: "PUT",
    url: `/api/jury/candidacies/${id}/declaration`,
    headers,
    payload: reason === undefined ? { status } : { status, reason },
  });

export const saveReviewVia = (app: FastifyInstance, headers: Headers, id: string, scores: object) =>
  app.inject({ method: "PUT", url: `/api/jury/candidacies/${id}/review`, headers, payload: { scores } });

export const submitReviewVia = (app: FastifyInstance, headers: Headers, id: string) =>
  app.inject({ method: "POST", url: `/api/jury/candidacies/${id}/review/submit`, headers });

/** Declares no conflict, saves the scores and submits them; throws unless every step succeeds. */
export async function scoreVia(app: FastifyInstance, headers: Headers, id: string, scores: object): Promise<void> {
  for (const response of [
    await declareVia(app, headers, id, "none"),
    await saveReviewVia(app, headers, id, scores),
    await submitReviewVia(app, headers, id),
  ]) {
    if (response.statusCode !== 200) throw new Error(`scoring failed: ${response.statusCode} ${response.body}`);
  }
}
