import { sql, type Kysely } from "kysely";

// The partnership at work (issue 4; DESIGN §3.4): outreach, client files, consent, trajectories, scans, plans,
// referrals with a closed loop, appointments, notes, signals and closure. Special-category data (health, mental
// health, addiction, justice) lives here: DESIGN §4 applies to every column. Who may read a row is decided in
// modules/clients/access.ts, never by a query alone; every read and write is audited with the consent that allowed it.
//
// Codes are text with check constraints (not enums) so that a later migration can add one without rewriting a type;
// the lists match server/src/domain/trajectory-codes.ts, where the code and the screens take them from.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A person met at a finding place, possibly anonymous: a nickname and an estimated age band are enough. Repeated
    -- contacts with the same person link to one row; reach is counted from these rows before any file exists.
    create table outreach_persons (
      id uuid primary key default gen_random_uuid(),
      region_id uuid not null references regions(id) on delete restrict,
      nickname text not null default '' check (length(nickname) <= 80),
      age_band text not null default 'unknown'
        check (age_band in ('under_18', '18_24', '25_34', '35_44', '45_54', '55_64', '65_plus', 'unknown')),
      gender text not null default 'unknown' check (gender in ('woman', 'man', 'other', 'unknown')),
      -- Set when the person agreed to a client file.
      client_id uuid,
      created_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null
    );
    create index outreach_persons_region on outreach_persons (region_id, created_at desc);

    create table outreach_contacts (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references outreach_persons(id) on delete restrict,
      region_id uuid not null references regions(id) on delete restrict,
      occurred_at timestamptz not null,
      finding_place text not null check (finding_place in ('street', 'neighbourhood_house', 'ocmw', 'school',
        'mosque', 'church', 'food_bank', 'social_restaurant', 'library', 'youth_work', 'sports_club', 'health_care',
        'home_visit', 'online', 'other')),
      municipality_id uuid references municipalities(id) on delete restrict,
      -- The life domains the conversation touched; no free text about health or justice here.
      life_domains text[] not null default '{}',
      note text not null default '' check (length(note) <= 500),
      recorded_by uuid not null references users(id) on delete restrict,
      organisation_id uuid not null references organisations(id) on delete restrict,
      created_at timestamptz not null
    );
    create index outreach_contacts_person on outreach_contacts (person_id, occurred_at desc);
    create index outreach_contacts_region on outreach_contacts (region_id, occurred_at);

    -- The client file: minimal identifying data and what ESF+ needs at entry. 'unknown' and 'refused' are answers.
    create table clients (
      id uuid primary key default gen_random_uuid(),
      region_id uuid not null references regions(id) on delete restrict,
      given_name text not null check (length(given_name) between 1 and 100),
      family_name text not null default '' check (length(family_name) <= 100),
      birth_date date,
      phone text not null default '' check (length(phone) <= 40),
      email text not null default '' check (length(email) <= 200),
      -- ISO 639-1 codes in order of preference; Dutch may be absent.
      contact_languages text[] not null check (cardinality(contact_languages) between 1 and 10),
      interpreter_needed boolean not null default false,
      household text not null default 'unknown' check (household in ('single', 'couple', 'single_parent',
        'couple_with_children', 'with_parents', 'shared', 'other', 'unknown', 'refused')),
      children_count integer check (children_count between 0 and 30),
      care_duties text[] not null default '{}',
      -- 'municipality' (then municipality_id), 'no_reference_address' (sofasurfer) or 'unknown'.
      residence text not null check (residence in ('municipality', 'no_reference_address', 'unknown')),
      municipality_id uuid references municipalities(id) on delete restrict,
      gender text not null default 'unknown' check (gender in ('woman', 'man', 'non_binary', 'unknown', 'refused')),
      esf_labour_status text not null default 'unknown' check (esf_labour_status in ('unemployed',
        'long_term_unemployed', 'inactive', 'inactive_in_education', 'employed', 'unknown', 'refused')),
      esf_age_band text not null default 'unknown'
        check (esf_age_band in ('under_18', '18_29', '30_54', '55_plus', 'unknown', 'refused')),
      esf_education_level text not null default 'unknown'
        check (esf_education_level in ('isced_0_2', 'isced_3_4', 'isced_5_8', 'unknown', 'refused')),
      esf_disability text not null default 'unknown' check (esf_disability in ('yes', 'no', 'unknown', 'refused')),
      esf_migration_background text not null default 'unknown' check (esf_migration_background in
        ('third_country_national', 'foreign_background', 'minority', 'none', 'unknown', 'refused')),
      esf_homelessness text not null default 'unknown' check (esf_homelessness in ('homeless',
        'housing_exclusion', 'none', 'unknown', 'refused')),
      esf_rural text not null default 'unknown' check (esf_rural in ('rural', 'not_rural', 'unknown', 'refused')),
      outreach_person_id uuid references outreach_persons(id) on delete restrict,
      created_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check ((residence = 'municipality') = (municipality_id is not null))
    );
    create index clients_region on clients (region_id);
    create index clients_birth_date on clients (region_id, birth_date);
    alter table outreach_persons add foreign key (client_id) references clients(id) on delete restrict;
    create unique index outreach_persons_client on outreach_persons (client_id) where client_id is not null;

    -- One trajectory per client at a time; a client may come back later with a new one.
    create table trajectories (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references clients(id) on delete restrict,
      region_id uuid not null references regions(id) on delete restrict,
      -- The one trusted person, the central contact (the case director assigns and reassigns).
      companion_user_id uuid not null references users(id) on delete restrict,
      companion_organisation_id uuid not null references organisations(id) on delete restrict,
      status text not null check (status in ('registered', 'intake', 'active', 'paused', 'completed', 'stopped',
        'dropped_out')),
      status_reason text not null default '' check (length(status_reason) <= 1000),
      status_changed_at timestamptz not null,
      started_at timestamptz not null,
      ended_at timestamptz,
      -- Closure (item 11): the outcome at exit and the follow-up six months later.
      exit_outcome text check (exit_outcome in ('job_search', 'education_training', 'qualification', 'work',
        'volunteer_work', 'social_activation', 'stopped')),
      follow_up_due_on date,
      follow_up_done_at timestamptz,
      follow_up_outcome text check (follow_up_outcome in ('job_search', 'education_training', 'qualification',
        'work', 'volunteer_work', 'social_activation', 'stopped', 'unreachable')),
      follow_up_note text not null default '' check (length(follow_up_note) <= 2000),
      created_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null,
      check ((status in ('completed', 'stopped', 'dropped_out')) = (ended_at is not null))
    );
    create unique index trajectories_open_per_client on trajectories (client_id)
      where status not in ('completed', 'stopped', 'dropped_out');
    create index trajectories_companion on trajectories (companion_user_id, status);
    create index trajectories_region on trajectories (region_id, status);

    create table trajectory_events (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      kind text not null check (kind in ('status', 'companion', 'closure', 'follow_up')),
      from_value text,
      to_value text not null,
      reason text not null default '' check (length(reason) <= 1000),
      at timestamptz not null,
      by_user_id uuid not null references users(id) on delete restrict
    );
    create index trajectory_events_trajectory on trajectory_events (trajectory_id, at desc);

    -- Consent before anything is shared: with one partner or the whole partnership, for a purpose, for data
    -- categories, given in a way, until it expires or is revoked (effective on the very next request).
    create table consents (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references clients(id) on delete restrict,
      scope text not null check (scope in ('partner', 'partnership')),
      partner_organisation_id uuid references organisations(id) on delete restrict,
      purpose text not null check (purpose in ('referral', 'case_conference', 'feedback', 'other')),
      purpose_text text not null default '' check (length(purpose_text) <= 1000),
      categories text[] not null check (cardinality(categories) between 1 and 6 and categories <@
        array['general', 'health', 'mental_health', 'addiction', 'justice', 'finances']::text[]),
      given_how text not null check (given_how in ('spoken', 'signed')),
      given_at timestamptz not null,
      expires_at timestamptz not null,
      recorded_by uuid not null references users(id) on delete restrict,
      revoked_at timestamptz,
      revoked_by uuid references users(id) on delete restrict,
      revoked_how text check (revoked_how in ('spoken', 'written')),
      revoke_reason text not null default '' check (length(revoke_reason) <= 1000),
      check ((scope = 'partner') = (partner_organisation_id is not null)),
      check (expires_at > given_at),
      check ((revoked_at is null) = (revoked_by is null))
    );
    create index consents_client on consents (client_id, expires_at);

    create table case_conferences (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      held_at timestamptz not null,
      purpose text not null check (length(purpose) between 1 and 1000),
      legal_frame text not null check (legal_frame in ('consent', 'shared_professional_secrecy', 'legal_duty',
        'other')),
      legal_frame_text text not null default '' check (length(legal_frame_text) <= 1000),
      consent_id uuid references consents(id) on delete restrict,
      -- [{ "name": …, "organisation": …, "role": … }]; the client may be one of them.
      participants jsonb not null,
      client_present boolean not null default false,
      outcome text not null default '' check (length(outcome) <= 4000),
      recorded_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null,
      check ((legal_frame = 'consent') = (consent_id is not null))
    );
    create index case_conferences_trajectory on case_conferences (trajectory_id, held_at desc);

    -- The situation scan: per life domain a score 1 (acute) … 5 (fully self-reliant), barriers, strengths, wish.
    create table scans (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      taken_on date not null,
      -- The participation ladder: 1 isolated … 6 paid work without support.
      ladder_rung integer check (ladder_rung between 1 and 6),
      moment text not null check (moment in ('start', 'during', 'end')),
      talents text not null default '' check (length(talents) <= 2000),
      client_wish text not null default '' check (length(client_wish) <= 2000),
      taken_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null
    );
    create index scans_trajectory on scans (trajectory_id, taken_on desc);

    create table scan_domains (
      scan_id uuid not null references scans(id) on delete cascade,
      life_domain_code text not null references life_domains(code) on delete restrict,
      score integer not null check (score between 1 and 5),
      barriers text[] not null default '{}',
      strengths text not null default '' check (length(strengths) <= 2000),
      wish text not null default '' check (length(wish) <= 2000),
      primary key (scan_id, life_domain_code)
    );

    -- The plan: goals per life domain in the client's words, actions with who and by when.
    create table goals (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      life_domain_code text not null references life_domains(code) on delete restrict,
      text text not null check (length(text) between 1 and 1000),
      status text not null default 'open' check (status in ('open', 'achieved', 'dropped')),
      progress integer not null default 0 check (progress between 0 and 100),
      created_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index goals_trajectory on goals (trajectory_id);

    create table plan_actions (
      id uuid primary key default gen_random_uuid(),
      goal_id uuid not null references goals(id) on delete restrict,
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      text text not null check (length(text) between 1 and 1000),
      -- Who does it: the client, the companion, a partner (then organisation), someone else (then who_text).
      who text not null check (who in ('client', 'companion', 'partner', 'other')),
      who_organisation_id uuid references organisations(id) on delete restrict,
      who_text text not null default '' check (length(who_text) <= 200),
      due_on date,
      done_at timestamptz,
      created_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null
    );
    create index plan_actions_trajectory on plan_actions (trajectory_id);
    create index plan_actions_open_due on plan_actions (due_on) where done_at is null;

    -- A referral to a partner's offer, under a standing consent that covers that partner and the data it needs.
    create table referrals (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      client_id uuid not null references clients(id) on delete restrict,
      offer_id uuid not null references partnership_offers(id) on delete restrict,
      organisation_id uuid not null references organisations(id) on delete restrict,
      -- The consent it was sent under (null while a draft); access always needs a standing consent at the time.
      consent_id uuid references consents(id) on delete restrict,
      -- The data categories the partner needs (within the consent's).
      categories text[] not null check (cardinality(categories) between 1 and 6),
      goal_id uuid references goals(id) on delete restrict,
      message text not null default '' check (length(message) <= 4000),
      state text not null check (state in ('draft', 'sent', 'accepted', 'declined', 'waitlisted', 'started',
        'completed', 'ended')),
      -- Declined: not_eligible, no_capacity, out_of_area, other. Completed: goal_reached, partly, not_reached.
      -- Ended: could_not_contact, client_withdrew, revoked_by_sender, expired_without_answer, referred_elsewhere.
      state_reason text,
      state_changed_at timestamptz not null,
      -- The partner answers by then (sent + 10 days) or the referral shows up as unanswered.
      answer_due_at timestamptz,
      -- Feedback every N days while accepted or started (set by the companion); null: only at the end.
      feedback_every_days integer check (feedback_every_days between 1 and 365),
      last_feedback_at timestamptz,
      sent_at timestamptz,
      created_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null
    );
    create index referrals_trajectory on referrals (trajectory_id, created_at desc);
    create index referrals_organisation on referrals (organisation_id, state);
    create index referrals_client on referrals (client_id);

    create table referral_events (
      id uuid primary key default gen_random_uuid(),
      referral_id uuid not null references referrals(id) on delete restrict,
      from_state text,
      to_state text not null,
      reason text,
      note text not null default '' check (length(note) <= 2000),
      at timestamptz not null,
      by_user_id uuid references users(id) on delete restrict
    );
    create index referral_events_referral on referral_events (referral_id, at);

    create table referral_feedback (
      id uuid primary key default gen_random_uuid(),
      referral_id uuid not null references referrals(id) on delete restrict,
      given_at timestamptz not null,
      given_by uuid not null references users(id) on delete restrict,
      attendance text not null check (attendance in ('good', 'irregular', 'absent', 'not_applicable')),
      progress text not null check (progress in ('better', 'same', 'worse', 'unknown')),
      summary text not null check (length(summary) between 1 and 4000),
      next_step text not null default '' check (length(next_step) <= 2000)
    );
    create index referral_feedback_referral on referral_feedback (referral_id, given_at desc);

    create table appointments (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      -- A warm hand-over: the first appointment at the partner, together.
      referral_id uuid references referrals(id) on delete restrict,
      title text not null check (length(title) between 1 and 200),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      place text not null default '' check (length(place) <= 300),
      online_url text not null default '' check (length(online_url) <= 500),
      attendance text not null default 'planned' check (attendance in ('planned', 'present', 'absent',
        'cancelled')),
      attendance_note text not null default '' check (length(attendance_note) <= 1000),
      ical_uid text not null unique,
      ical_sequence integer not null default 0,
      created_by uuid not null references users(id) on delete restrict,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (ends_at > starts_at)
    );
    create index appointments_trajectory on appointments (trajectory_id, starts_at desc);

    create table notes (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      written_at timestamptz not null,
      written_by uuid not null references users(id) on delete restrict,
      life_domain_code text references life_domains(code) on delete restrict,
      -- Who may read it: the companion only, the trajectory team, or partners under a consent that covers category.
      confidentiality text not null check (confidentiality in ('companion', 'team', 'partners')),
      category text not null check (category in ('general', 'health', 'mental_health', 'addiction', 'justice',
        'finances')),
      text text not null check (length(text) between 1 and 8000)
    );
    create index notes_trajectory on notes (trajectory_id, written_at desc);

    -- Signals: structural problems seen in practice, raised to project and system level. Linked trajectories are
    -- kept so the partnership can count them, never shown to whoever reads the signal.
    create table signals (
      id uuid primary key default gen_random_uuid(),
      region_id uuid not null references regions(id) on delete restrict,
      title text not null check (length(title) between 1 and 200),
      description text not null check (length(description) between 1 and 4000),
      life_domains text[] not null check (cardinality(life_domains) between 1 and 20),
      barriers text[] not null default '{}',
      municipality_id uuid references municipalities(id) on delete restrict,
      status text not null default 'new' check (status in ('new', 'acknowledged', 'escalated', 'resolved')),
      response text not null default '' check (length(response) <= 4000),
      raised_by uuid not null references users(id) on delete restrict,
      raised_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index signals_region on signals (region_id, raised_at desc);

    create table signal_trajectories (
      signal_id uuid not null references signals(id) on delete cascade,
      trajectory_id uuid not null references trajectories(id) on delete restrict,
      primary key (signal_id, trajectory_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table signal_trajectories;
    drop table signals;
    drop table notes;
    drop table appointments;
    drop table referral_feedback;
    drop table referral_events;
    drop table referrals;
    drop table plan_actions;
    drop table goals;
    drop table scan_domains;
    drop table scans;
    drop table case_conferences;
    drop table consents;
    drop table trajectory_events;
    drop table trajectories;
    alter table outreach_persons drop column client_id;
    drop table clients;
    drop table outreach_contacts;
    drop table outreach_persons;
  `.execute(db);
}
