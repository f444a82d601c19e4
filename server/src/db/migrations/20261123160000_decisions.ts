import { sql, type Kysely } from "kysely";

// Decisions and weerwoord (issue 3, items 6 and 7). A decision is prepared privately (outcome, motivation), then
// published: the published_* columns hold what the applicant was told, so a decision reopened after an upheld
// weerwoord can be changed again without the applicant seeing the new draft. The call's decisions_published_at
// stamps the batch; the phase follows from it (domain/call-phase.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table calls add column decisions_published_at timestamptz;

    create table decisions (
      id uuid primary key default gen_random_uuid(),
      candidacy_id uuid not null unique references candidacies(id) on delete restrict,
      outcome text not null check (outcome in ('selected', 'reserve', 'not_selected')),
      motivation text not null default '' check (length(motivation) <= 5000),
      prepared_by uuid references users(id) on delete restrict,
      prepared_at timestamptz not null,
      -- What the last letter said, and when it was sent; null until the first publication.
      published_outcome text check (published_outcome in ('selected', 'reserve', 'not_selected')),
      published_motivation text,
      published_at timestamptz,
      -- Set when a weerwoord on this decision is upheld; cleared when the decision is published again.
      reopened_at timestamptz,
      -- A candidacy that is not selected is told why (the programme's rule).
      check (outcome <> 'not_selected' or length(trim(motivation)) > 0),
      check ((published_at is null) = (published_outcome is null)),
      check (reopened_at is null or published_at is not null)
    );

    -- A weerwoord answers one communicated decision: one per candidacy and publication.
    create table objections (
      id uuid primary key default gen_random_uuid(),
      candidacy_id uuid not null references candidacies(id) on delete restrict,
      decision_published_at timestamptz not null,
      filed_by uuid not null references users(id) on delete restrict,
      filed_at timestamptz not null,
      text text not null check (length(trim(text)) > 0 and length(text) <= 10000),
      status text not null default 'filed' check (status in ('filed', 'upheld', 'rejected')),
      answer text,
      handled_by uuid references users(id) on delete restrict,
      handled_at timestamptz,
      unique (candidacy_id, decision_published_at),
      check ((status = 'filed') = (handled_at is null)),
      check (status = 'filed' or length(trim(answer)) > 0)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table objections;
    drop table decisions;
    alter table calls drop column decisions_published_at;
  `.execute(db);
}
