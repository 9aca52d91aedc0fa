-- A consultation: one applicant's pass through the questionnaire, with the pack it ran on.
CREATE TABLE consultations (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,            -- RFC 3339, UTC
    updated_at   TEXT NOT NULL,
    finished_at  TEXT,                     -- set when the verdicts are recorded
    locale       TEXT NOT NULL,
    pack_id      TEXT NOT NULL,
    pack_version TEXT NOT NULL
) STRICT;

-- Each answer is written the moment it is given, so a crash loses at most the one being typed.
CREATE TABLE answers (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    question_id     TEXT NOT NULL,
    value           TEXT NOT NULL,         -- JSON, in the answers-file format
    answered_at     TEXT NOT NULL,
    PRIMARY KEY (consultation_id, question_id)
) STRICT;

-- The verdicts as they were computed, so an old consultation reads as it was.
CREATE TABLE verdicts (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    measure_id      TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('eligible', 'needs_review', 'ineligible', 'unknown', 'expired')),
    PRIMARY KEY (consultation_id, measure_id)
) STRICT;

CREATE INDEX consultations_started_at ON consultations(started_at);
