// The entries of the authorization matrix (server/src/modules/clients/authorization-matrix.test.ts): one per route
// that states a permission of the partnership's work, with who the route lets in (the rule) and a valid request on
// a client world. A valid request matters: a refused asker must be refused for who they are, not for a bad body.
import type { Cast, ClientWorld } from "./client-world.ts";

/**
 * staff: the client's companion and the region's case director.
 * staff_or_consented_partner: staff, and the partner worker of the referral's organisation while consent stands.
 * consented_partner: that partner worker only, while consent stands.
 * region_staff: the region's companions and case director (outreach, new files, the caseload).
 * region_partnership: region staff, the region's partner workers and its coordinator (signals).
 * region_coordinator: the region's coordinator.
 * region_case_director: the region's case director.
 * permission_holders: whoever holds the route's permission, each for their own scope (no client in the answer).
 */
export type Rule =
  | "staff"
  | "staff_or_consented_partner"
  | "consented_partner"
  | "region_staff"
  | "region_partnership"
  | "region_coordinator"
  | "region_case_director"
  | "permission_holders";

export interface MatrixEntry {
  /** "METHOD /path" as registered, without the /api prefix. */
  route: string;
  rule: Rule;
  request: (world: ClientWorld, cast: Cast, asker: string) => { path: string; body?: unknown };
  /** The referral's state in the world (default accepted). */
  referralState?: string;
  /** A list everyone with the permission may read: the rule says who finds this client in it; others get 200 without. */
  list?: boolean;
  /** The trajectory's state in the world (default active). */
  trajectory?: "active" | "ended";
  /** A refusal other than the default (404 within the permission): e.g. 403 for the client's own companion. */
  refusal?: Partial<Record<string, number>>;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const handover = () => ({
  title: "Kennismaking",
  startsAt: new Date(Date.now() + 6 * 86_400_000).toISOString(),
  endsAt: new Date(Date.now() + 6 * 86_400_000 + 3_600_000).toISOString(),
  place: "Bij de partner",
});

export const matrix: MatrixEntry[] = [
  // Consent and case conferences (modules/consents).
  {
    route: "GET /clients/:clientId/consents",
    rule: "staff",
    request: (w) => ({ path: `/clients/${w.clientId}/consents` }),
  },
  {
    route: "POST /clients/:clientId/consents",
    rule: "staff",
    request: (w, c) => ({
      path: `/clients/${w.clientId}/consents`,
      body: {
        scope: "partner",
        partnerOrganisationId: c.organisationB,
        purpose: "referral",
        categories: ["general"],
        givenHow: "spoken",
        lastDay: inDays(90),
      },
    }),
  },
  {
    route: "POST /consents/:consentId/revoke",
    rule: "staff",
    request: (w) => ({ path: `/consents/${w.ids.spareConsentId}/revoke`, body: { how: "spoken" } }),
  },
  {
    route: "GET /clients/:clientId/consents/summary",
    rule: "staff",
    request: (w) => ({ path: `/clients/${w.clientId}/consents/summary?lang=fr` }),
  },
  {
    route: "GET /clients/:clientId/consents/summary.pdf",
    rule: "staff",
    request: (w) => ({ path: `/clients/${w.clientId}/consents/summary.pdf?lang=en` }),
  },
  {
    route: "GET /trajectories/:trajectoryId/case-conferences",
    rule: "staff",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/case-conferences` }),
  },
  {
    route: "POST /trajectories/:trajectoryId/case-conferences",
    rule: "staff",
    request: (w) => ({
      path: `/trajectories/${w.trajectoryId}/case-conferences`,
      body: {
        heldAt: new Date(Date.now() - 3_600_000).toISOString(),
        participants: [{ name: "Begeleider", organisation: "Partner", role: "brugfiguur" }],
        clientPresent: true,
        purpose: "Afstemming",
        legalFrame: "shared_professional_secrecy",
      },
    }),
  },

  // The plan (modules/plans).
  {
    route: "GET /trajectories/:trajectoryId/plan",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/plan` }),
  },
  {
    route: "POST /trajectories/:trajectoryId/goals",
    rule: "staff",
    request: (w) => ({
      path: `/trajectories/${w.trajectoryId}/goals`,
      body: { lifeDomain: "work", text: "Werk vinden" },
    }),
  },
  {
    route: "PUT /goals/:goalId",
    rule: "staff",
    request: (w) => ({
      path: `/goals/${w.ids.goalId}`,
      body: { lifeDomain: "housing", text: "Een eigen adres", status: "open", progress: 40 },
    }),
  },
  {
    route: "POST /goals/:goalId/actions",
    rule: "staff",
    request: (w) => ({
      path: `/goals/${w.ids.goalId}/actions`,
      body: { text: "Bellen", who: "client", whoOrganisationId: null, whoText: "", dueOn: inDays(7) },
    }),
  },
  {
    route: "PUT /plan-actions/:actionId",
    rule: "staff",
    request: (w) => ({
      path: `/plan-actions/${w.ids.actionId}`,
      body: {
        text: "Afspraak bij het OCMW maken",
        who: "companion",
        whoOrganisationId: null,
        whoText: "",
        dueOn: null,
        done: true,
      },
    }),
  },

  // Appointments (modules/appointments).
  {
    route: "GET /trajectories/:trajectoryId/appointments",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/appointments` }),
  },
  {
    route: "GET /trajectories/:trajectoryId/appointments/ics",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/appointments/ics` }),
  },
  {
    route: "POST /trajectories/:trajectoryId/appointments",
    rule: "staff",
    request: (w) => ({
      path: `/trajectories/${w.trajectoryId}/appointments`,
      body: {
        title: "Gesprek",
        date: inDays(3),
        from: "10:00",
        to: "11:00",
        place: "Ontmoetingshuis",
        onlineUrl: "",
        referralId: null,
      },
    }),
  },
  {
    route: "PUT /appointments/:appointmentId",
    rule: "staff",
    request: (w) => ({
      path: `/appointments/${w.ids.appointmentId}`,
      body: {
        title: "Eerste gesprek",
        date: inDays(4),
        from: "14:00",
        to: "15:00",
        place: "Partner",
        onlineUrl: "",
        referralId: w.referralId,
      },
    }),
  },
  {
    route: "PUT /appointments/:appointmentId/attendance",
    rule: "staff",
    request: (w) => ({
      path: `/appointments/${w.ids.appointmentId}/attendance`,
      body: { attendance: "present", note: "" },
    }),
  },
  {
    route: "GET /appointments/:appointmentId/ics",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/appointments/${w.ids.appointmentId}/ics` }),
  },

  // Notes (modules/notes).
  {
    route: "GET /trajectories/:trajectoryId/notes",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/notes` }),
  },
  {
    route: "POST /trajectories/:trajectoryId/notes",
    rule: "staff",
    request: (w) => ({
      path: `/trajectories/${w.trajectoryId}/notes`,
      body: { lifeDomain: "housing", category: "general", confidentiality: "team", text: "Contactmoment" },
    }),
  },

  // The situation scan and the suggestions (modules/scans).
  {
    route: "GET /trajectories/:id/scans",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/scans` }),
  },
  {
    route: "POST /trajectories/:id/scans",
    rule: "staff",
    request: (w) => ({
      path: `/trajectories/${w.trajectoryId}/scans`,
      body: {
        takenOn: inDays(-1),
        moment: "during",
        ladderRung: 3,
        domains: [{ lifeDomain: "housing", score: 3, barriers: ["no_reference_address"] }],
      },
    }),
  },
  {
    route: "GET /trajectories/:id/suggestions",
    rule: "staff",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/suggestions` }),
  },

  // Referrals, the sending side (modules/referrals).
  {
    route: "GET /trajectories/:id/referrals",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/referrals` }),
  },
  {
    route: "GET /trajectories/:id/referral-offers",
    rule: "staff",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/referral-offers` }),
  },
  {
    route: "POST /trajectories/:id/referrals",
    rule: "staff",
    request: (w, c) => ({
      path: `/trajectories/${w.trajectoryId}/referrals`,
      body: { offerId: c.offerB.id, categories: ["general"], message: "Graag budgethulp." },
    }),
  },
  {
    route: "GET /referrals/:id",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/referrals/${w.referralId}` }),
  },
  {
    route: "PATCH /referrals/:id",
    rule: "staff",
    request: (w) => ({ path: `/referrals/${w.ids.draftReferralId}`, body: { message: "Graag budgethulp." } }),
  },
  {
    route: "POST /referrals/:id/steps",
    rule: "staff",
    request: (w) => ({ path: `/referrals/${w.referralId}/steps`, body: { step: "end", reason: "referred_elsewhere" } }),
  },
  {
    route: "PUT /referrals/:id/feedback-rhythm",
    rule: "staff",
    request: (w) => ({ path: `/referrals/${w.referralId}/feedback-rhythm`, body: { everyDays: 30 } }),
  },
  {
    route: "PUT /referrals/:id/handover",
    rule: "staff",
    request: (w) => ({ path: `/referrals/${w.referralId}/handover`, body: handover() }),
  },

  // Referrals, the receiving partner (modules/referrals).
  {
    route: "GET /partner/referrals",
    rule: "consented_partner",
    list: true,
    request: () => ({ path: "/partner/referrals" }),
  },
  {
    route: "POST /partner/referrals/:id/steps",
    rule: "consented_partner",
    request: (w) => ({ path: `/partner/referrals/${w.referralId}/steps`, body: { step: "start" } }),
  },
  {
    route: "POST /partner/referrals/:id/feedback",
    rule: "consented_partner",
    request: (w) => ({
      path: `/partner/referrals/${w.referralId}/feedback`,
      body: { attendance: "good", progress: "better", summary: "Komt elke week." },
    }),
  },
  {
    route: "PUT /partner/referrals/:id/handover",
    rule: "consented_partner",
    request: (w) => ({ path: `/partner/referrals/${w.referralId}/handover`, body: handover() }),
  },

  // The client file and the trajectory (modules/clients).
  {
    route: "GET /clients/:id",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/clients/${w.clientId}` }),
  },
  {
    route: "PATCH /clients/:id",
    rule: "staff",
    request: (w) => ({ path: `/clients/${w.clientId}`, body: { phone: "0470 00 00 99" } }),
  },
  {
    route: "POST /clients/duplicate-check",
    rule: "region_staff",
    request: (_w, c) => ({
      path: "/clients/duplicate-check",
      body: {
        regionSlug: c.partnership.slug,
        givenName: "Nieuwe",
        familyName: "Persoon",
        birthDate: null,
        phone: "",
        email: "",
      },
    }),
  },
  {
    route: "POST /clients",
    rule: "region_staff",
    // A case director names the companion; a companion is the central contact themself.
    request: (_w, c, asker) => ({
      path: "/clients",
      body: {
        ...newClient(c.partnership.slug),
        ...(asker === "caseDirector" ? { companionUserId: c.people.companion.id } : {}),
      },
    }),
  },
  { route: "GET /caseload", rule: "staff", list: true, request: () => ({ path: "/caseload" }) },
  { route: "GET /client-regions", rule: "permission_holders", request: () => ({ path: "/client-regions" }) },
  {
    route: "GET /regions/:slug/companions",
    rule: "region_case_director",
    request: (_w, c) => ({ path: `/regions/${c.partnership.slug}/companions` }),
  },
  {
    route: "POST /trajectories/:id/status",
    rule: "staff",
    request: (w) => ({
      path: `/trajectories/${w.trajectoryId}/status`,
      body: { status: "paused", reason: "Ziekenhuisopname" },
    }),
  },
  {
    route: "POST /trajectories/:id/closure",
    rule: "staff",
    // A trajectory closes only once no referral of it is open.
    referralState: "completed",
    request: (w) => ({
      path: `/trajectories/${w.trajectoryId}/closure`,
      body: { status: "completed", exitOutcome: "education_training", reason: "" },
    }),
  },
  {
    route: "POST /trajectories/:id/follow-up",
    rule: "staff",
    trajectory: "ended",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/follow-up`, body: { outcome: "work", note: "" } }),
  },
  {
    route: "PUT /trajectories/:id/companion",
    rule: "region_case_director",
    refusal: { companion: 403 },
    request: (w, c) => ({
      path: `/trajectories/${w.trajectoryId}/companion`,
      body: { userId: c.people.otherCompanion.id, reason: "Verlof" },
    }),
  },

  // Outreach (modules/outreach).
  {
    route: "POST /outreach/contacts",
    rule: "region_staff",
    request: (_w, c) => ({
      path: "/outreach/contacts",
      body: {
        regionSlug: c.partnership.slug,
        person: { nickname: "Nieuw", ageBand: "25_34", gender: "unknown" },
        findingPlace: "food_bank",
        municipalityId: null,
        lifeDomains: ["housing"],
        note: "",
      },
    }),
  },
  {
    route: "GET /outreach/persons",
    rule: "staff",
    list: true,
    request: (w, c) => ({
      path: `/outreach/persons?region=${c.partnership.slug}&q=${encodeURIComponent(w.givenName)}`,
    }),
  },
  {
    route: "GET /outreach/persons/:id",
    rule: "staff",
    request: (w) => ({ path: `/outreach/persons/${w.ids.outreachPersonId}` }),
  },
  {
    route: "GET /outreach/reach",
    rule: "region_staff",
    request: (_w, c) => ({ path: `/outreach/reach?region=${c.partnership.slug}&from=${inDays(-365)}&to=${inDays(0)}` }),
  },

  // The timeline, the action-needed list and signals (modules/timeline, worklist, signals).
  {
    route: "GET /trajectories/:id/timeline",
    rule: "staff_or_consented_partner",
    request: (w) => ({ path: `/trajectories/${w.trajectoryId}/timeline?domain=housing` }),
  },
  // The world holds an overdue action and missing partner feedback: both sides find the client in their list.
  { route: "GET /worklist", rule: "staff_or_consented_partner", list: true, request: () => ({ path: "/worklist" }) },
  {
    route: "GET /signals",
    rule: "region_partnership",
    request: (_w, c) => ({ path: `/signals?region=${c.partnership.slug}` }),
  },
  {
    route: "POST /signals",
    rule: "region_partnership",
    request: (_w, c) => ({
      path: "/signals",
      body: {
        region: c.partnership.slug,
        title: "Geen bus na 19 uur",
        description: "Cliënten kunnen de avondopleiding niet halen.",
        lifeDomains: ["mobility"],
      },
    }),
  },
  {
    route: "PATCH /signals/:id",
    rule: "region_coordinator",
    request: (w) => ({
      path: `/signals/${w.ids.signalId}`,
      body: { status: "acknowledged", response: "Besproken met De Lijn." },
    }),
  },
  {
    route: "GET /signals/linkable",
    rule: "staff",
    list: true,
    request: (_w, c) => ({ path: `/signals/linkable?region=${c.partnership.slug}` }),
  },
];

function newClient(regionSlug: string) {
  return {
    regionSlug,
    givenName: "Nieuwe",
    familyName: "Persoon (fictief)",
    birthDate: null,
    phone: "",
    email: "",
    contactLanguages: ["ti", "ar"],
    interpreterNeeded: true,
    household: "single",
    childrenCount: null,
    careDuties: [],
    residence: "no_reference_address",
    municipalityId: null,
    gender: "unknown",
    esf: {
      labourStatus: "inactive",
      ageBand: "18_29",
      educationLevel: "unknown",
      disability: "refused",
      migrationBackground: "third_country_national",
      homelessness: "homeless",
      rural: "unknown",
    },
    confirmNotDuplicate: true,
  };
}
