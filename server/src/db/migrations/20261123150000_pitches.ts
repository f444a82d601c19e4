import { sql, type Kysely } from "kysely";

// Pitches (issue 3, fourth part): the coordinator plans pitch slots on the call's matching days, with the candidacies
// heard together and the jury members present, and sends invitations with an iCalendar attachment. Clashes (a person,
// an organisation or a room in two overlapping slots) are refused by the service under one lock, because people sit
// in separate tables and a room is compared within the region.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pitch_slots (
      id uuid primary key default gen_random_uuid(),
      call_id uuid not null references calls(id) on delete restrict,
      -- UTC; entered as a Brussels local date and times. Half-open: [starts_at, ends_at).
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      location text check (location is null or length(trim(location)) between 1 and 300),
      online_url text check (online_url is null or (online_url ~ '^https://' and length(online_url) <= 2000)),
      -- For clash detection within the region: two slots in one room may not overlap.
      room text check (room is null or length(trim(room)) between 1 and 120),
      -- The region challenge the slot groups its candidacies under; null: not grouped.
      challenge_number integer check (challenge_number is null or challenge_number between 1 and 99),
      note text not null default '' check (length(note) <= 2000),
      created_by uuid references users(id) on delete restrict,
      created_at timestamptz not null,
      -- Set when the slot changes; invitations sent after a change carry a higher iCalendar SEQUENCE.
      updated_at timestamptz not null,
      invited_at timestamptz,
      -- The SEQUENCE of the invitations last sent (0 for the first).
      sequence integer not null default 0 check (sequence >= 0),
      check (ends_at > starts_at),
      check (location is not null or online_url is not null)
    );
    create index pitch_slots_call on pitch_slots (call_id, starts_at);
    create index pitch_slots_time on pitch_slots (starts_at, ends_at);

    create table pitch_slot_candidacies (
      slot_id uuid not null references pitch_slots(id) on delete cascade,
      candidacy_id uuid not null references candidacies(id) on delete restrict,
      primary key (slot_id, candidacy_id)
    );
    create index pitch_slot_candidacies_candidacy on pitch_slot_candidacies (candidacy_id);

    create table pitch_slot_jury (
      slot_id uuid not null references pitch_slots(id) on delete cascade,
      user_id uuid not null references users(id) on delete restrict,
      primary key (slot_id, user_id)
    );
    create index pitch_slot_jury_user on pitch_slot_jury (user_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table pitch_slot_jury;
    drop table pitch_slot_candidacies;
    drop table pitch_slots;
  `.execute(db);
}
