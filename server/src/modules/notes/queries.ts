// Kysely queries of the notes. The list is filtered inside the query by what the reader may see (service.ts decides
// the reader's reach with clients/access.ts): a note never leaves the database for someone who may not read it.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import type { DataCategory, NoteConfidentiality } from "../../domain/trajectory-codes.ts";

export type Db = Kysely<Database> | Transaction<Database>;

export interface NoteRow {
  id: string;
  writtenAt: Date;
  authorId: string;
  authorName: string;
  lifeDomain: string | null;
  category: string;
  confidentiality: string;
  text: string;
}

/** Whose reach a reader has over a trajectory's notes. */
export interface NoteReader {
  userId: string;
  /** The trajectory's current companion: every level. */
  isCompanion: boolean;
  /** Staff of the client (companion or case director): "team" and "partners" notes. */
  isTeam: boolean;
  /** A partner worker: "partners" notes of these categories. */
  partnerCategories: readonly DataCategory[];
}

function noteQuery(db: Db) {
  return db
    .selectFrom("notes")
    .innerJoin("users", "users.id", "notes.written_by")
    .select([
      "notes.id",
      "notes.written_at as writtenAt",
      "notes.written_by as authorId",
      "users.display_name as authorName",
      "notes.life_domain_code as lifeDomain",
      "notes.category",
      "notes.confidentiality",
      "notes.text",
    ]);
}

/** The notes of the trajectory the reader may see, newest first. */
export async function notesFor(db: Db, trajectoryId: string, reader: NoteReader): Promise<NoteRow[]> {
  const team: NoteConfidentiality[] = ["team", "partners"];
  return noteQuery(db)
    .where("notes.trajectory_id", "=", trajectoryId)
    .where((eb) => {
      const allowed = [eb("notes.written_by", "=", reader.userId)];
      if (reader.isCompanion) allowed.push(eb.lit(true));
      if (reader.isTeam) allowed.push(eb("notes.confidentiality", "in", team));
      if (reader.partnerCategories.length > 0) {
        allowed.push(
          eb.and([
            eb("notes.confidentiality", "=", "partners"),
            eb("notes.category", "in", [...reader.partnerCategories]),
          ]),
        );
      }
      return eb.or(allowed);
    })
    .orderBy("notes.written_at", "desc")
    .orderBy("notes.id")
    .execute();
}

export async function findNote(db: Db, noteId: string): Promise<NoteRow | undefined> {
  return noteQuery(db).where("notes.id", "=", noteId).executeTakeFirst();
}

export async function companionUserIdOf(db: Db, trajectoryId: string): Promise<string> {
  const row = await db
    .selectFrom("trajectories")
    .select("companion_user_id")
    .where("id", "=", trajectoryId)
    .executeTakeFirstOrThrow();
  return row.companion_user_id;
}

export async function lifeDomainExists(db: Db, code: string): Promise<boolean> {
  const row = await db.selectFrom("life_domains").select("code").where("code", "=", code).executeTakeFirst();
  return row !== undefined;
}
