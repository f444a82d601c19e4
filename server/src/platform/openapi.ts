// The API description, generated from the routes' TypeBox schemas: GET /api/openapi.json (OpenAPI 3.1) and a
// browsable viewer at /api/docs. Registered before the route plugins, so @fastify/swagger sees every route.
import type { FastifyInstance } from "fastify";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import { allowPublicRoutes } from "./policy-hook.ts";
import type { Config } from "../config.ts";
import { sessionCookieName } from "./sessions.ts";

export async function registerOpenApi(app: FastifyInstance, config: Pick<Config, "secureCookies">): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Brug API",
        description: "The HTTP API of Brug, the platform for the Flemish Lokale Partnerschappen.",
        version: "0.1.0",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: sessionCookieName(config) },
        },
      },
    },
  });

  app.get("/api/openapi.json", { schema: { hide: true }, config: { policy: { access: "public" } } }, async () =>
    app.swagger(),
  );

  // The viewer's routes come from the plugin and cannot be annotated one by one: its own context marks them public.
  await app.register(async (docs) => {
    allowPublicRoutes(docs);
    await docs.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: false });
  });
}
