// Test builders for decisions: a call whose deadline passed on 9 October 2026 (so the decisions can be published
// before the October DST change and the weerwoord window runs across it), with submitted candidacies whose
// applicants and coordinator can sign in again after the clock moves (sessions expire after 30 idle minutes).
import { inflateSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
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

export const beforeDeadline = "2026-10-09T09:50:00Z";
export const afterDeadline = "2026-10-09T10:05:00Z";
/** Tuesday 20 October 2026, 12:00 Brussels (CEST). */
export const publishAt = "2026-10-20T10:00:00Z";
/** Tuesday 3 November 2026, 12:00 Brussels (CET): 337 hours later, the clocks went back on 25 October. */
export const weerwoordEnd = "2026-11-03T11:00:00Z";

export interface DecisionWorld {
  callId: string;
  regionId: string;
  coordinator: BuiltUser;
  candidacies: { id: string; applicant: BuiltUser; title: string }[];
}

export async function buildDecisionWorld(
  app: FastifyInstance,
  db: Kysely<Database>,
  clock: { set(to: string): void },
  count: number,
): Promise<DecisionWorld> {
  clock.set(beforeDeadline);
  const region = await buildCallRegion(db);
  const call = await buildCall(db, timeline("2026-09-01", { date: "2026-10-09", time: "12:00" }), region);
  const coordinator = await buildUser(db, { role: "coordinator", regionId: region.regionId });
  const candidacies = [];
  for (let i = 0; i < count; i++) {
    const applicant = await buildApplicant(db);
    const session = await signIn(app, applicant);
    const title = `Voorstel ${i + 1}`;
    const started = await startCandidacy(app, session.headers, call.id);
    const saved = await saveDraftVia(app, session.headers, started.id, 1, completeContent({ title }));
    if (saved.statusCode !== 200) throw new Error(`save failed: ${saved.body}`);
    const submitted = await submitVia(app, session.headers, started.id, 2);
    if (submitted.statusCode !== 201) throw new Error(`submit failed: ${submitted.body}`);
    candidacies.push({ id: started.id, applicant, title });
  }
  clock.set(afterDeadline);
  return { callId: call.id, regionId: region.regionId, coordinator, candidacies };
}

/**
 * The text a PDF shows, for tests: the strings of its text operators (hex or literal) in order, one line per text
 * object, decoded as WinAnsi. Enough for PDFKit's uncompressed output with standard fonts; not a general parser.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  let streams = raw;
  // Flate-compressed streams, should a letter ever be compressed.
  for (const match of raw.matchAll(/\/FlateDecode[\s\S]*?stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      streams += inflateSync(Buffer.from(match[1] as string, "latin1")).toString("latin1");
    } catch {
      // not a content stream
    }
  }
  const decoder = new TextDecoder("windows-1252");
  const lines = [...streams.matchAll(/BT([\s\S]*?)ET/g)].map((block) => {
    const parts = [...(block[1] as string).matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g)].map((m) =>
      m[1] !== undefined ? decoder.decode(Buffer.from(m[1], "hex")) : (m[2] as string).replace(/\\(.)/g, "$1"),
    );
    return parts.join("");
  });
  return lines.join(" ").replace(/\s+/g, " ");
}
