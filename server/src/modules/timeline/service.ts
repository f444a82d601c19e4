// The trajectory timeline: every source table of one trajectory turned into entries, filtered by what the reader may
// see (visibility.ts), then by life domain, newest first, one page at a time. A trajectory holds hundreds of rows,
// not millions: they are read whole and paged here, which keeps every rule in one readable place.
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Clock } from "../../platform/clock.ts";
import { validationFailed } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { withClientAccess } from "../clients/access.ts";
import * as q from "./queries.ts";
import type { Timeline, TimelineEntry, TimelineQuery } from "./schemas.ts";
import {
  isStaff,
  mayReadCaseConference,
  mayReadConsent,
  mayReadNote,
  mayReadReferral,
  maySeeLifeDomain,
  type Viewer,
} from "./visibility.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

const defaultLimit = 50;
const maxLimit = 100;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Entry = Omit<TimelineEntry, "at"> & { at: Date };

function entry(fields: Partial<Entry> & Pick<Entry, "id" | "at" | "kind">): Entry {
  return { lifeDomains: [], by: null, from: null, to: null, reason: null, text: null, detail: null, ...fields };
}

/** "<ISO instant>_<entry id>": the last entry of a page; the next page starts strictly after it. */
function cursorOf(e: Entry): string {
  return `${e.at.toISOString()}_${e.id}`;
}

function parseCursor(cursor: string): { at: Date; id: string } | null {
  const split = cursor.indexOf("_");
  if (split < 0) return null;
  const at = new Date(cursor.slice(0, split));
  const id = cursor.slice(split + 1);
  if (Number.isNaN(at.getTime()) || !/^[a-z_]+:[0-9a-f-]{36}(:[a-z]+)?$/.test(id)) return null;
  return { at, id };
}

