// buildApp(deps): the Fastify instance that main.ts serves and that the tests use too.
import Fastify, { type FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Kysely } from "kysely";
import type { Config } from "./config.ts";
import type { Database } from "./db/types.ts";
import type { Clock } from "./platform/clock.ts";
import { registerPlatform } from "./platform/register.ts";
import { systemRoutes } from "./modules/system/routes.ts";
import { accountRoutes } from "./modules/accounts/routes.ts";
import { addendaRoutes } from "./modules/addenda/routes.ts";
import { registerWeb } from "./platform/web.ts";

export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  /** How the database was reached, for /api/health. */
  databaseMode: "embedded" | "external";
}

export type App = FastifyInstance & { withTypeProvider: () => FastifyInstance };

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.config.production ? { level: "info" } : { level: process.env.LOG_LEVEL ?? "warn" },
    trustProxy: deps.config.production,
    // Request ids in logs, never bodies, cookies or query strings (they may hold personal data).
    disableRequestLogging: !deps.config.production,
  }).withTypeProvider<TypeBoxTypeProvider>();

  await registerPlatform(app, deps);
  await app.register(systemRoutes(deps), { prefix: "/api" });
  await app.register(accountRoutes(deps), { prefix: "/api" });
  await app.register(addendaRoutes(deps), { prefix: "/api" });
  await registerWeb(app, deps.config);
  return app;
}
