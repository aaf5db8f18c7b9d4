-- Targets the working group sets for a programme's measures: a whole-number share to reach by a
-- wave's year, with who agreed it and when. One target per measure and year; a target is
-- withdrawn (deleted, with an audit entry) rather than edited, so what the Board agreed is never
-- changed quietly.
CREATE TABLE measure_targets (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL,
    plan_item INTEGER NOT NULL,
    percent INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 99),
    by_year INTEGER NOT NULL CHECK (by_year BETWEEN 2000 AND 2100),
    agreed_by TEXT NOT NULL,
    agreed_on DATE NOT NULL,
    set_at TIMESTAMP NOT NULL,
    UNIQUE (programme_id, plan_item, by_year),
    FOREIGN KEY (programme_id, plan_item)
        REFERENCES programme_measures (programme_id, plan_item) ON DELETE CASCADE
);
