// buildApp(deps): the Fastify instance that main.ts serves and that the tests use too.
import Fastify, { type FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Kysely } from "kysely";
import type { Config, TrustProxy } from "./config.ts";
import type { Database } from "./db/types.ts";
import type { Clock } from "./platform/clock.ts";
import { logSerializers } from "./platform/errors.ts";
import { registerPlatform } from "./platform/register.ts";
import { systemRoutes } from "./modules/system/routes.ts";
import { accountRoutes } from "./modules/accounts/routes.ts";
import { addendaRoutes } from "./modules/addenda/routes.ts";
import { callRoutes } from "./modules/calls/routes.ts";
import { callOpeningRoutes } from "./modules/call-opening/routes.ts";
import { juryRoutes } from "./modules/jury/routes.ts";
import { pitchRoutes } from "./modules/pitches/routes.ts";
import { decisionRoutes } from "./modules/decisions/routes.ts";
import { partnershipRoutes } from "./modules/partnerships/routes.ts";
import { outboxRoutes } from "./modules/outbox/routes.ts";
import { attachmentRoutes } from "./modules/attachments/routes.ts";
import { clientRoutes } from "./modules/clients/routes.ts";
import { outreachRoutes } from "./modules/outreach/routes.ts";
import { planRoutes } from "./modules/plans/routes.ts";
import { appointmentRoutes } from "./modules/appointments/routes.ts";
import { noteRoutes } from "./modules/notes/routes.ts";
import { consentRoutes } from "./modules/consents/routes.ts";
import { scanRoutes } from "./modules/scans/routes.ts";
import { timelineRoutes } from "./modules/timeline/routes.ts";
import { signalRoutes } from "./modules/signals/routes.ts";
import { worklistRoutes } from "./modules/worklist/routes.ts";
import { referralRoutes } from "./modules/referrals/routes.ts";
import { registerWeb } from "./platform/web.ts";

export interface AppDeps {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  /** How the database was reached, for /api/health. */
  databaseMode: "embedded" | "external";
  /** Where log lines go (default: standard output); tests read them to prove what never appears in a log. */
  logStream?: { write(line: string): void };
  /** Overrides the level (tests: "trace", to see every line the app could write). */
  logLevel?: string;
}

export type App = FastifyInstance & { withTypeProvider: () => FastifyInstance };

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Fastify logs each request at info level, so in production (and with LOG_LEVEL=info), not at the development
    // default "warn": request id, method, path, status and response time. The serializers keep query strings,
    // headers, cookies and bodies out of the log, and keep only name, message, code and stack of an error (a
    // PostgreSQL error's detail repeats the values that clashed). The level alone decides whether request lines
    // appear; Fastify's deprecated disableRequestLogging (now a LogController option) is not needed.
    logger: {
      level: deps.logLevel ?? (deps.config.production ? "info" : (process.env.LOG_LEVEL ?? "warn")),
      serializers: logSerializers,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    },
    // Off unless BRUG_TRUST_PROXY names the proxies in front of us: X-Forwarded-For is written by the client.
    trustProxy: trustProxyOption(deps.config.trustProxy),
    ajv: {
      customOptions: {
        // Fastify's defaults would drop unknown fields and turn 12345 into "12345" without a word; a submission
        // that does not match its schema is refused and says why (DESIGN §4 "Bad input"). Every params schema
        // is strings, and there are no querystring schemas, so nothing needs coercion.
        removeAdditional: false,
        coerceTypes: false,
        allErrors: true,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await registerPlatform(app, deps);
  await app.register(systemRoutes(deps), { prefix: "/api" });
  await app.register(accountRoutes(deps), { prefix: "/api" });
  await app.register(addendaRoutes(deps), { prefix: "/api" });
  await app.register(callRoutes(deps), { prefix: "/api" });
  await app.register(callOpeningRoutes(deps), { prefix: "/api" });
  await app.register(juryRoutes(deps), { prefix: "/api" });
  await app.register(pitchRoutes(deps), { prefix: "/api" });
  await app.register(decisionRoutes(deps), { prefix: "/api" });
  await app.register(partnershipRoutes(deps), { prefix: "/api" });
  await app.register(outboxRoutes(deps), { prefix: "/api" });
  await app.register(attachmentRoutes(deps), { prefix: "/api" });
  await app.register(clientRoutes(deps), { prefix: "/api" });
  await app.register(outreachRoutes(deps), { prefix: "/api" });
  await app.register(planRoutes(deps), { prefix: "/api" });
  await app.register(appointmentRoutes(deps), { prefix: "/api" });
  await app.register(noteRoutes(deps), { prefix: "/api" });
  await app.register(consentRoutes(deps), { prefix: "/api" });
  await app.register(scanRoutes(deps), { prefix: "/api" });
  await app.register(timelineRoutes(deps), { prefix: "/api" });
  await app.register(signalRoutes(deps), { prefix: "/api" });
  await app.register(worklistRoutes(deps), { prefix: "/api" });
  await app.register(referralRoutes(deps), { prefix: "/api" });
  await registerWeb(app, deps.config);
  return app;
}

/**
 * Fastify 5.12 ignores a bare hop count (it cannot tell a proxy from a client that forged the header), so a count
 * is given as a function: the first N addresses, counted from our own socket, are proxies.
 */
function trustProxyOption(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return trust;
}
