// Serves the built web app (web/dist) and lets the browser's router handle every other non-API path.
import { existsSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fastifyStatic from "@fastify/static";
import type { Config } from "../config.ts";
import { notFoundHandler } from "./errors.ts";
import { allowPublicRoutes } from "./policy-hook.ts";

const notBuilt =
  "Brug: the web app is not built yet. Run `npm run build` (or `npm start`, which builds it), then reload this page.\n";

export async function registerWeb(app: FastifyInstance, config: Pick<Config, "webDist">): Promise<void> {
  const dist = config.webDist;
  const built = dist !== null && existsSync(path.join(dist, "index.html"));

  await app.register(async (web) => {
    allowPublicRoutes(web);
    if (built) {
      await web.register(fastifyStatic, {
        root: dist,
        // index.html is served by the fallback below, so that it is never cached and always the same document.
        index: false,
        wildcard: false,
        setHeaders: (reply, filePath) => {
          // Vite puts a content hash in every file name under assets/: those never change.
          if (filePath.includes(`${path.sep}assets${path.sep}`)) {
            void reply.header("cache-control", "public, max-age=31536000, immutable");
          }
        },
      });
    }

    web.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
      const pathname = request.url.split("?")[0] ?? "/";
      if (pathname === "/api" || pathname.startsWith("/api/")) return notFoundHandler(request, reply);
      if (request.method !== "GET" && request.method !== "HEAD") return notFoundHandler(request, reply);
      if (!built) return reply.status(503).type("text/plain; charset=utf-8").send(notBuilt);
      // A path with a file extension that is not there is a missing file, not a page of the app.
      if (path.extname(pathname) !== "") return notFoundHandler(request, reply);
      return reply.header("cache-control", "no-cache").sendFile("index.html", dist, { cacheControl: false });
    });
  });
}
