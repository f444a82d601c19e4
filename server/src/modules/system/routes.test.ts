import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/app.ts";

const { app } = await createTestApp();

describe("GET /api/health", () => {
  it("answers without sign-in with the database mode and the migrations", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    const body = response.json<{ database: { migrations: { applied: number; latest: string } } }>();
    expect(body).toMatchObject({ status: "ok", database: { mode: "embedded", migrations: { pending: 0 } } });
    expect(body.database.migrations.applied).toBeGreaterThan(0);
    expect(body.database.migrations.latest).toMatch(/^\d{14}_/);
  });
});

describe("the API description", () => {
  it("is OpenAPI 3.1 and documents the health route", async () => {
    const response = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const spec = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(spec.openapi).toBe("3.1.0");
    expect(spec.paths).toHaveProperty("/api/health");
    expect(spec.paths).not.toHaveProperty("/api/openapi.json");
  });

  it("has a browsable viewer at /api/docs, open to anyone", async () => {
    const response = await app.inject({ method: "GET", url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
  });
});

describe("an unknown API path", () => {
  it("gets a JSON 404, not the web app", async () => {
    const response = await app.inject({ method: "GET", url: "/api/does-not-exist" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
