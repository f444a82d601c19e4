// The hash-chained, append-only audit log.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/db.ts";
import { canonicalJson, genesisHash, recordAudit, recordAuditBatch, verifyAuditChain, withAudit } from "./audit.ts";

const t = await createTestDb();

const at = new Date("2026-11-23T09:00:00.123Z");

async function write(n: number) {
  for (let i = 0; i < n; i++) {
    await withAudit(
      t.db,
      { kind: "seed" },
      (_trx, record) =>
        record({
          action: "region.created",
          entityType: "region",
          entityId: `r${i}`,
          payload: { slug: `regio-${i}`, name: `Regio ${i}` },
        }),
      { at },
    );
  }
}

describe("the audit chain", () => {
  it("starts from 64 zeros, links every row to the previous one and verifies", async () => {
    await write(3);
    const rows = await t.db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    expect(rows[0]?.prev_hash).toBe(genesisHash);
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(rows[2]?.prev_hash).toBe(rows[1]?.hash);
    expect(rows[0]?.occurred_at.toISOString()).toBe(at.toISOString());
    expect(rows[0]?.actor_kind).toBe("seed");
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, rows: 3 });
  });

  it("stays one chain when many transactions write at the same time", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db
          .transaction()
          .execute((trx) =>
            recordAudit(
              trx,
              { kind: "user", userId: "00000000-0000-4000-8000-000000000001" },
              { action: "auth.logout", entityType: "user", entityId: `u${i}`, payload: {} },
            ),
          ),
      ),
    );
    const result = await verifyAuditChain(t.db, 5); // small batches: the paging is checked too
    expect(result).toEqual({ ok: true, rows: 15 });
  });

  it("chains a batch (one list's reads) in order, between single writes, and when batches race", async () => {
    const before = (await verifyAuditChain(t.db)).rows;
    const batch = (tag: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        action: "auth.logout" as const,
        entityType: "user" as const,
        entityId: `${tag}${i}`,
        payload: {},
      }));
    await write(1);
    await Promise.all(
      ["a", "b", "c"].map((tag) =>
        t.db.transaction().execute((trx) => recordAuditBatch(trx, { kind: "seed" }, batch(tag, 4), { at })),
      ),
    );
    await write(1);
    expect(await verifyAuditChain(t.db, 7)).toEqual({ ok: true, rows: before + 14 });
    const ids = await t.db
      .selectFrom("audit_log")
      .select("entity_id")
      .where("entity_id", "like", "a%")
      .orderBy("id")
      .execute();
    expect(ids.map((r) => r.entity_id)).toEqual(["a0", "a1", "a2", "a3"]);
  });

  it("keeps no audit row when the change it records is rolled back", async () => {
    const before = await t.db
      .selectFrom("audit_log")
      .select(sql<string>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    await expect(
      withAudit(t.db, { kind: "cli" }, async (_trx, record) => {
        await record({ action: "user.enabled", entityType: "user", entityId: "x", payload: {} });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const after = await t.db
      .selectFrom("audit_log")
      .select(sql<string>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("refuses UPDATE, DELETE and TRUNCATE, whoever asks", async () => {
    await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it("names the first tampered row when a superuser changes one behind the trigger's back", async () => {
    const rows = await t.db.selectFrom("audit_log").select("id").orderBy("id").execute();
    const victim = rows[4]?.id as string;
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.db);
    await sql`update audit_log set payload = '{"slug":"vervalst"}'::jsonb where id = ${victim}`.execute(t.db);
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      rows: 5,
      firstBrokenId: victim,
      reason: "hash_mismatch",
    });
  });
});

describe("canonical JSON", () => {
  it("sorts keys at every level, so the same content always hashes the same", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: "é" })).toBe('{"b":"é"}');
  });
});
