import { sql, type Kysely } from "kysely";

// The call (issue 3, first part): a region's call with its own timeline, organisations applying through the portal
// (or registered by the coordinator from an e-mail), candidacies with an autosaved draft and immutable submitted
// revisions, and the outbox every message goes through.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Staff of an applying organisation hold the applicant role for the organisation itself, in no region: an
    -- organisation applies to any region's call (one candidacy per region).
    alter table memberships drop constraint memberships_check;
    alter table memberships add constraint memberships_region_required
      check (role in ('admin', 'applicant') or region_id is not null);

    create table calls (
      id uuid primary key default gen_random_uuid(),
      region_id uuid not null references regions(id) on delete restrict,
      -- The published addendum version the call was opened on; its milestones were copied into the call.
      addendum_version_id uuid references addendum_versions(id) on delete restrict,
      title text not null,
      -- The call's timeline (Milestone[], as in the addendum document). The phase follows from it and the clock.
      milestones jsonb not null,
      -- Whether jury members see each other's scores: never, after scoring themselves, or always.
      score_visibility text not null default 'after_own' check (score_visibility in ('never', 'after_own', 'always')),
      -- A call made for the demo, with its milestones placed relative to the day it was loaded. Labelled on screen.
      is_demo boolean not null default false,
      created_at timestamptz not null default now(),
      created_by uuid references users(id) on delete restrict
    );
    create index calls_region on calls (region_id, created_at desc);

    create table candidacies (
      id uuid primary key default gen_random_uuid(),
      call_id uuid not null references calls(id) on delete restrict,
      organisation_id uuid not null references organisations(id) on delete restrict,
      -- The working copy, saved as the user goes (CandidacyContent, possibly incomplete). Never judged by the jury.
      draft jsonb not null,
      -- Counts every save of the draft; a save names the count it started from, so two tabs cannot overwrite
      -- each other silently.
      draft_revision integer not null default 1,
      draft_saved_at timestamptz not null default now(),
      draft_saved_by uuid references users(id) on delete restrict,
      created_at timestamptz not null default now(),
      created_by uuid references users(id) on delete restrict,
      -- One candidacy per organisation per call: the programme's rule (separately per region, never a consortium).
      unique (call_id, organisation_id)
    );

    create table candidacy_revisions (
      id uuid primary key default gen_random_uuid(),
      candidacy_id uuid not null references candidacies(id) on delete restrict,
      number integer not null check (number > 0),
      content jsonb not null,
      -- When the candidacy counts as received: the server's clock for the portal, the time the coordinator read in
      -- the e-mail for 'email'. Judged against the deadline instant either way.
      received_at timestamptz not null,
      received_via text not null check (received_via in ('portal', 'email')),
      submitted_by uuid references users(id) on delete restrict,
      -- The receipt's reference, printed on the receipt and in its mail (e.g. "MAA-2023-0007-1").
      receipt_code text not null unique,
      created_at timestamptz not null default now(),
      unique (candidacy_id, number)
    );

    -- A submitted revision is what the jury judges and the receipt proves: it never changes.
    create function candidacy_revisions_are_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'candidacy_revisions are immutable';
    end $$;
    create trigger candidacy_revisions_no_change before update or delete on candidacy_revisions
      for each row execute function candidacy_revisions_are_immutable();

    create table outbox_messages (
      id uuid primary key default gen_random_uuid(),
      -- What kind of message: 'candidacy.receipt', … (the mail module's catalogue).
      kind text not null,
      to_address text not null check (to_address = lower(to_address)),
      to_name text,
      locale text not null check (locale in ('nl', 'en', 'fr')),
      subject text not null,
      body_text text not null,
      -- [{ filename, contentType, base64 }]: small attachments only (receipts, letters, invitations).
      attachments jsonb not null default '[]',
      -- Who may read it in the app: the region's coordinators and the organisation's staff.
      region_id uuid references regions(id) on delete restrict,
      organisation_id uuid references organisations(id) on delete restrict,
      created_at timestamptz not null default now(),
      -- Set when handed to SMTP; without SMTP the message stays in the outbox, readable in the app.
      sent_at timestamptz,
      last_error text
    );
    create index outbox_messages_region on outbox_messages (region_id, created_at desc);
    create index outbox_messages_organisation on outbox_messages (organisation_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table outbox_messages;
    drop trigger candidacy_revisions_no_change on candidacy_revisions;
    drop function candidacy_revisions_are_immutable();
    drop table candidacy_revisions;
    drop table candidacies;
    drop table calls;
    alter table memberships drop constraint memberships_region_required;
    alter table memberships add constraint memberships_check check (role = 'admin' or region_id is not null);
  `.execute(db);
}
