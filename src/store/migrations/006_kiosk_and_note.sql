-- Issue #15. A consultation taken at an unattended kiosk is marked as such, so that one a crash
-- or a power cut left behind is wiped at the kiosk's next start — and never one of an office's,
-- whatever the settings say on that day.
ALTER TABLE consultations ADD COLUMN at_kiosk INTEGER NOT NULL DEFAULT 0 CHECK (at_kiosk IN (0, 1));

-- Staff's note may name or describe the applicant: like a name or a phone number it is kept
-- only with the applicant's consent. (Notes kept before this rule end with the retention
-- period, which erases every note.)
CREATE TRIGGER records_note_needs_consent_on_insert BEFORE INSERT ON records
WHEN NEW.note <> '' AND NEW.consented_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a note can only be kept with the applicant''s consent');
END;
CREATE TRIGGER records_note_needs_consent_on_update BEFORE UPDATE ON records
WHEN NEW.note <> '' AND NEW.consented_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a note can only be kept with the applicant''s consent');
END;

-- How many erasures the database has taken (one row). A backup holds the count as of its
-- snapshot; if an erasure committed meanwhile, the backup is taken again, so that no backup
-- escapes an erasure made while it was being written.
CREATE TABLE erasures (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL CHECK (count >= 0)
) STRICT;
INSERT INTO erasures (id, count) VALUES (1, 0);
