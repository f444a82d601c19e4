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
