// Configuration from the environment, read once at start. Nothing secret is ever logged.
import { isIP } from "node:net";
import path from "node:path";

/**
 * Which proxies may tell us the client's address in X-Forwarded-For: none (the default; the header is ignored),
 * the number of proxy hops in front of Brug, or the addresses and CIDR ranges of those proxies.
 */
export type TrustProxy = false | number | string[];

export interface Config {
  port: number;
  host: string;
  /** Set: an external PostgreSQL (production). Unset: the embedded server in dataDir. */
  databaseUrl: string | null;
  /** Local data folder for the embedded PostgreSQL. */
  dataDir: string;
  /** Demo data and demo accounts: only with the embedded database outside production, never with DATABASE_URL. */
  demo: boolean;
  production: boolean;
  /** Serve cookies with Secure and send HSTS. Off only in development on http://localhost. */
  secureCookies: boolean;
  /** BRUG_TRUST_PROXY. Trusting a header the client writes itself would let anyone choose the logged address. */
  trustProxy: TrustProxy;
  /** Built web app to serve; null when it is not built. */
  webDist: string | null;
  /** BRUG_PUBLIC_URL: the address people reach Brug at, without a trailing slash; links in mails and letters. */
  publicUrl: string;
  /** BRUG_SMTP_URL and BRUG_MAIL_FROM; null: no mail is sent and the outbox keeps every message. Holds a secret. */
  mail: MailConfig | null;
}

export interface MailConfig {
  /** smtp://… or smtps://…, with the user and password; never logged, never shown. */
  smtpUrl: string;
  /** The sender, e.g. "Brug <brug@partnerschap.be>". */
  from: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const production = env.NODE_ENV === "production";
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databaseUrl,
    dataDir: path.resolve(env.BRUG_DATA_DIR ?? "data"),
    // Never in production: there the accounts are real, and demo accounts with published passwords must not exist.
    demo: databaseUrl === null && !production,
    production,
    secureCookies: production || env.BRUG_SECURE_COOKIES === "1",
    trustProxy: parseTrustProxy(env.BRUG_TRUST_PROXY),
    webDist: path.resolve(env.BRUG_WEB_DIST ?? "web/dist"),
    publicUrl: parsePublicUrl(env.BRUG_PUBLIC_URL, port),
    mail: parseMail(env.BRUG_SMTP_URL, env.BRUG_MAIL_FROM),
  };
}

/** http(s)://host[:port][/path], without credentials, query or fragment; no trailing slash. */
export function parsePublicUrl(value: string | undefined, port: number): string {
  const text = value?.trim() ?? "";
  if (text === "") return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`BRUG_PUBLIC_URL must be an address like https://brug.example.be; cannot read "${text}"`);
  }
  if (!["http:", "https:"].includes(url.protocol) || url.username !== "" || url.password !== "") {
    throw new Error(`BRUG_PUBLIC_URL must be an http or https address without a user or password`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`BRUG_PUBLIC_URL must not have a query or fragment; cannot use "${url.origin}${url.pathname}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

// The messages never repeat the SMTP URL: it holds the password.
export function parseMail(smtpUrl: string | undefined, from: string | undefined): MailConfig | null {
  const url = smtpUrl?.trim() ?? "";
  if (url === "") return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("BRUG_SMTP_URL must be an address like smtps://user:password@smtp.example.be:465");
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    throw new Error("BRUG_SMTP_URL must start with smtp:// or smtps://");
  }
  if (parsed.hostname === "") throw new Error("BRUG_SMTP_URL must name the mail server's host");
  const sender = from?.trim() ?? "";
  if (sender === "" || !sender.includes("@")) {
    throw new Error('BRUG_MAIL_FROM must be set with BRUG_SMTP_URL: the sender, e.g. "Brug <brug@partnerschap.be>"');
  }
  return { smtpUrl: url, from: sender };
}

// Names that proxy-addr (Fastify's trustProxy) understands besides addresses and ranges.
const namedRanges = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split("/");
  if (rest.length > 0 || address === undefined) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "") return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? false : hops;
  }
  const entries = text
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  const invalid = entries.filter((e) => !isAddressOrRange(e));
  if (invalid.length > 0 || entries.length === 0) {
    throw new Error(
      `BRUG_TRUST_PROXY must be a number of proxy hops or a comma-separated list of proxy addresses or CIDR ranges ` +
        `(e.g. "1" or "10.0.0.0/8,127.0.0.1"); cannot read "${invalid.join(", ") || text}"`,
    );
  }
  return entries;
}

/** Why the server must not start with this configuration, or null. */
export function startupRefusal(config: Pick<Config, "production" | "databaseUrl">): string | null {
  if (config.production && config.databaseUrl === null) {
    // The embedded PostgreSQL is for development and the demo: one machine, no backups, no replicas.
    return (
      "NODE_ENV=production needs an external PostgreSQL. Set DATABASE_URL (postgres://user:password@host:5432/brug); " +
      "the embedded database is for development and the demo only."
    );
  }
  return null;
}
