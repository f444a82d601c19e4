import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/db.ts";
import { loadReference, referenceData, referenceProblems } from "./load.ts";

const { db } = await createTestDb();

async function counts() {
  const count = async (table: "life_domains" | "barriers" | "service_types" | "personas") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select(({ fn }) => fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    lifeDomains: await count("life_domains"),
    barriers: await count("barriers"),
    serviceTypes: await count("service_types"),
    personas: await count("personas"),
  };
}

describe("loadReference", () => {
  it("has consistent source data", () => {
    expect(referenceProblems(referenceData)).toEqual([]);
  });

  it("loads every code once, in the order of the source files, and can run again at every start", async () => {
    await loadReference(db);
    const first = await counts();
    expect(first).toEqual({
      lifeDomains: referenceData.lifeDomains.length,
      barriers: referenceData.barriers.length,
      serviceTypes: referenceData.serviceTypes.length,
      personas: referenceData.personas.length,
    });
    await loadReference(db);
    expect(await counts()).toEqual(first);

    const barriers = await db.selectFrom("barriers").select("code").orderBy("sort_order").execute();
    expect(barriers.map((b) => b.code)).toEqual(referenceData.barriers.map((b) => b.code));
  });

  it("updates names and order when the source changes, and keeps codes the source dropped", async () => {
    const [first, second, ...rest] = referenceData.lifeDomains;
    if (!first || !second) throw new Error("need two life domains");
    const renamed = { ...second, name: { ...second.name, nl: "Nieuwe naam" } };
    await loadReference(db, { ...referenceData, lifeDomains: [renamed, first, ...rest] });
    const row = await db
      .selectFrom("life_domains")
      .selectAll()
      .where("code", "=", second.code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name_nl: "Nieuwe naam", sort_order: 0 });
    await loadReference(db, { ...referenceData, personas: [] });
    expect((await counts()).personas).toBe(referenceData.personas.length);
    await loadReference(db);
  });

  it("refuses inconsistent source data before touching the database", async () => {
    const broken = {
      ...referenceData,
      barriers: [
        ...referenceData.barriers,
        { code: "x_test", lifeDomain: "nowhere", name: { nl: "x", en: "x", fr: "x" } },
      ],
    };
    await expect(loadReference(db, broken)).rejects.toThrow(/unknown life domain "nowhere"/);
    expect(
      await db.selectFrom("barriers").select("code").where("code", "=", "x_test").executeTakeFirst(),
    ).toBeUndefined();
  });
});
