// The coordinator opens a call on the region's published addendum, and later takes a new timeline over from it
// (a date the addendum left waiting for an event, an extended deadline, moved pitch days). The call copies the
// milestones rather than referring to them, so nothing moves a running call's dates without this explicit step,
// and domain/timeline-change.ts decides what may still move.
import type { Kysely } from "kysely";
import type { Database, Locale } from "../../db/types.ts";
import { formatInstant } from "../../domain/belgian-format.ts";
import { callPhase } from "../../domain/call-phase.ts";
import { canTakeOver, compareTimelines } from "../../domain/timeline-change.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, notFound, validationFailed } from "../../platform/errors.ts";
import { translate } from "../../platform/i18n.ts";
import type { Actor } from "../../platform/permissions.ts";
import { findAddendumBySlug } from "../addenda/queries.ts";
import type { AddendumDocument } from "../addenda/document.ts";
import { createCall } from "../calls/calls.ts";
import { stateOf } from "../calls/phase.ts";
import { authorizeCall, managedRegionIds } from "../calls/policy.ts";
import { presentCall } from "../calls/present.ts";
import * as calls from "../calls/queries.ts";
import type { CallSummary } from "../calls/schemas.ts";
import { queueDeadlineNotices } from "./notice.ts";
import type { OpenCallBody, TimelineProposal } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
  config: { publicUrl: string };
}

async function publishedVersion(db: calls.Db, addendumId: string) {
  return db
    .selectFrom("addenda")
    .innerJoin("addendum_versions as v", "v.id", "addenda.published_version_id")
    .select(["v.id", "v.number", "v.content"])
    .where("addenda.id", "=", addendumId)
    .executeTakeFirst() as Promise<{ id: string; number: number; content: AddendumDocument } | undefined>;
}

/** Opens a call for the region of `slug` with the published addendum's timeline. */
export async function openCall(deps: Deps, actor: Actor, slug: string, body: OpenCallBody): Promise<CallSummary> {
  const title = body.title.trim();
  if (title === "") throw validationFailed([{ path: "title", code: "call_opening.title_required" }]);
  return deps.db.transaction().execute(async (trx) => {
    // The addendum's row lock makes two coordinators opening at once take turns: the second sees the first's call.
    const addendum = await findAddendumBySlug(trx, slug, { forUpdate: true });
    if (addendum === undefined || !managedRegionIds(actor).includes(addendum.regionId)) throw notFound();
    const now = deps.clock.now();
    const version = await publishedVersion(trx, addendum.addendumId);
    if (version === undefined) throw conflict("call_opening.no_published_addendum");

    const deadline = deadlineOf(version.content.milestones);
    if (deadline !== null && Date.parse(deadline) < now.getTime())
      throw conflict("call_opening.deadline_passed", { deadline: formatInstant(deadline, actor.locale) });
    const running = (await calls.callsOfRegion(trx, addendum.regionId)).find((call) =>
      ["not_open", "open"].includes(stateOf(call, now).phase),
    );
    if (running !== undefined) throw conflict("call_opening.call_running", { title: running.title });

    const { id } = await createCall(
      trx,
      { kind: "user", userId: actor.userId },
      { regionId: addendum.regionId, title, addendumVersionId: version.id },
      { now },
    );
    const call = await calls.findCall(trx, id);
    return presentCall(call!, now);
  });
}

/** The last accepted moment of a timeline's candidacy deadline, as the call's phase judges it. */
function deadlineOf(milestones: AddendumDocument["milestones"]): string | null {
  return callPhase({ milestones, decisionsPublishedAt: null }, new Date(0)).deadline;
}

async function loadForCoordinator(db: calls.Db, actor: Actor, callId: string, options: { forUpdate?: boolean } = {}) {
  const call = authorizeCall(actor, "manage_timeline", await calls.findCall(db, callId));
  if (options.forUpdate) await db.selectFrom("calls").select("id").where("id", "=", callId).forUpdate().execute();
  const addendum = await db
    .selectFrom("addenda")
    .select("id")
    .where("region_id", "=", call.regionId)
    .executeTakeFirstOrThrow();
  return { call, version: await publishedVersion(db, addendum.id) };
}

function proposal(
  call: calls.CallRow,
  version: { number: number; content: AddendumDocument } | undefined,
  now: Date,
  locale: Locale,
): TimelineProposal {
  const changes = version ? compareTimelines(call.milestones, version.content.milestones, now) : [];
  return {
    call: presentCall(call, now),
    addendumVersion: version?.number ?? null,
    changes: changes.map((change) => ({
      ...change,
      refusal:
        change.refusal === null
          ? null
          : { code: change.refusal, message: translate(locale, `call_opening.${change.refusal}`) },
    })),
    canTakeOver: canTakeOver(changes),
  };
}

/** What taking the published addendum's timeline over would change in the call, and what of it is refused. */
export async function timelineProposal(deps: Deps, actor: Actor, callId: string): Promise<TimelineProposal> {
  const { call, version } = await loadForCoordinator(deps.db, actor, callId);
  return proposal(call, version, deps.clock.now(), actor.locale);
}

/** Takes the published addendum's timeline over, when `addendumVersion` is still the published one. */
export async function takeOverTimeline(
  deps: Deps,
  actor: Actor,
  callId: string,
  addendumVersion: number,
): Promise<TimelineProposal> {
  return deps.db.transaction().execute(async (trx) => {
    const { call, version } = await loadForCoordinator(trx, actor, callId, { forUpdate: true });
    const now = deps.clock.now();
    if (version === undefined) throw conflict("call_opening.no_published_addendum");
    if (version.number !== addendumVersion) throw conflict("call_opening.stale_version", { latest: version.number });
    const changes = compareTimelines(call.milestones, version.content.milestones, now);
    if (changes.every((c) => c.kind === "unchanged")) throw conflict("call_opening.nothing_to_take_over");
    if (!canTakeOver(changes)) throw conflict("call_opening.refused");

    await trx
      .updateTable("calls")
      // Only the timeline: the challenges stay those of the version the call opened on, which candidacies name.
      .set({ milestones: JSON.stringify(version.content.milestones) })
      .where("id", "=", callId)
      .execute();
    await recordAudit(
      trx,
      { kind: "user", userId: actor.userId },
      {
        action: "call.timeline_taken_over",
        entityType: "call",
        entityId: callId,
        payload: {
          addendumVersion: version.number,
          changes: changes
            .filter((c) => c.kind !== "unchanged")
            .map((c) => ({ key: c.key, kind: c.kind, before: c.before, after: c.after })),
        },
      },
      { at: now },
    );
    const updated = await calls.findCall(trx, callId);
    const before = deadlineOf(call.milestones);
    const after = deadlineOf(version.content.milestones);
    if (before !== null && after !== null && before !== after)
      await queueDeadlineNotices(
        trx,
        { call: updated!, before, after },
        { actor: { kind: "user", userId: actor.userId }, now, publicUrl: deps.config.publicUrl },
      );
    return proposal(updated!, version, now, actor.locale);
  });
}
