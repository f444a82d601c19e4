// A trajectory's notes with their confidentiality level (issue 4, item 9). Every read and write goes through
// clients/access.ts (404 outside the actor's reach, audited with the consent that allowed it); which notes a reader
// gets is decided here and filtered in the query. The rules are listed in schemas.ts.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { categoryOfLifeDomain, dataCategories, type DataCategory } from "../../domain/trajectory-codes.ts";
import type { Clock } from "../../platform/clock.ts";
import { validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { maySee, withClientAccess, type ClientAccess } from "../clients/access.ts";
import * as q from "./queries.ts";
import type { NoteBody, NoteList, NoteView } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

function present(row: q.NoteRow, actor: Actor): NoteView {
  return {
    id: row.id,
    writtenAt: row.writtenAt.toISOString(),
    author: { userId: row.authorId, name: row.authorName },
    lifeDomain: row.lifeDomain,
    category: row.category as NoteView["category"],
    confidentiality: row.confidentiality as NoteView["confidentiality"],
    text: row.text,
    mine: row.authorId === actor.userId,
  };
}

async function readerOf(db: q.Db, actor: Actor, access: ClientAccess, trajectoryId: string): Promise<q.NoteReader> {
  const partner = access.via === "partner";
  return {
    userId: actor.userId,
    isCompanion: (await q.companionUserIdOf(db, trajectoryId)) === actor.userId,
    isTeam: !partner,
    partnerCategories: partner ? dataCategories.filter((c) => maySee(access, c)) : [],
  };
}

export async function listNotes(deps: Deps, actor: Actor, trajectoryId: string): Promise<NoteList> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "note", entityId: trajectoryId, what: "notes" },
    now,
    async (trx, access) => {
      const rows = await q.notesFor(trx, trajectoryId, await readerOf(trx, actor, access, trajectoryId));
      return { trajectoryId, canWrite: access.via !== "partner", notes: rows.map((r) => present(r, actor)) };
    },
  );
}

/** The note's category: the one asked, or the life domain's; never below a special category of its life domain. */
export function noteCategory(lifeDomain: string | null, asked: DataCategory | null): DataCategory | null {
  const ofDomain = categoryOfLifeDomain(lifeDomain);
  if (asked === null) return ofDomain;
  return ofDomain === "general" || asked === ofDomain ? asked : null;
}

export async function writeNote(deps: Deps, actor: Actor, trajectoryId: string, body: NoteBody): Promise<NoteView> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "note", entityId: (note: NoteView) => note.id, what: "written" },
    now,
    async (trx) => {
      const fields: FieldError[] = [];
      const text = body.text.trim();
      if (text === "") fields.push({ path: "text", code: "note.text_required" });
      if (body.lifeDomain !== null && !(await q.lifeDomainExists(trx, body.lifeDomain)))
        fields.push({ path: "lifeDomain", code: "note.unknown_life_domain" });
      const category = noteCategory(body.lifeDomain, body.category);
      if (category === null) fields.push({ path: "category", code: "note.category_below_domain" });
      if (fields.length > 0 || category === null) throw validationFailed(fields);
      const { id } = await trx
        .insertInto("notes")
        .values({
          trajectory_id: trajectoryId,
          written_at: now,
          written_by: actor.userId,
          life_domain_code: body.lifeDomain,
          confidentiality: body.confidentiality,
          category,
          text,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return present((await q.findNote(trx, id)) as q.NoteRow, actor);
    },
  );
}
