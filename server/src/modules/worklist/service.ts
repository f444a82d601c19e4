// The "action needed" list: the late and lapsing things of the reader's own work, each client checked by access.ts
// and audited as one read, oldest first.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import { utcToLocal } from "../../domain/milestones.ts";
import { feedbackDueAt, isReferralState } from "../../domain/referral-state.ts";
import type { Clock } from "../../platform/clock.ts";
import { HttpError } from "../../platform/errors.ts";
import { regionsWhere, type Actor } from "../../platform/permissions.ts";
import { auditClientRecord, clientAccess, type ClientAccess } from "../clients/access.ts";
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

type ReferralRow = Awaited<ReturnType<typeof q.staffLateReferrals>>[number];

/** A late referral; the partner acts on its own referral page, the sending side on the client's referrals tab. */
function referralItem(row: ReferralRow, now: Date, side: "staff" | "partner"): Candidate | null {
  const item = lateReferralItem(row, now, side);
  return item && side === "partner" ? { ...item, link: `/doorverwijzingen/${row.id}` } : item;
}

function lateReferralItem(row: ReferralRow, now: Date, side: "staff" | "partner"): Candidate | null {
  const base = { text: row.offerName, detail: row.organisationName, sinceDay: null, side, page: "/doorverwijzingen" };
  if (row.state === "sent" && row.answerDueAt !== null && row.answerDueAt < now) {
    return candidate(row, {
      ...base,
      id: `unanswered_referral:${row.id}`,
      kind: "unanswered_referral",
      sinceAt: row.answerDueAt.toISOString(),
    });
  }
  if (!isReferralState(row.state)) return null;
  const due = feedbackDueAt({
    state: row.state,
    feedbackEveryDays: row.feedbackEveryDays,
    lastFeedbackAt: row.lastFeedbackAt,
    acceptedAt: row.acceptedAt === null ? null : new Date(row.acceptedAt),
  });
  if (due === null || due >= now) return null;
  return candidate(row, {
    ...base,
    id: `missing_feedback:${row.id}`,
    kind: "missing_feedback",
    sinceAt: due.toISOString(),
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
      for (const row of await q.overdueActions(trx, staff, today)) {
        candidates.push(
          candidate(row, {
            id: `overdue_action:${row.id}`,
            kind: "overdue_action",
            sinceDay: row.dueOn,
            sinceAt: null,
            text: row.text,
            detail: null,
            side: "staff",
            page: "/plan",
          }),
        );
      }
      for (const row of await q.staffLateReferrals(trx, staff, now)) {
        const item = referralItem(row, now, "staff");
        if (item) candidates.push(item);
      }
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
    const partnerCandidates: (Candidate & { referralId: string })[] = [];
    for (const row of await q.partnerLateReferrals(trx, partner, now)) {
      const item = referralItem(row, now, "partner");
      if (item) partnerCandidates.push({ ...item, referralId: row.id });
    }

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
      if (access.via === "partner" && !access.referralIds.includes(item.referralId)) continue;
      const { referralId: _referralId, ...rest } = item;
      shown.set(item.id, rest);
    }
    const items = [...shown.values()].sort((a, b) => a.sortKey - b.sortKey || a.id.localeCompare(b.id));
    for (const clientId of new Set(items.map((i) => i.clientId))) {
      const access = accessByClient.get(clientId);
      if (!access) continue;
      await auditClientRecord(
        trx,
        actor,
        access,
        { operation: "read", entity: "client", entityId: clientId, what: "worklist" },
        now,
      );
    }
    return {
      today,
      items: items.map(({ clientId, clientName, sortKey: _sortKey, ...rest }) => ({
        ...rest,
        client: { id: clientId, name: clientName },
      })),
    };
  });
}
