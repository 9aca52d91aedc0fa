-- Statistics that stay fast on years of consultations, and survive erasing personal data.

-- Running totals per month (the month the consultation started, UTC). Kept up to date in the
-- same transaction as the rows they count; erasing a consultation leaves them as they are,
-- because they are anonymous. dimension: 'started' and 'finished' (key ''), 'answer' (key
-- 'question=option' for every chosen option, 'true'/'false' for yes/no), 'matched' (key: a
-- measure found eligible or needing review), 'near_miss' (key: the question whose other
-- answer would have opened a measure).
CREATE TABLE tallies (
    month     TEXT NOT NULL,
    dimension TEXT NOT NULL,
    key       TEXT NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (dimension, month, key)
) STRICT, WITHOUT ROWID;

-- One row per chosen option of a choice or yes/no answer, written and withdrawn with the
-- answer itself: what the export and a search by group read, without parsing JSON.
CREATE TABLE answer_options (
    consultation_id INTEGER NOT NULL,
    question_id     TEXT NOT NULL,
    option          TEXT NOT NULL,         -- the option id, or 'true' / 'false'
    PRIMARY KEY (consultation_id, question_id, option),
    FOREIGN KEY (consultation_id, question_id)
        REFERENCES answers(consultation_id, question_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- Verdicts, compacted: only those other than 'ineligible' are kept (most are ineligible); a
-- finished consultation's measures not listed were ineligible.
CREATE TABLE verdicts_kept (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    measure_id      TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('eligible', 'needs_review', 'unknown', 'expired')),
    PRIMARY KEY (consultation_id, measure_id)
) STRICT, WITHOUT ROWID;
INSERT INTO verdicts_kept SELECT consultation_id, measure_id, status FROM verdicts WHERE status <> 'ineligible';
DROP TABLE verdicts;
ALTER TABLE verdicts_kept RENAME TO verdicts;

-- For a measure the applicant just missed: the question whose other answer would have made
-- the difference (kept so that finishing again can take back what it counted).
CREATE TABLE near_misses (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    measure_id      TEXT NOT NULL,
    question_id     TEXT NOT NULL,
    PRIMARY KEY (consultation_id, measure_id)
) STRICT, WITHOUT ROWID;

-- Consultations saved before this migration are counted too. Without the pack at hand, a text
-- value shaped like a date (YYYY-MM-DD) is taken to be a date answer and left out, as date
-- answers are. Near misses were not kept before; they are counted from now on.
INSERT OR IGNORE INTO answer_options (consultation_id, question_id, option)
SELECT a.consultation_id, a.question_id,
       CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE j.value END
FROM answers AS a, json_each(a.value) AS j
WHERE j.type IN ('text', 'true', 'false')
  AND NOT (j.type = 'text' AND j.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

INSERT INTO tallies
SELECT substr(started_at, 1, 7), 'started', '', COUNT(*) FROM consultations GROUP BY 1;
INSERT INTO tallies
SELECT substr(started_at, 1, 7), 'finished', '', COUNT(*) FROM consultations
WHERE finished_at IS NOT NULL GROUP BY 1;
INSERT INTO tallies
SELECT substr(c.started_at, 1, 7), 'answer', o.question_id || '=' || o.option, COUNT(*)
FROM answer_options AS o JOIN consultations AS c ON c.id = o.consultation_id GROUP BY 1, 3;
INSERT INTO tallies
SELECT substr(c.started_at, 1, 7), 'matched', v.measure_id, COUNT(*)
FROM verdicts AS v JOIN consultations AS c ON c.id = v.consultation_id
WHERE v.status IN ('eligible', 'needs_review') GROUP BY 1, 3;
