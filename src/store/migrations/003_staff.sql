-- Wrong staff-PIN tries, kept across restarts so that restarting a kiosk does not reset the
-- count or lift a lock. One row at most.
CREATE TABLE staff_lock (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL CHECK (failures >= 0),
    locked_until TEXT                        -- RFC 3339, UTC; NULL when not locked
) STRICT;
