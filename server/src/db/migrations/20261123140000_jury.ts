import { sql, type Kysely } from "kysely";

// The jury (issue 3, third part): a call's criteria, the jury members assigned to it, their declarations of conflict
// of interest, their reviews of submitted revisions, and the consensus the coordinator records.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table call_criteria (
      id uuid primary key default gen_random_uuid(),
      call_id uuid not null references calls(id) on delete cascade,
      -- Stable within the call; reviews and the consensus name criteria by it.
      key text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
      -- In the call's language (Dutch): the coordinator writes the criteria as the addendum words them.
      label text not null check (length(label) between 1 and 120),
      description text not null default '',
      weight integer not null check (weight > 0),
      -- Scores run from 0 ("not addressed at all") to max_score.
      max_score integer not null default 5 check (max_score between 1 and 10),
      -- The minimum average score on this criterion for a candidacy to pass it; null: no threshold.
      threshold double precision check (threshold is null or (threshold >= 0 and threshold <= max_score)),
      sort_order integer not null,
      unique (call_id, key)
    );

    create table jury_assignments (
      id uuid primary key default gen_random_uuid(),
      call_id uuid not null references calls(id) on delete restrict,
      user_id uuid not null references users(id) on delete restrict,
      assigned_by uuid references users(id) on delete restrict,
      assigned_at timestamptz not null default now(),
      unique (call_id, user_id)
    );

    -- One declaration per jury member and candidacy, before they see it. It may change (each change is audited),
    -- but once a review is submitted only a change to 'conflict' is accepted (the service's rule).
    create table conflict_declarations (
      id uuid primary key default gen_random_uuid(),
      candidacy_id uuid not null references candidacies(id) on delete restrict,
      user_id uuid not null references users(id) on delete restrict,
      status text not null check (status in ('none', 'conflict', 'possible')),
      reason text check (reason is null or length(reason) <= 2000),
      declared_at timestamptz not null,
      -- A 'possible' conflict keeps the member out until the coordinator clears it.
      cleared_by uuid references users(id) on delete restrict,
      cleared_at timestamptz,
      unique (user_id, candidacy_id),
      check (status = 'none' or length(trim(reason)) > 0),
      check (cleared_at is null or status = 'possible')
    );

    -- One review per jury member and submitted revision. scores: { [criterion key]: { score, comment } }, the score
    -- null while not given; jsonb because the criteria are the call's and may be replaced before anyone submits.
    create table reviews (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete restrict,
      candidacy_id uuid not null references candidacies(id) on delete restrict,
      revision_id uuid not null references candidacy_revisions(id) on delete restrict,
      scores jsonb not null default '{}',
      saved_at timestamptz not null,
      -- Null while a draft; a submitted review does not change.
      submitted_at timestamptz,
      unique (user_id, revision_id)
    );
    create index reviews_candidacy on reviews (candidacy_id);

    -- The jury's consensus on a revision, recorded by the coordinator; recording again replaces it (audited).
    create table consensus (
      id uuid primary key default gen_random_uuid(),
      candidacy_id uuid not null references candidacies(id) on delete restrict,
      revision_id uuid not null references candidacy_revisions(id) on delete restrict,
      -- { [criterion key]: { score, motivation } }
      scores jsonb not null,
      recorded_by uuid not null references users(id) on delete restrict,
      recorded_at timestamptz not null,
      unique (candidacy_id, revision_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table consensus;
    drop table reviews;
    drop table conflict_declarations;
    drop table jury_assignments;
    drop table call_criteria;
  `.execute(db);
}
