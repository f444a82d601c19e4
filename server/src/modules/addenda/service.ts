// The coordinator's use cases on a region's addendum: read the latest version, save a new version, publish, and
// read the history. Every version is immutable; a save writes a new one, and the public sees only the version
// that was published last. Each write and its audit row share one transaction.
import { isDeepStrictEqual } from "node:util";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Actor } from "../../platform/permissions.ts";
import { recordAudit } from "../../platform/audit.ts";
import { conflict, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { AddendumDocument } from "./document.ts";
import { summariseChanges } from "./diff.ts";
import { authorize, editableRegionIds } from "./policy.ts";
import { allReferences } from "./public.ts";
import { currentTaxonomy } from "./read-model.ts";
import {
  findAddendumBySlug,
  insertVersion,
  latestVersion,
  listAddendaOfRegions,
  markPublished,
  municipalitiesOf,
  versionHistory,
  type VersionRow,
} from "./queries.ts";
import type {
  CoordinatedAddenda,
  Draft,
  DraftVersion,
  History,
  PublishResponse,
  SaveDraftResponse,
} from "./schemas.ts";
import { validateDocument, type KnownCodes } from "./validation.ts";

interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

const userRef = (displayName: string | null): { displayName: string } | null =>
  displayName === null ? null : { displayName };

function presentVersion(version: Omit<VersionRow, "content">, publishedVersionId: string | null): DraftVersion {
  return {
    number: version.number,
    createdAt: version.createdAt.toISOString(),
    createdBy: userRef(version.createdBy),
    summary: version.summary,
    published: version.id === publishedVersionId,
  };
}

export async function listCoordinatedAddenda(db: Kysely<Database>, actor: Actor): Promise<CoordinatedAddenda> {
  const rows = await listAddendaOfRegions(db, editableRegionIds(actor));
  return {
    addenda: rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      latestVersion: Number(row.latestVersion),
      publishedVersion: row.publishedVersion,
      hasUnpublishedChanges: row.publishedVersion !== Number(row.latestVersion),
    })),
  };
}

export async function getDraft(db: Kysely<Database>, actor: Actor, slug: string): Promise<Draft> {
  const addendum = authorize(actor, "read_draft", await findAddendumBySlug(db, slug));
  const [latest, taxonomy, municipalities] = await Promise.all([
    latestVersion(db, addendum.addendumId),
    currentTaxonomy(db),
    municipalitiesOf(db, [addendum.regionId]),
  ]);
  if (!latest) throw new Error(`addendum ${addendum.addendumId} has no version`);
  const published =
    addendum.publishedVersionId === null ? null : await publishedNumber(db, addendum.publishedVersionId);
  return {
    region: { slug: addendum.slug, name: addendum.name, municipalities: municipalities.get(addendum.regionId) ?? [] },
    version: presentVersion(latest, addendum.publishedVersionId),
    document: latest.content,
    publishedVersion: published,
    references: allReferences(taxonomy),
  };
}

async function publishedNumber(db: Kysely<Database>, versionId: string): Promise<number | null> {
  const row = await db.selectFrom("addendum_versions").select("number").where("id", "=", versionId).executeTakeFirst();
  return row?.number ?? null;
}

export async function knownCodes(db: Kysely<Database>): Promise<KnownCodes> {
  const taxonomy = await currentTaxonomy(db);
  return {
    barriers: new Set(taxonomy.barriers.map((b) => b.code)),
    serviceTypes: new Set(taxonomy.serviceTypes.map((s) => s.code)),
    personas: new Set(taxonomy.personas.map((p) => p.slug)),
  };
}

/** Body checks for a save: everything wrong at once, as field errors on the request body. */
export function bodyErrors(body: unknown, known: KnownCodes): FieldError[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return [{ path: "", code: "field.type" }];
  const { baseVersion, document, ...unknown } = body as { baseVersion?: unknown; document?: unknown };
  const fields: FieldError[] = Object.keys(unknown).map((key) => ({ path: key, code: "field.unknown" }));
  if (baseVersion === undefined) fields.push({ path: "baseVersion", code: "field.required" });
  else if (typeof baseVersion !== "number" || !Number.isInteger(baseVersion))
    fields.push({ path: "baseVersion", code: "field.type" });
  else if (baseVersion < 1) fields.push({ path: "baseVersion", code: "field.too_small", params: { limit: 1 } });
  if (document === undefined) fields.push({ path: "document", code: "field.required" });
  else fields.push(...validateDocument(document, known));
  return fields;
}

