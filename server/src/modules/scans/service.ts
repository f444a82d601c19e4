// The situation scan's use cases: listing a trajectory's scans as the reader may see them, and recording a new one.
// Access, the transaction and the audit row come from clients/access.ts withClientAccess (schemas.ts has the rules).
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { utcToLocal } from "../../domain/milestones.ts";
import { categoryOfLifeDomain, type DataCategory } from "../../domain/trajectory-codes.ts";
import type { Clock } from "../../platform/clock.ts";
import { conflict, validationFailed, type FieldError } from "../../platform/errors.ts";
import type { Actor } from "../../platform/permissions.ts";
import { latestTrajectory, lockClient, maySee, withClientAccess, type ClientAccess } from "../clients/access.ts";
import * as q from "./queries.ts";
import type { NewScanBody, ScanList, ScanView } from "./schemas.ts";

export interface Deps {
  db: Kysely<Database>;
  clock: Clock;
}

function present(row: q.ScanRow, access: Pick<ClientAccess, "categories" | "via">): ScanView {
  // The scan's own free text (talents, the client's wish) belongs to no life domain, so no consent category can
  // say it is safe to share ("stoppen met drinken"): it stays with the client's staff.
  const staff = access.via !== "partner";
  return {
    id: row.id,
    trajectoryId: row.trajectoryId,
    takenOn: row.takenOn,
    moment: row.moment as ScanView["moment"],
    ladderRung: row.ladderRung,
    talents: staff ? row.talents : "",
    clientWish: staff ? row.clientWish : "",
    takenBy: { userId: row.takenBy, name: row.takenByName },
    createdAt: row.createdAt.toISOString(),
    // Need to know: a partner never receives a domain its consent does not cover (DESIGN §4).
    domains: row.domains.filter((d) => maySee(access, categoryOfLifeDomain(d.lifeDomain))),
  };
}

export async function listScans(deps: Deps, actor: Actor, trajectoryId: string): Promise<ScanList> {
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "read", entity: "scan", what: "scans" },
    deps.clock.now(),
    async (trx, access) => {
      const [rows, latest] = await Promise.all([q.scansOf(trx, trajectoryId), latestTrajectory(trx, access.clientId)]);
      return {
        trajectoryId,
        via: access.via,
        categories: [...access.categories].sort() as DataCategory[],
        canRecord: access.via !== "partner" && latest?.id === trajectoryId,
        scans: rows.map((row) => present(row, access)),
      };
    },
  );
}

/** The body's problems, each at its field: unknown domains, barriers of another domain, a date ahead. */
function problemsOf(
  body: NewScanBody,
  codes: { lifeDomains: Set<string>; barrierDomain: Map<string, string> },
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  if (body.takenOn > today) problems.push({ path: "takenOn", code: "scans.taken_on_future" });
  if (body.domains.length === 0 && (body.ladderRung ?? null) === null) {
    problems.push({ path: "domains", code: "scans.empty" });
  }
  const seen = new Set<string>();
  body.domains.forEach((domain, i) => {
    if (!codes.lifeDomains.has(domain.lifeDomain)) {
      problems.push({ path: `domains.${i}.lifeDomain`, code: "scans.unknown_life_domain" });
      return;
    }
    if (seen.has(domain.lifeDomain)) {
      problems.push({ path: `domains.${i}.lifeDomain`, code: "scans.duplicate_life_domain" });
    }
    seen.add(domain.lifeDomain);
    (domain.barriers ?? []).forEach((barrier, j) => {
      if (codes.barrierDomain.get(barrier) !== domain.lifeDomain) {
        problems.push({ path: `domains.${i}.barriers.${j}`, code: "scans.barrier_not_in_domain" });
      }
    });
  });
  return problems;
}

export async function recordScan(deps: Deps, actor: Actor, trajectoryId: string, body: NewScanBody): Promise<ScanView> {
  const now = deps.clock.now();
  return withClientAccess(
    deps.db,
    actor,
    { trajectoryId },
    { operation: "write", entity: "scan", entityId: (scan: ScanView) => scan.id, what: "scan_recorded" },
    now,
    async (trx, access) => {
      await lockClient(trx, access.clientId);
      const latest = await latestTrajectory(trx, access.clientId);
      if (latest?.id !== trajectoryId) throw conflict("scans.not_latest_trajectory");
      const problems = problemsOf(body, await q.taxonomyCodes(trx), utcToLocal(now.toISOString()).date);
      if (problems.length > 0) throw validationFailed(problems);
      const id = await q.insertScan(trx, {
        trajectoryId,
        takenOn: body.takenOn,
        moment: body.moment,
        ladderRung: body.ladderRung ?? null,
        talents: (body.talents ?? "").trim(),
        clientWish: (body.clientWish ?? "").trim(),
        takenBy: actor.userId,
        createdAt: now,
        domains: body.domains.map((d) => ({
          lifeDomain: d.lifeDomain,
          score: d.score,
          barriers: d.barriers ?? [],
          strengths: (d.strengths ?? "").trim(),
          wish: (d.wish ?? "").trim(),
        })),
      });
      const row = (await q.scansOf(trx, trajectoryId)).find((r) => r.id === id);
      if (!row) throw new Error("the scan vanished inside its own transaction");
      return present(row, access);
    },
  );
}
