import { sql, type Kysely } from "kysely";

// The partnership and its offers (issue 3, item 8; DESIGN §3.3). One partnership per region; each call whose
// decisions became final forms it (or extends it) once: partnership_formations holds that fact per call, its
// primary key is what makes a second formation of the same call impossible, even from two app servers at once.
//
// Members are VDAB (an organisation of kind 'vdab'), the region's municipalities (the lokale besturen, referenced as
// rows of `municipalities`, the same rows the candidacies and the offers' service areas name) and the selected
// organisations, each with the call, candidacy and revision it came from.
//
// Offers follow the Open Referral HSDS model: organisation (organisation_id), service (service type, name,
// description), service area (partnership_offer_municipalities), language (languages), eligibility (personas,
// challenges, free text), capacity (trajectories per year), contact, and the current waiting time. Issue 4 refers
// clients to them by service type, municipality, contact language, capacity and waiting time: the indexes below
// serve that search.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table partnerships (
      id uuid primary key default gen_random_uuid(),
      region_id uuid not null unique references regions(id) on delete restrict,
      formed_at timestamptz not null
    );

    create table partnership_formations (
      call_id uuid primary key references calls(id) on delete restrict,
      partnership_id uuid not null references partnerships(id) on delete restrict,
      formed_at timestamptz not null,
      -- Null when the scheduled job formed it; the coordinator otherwise.
      formed_by uuid references users(id) on delete restrict
    );
    create index partnership_formations_partnership on partnership_formations (partnership_id);

    create table partnership_members (
      id uuid primary key default gen_random_uuid(),
      partnership_id uuid not null references partnerships(id) on delete restrict,
      kind text not null check (kind in ('vdab', 'municipality', 'partner')),
      organisation_id uuid references organisations(id) on delete restrict,
      municipality_id uuid references municipalities(id) on delete restrict,
      -- Where a selected organisation came from: the call, its candidacy and the final revision.
      call_id uuid references calls(id) on delete restrict,
      candidacy_id uuid references candidacies(id) on delete restrict,
      revision_id uuid references candidacy_revisions(id) on delete restrict,
      joined_at timestamptz not null,
      check ((kind = 'municipality') = (municipality_id is not null)),
      check ((kind = 'municipality') = (organisation_id is null)),
      check ((kind = 'partner') = (candidacy_id is not null)),
      check ((candidacy_id is null) = (revision_id is null) and (candidacy_id is null) = (call_id is null))
    );
    create unique index partnership_members_organisation on partnership_members (partnership_id, organisation_id)
      where organisation_id is not null;
    create unique index partnership_members_municipality on partnership_members (partnership_id, municipality_id)
      where municipality_id is not null;
    create index partnership_members_organisation_any on partnership_members (organisation_id);

    create table partnership_offers (
      id uuid primary key default gen_random_uuid(),
      partnership_id uuid not null references partnerships(id) on delete restrict,
      member_id uuid not null references partnership_members(id) on delete restrict,
      organisation_id uuid not null references organisations(id) on delete restrict,
      service_type_code text not null references service_types(code) on delete restrict,
      -- The final revision it was created from; one offer per candidacy and service type.
      candidacy_id uuid not null references candidacies(id) on delete restrict,
      revision_id uuid not null references candidacy_revisions(id) on delete restrict,
      name text not null,
      description text not null default '',
      -- Trajectories per year; null when the candidacy did not say.
      capacity_per_year integer check (capacity_per_year between 0 and 100000),
      -- ISO 639 codes; Dutch first.
      languages text[] not null check (cardinality(languages) between 1 and 30),
      eligibility_personas text[] not null default '{}',
      eligibility_challenges integer[] not null default '{}',
      eligibility_text text not null default '' check (length(eligibility_text) <= 5000),
      contact_name text not null default '',
      contact_email text not null default '',
      contact_phone text not null default '',
      -- The current waiting time in days; null while unknown (as at formation).
      waiting_days integer check (waiting_days between 0 and 730),
      waiting_updated_at timestamptz,
      accepting_referrals boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      updated_by uuid references users(id) on delete restrict,
      unique (candidacy_id, service_type_code)
    );
    create index partnership_offers_partnership on partnership_offers (partnership_id, service_type_code);
    create index partnership_offers_organisation on partnership_offers (organisation_id);
    create index partnership_offers_languages on partnership_offers using gin (languages);

    -- The service area (HSDS service_area): the municipalities an offer serves.
    create table partnership_offer_municipalities (
      offer_id uuid not null references partnership_offers(id) on delete cascade,
      municipality_id uuid not null references municipalities(id) on delete restrict,
      primary key (offer_id, municipality_id)
    );
    create index partnership_offer_municipalities_municipality on partnership_offer_municipalities (municipality_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table partnership_offer_municipalities;
    drop table partnership_offers;
    drop table partnership_members;
    drop table partnership_formations;
    drop table partnerships;
  `.execute(db);
}
