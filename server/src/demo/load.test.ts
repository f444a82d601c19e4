import { describe, expect, it } from "vitest";
import { createReferenceTestApp } from "../../test/app.ts";
import { signIn } from "../modules/accounts/testing.ts";
import { parseEnterpriseNumber } from "../domain/enterprise-number.ts";
import { demoPassword, listDemoAccounts, loadDemo } from "./load.ts";
import { regionSeeds } from "./regions/index.ts";

const { app, db } = await createReferenceTestApp();

describe("loadDemo", () => {
  it("refuses a seed that names a barrier the reference data does not have, saying which region and code, and loads nothing", async () => {
    const [first, ...rest] = regionSeeds;
    if (!first) throw new Error("no seeds");
    const broken = structuredClone(first);
    broken.document.challenges[0]!.obstacles.push({ text: "Iets", barriers: ["no_such_barrier"] });
    await expect(loadDemo(db, [broken, ...rest])).rejects.toThrow(new RegExp(`${first.name}.*no_such_barrier`));
    expect(await db.selectFrom("regions").select("id").execute()).toEqual([]);
    expect(await db.selectFrom("users").select("id").execute()).toEqual([]);
  });

  it("loads the five regions with a published first version, the organisations and the accounts", async () => {
    const accounts = await loadDemo(db);
    expect(accounts).toEqual(listDemoAccounts());

    const regions = await db.selectFrom("regions").select("slug").orderBy("slug").execute();
    expect(regions.map((r) => r.slug)).toEqual([
      "baldemore",
      "klein-brabant-vaartland",
      "maasland",
      "vlaamse-ardennen",
      "zuid-oost-hageland",
    ]);
    const versions = await db
      .selectFrom("addenda")
      .innerJoin("addendum_versions as v", "v.id", "addenda.published_version_id")
      .select(["v.number", "v.summary", "v.created_by"])
      .execute();
    expect(versions).toHaveLength(5);
    for (const version of versions)
      expect(version).toEqual({ number: 1, summary: "Geïmporteerd uit het lokaal addendum", created_by: null });

    const organisations = await db.selectFrom("organisations").select(["name", "enterprise_number", "kind"]).execute();
    expect(organisations.find((o) => o.kind === "vdab")?.enterprise_number).toBe("0887010362");
    for (const organisation of organisations) {
      expect(parseEnterpriseNumber(organisation.enterprise_number).ok).toBe(true);
      // Demo organisations say "(demo)"; the fictional applicants of the 2023 calls say "(fictief)" (applicants.ts).
      expect(organisation.name).toMatch(/\((demo|fictief)\)$/);
    }

    const actions = await db.selectFrom("audit_log").select(["action", "actor_kind"]).execute();
    expect(new Set(actions.map((a) => a.actor_kind))).toEqual(new Set(["seed"]));
    expect(actions.filter((a) => a.action === "addendum.published")).toHaveLength(5);
  });

  it("gives each region a coordinator and VDAB's coordinator two regions, all with the documented password", async () => {
    const accounts = listDemoAccounts();
    expect(accounts.find((a) => a.email === "admin@brug.demo")).toMatchObject({ role: "admin", regions: [] });
    expect(accounts.find((a) => a.email === "coordinator.maasland@brug.demo")).toMatchObject({
      role: "coordinator",
      regions: ["maasland"],
    });
    expect(accounts.find((a) => a.email === "coordinator.vdab@brug.demo")?.regions).toEqual([
      "zuid-oost-hageland",
      "vlaamse-ardennen",
    ]);
    expect(new Set(accounts.map((a) => a.password))).toEqual(new Set([demoPassword]));

    const session = await signIn(app, { email: "coordinator.vdab@brug.demo", password: demoPassword });
    const response = await app.inject({ method: "GET", url: "/api/addenda", headers: { cookie: session.cookie } });
    expect(response.statusCode).toBe(200);
    expect((response.json() as { addenda: { slug: string }[] }).addenda).toHaveLength(2);
  });
});
