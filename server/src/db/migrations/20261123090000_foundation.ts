import { sql, type Kysely } from "kysely";

// The foundation: regions, accounts and access, the append-only audit log, the reference taxonomies and the
// addenda with their immutable versions.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pgcrypto`.execute(db);

  await sql`
    create table regions (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name text not null,
      created_at timestamptz not null default now()
    );

    create table municipalities (
      id uuid primary key default gen_random_uuid(),
      region_id uuid not null references regions(id) on delete restrict,
      name text not null,
      nis_code text,
      -- The order in which the addendum lists the municipalities of its werkingsgebied.
      sort_order integer not null default 0,
      unique (region_id, name)
    );

    create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      enterprise_number text not null unique check (enterprise_number ~ '^[01][0-9]{9}$'),
      kind text not null check (kind in ('vdab', 'municipality', 'ocmw', 'social_organisation', 'other')),
      created_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null check (email = lower(email)),
      display_name text not null,
      password_hash text not null,
      locale text not null default 'nl' check (locale in ('nl', 'en', 'fr')),
      disabled_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_email_key on users (email);

    create table memberships (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete restrict,
      region_id uuid references regions(id) on delete restrict,
      role text not null check (role in
        ('admin', 'coordinator', 'jury', 'applicant', 'companion', 'case_director', 'partner_worker', 'analyst')),
      created_at timestamptz not null default now(),
      check (role = 'admin' or region_id is not null)
    );
    create unique index memberships_unique on memberships
      (user_id, organisation_id, coalesce(region_id, '00000000-0000-0000-0000-000000000000'::uuid), role);
    create index memberships_user on memberships (user_id);

    create table sessions (
      id_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz,
      ip text,
      user_agent text
    );
    create index sessions_user on sessions (user_id) where revoked_at is null;

    create table login_attempts (
      id bigint generated always as identity primary key,
      email text not null,
      ip text,
      -- failed: counted against the limits; it is written as failed before the password is checked and turned
      -- into succeeded afterwards, so concurrent guesses are counted. throttled: refused without a check, kept
      -- (at most one per email or address per window) only to audit a lock-out once; never counted.
      outcome text not null check (outcome in ('failed', 'succeeded', 'throttled')),
      attempted_at timestamptz not null default now()
    );
    create index login_attempts_email_time on login_attempts (email, attempted_at);
    create index login_attempts_ip_time on login_attempts (ip, attempted_at);

    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_user_id uuid,
      actor_kind text not null,
      action text not null,
      entity_type text not null,
      entity_id text,
      payload jsonb not null default '{}'::jsonb,
      prev_hash text not null,
      hash text not null unique
    );
    create index audit_log_entity on audit_log (entity_type, entity_id);

    -- Append-only: rows are never changed or removed, whoever connects.
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_is_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_is_append_only();

    create table life_domains (
      code text primary key,
      name_nl text not null,
      name_en text not null,
      name_fr text not null,
      sort_order integer not null
    );

    create table barriers (
      code text primary key,
      life_domain_code text not null references life_domains(code),
      name_nl text not null,
      name_en text not null,
      name_fr text not null,
      sort_order integer not null
    );

    create table service_types (
      code text primary key,
      name_nl text not null,
      name_en text not null,
      name_fr text not null,
      description_nl text not null,
      description_en text not null,
      description_fr text not null,
      sort_order integer not null
    );

    create table personas (
      slug text primary key check (slug ~ '^[a-z0-9-]+$'),
      name text not null
    );

    create table addenda (
      id uuid primary key default gen_random_uuid(),
      region_id uuid not null unique references regions(id) on delete restrict,
      published_version_id uuid,
      created_at timestamptz not null default now()
    );

    create table addendum_versions (
      id uuid primary key default gen_random_uuid(),
      addendum_id uuid not null references addenda(id) on delete restrict,
      number integer not null check (number > 0),
      content jsonb not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      summary text not null default '',
      published_at timestamptz,
      published_by uuid references users(id),
      unique (addendum_id, number),
      -- The target of addenda_published_version_fk: a published version belongs to its own addendum.
      unique (addendum_id, id)
    );
    alter table addenda add constraint addenda_published_version_fk
      foreign key (id, published_version_id) references addendum_versions(addendum_id, id);

    -- A version's content is immutable once written; only its publication stamp may be set.
    create function addendum_version_content_is_immutable() returns trigger language plpgsql as $$
    begin
      if new.content is distinct from old.content or new.number <> old.number
         or new.addendum_id <> old.addendum_id or new.created_by is distinct from old.created_by then
        raise exception 'addendum_versions content is immutable';
      end if;
      return new;
    end $$;
    create trigger addendum_versions_immutable before update on addendum_versions
      for each row execute function addendum_version_content_is_immutable();
  `.execute(db);
}

// Not reversible: dropping these tables would destroy the audit log, which is kept forever (DESIGN §4). Without a
// `down` Kysely's Migrator would quietly skip this migration, so say so instead.
export async function down(): Promise<void> {
  throw new Error("The foundation migration is not reversible: the audit log is kept forever.");
}
