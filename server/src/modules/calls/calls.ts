// Calls themselves: opening one on a region's published addendum (the demo loader and tests do this; a screen for
// it comes with the coordinator's part of the call), and the public pages that show where each call stands.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Milestone } from "../../domain/milestone-types.ts";
import { resolveMilestones } from "../../domain/milestones.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { AuditActor } from "../../platform/audit-events.ts";
import type { Clock } from "../../platform/clock.ts";
import { notFound } from "../../platform/errors.ts";
import type { ResolvedMilestoneDto } from "../addenda/schemas.ts";
import { defaultCriteria, writeCriteria } from "../jury/defaults.ts";
import { presentCall } from "./present.ts";
import * as q from "./queries.ts";
import type { CallSummaryList, CallView } from "./schemas.ts";

export interface NewCall {
  regionId: string;
  title: string;
  /** The published addendum version it opens on; its milestones are copied unless `milestones` is given. */
  addendumVersionId: string | null;
  milestones?: Milestone[];
  isDemo?: boolean;
}

export async function createCall(
  trx: Transaction<Database>,
  actor: AuditActor,
  input: NewCall,
  options: { now: Date },
): Promise<{ id: string }> {
  const { now } = options;
  const region = await trx
    .selectFrom("regions")
    .select(["id", "slug"])
    .where("id", "=", input.regionId)
    .executeTakeFirstOrThrow();
  let milestones = input.milestones;
  if (milestones === undefined) {
    if (input.addendumVersionId === null) throw new Error("a call without an addendum needs its own milestones");
    const version = await trx
      .selectFrom("addendum_versions")
      .select("content")
      .where("id", "=", input.addendumVersionId)
      .executeTakeFirstOrThrow();
    // Copied, not referenced: a later edit of the addendum does not move a running call's deadline.
    milestones = version.content.milestones;
  }
  const isDemo = input.isDemo ?? false;
  const call = await q.insertCall(trx, {
    regionId: input.regionId,
    addendumVersionId: input.addendumVersionId,
    title: input.title,
    milestones,
    isDemo,
    createdBy: actor.kind === "user" ? actor.userId : null,
    now,
  });
  await recordAudit(
    trx,
    actor,
    {
      action: "call.created",
      entityType: "call",
      entityId: call.id,
      payload: { regionSlug: region.slug, title: input.title, addendumVersionId: input.addendumVersionId, isDemo },
    },
    { at: now },
  );
  // Every call starts with the default jury criteria; the coordinator adapts them before the jury scores.
  await writeCriteria(trx, actor, call.id, defaultCriteria, { now, defaults: true });
  return call;
}

interface PublicDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export async function listPublicCalls(deps: PublicDeps): Promise<CallSummaryList> {
  const now = deps.clock.now();
  return { calls: (await q.listCalls(deps.db)).map((call) => presentCall(call, now)) };
}

export async function getPublicCall(deps: PublicDeps, callId: string): Promise<CallView> {
  const call = await q.findCall(deps.db, callId);
  if (!call) throw notFound();
  const context = await q.callContext(deps.db, call);
  return {
    ...presentCall(call, deps.clock.now()),
    municipalities: context.municipalities,
    challenges: context.challenges.map((c) => ({ number: c.number, personas: [...c.personas] })),
    milestones: resolveMilestones(call.milestones) as ResolvedMilestoneDto[],
  };
}
