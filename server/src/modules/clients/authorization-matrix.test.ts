// The authorization matrix of the client records (issue 4, item 12): every route that states one of the partnership's
// permissions × every role (own and other organisation, own and other region, and nobody signed in) × the client's
// consent for the receiving partner given, revoked or expired. A refused request must answer exactly 401 (nobody),
// 403 (the role lacks the permission) or 404 (out of reach) and change nothing; an allowed one must succeed. The
// test fails on any unexpected allow, on any unexpected refusal, and on a route that is missing from the matrix.
import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createReferenceTestApp } from "../../../test/app.ts";
import {
  buildCast,
  buildClientWorld,
  castKeys,
  consentCases,
  type Cast,
  type CastKey,
  type ClientWorld,
  type ConsentCase,
} from "../../../test/client-world.ts";
import { hasPermission, type Permission } from "../../platform/permissions.ts";
import { matrix, type MatrixEntry, type Rule } from "../../../test/authorization-matrix.ts";

const t = await createReferenceTestApp();
const cast = await buildCast(t.db, t.app);
const now = t.clock.now();

/** The permissions of the partnership at work: every route stating one is a client-data route. */
const clientDataPermissions: ReadonlySet<Permission> = new Set<Permission>([
  "outreach:record",
  "client:read",
  "client:work",
  "referral:respond",
  "worklist:read",
  "signal:raise",
  "signal:manage",
]);

type Asker = CastKey | "nobody";
const askers: readonly Asker[] = ["nobody", ...castKeys];

const staff: readonly Asker[] = ["companion", "caseDirector"];
const regionStaff: readonly Asker[] = ["companion", "otherCompanion", "caseDirector"];

/** Who the rule lets in for this consent case. */
export function allowedBy(rule: Rule, asker: Asker, consent: ConsentCase): boolean {
  switch (rule) {
    case "staff":
      return staff.includes(asker);
    case "staff_or_consented_partner":
      return staff.includes(asker) || (asker === "partnerWorker" && consent === "given");
    case "consented_partner":
      return asker === "partnerWorker" && consent === "given";
    case "region_staff":
      return regionStaff.includes(asker);
    case "region_partnership":
      return [...regionStaff, "partnerWorker", "otherPartnerWorker", "coordinator"].includes(asker);
    case "region_coordinator":
      return asker === "coordinator";
    case "region_case_director":
      return asker === "caseDirector";
    case "permission_holders":
      return false; // decided per asker from the route's permission, see isAllowed
  }
}

/** Whether the asker must get through: the rule, or for "permission_holders" simply holding the permission. */
async function isAllowed(entry: MatrixEntry, asker: Asker, consent: ConsentCase, permission: Permission) {
  if (entry.rule !== "permission_holders") return allowedBy(entry.rule, asker, consent);
  return asker !== "nobody" && (await refusalFor(asker, permission)) !== 403;
}

/** Status for a refused asker: 401 without a session, 403 without the route's permission, else 404. */
async function refusalFor(asker: Asker, permission: Permission): Promise<number> {
  if (asker === "nobody") return 401;
  const memberships = await t.db
    .selectFrom("memberships")
    .select(["organisation_id as organisationId", "region_id as regionId", "role"])
    .where("user_id", "=", cast.people[asker].id)
    .execute();
  const actor = { memberships } as Parameters<typeof hasPermission>[0];
  return hasPermission(actor, permission) ? 404 : 403;
}

const clientTables = [
  "outreach_persons",
  "outreach_contacts",
  "clients",
  "trajectories",
  "trajectory_events",
  "consents",
  "case_conferences",
  "scans",
  "scan_domains",
  "goals",
  "plan_actions",
  "referrals",
  "referral_events",
  "referral_feedback",
  "appointments",
  "notes",
  "signals",
  "signal_trajectories",
  "outbox_messages",
] as const;

/** A fingerprint of every client-record table: equal before and after means nothing changed. */
async function fingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const table of clientTables) {
    const row = await sql<{ f: string | null }>`
      select md5(string_agg(t::text, '|' order by t::text)) as f from ${sql.table(table)} t
    `.execute(t.db);
    hash.update(`${table}:${row.rows[0]?.f ?? ""};`);
  }
  return hash.digest("hex");
}

