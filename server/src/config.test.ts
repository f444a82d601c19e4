// Configuration from the environment: what a deployment gets when it sets, or forgets, a variable.
import { describe, expect, it } from "vitest";
import { loadConfig, parseTrustProxy, startupRefusal } from "./config.ts";

describe("demo data", () => {
  it("is on with the embedded database in development", () => {
    expect(loadConfig({}).demo).toBe(true);
  });

  it("is off with DATABASE_URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://brug@db/brug" }).demo).toBe(false);
  });

  it("is never on in production, even without DATABASE_URL", () => {
    expect(loadConfig({ NODE_ENV: "production" }).demo).toBe(false);
  });
});

describe("starting in production", () => {
  it("is refused without DATABASE_URL, with a message that says what to set", () => {
    const refusal = startupRefusal(loadConfig({ NODE_ENV: "production" }));
    expect(refusal).toContain("DATABASE_URL");
    expect(refusal).toContain("external PostgreSQL");
  });

  it("is allowed with DATABASE_URL, and development is allowed without it", () => {
    expect(startupRefusal(loadConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://brug@db/brug" }))).toBeNull();
    expect(startupRefusal(loadConfig({}))).toBeNull();
  });
});

describe("BRUG_TRUST_PROXY", () => {
  it("trusts no proxy when unset or empty, also in production", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://db/brug" }).trustProxy).toBe(false);
    expect(parseTrustProxy("  ")).toBe(false);
    expect(parseTrustProxy("0")).toBe(false);
  });

  it("reads a number of hops", () => {
    expect(loadConfig({ BRUG_TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(parseTrustProxy("2")).toBe(2);
  });

  it("reads a comma-separated list of addresses and CIDR ranges", () => {
    expect(parseTrustProxy("10.0.0.0/8, 127.0.0.1,::1,fd00::/8,loopback")).toEqual([
      "10.0.0.0/8",
      "127.0.0.1",
      "::1",
      "fd00::/8",
      "loopback",
    ]);
  });

  it("refuses anything else, naming the variable, rather than trusting every client", () => {
    for (const value of ["true", "yes", "10.0.0.0/33", "10.0.0", "proxy.example", ","]) {
      expect(() => parseTrustProxy(value)).toThrow(/BRUG_TRUST_PROXY/);
    }
  });
});

describe("BRUG_PUBLIC_URL", () => {
  it("defaults to localhost on the port, and loses a trailing slash", () => {
    expect(loadConfig({}).publicUrl).toBe("http://localhost:3000");
    expect(loadConfig({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(loadConfig({ BRUG_PUBLIC_URL: "https://brug.example.be/" }).publicUrl).toBe("https://brug.example.be");
    expect(loadConfig({ BRUG_PUBLIC_URL: "https://example.be/brug/" }).publicUrl).toBe("https://example.be/brug");
  });

  it("refuses what cannot be a link in a mail: another scheme, credentials, a query", () => {
    expect(() => loadConfig({ BRUG_PUBLIC_URL: "brug.example.be" })).toThrow("BRUG_PUBLIC_URL");
    expect(() => loadConfig({ BRUG_PUBLIC_URL: "ftp://brug.example.be" })).toThrow("http or https");
    expect(() => loadConfig({ BRUG_PUBLIC_URL: "https://u:p@brug.example.be" })).toThrow("without a user or password");
    expect(() => loadConfig({ BRUG_PUBLIC_URL: "https://brug.example.be/?a=1" })).toThrow("query");
  });
});

describe("BRUG_SMTP_URL and BRUG_MAIL_FROM", () => {
  it("leave mail off when unset", () => {
    expect(loadConfig({}).mail).toBeNull();
  });

  it("need a smtp:// or smtps:// address and a sender, and never repeat the password in an error", () => {
    const smtpUrl = "smtps://brug:hunter2-secret@smtp.example.be:465";
    expect(loadConfig({ BRUG_SMTP_URL: smtpUrl, BRUG_MAIL_FROM: "Brug <brug@example.be>" }).mail).toEqual({
      smtpUrl,
      from: "Brug <brug@example.be>",
    });
    const errorOf = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    };
    const withoutSender = errorOf({ BRUG_SMTP_URL: smtpUrl });
    expect(withoutSender).toContain("BRUG_MAIL_FROM");
    expect(withoutSender).not.toContain("hunter2");
    const wrongScheme = errorOf({
      BRUG_SMTP_URL: "http://brug:hunter2-secret@smtp.example.be",
      BRUG_MAIL_FROM: "a@b.be",
    });
    expect(wrongScheme).toContain("smtp://");
    expect(wrongScheme).not.toContain("hunter2");
  });
});
