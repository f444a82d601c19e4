// The demo's clients of issue 4 (item 13), one file per region: clearly fictional people ("(fictief)" in the family
// name, 0470 00 00 xx phone numbers, @example.be addresses) built from the region's personas and challenges. Every
// day offset counts back from the moment the demo is loaded; ../clients.ts turns a spec into rows.
import type { ReferralReason, ReferralState } from "../../domain/referral-state.ts";
import type {
  DataCategory,
  ExitOutcome,
  FindingPlace,
  OutreachAgeBand,
  TrajectoryStatus,
} from "../../domain/trajectory-codes.ts";

export type { ReferralState } from "../../domain/referral-state.ts";

export interface DemoEsf {
  labour: "unemployed" | "long_term_unemployed" | "inactive" | "inactive_in_education" | "employed" | "unknown";
  education: "isced_0_2" | "isced_3_4" | "isced_5_8" | "unknown" | "refused";
  disability: "yes" | "no" | "unknown" | "refused";
  migration: "third_country_national" | "foreign_background" | "minority" | "none" | "unknown" | "refused";
  homeless: "homeless" | "housing_exclusion" | "none" | "unknown";
  rural: "rural" | "not_rural" | "unknown";
}

export interface DemoOutreachContact {
  daysAgo: number;
  place: FindingPlace;
  /** A municipality of the region by name; absent: not recorded. */
  municipality?: string;
  lifeDomains: string[];
  note: string;
}

/** A consent; `service` names the partner through one of its offers in the region, absent for the partnership. */
export interface DemoConsent {
  service?: string;
  purpose: "referral" | "case_conference" | "feedback" | "other";
  purposeText: string;
  /** Besides "general", which every consent covers. */
  categories: DataCategory[];
  how: "spoken" | "signed";
  givenDaysAgo: number;
  /** Negative: expired that many days ago. */
  expiresInDays: number;
  revokedDaysAgo?: number;
  revokeReason?: string;
}

export interface DemoFeedback {
  daysAgo: number;
  attendance: "good" | "irregular" | "absent" | "not_applicable";
  progress: "better" | "same" | "worse" | "unknown";
  summary: string;
  nextStep?: string;
}

export interface DemoReferral {
  /** The service type of the partner's offer in the region. */
  service: string;
  state: ReferralState;
  /** Declined, completed and ended need one (domain/referral-state.ts). */
  reason?: ReferralReason;
  /** Besides "general". */
  categories?: DataCategory[];
  message: string;
  /** When it was sent (for a draft: when it was written). */
  sentDaysAgo: number;
  /** When it reached its last state (completed, ended); the steps in between fall evenly before it. */
  closedDaysAgo?: number;
  /** Straight from sent to ended (expired without answer) or declined, without being accepted first. */
  unanswered?: boolean;
  /** An index into the client's consents; absent: a consent for this partner is recorded just before sending. */
  consent?: number;
  feedbackEveryDays?: number;
  feedback?: DemoFeedback[];
  /** The goal (index into goals) it serves. */
  goal?: number;
}

export interface DemoAction {
  text: string;
  who: "client" | "companion" | "partner" | "other";
  /** For a partner: the service type of its offer; absent: the region's partner worker's organisation. */
  service?: string;
  whoText?: string;
  /** Negative: due that many days ago. */
  dueInDays: number;
  done?: boolean;
}

export interface DemoGoal {
  lifeDomain: string;
  /** In the client's own words. */
  text: string;
  progress: number;
  status?: "open" | "achieved" | "dropped";
  actions: DemoAction[];
}

export interface DemoNote {
  daysAgo: number;
  confidentiality: "companion" | "team" | "partners";
  category: DataCategory;
  lifeDomain?: string;
  text: string;
}

export interface DemoClient {
  givenName: string;
  /** Always ends with "(fictief)". */
  familyName: string;
  /** The persona of the addenda the situation is built from. */
  persona: string;
  gender: "woman" | "man" | "non_binary" | "unknown" | "refused";
  age: number;
  /** ISO 639-1, in order of preference; Dutch may be absent. */
  languages: string[];
  interpreter?: boolean;
  household: "single" | "couple" | "single_parent" | "couple_with_children" | "with_parents" | "shared" | "other";
  children?: number;
  careDuties?: string[];
  /** A municipality of the region; null: no reference address (sofasurfer). */
  municipality: string | null;
  esf: DemoEsf;
  /** 2: the region's second companion (Maasland), to show need-to-know. */
  companion?: 1 | 2;
  /** Last two digits of 0470 00 00 xx; absent: no phone. */
  phone?: number;
  email?: boolean;
  /** Met through outreach first (the contacts fall before the trajectory starts). */
  outreach?: { nickname: string; ageBand: OutreachAgeBand; contacts: DemoOutreachContact[] };
  startedDaysAgo: number;
  /** The statuses after "registered", oldest first; the last one is the trajectory's status now. */
  path: { status: TrajectoryStatus; daysAgo: number; reason: string }[];
  exit?: ExitOutcome;
  /** The situation scan at the start; later scans improve the domains the plan works on. */
  scan?: {
    /** Per life domain: score 1–5 and barriers at the start, and how much it rises per later scan (default 1 for a domain of a goal). */
    domains: Record<string, { score: number; barriers: string[]; gain?: number; strengths?: string; wish?: string }>;
    /** The participation ladder at each scan; the number of scans. */
    ladder: number[];
    talents: string;
    wish: string;
  };
  goals?: DemoGoal[];
  consents?: DemoConsent[];
  referrals?: DemoReferral[];
  notes?: DemoNote[];
  caseConference?: {
    daysAgo: number;
    purpose: string;
    outcome: string;
    /** Index into consents: the consent the conference was held under. */
    consent: number;
    participants: { name: string; organisation: string; role: string }[];
    clientPresent: boolean;
  };
}

export interface DemoAnonymousPerson {
  nickname: string;
  ageBand: OutreachAgeBand;
  gender: "woman" | "man" | "other" | "unknown";
  contacts: DemoOutreachContact[];
}

export interface DemoSignal {
  title: string;
  description: string;
  lifeDomains: string[];
  barriers: string[];
  municipality?: string;
  status: "new" | "acknowledged" | "escalated" | "resolved";
  response?: string;
  raisedBy: "companion" | "case_director" | "partner_worker";
  daysAgo: number;
  /** Given names of the region's demo clients whose trajectories it is linked to. */
  clients: string[];
}

export interface DemoRegionClients {
  /** The partner whose brugfiguur offer employs the companions (must be a partner of the region's partnership). */
  companionOrganisation: string;
  /** The partner whose worker answers referrals (must be a partner with offers, other than the companions'). */
  partnerWorkerOrganisation: string;
  clients: DemoClient[];
  anonymous: DemoAnonymousPerson[];
  signals: DemoSignal[];
}
