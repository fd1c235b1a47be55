-- Photos and floor plans of a unit (issue 19, point 4). The files live in the database (bytea) rather than in a
-- directory: one backup (pg_dump) holds them with the units they belong to, a unit's files go with it, and an upload
-- is written in the same transaction as its checks, so a refused or failed upload leaves nothing behind.
CREATE TABLE unit_file (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    unit_id     uuid NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('photo', 'floor-plan')),
    -- The order shown on the unit page; positions 1..20 that a unit uses once each: at most 20 files per unit, held
    -- by the database even when two uploads race (deferrable only so that a reorder can swap two positions).
    position    int  NOT NULL CHECK (position BETWEEN 1 AND 20),
    media_type  text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    -- The uploader's file name, shown and sent back in Content-Disposition; never used to decide the type.
    file_name   text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    -- Alt text of a photo, title of a floor plan ('' when none was given).
    caption     text NOT NULL DEFAULT '' CHECK (length(caption) <= 200),
    -- Images as re-encoded on upload (no EXIF, GPS or text chunks); a PDF as uploaded.
    content     bytea NOT NULL,
    byte_size   int  NOT NULL CHECK (byte_size > 0),
    -- Hex SHA-256 of content: the ETag.
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    width       int CHECK (width > 0),
    height      int CHECK (height > 0),
    -- A JPEG 320 px wide, for images only.
    thumbnail   bytea,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT unit_file_position_once UNIQUE (unit_id, position) DEFERRABLE INITIALLY IMMEDIATE,
    CHECK ((media_type = 'application/pdf') = (thumbnail IS NULL)),
    CHECK (media_type <> 'image/jpeg' OR kind = 'photo'),
    CHECK (media_type <> 'application/pdf' OR kind = 'floor-plan')
);
