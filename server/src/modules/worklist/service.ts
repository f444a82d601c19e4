// The "action needed" list: the late and lapsing things of the reader's own work, each client checked by access.ts
// and audited as one read, oldest first.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { utcToLocal } from "../../domain/milestones.ts";
import type { Clock } from "../../platform/clock.ts";
import { HttpError } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";
import { categoryOfLifeDomain } from "../../domain/trajectory-codes.ts";
import { auditClientReads, clientAccess, maySee, type ClientAccess } from "../clients/access.ts";
import { overdueActions, type OverdueAction } from "../plans/overdue.ts";
import { referralWorkItems, type ReferralWorkItem } from "../referrals/worklist.ts";
import * as q from "./queries.ts";
import type { WorkItem, Worklist } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

/** A consent shows up this many days before it expires. */
export const consentWarningDays = 14;

type Candidate = Omit<WorkItem, "client"> & { clientId: string; clientName: string; sortKey: number };

const name = (row: { givenName: string; familyName: string }) => `${row.givenName} ${row.familyName}`.trim();
const dayKey = (day: string) => Date.parse(`${day}T00:00:00Z`);

function candidate(
  row: { trajectoryId: string; clientId: string; givenName: string; familyName: string },
  item: Omit<Candidate, "trajectoryId" | "clientId" | "clientName" | "sortKey" | "link"> & { page: string },
): Candidate {
  const { page, ...rest } = item;
  const sortKey = item.sinceAt !== null ? Date.parse(item.sinceAt) : dayKey(item.sinceDay ?? "9999-12-31");
  return {
    ...rest,
    trajectoryId: row.trajectoryId,
    clientId: row.clientId,
    clientName: name(row),
    link: `/clienten/${row.clientId}${page}`,
    sortKey,
  };
}

/** Late referrals (found by referrals/worklist.ts) as items; the partner acts on its own referral page. */
async function referralItems(
  trx: Transaction<Database>,
  late: ReferralWorkItem[],
  side: "staff" | "partner",
): Promise<(Candidate & { referralId: string })[]> {
  const rows = new Map(
    (
      await q.referralsWithClient(
        trx,
        late.map((r) => r.referralId),
      )
    ).map((r) => [r.id, r]),
  );
  return late.flatMap((item) => {
    const row = rows.get(item.referralId);
    if (row === undefined) return [];
    const kind =
      item.kind === "unanswered"
        ? "unanswered_referral"
        : item.kind === "consent_lapsed"
          ? "consent_lapsed"
          : "missing_feedback";
    const built = candidate(row, {
      id: `${kind}:${item.referralId}`,
      kind,
      sinceDay: null,
      sinceAt: item.dueAt.toISOString(),
      text: row.offerName,
      detail: row.organisationName,
      side,
      page: "/doorverwijzingen",
    });
    const link = side === "partner" ? `/doorverwijzingen/${item.referralId}` : built.link;
    return [{ ...built, link, referralId: item.referralId }];
  });
}

/** Overdue actions (found by plans/overdue.ts) as items, with their words and client. */
async function overdueItems(
  trx: Transaction<Database>,
  overdue: OverdueAction[],
  side: "staff" | "partner",
): Promise<Candidate[]> {
  const rows = new Map(
    (
      await q.actionsWithClient(
        trx,
        overdue.map((a) => a.actionId),
      )
    ).map((r) => [r.id, r]),
  );
  return overdue.flatMap((action) => {
    const row = rows.get(action.actionId);
    if (row === undefined) return [];
    return [
      candidate(row, {
        id: `overdue_action:${action.actionId}`,
        kind: "overdue_action",
        sinceDay: action.dueOn,
        sinceAt: null,
        text: row.text,
        detail: null,
        side,
        page: "/plan",
      }),
    ];
  });
}

async function accessOrNull(
  trx: Transaction<Database>,
  actor: Actor,
  clientId: string,
  now: Date,
): Promise<ClientAccess | null> {
  try {
    return await clientAccess(trx, actor, clientId, now, "read");
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return null;
    throw error;
  }
}

