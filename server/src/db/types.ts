// Table types for Kysely. Keep in step with the migrations in ./migrations: a migration changes the schema,
// this file states it for the compiler.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { AddendumDocument } from "../modules/addenda/document.ts";
import type { CandidacyContent } from "../modules/calls/document.ts";
import type { Milestone } from "../domain/milestone-types.ts";
import type { Role } from "../platform/roles.ts";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface RegionsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  created_at: CreatedAt;
}

export interface MunicipalitiesTable {
  id: Generated<string>;
  region_id: string;
  name: string;
  /** NIS code (Statbel) where known. */
  nis_code: string | null;
  /** The order in which the addendum lists them. */
  sort_order: Generated<number>;
}

export type OrganisationKind = "vdab" | "municipality" | "ocmw" | "social_organisation" | "other";

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  /** Belgian enterprise number (KBO), 10 digits without dots, validated by its mod-97 check. */
  enterprise_number: string;
  kind: OrganisationKind;
  created_at: CreatedAt;
}

export type Locale = "nl" | "en" | "fr";

export interface UsersTable {
  id: Generated<string>;
  /** Stored lower-cased; unique. */
  email: string;
  display_name: string;
  password_hash: string;
  locale: Locale;
  disabled_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  id: Generated<string>;
  user_id: string;
  organisation_id: string;
  /** Null only for roles that are not tied to a region (admin, applicant). */
  region_id: string | null;
  role: Role;
  created_at: CreatedAt;
}

export interface SessionsTable {
  /** SHA-256 of the session token (hex); the token itself is only ever in the cookie. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  /** Absolute end (12 hours after login). */
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
  user_agent: string | null;
}

export type LoginOutcome = "failed" | "succeeded" | "throttled";