export async function saveDraft(deps: Deps, actor: Actor, slug: string, body: unknown): Promise<SaveDraftResponse> {
  const { db, clock } = deps;
  // Authorize before validating, so an outsider learns nothing from the validation errors either.
  authorize(actor, "save_draft", await findAddendumBySlug(db, slug));
  const fields = bodyErrors(body, await knownCodes(db));
  if (fields.length > 0) throw validationFailed(fields);
  // Valid means exactly the schema's fields: what is stored is what was sent, nothing dropped on the way.
  const { baseVersion, document } = body as { baseVersion: number; document: AddendumDocument };

  return db.transaction().execute(async (trx) => {
    // The row lock makes concurrent saves take turns, so "latest" stays true until this one commits.
    const addendum = authorize(actor, "save_draft", await findAddendumBySlug(trx, slug, { forUpdate: true }));
    const latest = await latestVersion(trx, addendum.addendumId);
    if (!latest) throw new Error(`addendum ${addendum.addendumId} has no version`);
    if (latest.number !== baseVersion) throw conflict("addendum.stale_version", { latest: latest.number });
    if (isDeepStrictEqual(latest.content, document)) {
      return { version: presentVersion(latest, addendum.publishedVersionId), changed: false };
    }
    const now = clock.now();
    const summary = summariseChanges(latest.content, document);
    const number = latest.number + 1;
    const inserted = await insertVersion(trx, {
      addendumId: addendum.addendumId,
      number,
      content: document,
      createdBy: actor.userId,
      summary,
      createdAt: now,
    });
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "addendum.draft_saved",
        entityType: "addendum",
        entityId: addendum.addendumId,
        payload: { regionSlug: addendum.slug, versionId: inserted.id, number, summary },
      },
      { at: now },
    );
    return {
      version: {
        number,
        createdAt: inserted.createdAt.toISOString(),
        createdBy: { displayName: actor.displayName },
        summary,
        published: false,
      },
      changed: true,
    };
  });
}

export async function publish(deps: Deps, actor: Actor, slug: string, versionNumber: number): Promise<PublishResponse> {
  const { db, clock } = deps;
  return db.transaction().execute(async (trx) => {
    const addendum = authorize(actor, "publish", await findAddendumBySlug(trx, slug, { forUpdate: true }));
    const latest = await latestVersion(trx, addendum.addendumId);
    if (!latest) throw new Error(`addendum ${addendum.addendumId} has no version`);
    // Only the latest version can be published: publishing an older one would silently drop later edits.
    if (latest.number !== versionNumber) throw conflict("addendum.stale_version", { latest: latest.number });
    if (addendum.publishedVersionId === latest.id && latest.publishedAt !== null) {
      return { publishedVersion: latest.number, publishedAt: latest.publishedAt.toISOString() };
    }
    const now = clock.now();
    await markPublished(trx, {
      addendumId: addendum.addendumId,
      versionId: latest.id,
      publishedBy: actor.userId,
      publishedAt: now,
    });
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "addendum.published",
        entityType: "addendum",
        entityId: addendum.addendumId,
        payload: { regionSlug: addendum.slug, versionId: latest.id, number: latest.number },
      },
      { at: now },
    );
    return { publishedVersion: latest.number, publishedAt: now.toISOString() };
  });
}

export async function getHistory(db: Kysely<Database>, actor: Actor, slug: string): Promise<History> {
  const addendum = authorize(actor, "read_history", await findAddendumBySlug(db, slug));
  const versions = await versionHistory(db, addendum.addendumId);
  return {
    versions: versions.map((v) => ({
      number: v.number,
      createdAt: v.createdAt.toISOString(),
      createdBy: userRef(v.createdBy),
      summary: v.summary,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      publishedBy: userRef(v.publishedBy),
    })),
  };
}
