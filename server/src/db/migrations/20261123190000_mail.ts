import { sql, type Kysely } from "kysely";

// Mail delivery and reminders (issue 3, item 9). The outbox gets what the delivery job needs: how often it tried,
// when, and when it may try again (a claim also pushes next_attempt_at ahead, so a second app server does not take
// the same message while the first is sending it). The reminders table is the memory of what was already sent: a
// reminder is queued only in the transaction that inserts its row, and the unique key makes it happen once, however
// many app servers run the job at the same time. pg-boss keeps its own tables in its own schema (pgboss).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table outbox_messages
      add column attempts integer not null default 0 check (attempts >= 0),
      add column last_attempt_at timestamptz,
      -- Null: as soon as the delivery job runs. Set after a failure (backoff) and while a job holds the message.
      add column next_attempt_at timestamptz;
    create index outbox_messages_unsent on outbox_messages (coalesce(next_attempt_at, created_at)) where sent_at is null;

    create table reminders (
      id uuid primary key default gen_random_uuid(),
      -- 'candidacy_deadline' (applicants) or 'jury_assessment' (jury members).
      kind text not null check (kind in ('candidacy_deadline', 'jury_assessment')),
      -- The candidacy (applicants) or the call (jury members) the reminder is about.
      subject_id uuid not null,
      user_id uuid not null references users(id) on delete restrict,
      -- The moment the reminder was due (e.g. 7 days before the deadline instant). A deadline that moves gives new
      -- moments, so new reminders; the same moment never twice.
      due_at timestamptz not null,
      -- What it announced: the deadline or the end of the assessment.
      ends_at timestamptz not null,
      outbox_message_id uuid references outbox_messages(id) on delete restrict,
      created_at timestamptz not null,
      unique (kind, subject_id, user_id, due_at)
    );
    create index reminders_user on reminders (user_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table reminders;
    drop index outbox_messages_unsent;
    alter table outbox_messages drop column next_attempt_at, drop column last_attempt_at, drop column attempts;
  `.execute(db);
}