export interface LoginAttemptsTable {
  id: Generated<string>;
  email: string;
  ip: string | null;
  /** failed counts against the limits (written before the password is checked); throttled never counts. */
  outcome: LoginOutcome;
  attempted_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  /** What did it: "user", "system", "cli", "seed". */
  actor_kind: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  payload: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface LifeDomainsTable {
  code: string;
  name_nl: string;
  name_en: string;
  name_fr: string;
  sort_order: number;
}

export interface BarriersTable {
  code: string;
  life_domain_code: string;
  name_nl: string;
  name_en: string;
  name_fr: string;
  sort_order: number;
}

export interface ServiceTypesTable {
  code: string;
  name_nl: string;
  name_en: string;
  name_fr: string;
  description_nl: string;
  description_en: string;
  description_fr: string;
  sort_order: number;
}

export interface PersonasTable {
  slug: string;
  name: string;
}

export interface AddendaTable {
  id: Generated<string>;
  region_id: string;
  /** The version the public sees; null until the first publication. */
  published_version_id: string | null;
  created_at: CreatedAt;
}

export interface AddendumVersionsTable {
  id: Generated<string>;
  addendum_id: string;
  /** 1, 2, 3 … per addendum; the highest is the current draft or the published version. */
  number: number;
  content: ColumnType<AddendumDocument, string, never>;
  /** Null when the system wrote it (the seed import). */
  created_by: string | null;
  created_at: CreatedAt;
  /** Short description of what changed, written by the system from the diff. */
  summary: string;
  published_at: Timestamp | null;
  published_by: string | null;
}

export type ScoreVisibility = "never" | "after_own" | "always";

export interface CallsTable {
  id: Generated<string>;
  region_id: string;
  /** The published addendum version the call was opened on; null for a call made by hand. */
  addendum_version_id: string | null;
  title: string;
  /** The call's timeline; the phase follows from it and the clock (domain/call-phase.ts). */
  milestones: ColumnType<Milestone[], string, string>;
  score_visibility: Generated<ScoreVisibility>;
  /** When the decisions were published in one batch (the letters sent); null until then. */
  decisions_published_at: Timestamp | null;
  /** A demo call with its milestones relative to the day it was loaded; labelled as such on screen. */
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface CandidaciesTable {
  id: Generated<string>;
  call_id: string;
  organisation_id: string;
  /** The working copy, autosaved; possibly incomplete. */
  draft: ColumnType<CandidacyContent, string, string>;
  /** Counts saves of the draft; a save names the count it started from. */
  draft_revision: Generated<number>;
  draft_saved_at: Timestamp;
  draft_saved_by: string | null;
  created_at: CreatedAt;
  created_by: string | null;
}

export type ReceivedVia = "portal" | "email";

/** Immutable (a trigger refuses UPDATE and DELETE). */
export interface CandidacyRevisionsTable {
  id: Generated<string>;
  candidacy_id: string;
  /** 1, 2, 3 … per candidacy. */
  number: number;
  content: ColumnType<CandidacyContent, string, never>;
  /** When it counts as received; judged against the deadline instant. */
  received_at: ColumnType<Date, Date | string, never>;
  received_via: ReceivedVia;
  submitted_by: string | null;
  receipt_code: string;
  created_at: CreatedAt;
}

/** A candidacy's attachment; only removed_at/removed_by may change (a trigger refuses the rest). */
export interface CandidacyAttachmentsTable {
  id: Generated<string>;
  candidacy_id: string;
  /** Sanitized, ending in the detected type's extension. */
  filename: string;
  /** Detected from the content. */
  media_type: string;
  size_bytes: number;
  /** Hex SHA-256 of the content. */
  sha256: string;
  content: ColumnType<Buffer, Buffer, never>;
  uploaded_by: string | null;
  uploaded_at: ColumnType<Date, Date | string, never>;
  /** Upload order (an identity column). */
  upload_order: ColumnType<string, never, never>;
  /** Set when removed from the draft while a revision holds it; null while in the draft. */
  removed_at: Timestamp | null;
  removed_by: string | null;
}

/** Which attachments a submitted revision had. Immutable (a trigger refuses UPDATE and DELETE). */
export interface CandidacyRevisionAttachmentsTable {
  revision_id: string;
  attachment_id: string;
  /** 1, 2, 3 … in the order they were uploaded. */
  position: number;
}

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  base64: string;
}

export interface OutboxMessagesTable {
  id: Generated<string>;
  kind: string;
  /** Lower-cased. */
  to_address: string;
  to_name: string | null;
  locale: Locale;
  subject: string;
  body_text: string;
  attachments: ColumnType<OutboxAttachment[], string | undefined, string>;
  region_id: string | null;
  organisation_id: string | null;
  created_at: CreatedAt;
  /** Set when handed to SMTP; null while it waits in the outbox. */
  sent_at: Timestamp | null;
  /** The last failed attempt's error, short and without secrets; null once sent. */
  last_error: string | null;
  /** Delivery attempts so far (platform/mail.ts, modules/outbox/delivery.ts). */
  attempts: Generated<number>;
  last_attempt_at: Timestamp | null;
  /** Null: as soon as the delivery job runs; else not before (backoff after a failure, or held by a sender). */
  next_attempt_at: Timestamp | null;
}

export type ReminderKind = "candidacy_deadline" | "jury_assessment";

/** Reminders already queued: one per kind, subject, person and due moment (unique), so each goes out once. */
export interface RemindersTable {
  id: Generated<string>;
  kind: ReminderKind;
  /** The candidacy (candidacy_deadline) or the call (jury_assessment). */
  subject_id: string;
  user_id: string;
  due_at: Timestamp;
  /** The deadline or the end of the assessment it announced. */
  ends_at: Timestamp;
  outbox_message_id: string | null;
  created_at: Timestamp;
}

export interface CallCriteriaTable {
  id: Generated<string>;
  call_id: string;
  /** Stable within the call; reviews and the consensus name criteria by it. */
  key: string;
  label: string;
  description: Generated<string>;
  weight: number;
  /** Scores run from 0 to max_score. */
  max_score: Generated<number>;
  /** The minimum average on this criterion to pass it; null: none. */
  threshold: number | null;
  sort_order: number;
}

export interface JuryAssignmentsTable {
  id: Generated<string>;
  call_id: string;
  user_id: string;
  assigned_by: string | null;
  assigned_at: Timestamp;
}

export type ConflictStatus = "none" | "conflict" | "possible";

export interface ConflictDeclarationsTable {
  id: Generated<string>;
  candidacy_id: string;
  user_id: string;
  status: ConflictStatus;
  /** Required unless status is none. */
  reason: string | null;
  declared_at: Timestamp;
  /** A possible conflict the coordinator cleared: the member may see and score the candidacy. */
  cleared_by: string | null;
  cleared_at: Timestamp | null;
}

/** Per criterion key: the score (null while not given) and a comment. */
export type ReviewScores = Record<string, { score: number | null; comment: string }>;
/** Per criterion key: the consensus score and its motivation. */
export type ConsensusScores = Record<string, { score: number; motivation: string }>;

export interface ReviewsTable {
  id: Generated<string>;
  user_id: string;
  candidacy_id: string;
  revision_id: string;
  scores: ColumnType<ReviewScores, string, string>;
  saved_at: Timestamp;
  /** Null while a draft. */
  submitted_at: Timestamp | null;
}

export interface ConsensusTable {
  id: Generated<string>;
  candidacy_id: string;
  revision_id: string;
  scores: ColumnType<ConsensusScores, string, string>;
  recorded_by: string;
  recorded_at: Timestamp;
}

export type DecisionOutcome = "selected" | "reserve" | "not_selected";

export interface DecisionsTable {
  id: Generated<string>;
  candidacy_id: string;
  /** The working decision; private to the region until published. */
  outcome: DecisionOutcome;
  /** Required when not selected. */
  motivation: string;
  prepared_by: string | null;
  prepared_at: Timestamp;
  /** What the last letter said; null until published. */
  published_outcome: DecisionOutcome | null;
  published_motivation: string | null;
  published_at: Timestamp | null;
  /** Set when a weerwoord is upheld; cleared when the decision is published again. */
  reopened_at: Timestamp | null;
}

export type ObjectionStatus = "filed" | "upheld" | "rejected";

export interface ObjectionsTable {
  id: Generated<string>;
  candidacy_id: string;
  /** The publication of the decision it answers. */
  decision_published_at: ColumnType<Date, Date | string, never>;
  filed_by: string;
  filed_at: ColumnType<Date, Date | string, never>;
  text: string;
  status: Generated<ObjectionStatus>;
  answer: string | null;
  handled_by: string | null;
  handled_at: Timestamp | null;
}

export interface PitchSlotsTable {
  id: Generated<string>;
  call_id: string;
  /** UTC; half-open [starts_at, ends_at). */
  starts_at: Timestamp;
  ends_at: Timestamp;
  /** A place, an https link, or both; at least one. */
  location: string | null;
  online_url: string | null;
  /** For clash detection within the region. */
  room: string | null;
  challenge_number: number | null;
  note: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  invited_at: Timestamp | null;
  /** The iCalendar SEQUENCE of the invitations last sent. */
  sequence: Generated<number>;
  /** A cancelled slot stays as history, with its reason; it no longer counts for clashes. */
  cancelled_at: Timestamp | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

/** Whose calendar holds the slot: the people the last invitations went to (a candidacy's contact or a juror). */
export interface PitchSlotInviteesTable {
  slot_id: string;
  candidacy_id: string | null;
  user_id: string | null;
  /** Lower-case, as the outbox stores it. */
  email: string;
  name: string | null;
}

export interface PitchSlotCandidaciesTable {
  slot_id: string;
  candidacy_id: string;
}

export interface PitchSlotJuryTable {
  slot_id: string;
  user_id: string;
}

export type PartnershipMemberKind = "vdab" | "municipality" | "partner";

export interface PartnershipsTable {
  id: Generated<string>;
  /** One partnership per region; later calls add partners to it. */
  region_id: string;
  formed_at: Timestamp;
}

/** That a call's final decisions formed (or extended) its region's partnership; one row per call. */
export interface PartnershipFormationsTable {
  call_id: string;
  partnership_id: string;
  formed_at: Timestamp;
  /** Null when the scheduled job formed it. */
  formed_by: string | null;
}

export interface PartnershipMembersTable {
  id: Generated<string>;
  partnership_id: string;
  kind: PartnershipMemberKind;
  /** VDAB and the partners; null for a municipality. */
  organisation_id: string | null;
  /** The region's municipality (lokaal bestuur); null otherwise. */
  municipality_id: string | null;
  /** A partner's source: the call, candidacy and final revision; null for VDAB and municipalities. */
  call_id: string | null;
  candidacy_id: string | null;
  revision_id: string | null;
  joined_at: Timestamp;
}

/** A partner's offer (HSDS service): created from the final candidacy revision, edited by the region and the partner. */
export interface PartnershipOffersTable {
  id: Generated<string>;
  partnership_id: string;
  member_id: string;
  organisation_id: string;
  service_type_code: string;
  candidacy_id: string;
  revision_id: string;
  name: string;
  description: Generated<string>;
  /** Trajectories per year; null when unknown. */
  capacity_per_year: number | null;
  /** ISO 639 codes, Dutch first. */
  languages: string[];
  eligibility_personas: Generated<string[]>;
  eligibility_challenges: Generated<number[]>;
  eligibility_text: Generated<string>;
  contact_name: Generated<string>;
  contact_email: Generated<string>;
  contact_phone: Generated<string>;
  /** Current waiting time in days; null while unknown. */
  waiting_days: number | null;
  waiting_updated_at: Timestamp | null;
  accepting_referrals: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
}

/** An offer's service area. */
export interface PartnershipOfferMunicipalitiesTable {
  offer_id: string;
  municipality_id: string;
}

// Issue 4: the partnership at work (migration 20261123210000_trajectories.ts). Codes are checked in the database;
// their lists are in domain/trajectory-codes.ts.
export interface OutreachPersonsTable {
  id: Generated<string>;
  region_id: string;
  nickname: Generated<string>;
  age_band: Generated<string>;
  gender: Generated<string>;
  client_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface OutreachContactsTable {
  id: Generated<string>;
  person_id: string;
  region_id: string;
  occurred_at: Timestamp;
  finding_place: string;
  municipality_id: string | null;
  life_domains: Generated<string[]>;
  note: Generated<string>;
  recorded_by: string;
  organisation_id: string;
  created_at: Timestamp;
}

export interface ClientsTable {
  id: Generated<string>;
  region_id: string;
  given_name: string;
  family_name: Generated<string>;
  /** A date without time: 'YYYY-MM-DD' (pg's date type is read as text, see db/connection.ts). */
  birth_date: string | null;
  phone: Generated<string>;
  email: Generated<string>;
  contact_languages: string[];
  interpreter_needed: Generated<boolean>;
  household: Generated<string>;
  children_count: number | null;
  care_duties: Generated<string[]>;
  residence: string;
  municipality_id: string | null;
  gender: Generated<string>;
  esf_labour_status: Generated<string>;
  esf_age_band: Generated<string>;
  esf_education_level: Generated<string>;
  esf_disability: Generated<string>;
  esf_migration_background: Generated<string>;
  esf_homelessness: Generated<string>;
  esf_rural: Generated<string>;
  outreach_person_id: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TrajectoriesTable {
  id: Generated<string>;
  client_id: string;
  region_id: string;
  companion_user_id: string;
  companion_organisation_id: string;
  status: string;
  status_reason: Generated<string>;
  status_changed_at: Timestamp;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  exit_outcome: string | null;
  follow_up_due_on: string | null;
  follow_up_done_at: Timestamp | null;
  follow_up_outcome: string | null;
  follow_up_note: Generated<string>;
  created_by: string;
  created_at: Timestamp;
}

export interface TrajectoryEventsTable {
  id: Generated<string>;
  trajectory_id: string;
  kind: "status" | "companion" | "closure" | "follow_up";
  from_value: string | null;
  to_value: string;
  reason: Generated<string>;
  at: Timestamp;
  by_user_id: string;
}

export interface ConsentsTable {
  id: Generated<string>;
  client_id: string;
  scope: "partner" | "partnership";
  partner_organisation_id: string | null;
  purpose: string;
  purpose_text: Generated<string>;
  categories: string[];
  given_how: string;
  given_at: Timestamp;
  expires_at: Timestamp;
  recorded_by: string;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoked_how: string | null;
  revoke_reason: Generated<string>;
}

export interface CaseConferenceParticipant {
  name: string;
  organisation: string;
  role: string;
}

export interface CaseConferencesTable {
  id: Generated<string>;
  trajectory_id: string;
  held_at: Timestamp;
  purpose: string;
  legal_frame: string;
  legal_frame_text: Generated<string>;
  consent_id: string | null;
  participants: ColumnType<CaseConferenceParticipant[], string, string>;
  client_present: Generated<boolean>;
  outcome: Generated<string>;
  recorded_by: string;
  created_at: Timestamp;
}

export interface ScansTable {
  id: Generated<string>;
  trajectory_id: string;
  taken_on: string;
  ladder_rung: number | null;
  moment: string;
  talents: Generated<string>;
  client_wish: Generated<string>;
  taken_by: string;
  created_at: Timestamp;
}

export interface ScanDomainsTable {
  scan_id: string;
  life_domain_code: string;
  score: number;
  barriers: Generated<string[]>;
  strengths: Generated<string>;
  wish: Generated<string>;
}

export interface GoalsTable {
  id: Generated<string>;
  trajectory_id: string;
  life_domain_code: string;
  text: string;
  status: Generated<string>;
  progress: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanActionsTable {
  id: Generated<string>;
  goal_id: string;
  trajectory_id: string;
  text: string;
  who: string;
  who_organisation_id: string | null;
  who_text: Generated<string>;
  due_on: string | null;
  done_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface ReferralsTable {
  id: Generated<string>;
  trajectory_id: string;
  client_id: string;
  offer_id: string;
  organisation_id: string;
  consent_id: string | null;
  categories: string[];
  goal_id: string | null;
  message: Generated<string>;
  state: string;
  state_reason: string | null;
  state_changed_at: Timestamp;
  answer_due_at: Timestamp | null;
  feedback_every_days: number | null;
  last_feedback_at: Timestamp | null;
  sent_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface ReferralEventsTable {
  id: Generated<string>;
  referral_id: string;
  from_state: string | null;
  to_state: string;
  reason: string | null;
  note: Generated<string>;
  at: Timestamp;
  by_user_id: string | null;
}

export interface ReferralFeedbackTable {
  id: Generated<string>;
  referral_id: string;
  given_at: Timestamp;
  given_by: string;
  attendance: string;
  progress: string;
  summary: string;
  next_step: Generated<string>;
}

export interface AppointmentsTable {
  id: Generated<string>;
  trajectory_id: string;
  referral_id: string | null;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: Generated<string>;
  online_url: Generated<string>;
  attendance: Generated<string>;
  attendance_note: Generated<string>;
  ical_uid: string;
  ical_sequence: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NotesTable {
  id: Generated<string>;
  trajectory_id: string;
  written_at: Timestamp;
  written_by: string;
  life_domain_code: string | null;
  confidentiality: string;
  category: string;
  text: string;
}

export interface SignalsTable {
  id: Generated<string>;
  region_id: string;
  title: string;
  description: string;
  life_domains: string[];
  barriers: Generated<string[]>;
  municipality_id: string | null;
  status: Generated<string>;
  response: Generated<string>;
  raised_by: string;
  /** The organisation the raiser raised it for (migration 20261123216000); null only for older rows. */
  raised_by_organisation_id: string | null;
  raised_at: Timestamp;
  updated_at: Timestamp;
}

export interface SignalTrajectoriesTable {
  signal_id: string;
  trajectory_id: string;
}

export interface Database {
  regions: RegionsTable;
  municipalities: MunicipalitiesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  life_domains: LifeDomainsTable;
  barriers: BarriersTable;
  service_types: ServiceTypesTable;
  personas: PersonasTable;
  addenda: AddendaTable;
  addendum_versions: AddendumVersionsTable;
  calls: CallsTable;
  candidacies: CandidaciesTable;
  candidacy_revisions: CandidacyRevisionsTable;
  candidacy_attachments: CandidacyAttachmentsTable;
  candidacy_revision_attachments: CandidacyRevisionAttachmentsTable;
  outbox_messages: OutboxMessagesTable;
  reminders: RemindersTable;
  call_criteria: CallCriteriaTable;
  jury_assignments: JuryAssignmentsTable;
  conflict_declarations: ConflictDeclarationsTable;
  reviews: ReviewsTable;
  consensus: ConsensusTable;
  pitch_slots: PitchSlotsTable;
  pitch_slot_candidacies: PitchSlotCandidaciesTable;
  pitch_slot_jury: PitchSlotJuryTable;
  pitch_slot_invitees: PitchSlotInviteesTable;
  decisions: DecisionsTable;
  objections: ObjectionsTable;
  partnerships: PartnershipsTable;
  partnership_formations: PartnershipFormationsTable;
  partnership_members: PartnershipMembersTable;
  partnership_offers: PartnershipOffersTable;
  partnership_offer_municipalities: PartnershipOfferMunicipalitiesTable;
  outreach_persons: OutreachPersonsTable;
  outreach_contacts: OutreachContactsTable;
  clients: ClientsTable;
  trajectories: TrajectoriesTable;
  trajectory_events: TrajectoryEventsTable;
  consents: ConsentsTable;
  case_conferences: CaseConferencesTable;
  scans: ScansTable;
  scan_domains: ScanDomainsTable;
  goals: GoalsTable;
  plan_actions: PlanActionsTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  referral_feedback: ReferralFeedbackTable;
  appointments: AppointmentsTable;
  notes: NotesTable;
  signals: SignalsTable;
  signal_trajectories: SignalTrajectoriesTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Membership = Selectable<MembershipsTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Region = Selectable<RegionsTable>;
