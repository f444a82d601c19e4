// Operational routes: the health check that load balancers and `npm start` users call.
import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { migrationState } from "../../db/migrate.ts";
import { HealthResponse } from "./schemas.ts";

export function systemRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, databaseMode } = deps;

  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    // Public: it tells nothing about people, only that the server and its schema are up. It reads the database,
    // so a lost connection fails the check (500) instead of reporting "ok".
    app.get(
      "/health",
      {
        config: { policy: { access: "public" } },
        schema: {
          tags: ["system"],
          summary: "Health of the server and its database",
          response: { 200: HealthResponse },
        },
      },
      async (): Promise<HealthResponse> => {
        const state = await migrationState(db);
        return {
          status: "ok",
          database: {
            mode: databaseMode,
            migrations: {
              applied: state.applied.length,
              pending: state.pending.length,
              latest: state.applied.at(-1) ?? null,
            },
          },
        };
      },
    );
  };
}
