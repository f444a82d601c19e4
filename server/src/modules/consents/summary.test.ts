// The client's own summary of who may see what: only the consents that stand, in plain words, in the language the
// client reads (nl, en, fr), with until when, how to withdraw, whom to ask and the date of printing; on screen (JSON)
// and on paper (PDF). Only those who work on the client may print it.
import { describe, expect, it } from "vitest";
import { createReferenceTestApp, fixedClock } from "../../../test/app.ts";
import { signIn, type BuiltUser } from "../accounts/testing.ts";
import { auditOf } from "../calls/testing.ts";
import { pdfText } from "../decisions/testing.ts";
import type { ConsentSummary, ConsentView } from "./schemas.ts";
import { buildConsentWorld } from "./testing.ts";

// Thursday 12 November 2026, 10:00 in Brussels.
const clock = fixedClock("2026-11-12T09:00:00Z");
const t = await createReferenceTestApp({ clock });
const app = t.app;
const world = await buildConsentWorld(t.db, clock.now());

const send = async (user: BuiltUser, method: "GET" | "POST", url: string, payload?: object) => {
  const session = await signIn(app, user);
  return app.inject({ method, url, headers: method === "GET" ? { cookie: session.cookie } : session.headers, payload });
};
const summaryUrl = (lang: string, pdf = false) =>
  `/api/clients/${world.clientId}/consents/summary${pdf ? ".pdf" : ""}?lang=${lang}`;

const given = async (body: object) =>
  (await send(world.companion, "POST", `/api/clients/${world.clientId}/consents`, body)).json() as ConsentView;
const toPartner = await given({
  scope: "partner",
  partnerOrganisationId: world.partner.organisationId,
  purpose: "referral",
  categories: ["general", "finances", "mental_health"],
  givenHow: "spoken",
  lastDay: "2027-06-30",
});
const toAll = await given({
  scope: "partnership",
  purpose: "other",
  purposeText: "Zoeken naar een woning.",
  categories: ["general"],
  givenHow: "signed",
  lastDay: "2026-12-01",
});
const withdrawn = await given({
  scope: "partner",
  partnerOrganisationId: world.otherPartner.organisationId,
  purpose: "feedback",
  categories: ["general", "justice"],
  givenHow: "spoken",
});
await send(world.companion, "POST", `/api/consents/${withdrawn.id}/revoke`, { how: "spoken" });

describe("the summary on screen", () => {
  it("says in plain Dutch who may see which information, why and until when, the soonest ending first", async () => {
    const response = await send(world.companion, "GET", summaryUrl("nl"));
    expect(response.statusCode).toBe(200);
    const summary = response.json() as ConsentSummary;
    expect(summary.title).toBe("Wie mag uw gegevens zien?");
    expect(summary.for).toBe("Voor Chadia Testcliënt");
    expect(summary.items.map((i) => i.consentId)).toEqual([toAll.id, toPartner.id]);
    expect(summary.items[0]).toMatchObject({
      who: `Alle partners van het partnerschap ${world.regionName}`,
      why: "Voor een andere reden: Zoeken naar een woning.",
      until: "Tot en met dinsdag 1 december 2026. Daarna stopt de toestemming vanzelf.",
    });
    expect(summary.items[1]?.who).toBe(world.partner.name);
    expect(summary.items[1]?.what).toEqual([
      expect.stringContaining("Algemene gegevens"),
      expect.stringContaining("Hoe u zich voelt"),
      expect.stringContaining("Geld en papieren"),
    ]);
    // The companion is named as the person to ask; the revoked consent is not listed.
    expect(summary.ask).toContain(`Test ${world.companion.email}`);
    expect(JSON.stringify(summary)).not.toContain(world.otherPartner.name);
    expect(summary.printed).toBe("Afgedrukt op donderdag 12 november 2026");
  });

  it("speaks English and French when asked, and refuses another language", async () => {
    const en = (await send(world.caseDirector, "GET", summaryUrl("en"))).json() as ConsentSummary;
    expect(en.title).toBe("Who may see your information?");
    expect(en.items[1]?.until).toContain("Wednesday 30 June 2027");
    const fr = (await send(world.caseDirector, "GET", summaryUrl("fr"))).json() as ConsentSummary;
    expect(fr.items[0]?.who).toBe(`Tous les partenaires du partenariat ${world.regionName}`);
    expect(fr.printed).toBe("Imprimé le jeudi 12 novembre 2026");
    expect((await send(world.companion, "GET", summaryUrl("de"))).statusCode).toBe(400);
  });

  it("is only for those who work on the client", async () => {
    expect((await app.inject({ method: "GET", url: summaryUrl("nl") })).statusCode).toBe(401);
    expect((await send(world.partner.worker, "GET", summaryUrl("nl"))).statusCode).toBe(403);
    expect((await send(world.otherCompanion, "GET", summaryUrl("nl"))).statusCode).toBe(404);
    expect((await send(world.otherCaseDirector, "GET", summaryUrl("nl", true))).statusCode).toBe(404);
  });

  it("says nobody may see anything once every consent has ended", async () => {
    const start = clock.now();
    clock.set("2027-07-01T00:00:00Z");
    try {
      const summary = (await send(world.companion, "GET", summaryUrl("nl"))).json() as ConsentSummary;
      expect(summary.items).toEqual([]);
      expect(summary.none).toContain("aan niemand toestemming");
    } finally {
      clock.set(start);
    }
  });
});

describe("the summary on paper", () => {
  it("is a PDF in French with the same words, for download, audited as a read", async () => {
    const response = await send(world.companion, "GET", summaryUrl("fr", true));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toContain("qui-voit-mes-donnees.pdf");
    expect(response.headers["cache-control"]).toBe("private, no-store");
    const text = pdfText(response.rawPayload);
    expect(text).toContain("Qui peut voir vos informations ?");
    expect(text).toContain(world.partner.name);
    expect(text).toContain("Jusqu'au mercredi 30 juin 2027 inclus.");
    expect(text).toContain("Vous pouvez toujours retirer votre accord");
    expect(text).toContain(`Demandez à votre accompagnateur : Test ${world.companion.email}`);
    expect(text).toContain("Imprimé le jeudi 12 novembre 2026");
    const reads = await auditOf(t.db, "client_record.read");
    expect(reads.map((r) => (r.payload as { what: string }).what)).toContain("consent_summary.pdf");
  });
});