/** Newest first; ties by id so that paging never skips or repeats an entry. */
function compare(a: { at: Date; id: string }, b: { at: Date; id: string }): number {
  return b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

function parseQuery(query: TimelineQuery): { limit: number; before: { at: Date; id: string } | null } {
  const limit = query.limit === undefined ? defaultLimit : Number(query.limit);
  if (limit < 1) throw validationFailed([{ path: "query.limit", code: "field.too_small", params: { limit: 1 } }]);
  if (limit > maxLimit) {
    throw validationFailed([{ path: "query.limit", code: "field.too_large", params: { limit: maxLimit } }]);
  }
  const before = query.before === undefined ? null : parseCursor(query.before);
  if (query.before !== undefined && before === null) {
    throw validationFailed([{ path: "query.before", code: "timeline.bad_cursor" }]);
  }
  return { limit, before };
}

async function collect(trx: Parameters<typeof q.trajectoryOf>[0], viewer: Viewer, trajectoryId: string, now: Date) {
  const trajectory = await q.trajectoryOf(trx, trajectoryId);
  const staff = isStaff(viewer);
  const domains = (codes: (string | null)[]) =>
    codes.filter((c): c is string => c !== null && maySeeLifeDomain(viewer, c));
  const entries: Entry[] = [
    entry({
      id: `trajectory_started:${trajectory.id}`,
      at: trajectory.startedAt,
      kind: "trajectory_started",
      by: trajectory.createdByName,
    }),
  ];

  const events = await q.trajectoryEvents(trx, trajectoryId);
  const companionIds = events
    .filter((e) => e.kind === "companion")
    .flatMap((e) => [e.from, e.to])
    .filter((v): v is string => v !== null && uuidPattern.test(v));
  const names = new Map((await q.userNames(trx, [...new Set(companionIds)])).map((u) => [u.id, u.name]));
  const kindOf = {
    status: "status_changed",
    companion: "companion_changed",
    closure: "closed",
    follow_up: "follow_up",
  } as const;
  // The trajectory's own history is the staff's, as in the client file (clients/present.ts).
  for (const e of staff ? events : []) {
    const kind = kindOf[e.kind as keyof typeof kindOf];
    if (kind === undefined) continue;
    // A companion change names the people (older rows may hold user ids): show the name either way.
    const name = (v: string | null) =>
      v === null ? null : kind === "companion_changed" ? (names.get(v) ?? (uuidPattern.test(v) ? null : v)) : v;
    entries.push(
      entry({
        id: `${kind}:${e.id}`,
        at: e.at,
        kind,
        by: e.by,
        from: name(e.from),
        to: name(e.to),
        reason: e.reason !== "" ? e.reason : null,
      }),
    );
  }

  for (const c of await q.consentsOf(trx, trajectory.clientId)) {
    if (!mayReadConsent(viewer, c)) continue;
    const detail = c.scope === "partnership" ? null : c.partnerName;
    const text = c.categories.join(",");
    entries.push(
      entry({
        id: `consent_given:${c.id}`,
        at: c.givenAt,
        kind: "consent_given",
        by: c.recordedBy,
        to: c.purpose,
        text,
        detail,
      }),
    );
    if (c.revokedAt !== null) {
      entries.push(
        entry({
          id: `consent_revoked:${c.id}`,
          at: c.revokedAt,
          kind: "consent_revoked",
          by: c.revokedBy,
          to: c.revokedHow,
          text,
          detail,
        }),
      );
    } else if (c.expiresAt <= now) {
      entries.push(
        entry({ id: `consent_expired:${c.id}`, at: c.expiresAt, kind: "consent_expired", to: c.purpose, text, detail }),
      );
    }
  }

  for (const c of await q.caseConferences(trx, trajectoryId)) {
    if (!mayReadCaseConference(viewer, c)) continue;
    entries.push(
      entry({
        id: `case_conference:${c.id}`,
        at: c.heldAt,
        kind: "case_conference",
        by: c.by,
        to: c.legalFrame,
        text: c.purpose,
      }),
    );
  }

  const scans = await q.scans(trx, trajectoryId);
  const scanDomains = await q.scanDomains(
    trx,
    scans.map((s) => s.id),
  );
  for (const s of scans) {
    const visible = domains(scanDomains.filter((d) => d.scanId === s.id).map((d) => d.lifeDomain));
    entries.push(
      entry({
        id: `scan:${s.id}`,
        at: s.at,
        kind: "scan",
        by: s.by,
        to: s.moment,
        lifeDomains: visible,
        detail: s.ladderRung === null ? null : String(s.ladderRung),
      }),
    );
  }

  for (const g of await q.goals(trx, trajectoryId)) {
    if (!maySeeLifeDomain(viewer, g.lifeDomain)) continue;
    const base = { lifeDomains: [g.lifeDomain], text: g.text };
    entries.push(entry({ id: `goal_created:${g.id}`, at: g.createdAt, kind: "goal_created", by: g.by, ...base }));
    if (g.status === "achieved" || g.status === "dropped") {
      const kind = g.status === "achieved" ? "goal_achieved" : "goal_dropped";
      entries.push(entry({ id: `${kind}:${g.id}`, at: g.updatedAt, kind, ...base }));
    }
  }

  for (const a of await q.actions(trx, trajectoryId)) {
    if (!maySeeLifeDomain(viewer, a.lifeDomain)) continue;
    const base = { lifeDomains: [a.lifeDomain], text: a.text, to: a.who };
    entries.push(
      entry({
        id: `action_created:${a.id}`,
        at: a.createdAt,
        kind: "action_created",
        by: a.by,
        ...base,
        detail: a.dueOn,
      }),
    );
    if (a.doneAt !== null)
      entries.push(entry({ id: `action_done:${a.id}`, at: a.doneAt, kind: "action_done", ...base }));
  }

  for (const e of await q.referralEvents(trx, trajectoryId)) {
    if (!mayReadReferral(viewer, e)) continue;
    entries.push(
      entry({
        id: `referral:${e.id}`,
        at: e.at,
        kind: "referral",
        by: e.by,
        from: e.from,
        to: e.to,
        reason: e.reason,
        lifeDomains: domains([e.lifeDomain]),
        detail: `${e.offerName} — ${e.organisationName}`,
      }),
    );
  }

  for (const f of await q.referralFeedback(trx, trajectoryId)) {
    if (!mayReadReferral(viewer, f)) continue;
    entries.push(
      entry({
        id: `referral_feedback:${f.id}`,
        at: f.at,
        kind: "referral_feedback",
        by: f.by,
        from: f.attendance,
        to: f.progress,
        text: f.summary,
        lifeDomains: domains([f.lifeDomain]),
        detail: f.organisationName,
      }),
    );
  }

  for (const a of await q.appointments(trx, trajectoryId)) {
    if (!staff && (a.referralOrganisationId === null || a.referralOrganisationId !== viewer.organisationId)) continue;
    entries.push(
      entry({
        id: `appointment:${a.id}`,
        at: a.startsAt,
        kind: "appointment",
        by: a.by,
        to: a.attendance,
        text: a.title,
      }),
    );
  }

  for (const n of await q.notes(trx, trajectoryId)) {
    if (!mayReadNote(viewer, n, trajectory.companionUserId)) continue;
    entries.push(
      entry({
        id: `note:${n.id}`,
        at: n.at,
        kind: "note",
        by: n.by,
        to: n.confidentiality,
        text: n.text,
        lifeDomains: domains([n.lifeDomainCode]),
      }),
    );
  }
  return { trajectory, entries };
}

export async function getTimeline(
  deps: Deps,
  actor: Actor,
  trajectoryId: string,
  query: TimelineQuery,
): Promise<Timeline> {
  const { limit, before } = parseQuery(query);
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "trajectory", what: "timeline" },
    now,
    async (trx, access) => {
      if (query.domain !== undefined && !(await q.isLifeDomain(trx, query.domain))) {
        throw validationFailed([{ path: "query.domain", code: "timeline.unknown_domain" }]);
      }
      const viewer: Viewer = { ...access, userId: actor.userId };
      const { trajectory, entries } = await collect(trx, viewer, trajectoryId, now);
      const filtered = entries
        .filter((e) => query.domain === undefined || e.lifeDomains.includes(query.domain))
        .filter((e) => before === null || compare(before, e) < 0)
        .sort(compare);
      const page = filtered.slice(0, limit);
      const last = page[page.length - 1];
      return {
        trajectoryId: trajectory.id,
        clientId: trajectory.clientId,
        entries: page.map((e) => ({ ...e, at: e.at.toISOString() })),
        nextCursor: filtered.length > limit && last !== undefined ? cursorOf(last) : null,
      };
    },
  );
}
