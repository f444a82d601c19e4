import { sql, type Kysely } from "kysely";

// Changing and cancelling pitch slots (issue 3, fourth part). A cancelled slot stays, with its reason, as the history
// of the jury day; it no longer counts for clashes. The invitees are the people whose calendar holds the slot: the
// ones the last invitations went to. Changing an invited slot sends them an update, a cancellation to the ones taken
// out and an invitation to the ones added, so the service must know who they were, not only who is in the slot now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table pitch_slots
      add column cancelled_at timestamptz,
      add column cancelled_by uuid references users(id) on delete restrict,
      add column cancel_reason text check (cancel_reason is null or length(trim(cancel_reason)) between 1 and 1000),
      add constraint pitch_slots_cancel_reason check ((cancelled_at is null) = (cancel_reason is null));

    create table pitch_slot_invitees (
      slot_id uuid not null references pitch_slots(id) on delete cascade,
      -- For a candidacy's contact (from its latest revision) or a jury member: exactly one.
      candidacy_id uuid references candidacies(id) on delete restrict,
      user_id uuid references users(id) on delete restrict,
      -- The address the invitation went to, as the outbox stores it.
      email text not null check (email = lower(trim(email)) and length(email) between 3 and 320),
      name text,
      check ((candidacy_id is null) <> (user_id is null))
    );
    create unique index pitch_slot_invitees_person
      on pitch_slot_invitees (slot_id, coalesce(candidacy_id, user_id), email);

    -- Slots invited before this migration: their invitations went to the people in them now.
    insert into pitch_slot_invitees (slot_id, user_id, email, name)
      select j.slot_id, u.id, lower(trim(u.email)), u.display_name
      from pitch_slot_jury j
      join pitch_slots s on s.id = j.slot_id
      join users u on u.id = j.user_id
      where s.invited_at is not null;
    insert into pitch_slot_invitees (slot_id, candidacy_id, email, name)
      select distinct on (p.slot_id, p.candidacy_id)
        p.slot_id, p.candidacy_id,
        lower(trim(r.content->'contact'->>'email')),
        nullif(trim(r.content->'contact'->>'name'), '')
      from pitch_slot_candidacies p
      join pitch_slots s on s.id = p.slot_id
      join candidacy_revisions r on r.candidacy_id = p.candidacy_id
      where s.invited_at is not null
        and length(trim(coalesce(r.content->'contact'->>'email', ''))) >= 3
      order by p.slot_id, p.candidacy_id, r.number desc;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table pitch_slot_invitees;
    alter table pitch_slots
      drop constraint pitch_slots_cancel_reason,
      drop column cancel_reason,
      drop column cancelled_by,
      drop column cancelled_at;
  `.execute(db);
}
