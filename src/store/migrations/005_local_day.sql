-- The day a consultation started, in the deployment's local time (朔州: UTC+8): what the
-- monthly tallies and the log's search by date count by. `started_at` stays in UTC.
-- Consultations saved before this migration keep their UTC day, as their tallies did.
ALTER TABLE consultations ADD COLUMN started_on TEXT NOT NULL DEFAULT '';
UPDATE consultations SET started_on = substr(started_at, 1, 10);
CREATE INDEX consultations_started_on ON consultations (started_on);
