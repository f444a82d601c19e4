import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.ts";
import { buildUser, signIn } from "../modules/accounts/testing.ts";

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

  it("lets a signed-in browser cache the built files too, without looking up the session for them", async () => {
    const user = await buildUser(built.db);
    const session = await signIn(built.app, user);
    const asset = await built.app.inject({
      method: "GET",
      url: "/assets/app-abc123.js",
      headers: { cookie: session.cookie },
    });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await built.app.inject({ method: "GET", url: "/beheer", headers: { cookie: session.cookie } });
    expect(page.headers["cache-control"]).toBe("no-cache");
    // The API still knows the user and still forbids caching.
    const me = await built.app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie: session.cookie } });
    expect(me.json().user.id).toBe(user.id);
    expect(me.headers["cache-control"]).toBe("no-store");
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
