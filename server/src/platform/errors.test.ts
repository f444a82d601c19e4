// Errors as the client sees them: a code, a message in the reader's language, and per-field problems.
import Fastify from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { describe, expect, it } from "vitest";
import { errorHandler, logSerializers, serializeError, tooManyRequests, validationFailed } from "./errors.ts";
import { catalogs, localeFromAcceptLanguage, translate } from "./i18n.ts";

async function appWith(handler: () => unknown) {
  const app = Fastify().withTypeProvider<TypeBoxTypeProvider>();
  app.decorateRequest("actor", null);
  app.setErrorHandler(errorHandler);
  app.post(
    "/form",
    {
      schema: {
        body: Type.Object({
          email: Type.String({ format: "email" }),
          name: Type.String({ minLength: 2, maxLength: 5 }),
          age: Type.Optional(Type.Integer({ minimum: 18 })),
          items: Type.Optional(Type.Array(Type.Object({ code: Type.String({ pattern: "^[a-z]+$" }) }))),
        }),
      },
    },
    async () => handler(),
  );
  await app.ready();
  return app;
}

describe("schema validation errors", () => {
  it("become translated field errors with a path and a code, without echoing the value", async () => {
    const app = await appWith(() => ({}));
    // Fastify's ajv stops at the first error by default; each case shows one mapping.
    const cases: [unknown, string, string][] = [
      [{ name: "Ann" }, "email", "field.required"],
      [{ email: "not-an-email", name: "Ann" }, "email", "field.format"],
      [{ email: "a@b.be", name: "A" }, "name", "field.too_short"],
      [{ email: "a@b.be", name: "Annemie" }, "name", "field.too_long"],
      [{ email: "a@b.be", name: "Ann", age: 12 }, "age", "field.too_small"],
      [{ email: "a@b.be", name: "Ann", age: "oud" }, "age", "field.type"],
      [{ email: "a@b.be", name: "Ann", items: [{ code: "ok" }, { code: "NIET OK" }] }, "items.1.code", "field.pattern"],
    ];
    for (const [payload, path, code] of cases) {
      const response = await app.inject({ method: "POST", url: "/form", payload: payload as object });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.message).toBe("Niet alles is goed ingevuld. Kijk de velden na.");
      expect(body.error.fields).toEqual([{ path, code, message: expect.any(String) }]);
      expect(response.body).not.toContain("NIET OK");
    }
    const tooLong = await app.inject({
      method: "POST",
      url: "/form",
      headers: { "accept-language": "en" },
      payload: { email: "a@b.be", name: "Annemie" },
    });
    expect(tooLong.json().error.fields[0].message).toBe("This is too long. Use at most 5 characters.");
  });

  it("answers malformed JSON with a 400 in the same shape", async () => {
    const app = await appWith(() => ({}));
    const response = await app.inject({
      method: "POST",
      url: "/form",
      headers: { "content-type": "application/json" },
      payload: "{oops",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("request.invalid");
  });
});

describe("errors thrown by services", () => {
  it("keep their status, code, fields and headers", async () => {
    const app = await appWith(() => {
      throw validationFailed([{ path: "enterpriseNumber", code: "enterprise_number.checksum" }]);
    });
    const response = await app.inject({
      method: "POST",
      url: "/form",
      headers: { "accept-language": "fr-BE" },
      payload: { email: "a@b.be", name: "Ann" },
    });
    expect(response.json().error.fields).toEqual([
      {
        path: "enterpriseNumber",
        code: "enterprise_number.checksum",
        message: "Ce numéro d'entreprise n'existe pas. Vérifiez les chiffres.",
      },
    ]);
    const throttled = await appWith(() => {
      throw tooManyRequests(125);
    });
    const limited = await throttled.inject({ method: "POST", url: "/form", payload: { email: "a@b.be", name: "Ann" } });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBe("125");
    expect(limited.json().error.message).toBe("Te veel pogingen. Wacht 3 minuten en probeer het dan opnieuw.");
  });

  it("hide the details of unexpected failures", async () => {
    const app = await appWith(() => {
      throw new Error("connection string postgres://secret@db");
    });
    const response = await app.inject({ method: "POST", url: "/form", payload: { email: "a@b.be", name: "Ann" } });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: "internal", message: "Er ging iets mis bij ons. Probeer het later opnieuw." },
    });
  });
});

describe("the language of a message", () => {
  it("follows Accept-Language with its weights, and falls back to Dutch", () => {
    expect(localeFromAcceptLanguage("fr-BE,fr;q=0.9,nl;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.5,nl;q=0.7")).toBe("nl");
    expect(localeFromAcceptLanguage("de")).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
    expect(translate("nl", "no.such.code")).toBe("Er ging iets mis. Probeer het opnieuw.");
  });

  it("has every message, the platform's and the modules', in all three languages", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    const nl = keys(catalogs.nl).sort();
    expect(keys(catalogs.en).sort()).toEqual(nl);
    expect(keys(catalogs.fr).sort()).toEqual(nl);
    expect(translate("en", "auth.invalid_credentials")).toBe("The email address or password is not correct.");
    // A module's own catalogue (modules/addenda/locales) is part of the same messages.
    expect(translate("nl", "addendum.stale_version", { latest: 3 })).toContain("versie 3");
  });
});

describe("errors in the log", () => {
  it("keep name, message, code and stack, never a PostgreSQL error's detail, where or parameters", () => {
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      name: "DatabaseError",
      code: "23505",
      detail: "Key (email)=(an.peeters@example.be) already exists.",
      where: "SQL statement …",
      parameters: ["an.peeters@example.be"],
      constraint: "users_email_key",
    });
    const logged = logSerializers.err(pgError);
    expect(Object.keys(logged).sort()).toEqual(["code", "message", "stack", "type"]);
    expect(logged).toMatchObject({ type: "DatabaseError", code: "23505" });
    expect(JSON.stringify(logged)).not.toContain("an.peeters");
    expect(JSON.stringify(serializeError(new Error("wrapped", { cause: pgError })))).not.toContain("an.peeters");
  });

  it("show a request as its method and path, without the query string", () => {
    expect(logSerializers.req({ method: "GET", url: "/api/search?name=An%20Peeters" })).toEqual({
      method: "GET",
      url: "/api/search",
    });
  });
});