async function ask(asker: Asker, entry: MatrixEntry, world: ClientWorld, c: Cast) {
  const [method, route] = entry.route.split(" ") as [string, string];
  const request = entry.request(world, c, asker);
  const url = `/api${request.path}`;
  const headers: Record<string, string> =
    asker === "nobody"
      ? {}
      : method === "GET"
        ? { cookie: cast.people[asker].session.cookie }
        : cast.people[asker].session.headers;
  const response = await t.app.inject({
    method: method as "GET",
    url,
    headers,
    ...(request.body !== undefined ? { payload: request.body as object } : {}),
  });
  return { route, response };
}

function worldOptions(entry: MatrixEntry, consent: ConsentCase) {
  return {
    consent,
    now,
    // Lists sorted by name show the first ones: a list's client sorts before the other worlds' clients.
    ...(entry.list ? { givenName: `Aa${randomBytes(4).toString("hex")}` } : {}),
    ...(entry.referralState ? { referralState: entry.referralState } : {}),
    ...(entry.trajectory ? { trajectory: entry.trajectory } : {}),
  };
}

let cells = 0;

describe("the authorization matrix of the client records", () => {
  it("covers every route that states a permission of the partnership's work, and no route that does not exist", () => {
    const declared = t.app.declaredRoutes
      .filter((r) => r.method !== "HEAD" && r.policy.access === "signed-in")
      .filter((r) => r.policy.access === "signed-in" && clientDataPermissions.has(r.policy.permission))
      .map((r) => `${r.method} ${r.url.replace(/^\/api/, "")}`)
      .sort();
    const listed = matrix.map((e) => e.route).sort();
    expect(
      listed.filter((r) => !declared.includes(r)),
      "in the matrix but not a route",
    ).toEqual([]);
    expect(
      declared.filter((r) => !listed.includes(r)),
      "routes missing from the matrix",
    ).toEqual([]);
    expect(new Set(listed).size, "a route listed twice").toBe(listed.length);
  });

  for (const entry of matrix) {
    describe(entry.route, () => {
      for (const consent of consentCases) {
        it(`consent ${consent}: refuses whoever the rule "${entry.rule}" does not let in, allows the rest`, async () => {
          const permission = t.app.declaredRoutes.find(
            (r) => `${r.method} ${r.url.replace(/^\/api/, "")}` === entry.route,
          )?.policy;
          expect(permission?.access).toBe("signed-in");
          if (permission?.access !== "signed-in") return;
          const verdicts = await Promise.all(
            askers.map(async (a) => [a, await isAllowed(entry, a, consent, permission.permission)] as const),
          );
          const refused = verdicts.filter(([, ok]) => !ok).map(([a]) => a);
          const allowed = verdicts.filter(([, ok]) => ok).map(([a]) => a);

          const world = await buildClientWorld(t.db, cast, worldOptions(entry, consent));
          const before = await fingerprint();
          for (const asker of refused) {
            const { response } = await ask(asker, entry, world, cast);
            cells += 1;
            if (entry.list && response.statusCode === 200) {
              // A list the asker may read: it must not show this client.
              const leaks = [world.givenName, world.clientId].some((s) => response.body.includes(s));
              expect(leaks, `${asker} finds the client in ${entry.route}`).toBe(false);
              continue;
            }
            expect(
              { asker, status: response.statusCode },
              `${entry.route} must refuse ${asker} (consent ${consent}): ${response.body.slice(0, 200)}`,
            ).toEqual({ asker, status: entry.refusal?.[asker] ?? (await refusalFor(asker, permission.permission)) });
          }
          expect(await fingerprint(), `a refused request changed data on ${entry.route}`).toBe(before);

          const [method] = entry.route.split(" ");
          for (const asker of allowed) {
            // A write may change what the next asker finds: each allowed writer gets a world of its own.
            const own = method === "GET" ? world : await buildClientWorld(t.db, cast, worldOptions(entry, consent));
            const { response } = await ask(asker, entry, own, cast);
            cells += 1;
            expect(
              { asker, ok: response.statusCode >= 200 && response.statusCode < 300 },
              `${entry.route} must allow ${asker} (consent ${consent}): ${response.statusCode} ${response.body.slice(0, 300)}`,
            ).toEqual({ asker, ok: true });
            if (entry.list) expect(response.body.includes(world.givenName), `${asker} finds the client`).toBe(true);
          }
        });
      }
    });
  }

  it("counted its cells", () => {
    // routes × askers × consent cases: the size the closing note reports.
    expect(cells).toBe(matrix.length * askers.length * consentCases.length);
  });
});
