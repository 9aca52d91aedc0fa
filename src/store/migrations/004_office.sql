-- County-office mode (issue #4): staff's record of a consultation, an audit trail of what staff
-- did to personal data, and the county offices' contact directory.

-- Staff's record of one consultation. Name, phone and note are personal data (个人信息保护法):
-- collected only with the applicant's explicit consent, erased when consent is withdrawn, when
-- the retention period ends, or with the consultation itself (the cascade). The follow-up status
-- is not personal and outlives them, so monitoring can still say how many applied.
CREATE TABLE records (
    consultation_id INTEGER PRIMARY KEY REFERENCES consultations(id) ON DELETE CASCADE,
    name            TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    follow_up       TEXT NOT NULL CHECK (follow_up IN ('open', 'referred', 'applied', 'closed')),
    consented_at    TEXT,                  -- RFC 3339, UTC; NULL when there is no consent
    updated_at      TEXT NOT NULL,
    -- Minimal collection: without consent there is no name or phone to keep.
    CHECK (consented_at IS NOT NULL OR (name = '' AND phone = ''))
) STRICT;

CREATE INDEX records_follow_up ON records(follow_up);

-- What staff did that touched personal data (an erasure, an export), for the office's own
-- accountability. It never holds personal data itself: ids, counts and file names only.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,                  -- RFC 3339, UTC
    action TEXT NOT NULL,
    detail TEXT NOT NULL
) STRICT;

-- Where to send an applicant: each department's phone, address and opening hours, per county.
-- county '' is the entry for every county, used where a county has none of its own.
CREATE TABLE directory (
    county     TEXT NOT NULL,
    department TEXT NOT NULL,              -- a department id of the pack
    phone      TEXT NOT NULL,
    address    TEXT NOT NULL,
    hours      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (county, department)
) STRICT, WITHOUT ROWID;