export async function getWorklist(deps: Deps, actor: Actor): Promise<Worklist> {
  const now = deps.clock.now();
  const today = utcToLocal(now.toISOString()).date;
  const until = new Date(now.getTime() + consentWarningDays * 24 * 60 * 60 * 1000);
  const staff: q.StaffScope = {
    userId: actor.userId,
    directorRegions: regionsWhere(actor, "case_director"),
    companionRegions: regionsWhere(actor, "companion"),
  };
  const partner: q.PartnerScope = {
    memberships: actor.memberships
      .filter((m) => m.role === "partner_worker" && m.regionId !== null)
      .map((m) => ({ organisationId: m.organisationId, regionId: m.regionId as string })),
  };
  const isStaff = staff.directorRegions.length > 0 || staff.companionRegions.length > 0;

  return deps.db.transaction().execute(async (trx) => {
    const candidates: Candidate[] = [];
    if (isStaff) {
      const overdue = [
        ...(await overdueActions(trx, { regionIds: staff.directorRegions }, now)),
        ...(await overdueActions(trx, { companionUserId: actor.userId, regionIds: staff.companionRegions }, now)),
      ];
      candidates.push(...(await overdueItems(trx, overdue, "staff")));
      const late = [
        ...(await referralWorkItems(trx, { side: "sender", regionIds: staff.directorRegions }, now)),
        ...(staff.companionRegions.length > 0
          ? await referralWorkItems(trx, { side: "sender", companionUserId: actor.userId }, now)
          : []),
      ];
      candidates.push(...(await referralItems(trx, late, "staff")));
      for (const row of await q.appointmentsWithoutAttendance(trx, staff, now)) {
        candidates.push(
          candidate(row, {
            id: `attendance_missing:${row.id}`,
            kind: "attendance_missing",
            sinceDay: null,
            sinceAt: row.endsAt.toISOString(),
            text: row.title,
            detail: null,
            side: "staff",
            page: "/afspraken",
          }),
        );
      }
      for (const row of await q.expiringConsents(trx, staff, now, until)) {
        candidates.push(
          candidate(row, {
            id: `consent_expiring:${row.id}`,
            kind: "consent_expiring",
            sinceDay: null,
            sinceAt: row.expiresAt.toISOString(),
            text: row.scope === "partnership" ? null : row.partnerName,
            detail: null,
            side: "staff",
            page: "/toestemming",
          }),
        );
      }
      for (const row of await q.followUpsDue(trx, staff, today)) {
        candidates.push(
          candidate(row, {
            id: `follow_up_due:${row.trajectoryId}`,
            kind: "follow_up_due",
            sinceDay: row.dueOn,
            sinceAt: null,
            text: null,
            detail: null,
            side: "staff",
            page: "",
          }),
        );
      }
    }
    // A partner worker's own overdue actions (given to their organisation), only where their access covers the
    // goal's life domain.
    const partnerActions = (
      await overdueActions(trx, { whoOrganisationIds: partner.memberships.map((m) => m.organisationId) }, now)
    ).filter((a) =>
      partner.memberships.some((m) => m.organisationId === a.whoOrganisationId && m.regionId === a.regionId),
    );
    const partnerActionItems = await overdueItems(trx, partnerActions, "partner");
    const partnerCandidates: (Candidate & { referralId: string | null; lifeDomain: string | null })[] =
      partnerActionItems.map((item, i) => ({
        ...item,
        referralId: null,
        lifeDomain: partnerActions[i]?.lifeDomain ?? null,
      }));
    const received = await referralWorkItems(trx, { side: "receiver", organisations: partner.memberships }, now);
    for (const item of await referralItems(trx, received, "partner"))
      partnerCandidates.push({ ...item, lifeDomain: null });

    // Every client shown passes access.ts (a partner only for an open referral under a standing consent) and is
    // audited once; what access.ts refuses is left out.
    const accessByClient = new Map<string, ClientAccess | null>();
    const accessOf = async (clientId: string) => {
      if (!accessByClient.has(clientId)) accessByClient.set(clientId, await accessOrNull(trx, actor, clientId, now));
      return accessByClient.get(clientId) ?? null;
    };
    const shown = new Map<string, Candidate>();
    for (const item of candidates) {
      const access = await accessOf(item.clientId);
      if (access !== null && access.via !== "partner") shown.set(item.id, item);
    }
    for (const item of partnerCandidates) {
      const access = await accessOf(item.clientId);
      if (access === null || shown.has(item.id)) continue;
      if (access.via === "partner") {
        if (item.referralId !== null && !access.referralIds.includes(item.referralId)) continue;
        if (item.referralId === null && !maySee(access, categoryOfLifeDomain(item.lifeDomain))) continue;
      }
      const { referralId: _referralId, lifeDomain: _lifeDomain, ...rest } = item;
      shown.set(item.id, rest);
    }
    const items = [...shown.values()].sort((a, b) => a.sortKey - b.sortKey || a.id.localeCompare(b.id));
    const reads = [...new Set(items.map((i) => i.clientId))].flatMap((clientId) => {
      const access = accessByClient.get(clientId);
      return access ? [{ access, entity: "client" as const, entityId: clientId, what: "worklist" }] : [];
    });
    await auditClientReads(trx, actor, reads, now);
    return {
      today,
      items: items.map(({ clientId, clientName, sortKey: _sortKey, ...rest }) => ({
        ...rest,
        client: { id: clientId, name: clientName },
      })),
    };
  });
}
