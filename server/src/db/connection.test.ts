import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/db.ts";

const { db } = await createTestDb();

describe("createDb", () => {
  it("reads timestamptz as Date, bigint as an exact string and date as a calendar date", async () => {
    const { rows } = await sql<{ at: Date; id: string; day: string }>`
      select '2023-06-09T21:59:00Z'::timestamptz as at, 9007199254740993::bigint as id, '2023-06-09'::date as day
    `.execute(db);
    expect(rows[0]).toEqual({ at: new Date("2023-06-09T21:59:00Z"), id: "9007199254740993", day: "2023-06-09" });
  });
});
