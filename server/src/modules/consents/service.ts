// Consents: listing a client's consents with their state, recording one, revoking one (schemas.ts has the rules).
// Every call goes through clients/access.ts withClientAccess: the access check, the work and the audit row
// (client_record.read / client_record.written with what was done, never a value) in one transaction.
import type { Kysely } from "kysely";
import { DateTime } from "luxon";
import type { Database } from "../../db/types.ts";
import { formatDate, formatInstant } from "../../domain/belgian-format.ts";
import {
  BRUSSELS,
  isValidLocalDate,
  startOfLocalDay,
  addDaysToLocalDate,
  utcToLocal,
} from "../../domain/milestones.ts";
import { dataCategories, type DataCategory } from "../../domain/trajectory-codes.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, notFound, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { isStanding, lockClient, withClientAccess } from "../clients/access.ts";
import { endReferralsNoLongerCovered } from "../referrals/coverage.ts";
import * as q from "./queries.ts";
import type { ConsentList, ConsentState, ConsentView, RecordConsentBody, RevokeConsentBody } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

/** How long a consent stands unless the form says otherwise, and the longest it may (GDPR: no open-ended consent). */
export const defaultConsentYears = 1;
export const maxConsentYears = 3;

export function consentState(row: { givenAt: Date; expiresAt: Date; revokedAt: Date | null }, now: Date): ConsentState {
  if (row.revokedAt !== null) return "revoked";
  return isStanding(row, now) ? "standing" : "expired";
}

/** The last Brussels day on which a consent stands: the day before its exclusive end. */
export function lastDayOf(expiresAt: Date): string {
  return utcToLocal(new Date(expiresAt.getTime() - 1).toISOString()).date;
}

/** Today in Brussels, the form's default last day (one year on) and the latest allowed (three years on). */
export function expiryBounds(now: Date): { today: string; default: string; max: string } {
  const today = DateTime.fromJSDate(now, { zone: BRUSSELS }).startOf("day");
  return {
    today: today.toISODate() as string,
    default: today.plus({ years: defaultConsentYears }).toISODate() as string,
    max: today.plus({ years: maxConsentYears }).toISODate() as string,
  };
}

export function presentConsent(row: q.ConsentRow, now: Date): ConsentView {
  return {
    id: row.id,
    clientId: row.clientId,
    scope: row.scope,
    partner:
      row.partnerOrganisationId === null
        ? null
        : { organisationId: row.partnerOrganisationId, name: row.partnerName ?? "" },
    purpose: row.purpose as ConsentView["purpose"],
    purposeText: row.purposeText,
    categories: dataCategories.filter((c) => row.categories.includes(c)),
    givenHow: row.givenHow as ConsentView["givenHow"],
    givenAt: row.givenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastDay: lastDayOf(row.expiresAt),
    state: consentState(row, now),
    recordedBy: { userId: row.recordedBy, name: row.recordedByName },
    revoked:
      row.revokedAt === null || row.revokedBy === null
        ? null
        : {
            at: row.revokedAt.toISOString(),
            by: { userId: row.revokedBy, name: row.revokedByName ?? "" },
            how: row.revokedHow === "written" ? "written" : "spoken",
            reason: row.revokeReason,
          },
  };
}

export async function listConsents(deps: Deps, actor: Actor, clientId: string): Promise<ConsentList> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { clientId },
    { operation: "read", entity: "consent", what: "consents" },
    now,
    async (trx) => {
      const [rows, region] = await Promise.all([q.consentsOfClient(trx, clientId), q.regionOfClient(trx, clientId)]);
      return {
        clientId,
        consents: rows.map((row) => presentConsent(row, now)),
        partners: await q.partnershipOrganisations(trx, region.id),
        region: { slug: region.slug, name: region.name },
        expiry: expiryBounds(now),
      };
    },
  );
}

