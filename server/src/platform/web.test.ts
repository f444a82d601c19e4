import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.ts";

const dist = await mkdtemp(path.join(os.tmpdir(), "brug-web-"));
afterAll(() => rm(dist, { recursive: true, force: true }));
await mkdir(path.join(dist, "assets"));
await writeFile(path.join(dist, "index.html"), '<!doctype html><html lang="nl-BE"><title>Brug</title></html>');
await writeFile(path.join(dist, "assets", "app-abc123.js"), "console.log('brug')");

const built = await createTestApp({ config: { webDist: dist } });
const notBuilt = await createTestApp({ config: { webDist: path.join(dist, "missing") } });

describe("the web app", () => {
  it("serves index.html for any page path, so the browser's router can show it", async () => {
    for (const url of ["/", "/addenda/maasland", "/beheer?tab=users"]) {
      const response = await built.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain("<title>Brug</title>");
      expect(response.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("serves built files with a long cache, since their names change with their content", async () => {
    const response = await built.app.inject({ method: "GET", url: "/assets/app-abc123.js" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toContain("immutable");
  });

  it("answers a missing file and an unknown API path with 404, not with the page", async () => {
    expect((await built.app.inject({ method: "GET", url: "/assets/gone.js" })).statusCode).toBe(404);
    const api = await built.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("says how to build it when web/dist is missing", async () => {
    const response = await notBuilt.app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain("npm run build");
  });
});
