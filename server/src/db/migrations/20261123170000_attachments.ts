import { sql, type Kysely } from "kysely";

// Attachments of candidacies (issue 3, point 2): PDF and office documents, type judged by content, stored in
// PostgreSQL with their SHA-256. An attachment belongs to the candidacy; the draft holds those not removed, and each
// submitted revision records the ones it had in candidacy_revision_attachments, which never changes. Removing an
// attachment from the draft marks it removed when a revision holds it (the bytes stay for that revision) and deletes
// it when none does (it was never sent).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table candidacy_attachments (
      id uuid primary key default gen_random_uuid(),
      candidacy_id uuid not null references candidacies(id) on delete restrict,
      -- The uploader's name, sanitized (no path, no control characters), ending in the detected type's extension.
      filename text not null check (length(filename) between 1 and 255),
      -- Detected from the bytes, never the browser's word.
      media_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea not null,
      uploaded_by uuid references users(id) on delete restrict,
      uploaded_at timestamptz not null,
      -- The order of uploads, also for two in the same instant: the draft lists them, and revisions record them, so.
      upload_order bigint generated always as identity,
      -- Set when removed from the draft while a submitted revision still holds it.
      removed_at timestamptz,
      removed_by uuid references users(id) on delete restrict,
      check (octet_length(content) = size_bytes)
    );
    create index candidacy_attachments_draft on candidacy_attachments (candidacy_id, upload_order)
      where removed_at is null;

    -- What a submitted revision had: immutable, like the revision itself.
    create table candidacy_revision_attachments (
      revision_id uuid not null references candidacy_revisions(id) on delete restrict,
      attachment_id uuid not null references candidacy_attachments(id) on delete restrict,
      position integer not null check (position > 0),
      primary key (revision_id, attachment_id),
      unique (revision_id, position)
    );
    create index candidacy_revision_attachments_attachment on candidacy_revision_attachments (attachment_id);

    create function candidacy_revision_attachments_are_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'candidacy_revision_attachments are immutable';
    end $$;
    create trigger candidacy_revision_attachments_no_change before update or delete on candidacy_revision_attachments
      for each row execute function candidacy_revision_attachments_are_immutable();

    -- What was uploaded never changes: only its removal from the draft may be recorded.
    create function candidacy_attachments_content_is_immutable() returns trigger language plpgsql as $$
    begin
      if new.id <> old.id or new.candidacy_id <> old.candidacy_id or new.filename <> old.filename
        or new.media_type <> old.media_type or new.size_bytes <> old.size_bytes or new.sha256 <> old.sha256
        or new.content <> old.content or new.uploaded_at <> old.uploaded_at or new.upload_order <> old.upload_order
        or new.uploaded_by is distinct from old.uploaded_by then
        raise exception 'candidacy_attachments: only the removal may change';
      end if;
      return new;
    end $$;
    create trigger candidacy_attachments_content_no_change before update on candidacy_attachments
      for each row execute function candidacy_attachments_content_is_immutable();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table candidacy_revision_attachments;
    drop function candidacy_revision_attachments_are_immutable();
    drop table candidacy_attachments;
    drop function candidacy_attachments_content_is_immutable();
  `.execute(db);
}
