// Configuration from the environment, read once at start. Nothing secret is ever logged.
import path from "node:path";

export interface Config {
  port: number;
  host: string;
  /** Set: an external PostgreSQL (production). Unset: the embedded server in dataDir. */
  databaseUrl: string | null;
  /** Local data folder for the embedded PostgreSQL. */
  dataDir: string;
  /** Demo data and demo accounts: only with the embedded database, never with DATABASE_URL. */
  demo: boolean;
  production: boolean;
  /** Serve cookies with Secure and send HSTS. Off only in development on http://localhost. */
  secureCookies: boolean;
  /** Built web app to serve; null when it is not built. */
  webDist: string | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const production = env.NODE_ENV === "production";
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databaseUrl,
    dataDir: path.resolve(env.BRUG_DATA_DIR ?? "data"),
    demo: databaseUrl === null,
    production,
    secureCookies: production || env.BRUG_SECURE_COOKIES === "1",
    webDist: path.resolve(env.BRUG_WEB_DIST ?? "web/dist"),
  };
}
