// The client file of issue 4 in the bench (run.ts): the scenarios that read the client with two years of history
// (generate-clients.ts) as its companion, and the page loads timed one at a time against one indexed read.
import type { Kysely } from "kysely";
import type { Database } from "../server/src/db/types.ts";
import type { Scenario } from "./run.ts";

/** The client with two years of history (generate-clients.ts) and its trajectory. */
async function heavyClient(db: Kysely<Database>): Promise<{ clientId: string; trajectoryId: string }> {
  const row = await db
    .selectFrom("clients")
    .innerJoin("trajectories", "trajectories.client_id", "clients.id")
    .select(["clients.id as clientId", "trajectories.id as trajectoryId"])
    .where("clients.given_name", "=", "Bench")
    .where("clients.family_name", "=", "Cliënt (synthetisch)")
    .executeTakeFirstOrThrow();
  return row;
}

/** The client file and its tabs, as the bench companion: every request reads under access.ts and writes an audit row. */
export function clientScenarios(): Scenario[] {
  const tab = (name: string, what: string, suffix: string): Scenario => ({
    name,
    path: `/api/trajectories/:id${suffix}`,
    asCompanion: true,
    what,
    target: async (db) => ({ path: `/api/trajectories/${(await heavyClient(db)).trajectoryId}${suffix}` }),
  });
  return [
    {
      name: "client-file",
      path: "/api/clients/:id",
      asCompanion: true,
      what: "the client file (Overzicht): identity, ESF+ data, the trajectory with its history; audited read",
      target: async (db) => ({ path: `/api/clients/${(await heavyClient(db)).clientId}` }),
    },
    tab("client-timeline", "Tijdlijn: the first page of everything that happened, newest first", "/timeline"),
    tab("client-notes", "Notities: 150 notes at three confidentiality levels", "/notes"),
    tab("client-scans", "Situatie: 8 scans over 10 life domains", "/scans"),
    tab("client-plan", "Plan: 12 goals with 48 actions", "/plan"),
    tab("client-referrals", "Doorverwijzingen: 8 referrals with their events and feedback", "/referrals"),
    tab("client-appointments", "Afspraken: 60 appointments with attendance", "/appointments"),
    {
      name: "caseload",
      path: "/api/caseload",
      asCompanion: true,
      what: "Mijn cliënten: the companion's 30 clients (one audited read per client)",
    },
    {
      name: "worklist",
      path: "/api/worklist",
      asCompanion: true,
      what: "Actie nodig: the companion's overdue actions, unanswered referrals, missing feedback, …",
    },
  ];
}

export const pageLoads = 100;

export interface PageTiming {
  name: string;
  requests: string[];
  p50: number;
  p95: number;
}

/**
 * The client-file page as a browser opens it: the requests the page sends at once (the file for the layout, the tab's
 * own data), timed from the first request to the last answer, one page load at a time, after a warm-up.
 */
export async function measurePages(base: string, as: { cookie: string }, db: Kysely<Database>): Promise<PageTiming[]> {
  const { clientId, trajectoryId } = await heavyClient(db);
  const pages: { name: string; paths: string[] }[] = [
    // The baseline of this measurement: one indexed read through the platform layer, timed the same way.
    { name: "baseline: one indexed read", paths: ["/bench/one-read"] },
    { name: "client file (Overzicht)", paths: [`/api/clients/${clientId}`] },
    {
      name: "client file, Tijdlijn tab",
      paths: [`/api/clients/${clientId}`, `/api/trajectories/${trajectoryId}/timeline`],
    },
    {
      name: "client file, Notities tab",
      paths: [`/api/clients/${clientId}`, `/api/trajectories/${trajectoryId}/notes`],
    },
    {
      name: "client file, Situatie tab",
      paths: [
        `/api/clients/${clientId}`,
        `/api/trajectories/${trajectoryId}/scans`,
        `/api/trajectories/${trajectoryId}/suggestions`,
      ],
    },
  ];
  const headers = { cookie: as.cookie, "sec-fetch-site": "same-origin" };
  const timings: PageTiming[] = [];
  for (const page of pages) {
    const once = async () => {
      const started = performance.now();
      const responses = await Promise.all(page.paths.map((p) => fetch(base + p, { headers })));
      for (const r of responses) {
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${page.name}: ${r.url} answered ${r.status}`);
      }
      return performance.now() - started;
    };
    for (let i = 0; i < 10; i++) await once();
    const samples: number[] = [];
    for (let i = 0; i < pageLoads; i++) samples.push(await once());
    samples.sort((a, b) => a - b);
    timings.push({
      name: page.name,
      requests: page.paths.map((p) => p.replace(/[0-9a-f-]{36}/g, ":id").replace(/^\/api/, "")),
      p50: samples[Math.floor(samples.length * 0.5)] ?? 0,
      p95: samples[Math.floor(samples.length * 0.95)] ?? 0,
    });
  }
  return timings;
}
