// The typed catalogue of audit events (STYLE.md "Audit"). Audit rows are kept forever: treat each payload as a
// schema. Add an event here before writing it anywhere.
import type { Locale } from "../db/types.ts";

/** The client records of issue 4: every read and write of one is audited as client_record.read / .written. */
export type ClientRecordEntity =
  | "outreach_person"
  | "client"
  | "trajectory"
  | "consent"
  | "case_conference"
  | "scan"
  | "goal"
  | "plan_action"
  | "referral"
  | "referral_feedback"
  | "appointment"
  | "note"
  | "signal";

/**
 * How the actor reached a client record, the consents that allowed it (partners) and what was read or written
 * ("file", "timeline", "status_changed", "sent", …). Ids and names only: never a value from the record, so that no
 * health, addiction or justice data ever lands in the log.
 */
export interface ClientRecordPayload {
  clientId: string | null;
  via: "companion" | "case_director" | "partner" | "outreach" | "coordinator" | "system";
  consentIds: string[];
  what: string;
}

export type AuditEvent =
  | { action: "client_record.read"; entityType: ClientRecordEntity; entityId: string; payload: ClientRecordPayload }
  | { action: "client_record.written"; entityType: ClientRecordEntity; entityId: string; payload: ClientRecordPayload }
  | { action: "auth.login"; entityType: "user"; entityId: string; payload: { ip: string | null } }
  | {
      action: "auth.login_failed";
      entityType: "user";
      entityId: string | null;
      payload: {
        email: string;
        ip: string | null;
        reason: "unknown_email" | "wrong_password" | "disabled" | "throttled";
      };
    }
  | { action: "auth.logout"; entityType: "user"; entityId: string; payload: Record<string, never> }
  | { action: "user.created"; entityType: "user"; entityId: string; payload: { email: string } }
  | { action: "user.disabled"; entityType: "user"; entityId: string; payload: { revokedSessions: number } }
  | { action: "user.enabled"; entityType: "user"; entityId: string; payload: Record<string, never> }
  | { action: "user.locale_changed"; entityType: "user"; entityId: string; payload: { from: Locale; to: Locale } }
  | { action: "user.password_changed"; entityType: "user"; entityId: string; payload: Record<string, never> }
  | {
      action: "organisation.created";
      entityType: "organisation";
      entityId: string;
      payload: { name: string; enterpriseNumber: string };
    }
  | {
      action: "membership.granted";
      entityType: "membership";
      entityId: string;
      payload: { userId: string; organisationId: string; regionId: string | null; role: string };
    }
  | {
      action: "membership.revoked";
      entityType: "membership";
      entityId: string;
      payload: { userId: string; role: string };
    }
  | { action: "region.created"; entityType: "region"; entityId: string; payload: { slug: string; name: string } }
  | {
      action: "addendum.created";
      entityType: "addendum";
      entityId: string;
      payload: { regionSlug: string; versionId: string };
    }
  | {
      action: "addendum.draft_saved";
      entityType: "addendum";
      entityId: string;
      payload: { regionSlug: string; versionId: string; number: number; summary: string };
    }
  | {
      action: "addendum.published";
      entityType: "addendum";
      entityId: string;
      payload: { regionSlug: string; versionId: string; number: number };
    }
  | {
      action: "organisation.registered";
      entityType: "organisation";
      entityId: string;
      payload: { name: string; enterpriseNumber: string; userId: string };
    }
  | {
      action: "call.created";
      entityType: "call";
      entityId: string;
      payload: { regionSlug: string; title: string; addendumVersionId: string | null; isDemo: boolean };
    }
  | {
      // The coordinator took the published addendum's timeline over into a running call.
      action: "call.timeline_taken_over";
      entityType: "call";
      entityId: string;
      payload: {
        addendumVersion: number;
        changes: { key: string; kind: string; before: string | null; after: string | null }[];
      };
    }
  | {
      // Only demo calls move: on a start after their deadline, so that a visitor can always apply.
      action: "call.demo_timeline_moved";
      entityType: "call";
      entityId: string;
      payload: { previousDeadline: string | null; deadline: string | null };
    }
  | {
      action: "candidacy.created";
      entityType: "candidacy";
      entityId: string;
      payload: { callId: string; organisationId: string };
    }
  | {
      action: "candidacy.draft_saved";
      entityType: "candidacy";
      entityId: string;
      payload: { draftRevision: number };
    }
  | {
      action: "candidacy.submitted";
      entityType: "candidacy";
      entityId: string;
      payload: {
        revisionId: string;
        number: number;
        receiptCode: string;
        receivedAt: string;
        receivedVia: "portal" | "email";
        /** What the revision had (modules/attachments); absent in rows written before attachments existed. */
        attachments?: { id: string; filename: string; sha256: string }[];
      };
    }
  | {
      // A refusal changes nothing, but an applicant who says "I submitted in time" deserves the record.
      action: "candidacy.submit_refused";
      entityType: "candidacy";
      entityId: string;
      payload: { reason: "deadline_passed" | "incomplete"; attemptedAt: string; deadline: string | null };
    }
  | {
      // The call's criteria, as set: with the call (defaults: true) or by the coordinator (the whole set replaced).
      action: "call.criteria_set";
      entityType: "call";
      entityId: string;
      payload: {
        defaults: boolean;
        criteria: { key: string; label: string; weight: number; maxScore: number; threshold: number | null }[];
      };
    }
  | {
      action: "call.score_visibility_set";
      entityType: "call";
      entityId: string;
      payload: { from: "never" | "after_own" | "always"; to: "never" | "after_own" | "always" };
    }
  | { action: "jury.assigned"; entityType: "call"; entityId: string; payload: { userId: string } }
  | { action: "jury.unassigned"; entityType: "call"; entityId: string; payload: { userId: string } }
  | {
      action: "jury.conflict_declared";
      entityType: "candidacy";
      entityId: string;
      payload: {
        userId: string;
        status: "none" | "conflict" | "possible";
        reason: string | null;
        previous: "none" | "conflict" | "possible" | null;
      };
    }
  | { action: "jury.conflict_cleared"; entityType: "candidacy"; entityId: string; payload: { userId: string } }
  | {
      action: "jury.review_saved";
      entityType: "candidacy";
      entityId: string;
      payload: { reviewId: string; revisionId: string; scored: number };
    }
  | {
      action: "jury.review_submitted";
      entityType: "candidacy";
      entityId: string;
      payload: { reviewId: string; revisionId: string; scores: Record<string, number> };
    }
  | {
      action: "jury.consensus_recorded";
      entityType: "candidacy";
      entityId: string;
      payload: { revisionId: string; scores: Record<string, number>; replaced: boolean };
    }
  | {
      // A pitch slot as planned: Brussels times stored in UTC, who is heard and who sits on the jury.
      action: "pitch.slot_created" | "pitch.slot_changed";
      entityType: "pitch_slot";
      entityId: string;
      payload: {
        callId: string;
        startsAt: string;
        endsAt: string;
        location: string | null;
        onlineUrl: string | null;
        room: string | null;
        challengeNumber: number | null;
        candidacyIds: string[];
        juryUserIds: string[];
      };
    }
  | {
      action: "pitch.slot_deleted";
      entityType: "pitch_slot";
      entityId: string;
      payload: { callId: string; startsAt: string; endsAt: string; invitedAt: string | null };
    }
  | {
      action: "pitch.invitations_sent";
      entityType: "pitch_slot";
      entityId: string;
      payload: { callId: string; sequence: number; messageIds: string[] };
    }
  | {
      // The change of an invited slot, sent with the iCalendar SEQUENCE: the outbox messages by what they are.
      action: "pitch.changes_sent";
      entityType: "pitch_slot";
      entityId: string;
      payload: { callId: string; sequence: number; invited: string[]; updated: string[]; cancelled: string[] };
    }
  | {
      // The slot stays as history; everyone invited got a cancellation with the reason.
      action: "pitch.slot_cancelled";
      entityType: "pitch_slot";
      entityId: string;
      payload: {
        callId: string;
        startsAt: string;
        endsAt: string;
        reason: string;
        sequence: number;
        messageIds: string[];
      };
    }
  | {
      action: "decision.prepared";
      entityType: "candidacy";
      entityId: string;
      payload: {
        outcome: "selected" | "reserve" | "not_selected";
        motivation: string;
        previous: "selected" | "reserve" | "not_selected" | null;
        reopened: boolean;
      };
    }
  | {
      // The batch: every decision of the call published at once, with the letters queued.
      action: "call.decisions_published";
      entityType: "call";
      entityId: string;
      payload: { publishedAt: string; weerwoordUntil: string; candidacyIds: string[]; letters: number };
    }
  | {
      // One decision, published (again) after an upheld weerwoord reopened it.
      action: "decision.republished";
      entityType: "candidacy";
      entityId: string;
      payload: { outcome: "selected" | "reserve" | "not_selected"; publishedAt: string; weerwoordUntil: string };
    }
  | {
      action: "objection.filed";
      entityType: "objection";
      entityId: string;
      payload: { candidacyId: string; decisionPublishedAt: string };
    }
  | {
      action: "objection.handled";
      entityType: "objection";
      entityId: string;
      payload: { candidacyId: string; status: "upheld" | "rejected"; answer: string };
    }
  | {
      // The demo loaded a region's fictional clients (demo/clients.ts): counts and organisation ids only.
      action: "demo.clients_loaded";
      entityType: "region";
      entityId: string;
      payload: {
        regionSlug: string;
        clients: number;
        outreachPersons: number;
        referrals: number;
        consents: number;
        signals: number;
        companionOrganisationId: string;
        partnerWorkerOrganisationId: string;
      };
    }
  | {
      // A call's final decisions formed its region's partnership (extended: it existed from an earlier call).
      action: "partnership.formed";
      entityType: "partnership";
      entityId: string;
      payload: {
        callId: string;
        regionId: string;
        extended: boolean;
        /** "job": the scheduled formation; "coordinator": triggered on the screen. */
        trigger: "job" | "coordinator" | "seed";
        members: { kind: "vdab" | "municipality" | "partner"; id: string }[];
        offers: { id: string; organisationId: string; serviceType: string; capacityPerYear: number | null }[];
      };
    }
  | {
      // An offer's editable fields, each with its value before and after.
      action: "partnership.offer_changed";
      entityType: "partnership_offer";
      entityId: string;
      payload: { changes: Record<string, { from: unknown; to: unknown }> };
    }
  | {
      // A structural signal raised in a region (issue 4, item 10): ids and counts only, never its words, and not its
      // life domains either: with the linked trajectories' audit rows they would tie a client to "addiction". Each
      // linked trajectory is audited as well, as a client_record.written of entity "signal".
      action: "signal.raised";
      entityType: "signal";
      entityId: string;
      payload: { regionId: string; organisationId: string | null; linkedTrajectories: number };
    }
  | {
      // The coordinator's follow-up: the status before and after, and whether the response changed.
      action: "signal.followed_up";
      entityType: "signal";
      entityId: string;
      payload: { from: string; to: string; responseChanged: boolean };
    }
  | {
      action: "attachment.uploaded";
      entityType: "candidacy";
      entityId: string;
      payload: { attachmentId: string; filename: string; mediaType: string; size: number; sha256: string };
    }
  | {
      // keptForRevisions: a submitted revision holds it, so its bytes stay for that revision; otherwise deleted.
      action: "attachment.removed";
      entityType: "candidacy";
      entityId: string;
      payload: { attachmentId: string; filename: string; sha256: string; keptForRevisions: boolean };
    }
  | {
      action: "outbox.queued";
      entityType: "outbox_message";
      entityId: string;
      payload: { kind: string; toAddress: string };
    }
  | {
      // Handed to the SMTP server (platform/mail.ts); `attempt` counts from 1.
      action: "outbox.sent";
      entityType: "outbox_message";
      entityId: string;
      payload: { attempt: number };
    }
  | {
      // The error is short and holds no secret (mailErrorText); the message waits for its next attempt.
      action: "outbox.delivery_failed";
      entityType: "outbox_message";
      entityId: string;
      payload: { attempt: number; error: string; nextAttemptAt: string };
    }
  | {
      // A reminder before a deadline or the end of the assessment, queued once (modules/reminders).
      action: "reminder.queued";
      entityType: "reminder";
      entityId: string;
      payload: {
        kind: "candidacy_deadline" | "jury_assessment";
        subjectId: string;
        userId: string;
        dueAt: string;
        endsAt: string;
        messageId: string;
      };
    };

export type AuditAction = AuditEvent["action"];

/** Who did it. A user acts through a session; the system, the CLI and the demo seed act on their own. */
export type AuditActor = { kind: "user"; userId: string } | { kind: "system" } | { kind: "cli" } | { kind: "seed" };
