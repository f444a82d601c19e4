// The code lists of the partnership's daily work (issue 4). The migration 20261123210000_trajectories.ts checks the
// same lists in the database; the web app shows each code through its translation ("<list>.<code>").

export const findingPlaces = [
  "street",
  "neighbourhood_house",
  "ocmw",
  "school",
  "mosque",
  "church",
  "food_bank",
  "social_restaurant",
  "library",
  "youth_work",
  "sports_club",
  "health_care",
  "home_visit",
  "online",
  "other",
] as const;
export type FindingPlace = (typeof findingPlaces)[number];

export const outreachAgeBands = [
  "under_18",
  "18_24",
  "25_34",
  "35_44",
  "45_54",
  "55_64",
  "65_plus",
  "unknown",
] as const;
export type OutreachAgeBand = (typeof outreachAgeBands)[number];

export const outreachGenders = ["woman", "man", "other", "unknown"] as const;

export const households = [
  "single",
  "couple",
  "single_parent",
  "couple_with_children",
  "with_parents",
  "shared",
  "other",
  "unknown",
  "refused",
] as const;

export const careDuties = ["children", "child_with_disability", "ill_partner", "parent", "other"] as const;

export const residences = ["municipality", "no_reference_address", "unknown"] as const;

export const genders = ["woman", "man", "non_binary", "unknown", "refused"] as const;

/** What ESF+ asks at entry; "unknown" and "refused" are real answers everywhere. */
export const esfEntryFields = {
  labourStatus: [
    "unemployed",
    "long_term_unemployed",
    "inactive",
    "inactive_in_education",
    "employed",
    "unknown",
    "refused",
  ],
  ageBand: ["under_18", "18_29", "30_54", "55_plus", "unknown", "refused"],
  educationLevel: ["isced_0_2", "isced_3_4", "isced_5_8", "unknown", "refused"],
  disability: ["yes", "no", "unknown", "refused"],
  migrationBackground: ["third_country_national", "foreign_background", "minority", "none", "unknown", "refused"],
  homelessness: ["homeless", "housing_exclusion", "none", "unknown", "refused"],
  rural: ["rural", "not_rural", "unknown", "refused"],
} as const;

export const trajectoryStatuses = [
  "registered", // aanmelding
  "intake",
  "active", // actief
  "paused", // gepauzeerd
  "completed", // afgerond
  "stopped", // gestopt
  "dropped_out", // afgehaakt
] as const;
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];
export const endedTrajectoryStatuses: readonly TrajectoryStatus[] = ["completed", "stopped", "dropped_out"];

export const exitOutcomes = [
  "job_search",
  "education_training",
  "qualification",
  "work",
  "volunteer_work",
  "social_activation",
  "stopped",
] as const;
export type ExitOutcome = (typeof exitOutcomes)[number];

/** The data categories a consent covers; the last four with "health" are special categories (GDPR art. 9–10). */
export const dataCategories = ["general", "health", "mental_health", "addiction", "justice", "finances"] as const;
export type DataCategory = (typeof dataCategories)[number];
export const specialCategories: readonly DataCategory[] = ["health", "mental_health", "addiction", "justice"];

/** The category a life domain's data belongs to: what a consent must cover before a partner sees it. */
export function categoryOfLifeDomain(lifeDomainCode: string | null): DataCategory {
  switch (lifeDomainCode) {
    case "mental_health":
      return "mental_health";
    case "addiction":
      return "addiction";
    case "physical_health":
      return "health";
    case "justice":
      return "justice";
    case "finances_admin":
      return "finances";
    default:
      return "general";
  }
}

export const consentScopes = ["partner", "partnership"] as const;
export const consentPurposes = ["referral", "case_conference", "feedback", "other"] as const;
export const consentGivenHow = ["spoken", "signed"] as const;
export const legalFrames = ["consent", "shared_professional_secrecy", "legal_duty", "other"] as const;

export const scanMoments = ["start", "during", "end"] as const;
/** The participation ladder: 1 isolated … 6 paid work without support. */
export const ladderRungs = [1, 2, 3, 4, 5, 6] as const;

export const goalStatuses = ["open", "achieved", "dropped"] as const;
export const actionWho = ["client", "companion", "partner", "other"] as const;

export const appointmentAttendance = ["planned", "present", "absent", "cancelled"] as const;
export const noteConfidentiality = ["companion", "team", "partners"] as const;
export type NoteConfidentiality = (typeof noteConfidentiality)[number];

export const feedbackAttendance = ["good", "irregular", "absent", "not_applicable"] as const;
export const feedbackProgress = ["better", "same", "worse", "unknown"] as const;

export const signalStatuses = ["new", "acknowledged", "escalated", "resolved"] as const;