/** The form's checks beyond the schema, in the order a person reads the form. */
function consentProblems(
  body: RecordConsentBody,
  partnerIds: ReadonlySet<string>,
  bounds: { today: string; max: string },
  locale: Actor["locale"],
): FieldError[] {
  const problems: FieldError[] = [];
  if (body.scope === "partner") {
    if (body.partnerOrganisationId === undefined) {
      problems.push({ path: "partnerOrganisationId", code: "consents.partner_required" });
    } else if (!partnerIds.has(body.partnerOrganisationId)) {
      problems.push({ path: "partnerOrganisationId", code: "consents.partner_not_member" });
    }
  } else if (body.partnerOrganisationId !== undefined) {
    problems.push({ path: "partnerOrganisationId", code: "consents.partner_with_partnership" });
  }
  if (body.purpose === "other" && (body.purposeText ?? "").trim() === "") {
    problems.push({ path: "purposeText", code: "consents.purpose_text_required" });
  }
  if (body.lastDay !== undefined) {
    if (!isValidLocalDate(body.lastDay)) {
      problems.push({ path: "lastDay", code: "consents.last_day_invalid" });
    } else if (body.lastDay < bounds.today) {
      problems.push({ path: "lastDay", code: "consents.last_day_past" });
    } else if (body.lastDay > bounds.max) {
      problems.push({
        path: "lastDay",
        code: "consents.last_day_too_late",
        params: { max: formatDate(bounds.max, locale), years: maxConsentYears },
      });
    }
  }
  return problems;
}

/** Records a consent given now, standing until the end of its last day in Brussels. */
export async function recordConsent(
  deps: Deps,
  actor: Actor,
  clientId: string,
  body: RecordConsentBody,
): Promise<ConsentView> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { clientId },
    { operation: "write", entity: "consent", entityId: (view: ConsentView) => view.id, what: "consent.recorded" },
    now,
    async (trx, access) => {
      await lockClient(trx, clientId);
      const partners = await q.partnershipOrganisations(trx, access.regionId);
      const bounds = expiryBounds(now);
      const problems = consentProblems(body, new Set(partners.map((p) => p.organisationId)), bounds, actor.locale);
      if (problems.length > 0) throw validationFailed(problems);
      const lastDay = body.lastDay ?? bounds.default;
      // "general" always: a partner cannot use health or justice data it cannot tie to a person.
      const categories: DataCategory[] = dataCategories.filter((c) => c === "general" || body.categories.includes(c));
      const inserted = await trx
        .insertInto("consents")
        .values({
          client_id: clientId,
          scope: body.scope,
          partner_organisation_id: body.scope === "partner" ? (body.partnerOrganisationId ?? null) : null,
          purpose: body.purpose,
          purpose_text: (body.purposeText ?? "").trim(),
          categories,
          given_how: body.givenHow,
          given_at: now,
          expires_at: startOfLocalDay(addDaysToLocalDate(lastDay, 1)),
          recorded_by: actor.userId,
          revoked_at: null,
          revoked_by: null,
          revoked_how: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const row = await q.findConsent(trx, inserted.id);
      return presentConsent(row!, now);
    },
  );
}

/**
 * Revokes a standing consent: from this moment no request finds it standing (clients/access.ts reads it fresh). In the
 * same transaction every open referral of the client that the consents still standing no longer cover ends
 * (client_withdrew, by the revoking user, audited as "ended_consent_revoked"): nothing stays open in limbo.
 */
export async function revokeConsent(
  deps: Deps,
  actor: Actor,
  consentId: string,
  body: RevokeConsentBody,
): Promise<ConsentView> {
  const now = deps.clock.now();
  const clientId = await q.clientOfConsent(deps.db, consentId);
  if (clientId === undefined) throw notFound();
  return withClientAccess(
    deps.db,
    actor,
    { clientId },
    { operation: "write", entity: "consent", entityId: consentId, what: "consent.revoked" },
    now,
    async (trx, access) => {
      await lockClient(trx, clientId);
      const row = await q.findConsent(trx, consentId);
      if (row === undefined) throw notFound();
      const state = consentState(row, now);
      if (state === "revoked") {
        throw conflict("consents.already_revoked", { at: formatInstant(row.revokedAt!.toISOString(), actor.locale) });
      }
      if (state === "expired") {
        throw conflict("consents.already_expired", { day: formatDate(lastDayOf(row.expiresAt), actor.locale) });
      }
      await trx
        .updateTable("consents")
        .set({
          revoked_at: now,
          revoked_by: actor.userId,
          revoked_how: body.how,
          revoke_reason: (body.reason ?? "").trim(),
        })
        .where("id", "=", consentId)
        .execute();
      // A referral the consents still standing no longer cover ends now: the partner loses the client at once.
      await endReferralsNoLongerCovered(trx, actor, access, now);
      const revoked = await q.findConsent(trx, consentId);
      return presentConsent(revoked!, now);
    },
  );
}
