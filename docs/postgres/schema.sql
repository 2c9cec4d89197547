-- The tables of the government-service rating interchange format (政务服务"好差评"), one per record kind, with the
-- columns of docs/data-format.md typed: instants as timestamptz, levels as smallint, flags as boolean, codes as text.
-- Each table's key is the record's identifier, so that loading the same records twice leaves one copy. The indexes are
-- those a report reads by: ratings by rating time and by case, cases by completion time.
-- Every statement may run again: `evaluation load` applies this file before it writes.

CREATE TABLE IF NOT EXISTS units (
    unit_code       text PRIMARY KEY,
    name            text NOT NULL,
    division_code   text,
    parent_code     text,
    level           text
);

CREATE TABLE IF NOT EXISTS departments (
    department_code text PRIMARY KEY,
    name            text NOT NULL,
    unit_code       text NOT NULL
);

CREATE TABLE IF NOT EXISTS windows (
    window_code     text PRIMARY KEY,
    name            text NOT NULL,
    unit_code       text NOT NULL,
    department_code text,
    kind            text NOT NULL
);

CREATE TABLE IF NOT EXISTS matters (
    matter_code            text PRIMARY KEY,
    name                   text NOT NULL,
    department_code        text NOT NULL,
    kind                   text NOT NULL,
    promised_working_days  smallint
);

-- 办件
CREATE TABLE IF NOT EXISTS cases (
    case_no         text PRIMARY KEY,
    matter_code     text NOT NULL,
    unit_code       text NOT NULL,
    department_code text,
    window_code     text,
    accepted_at     timestamptz NOT NULL,
    completed_at    timestamptz
);
CREATE INDEX IF NOT EXISTS cases_completed_at ON cases (completed_at);
-- A report of a date range also reads the cases accepted in it (counted at their windows).
CREATE INDEX IF NOT EXISTS cases_accepted_at ON cases (accepted_at);

-- 评价
CREATE TABLE IF NOT EXISTS ratings (
    rating_id       text PRIMARY KEY,
    case_no         text,
    matter_code     text,
    unit_code       text NOT NULL,
    department_code text,
    window_code     text,
    channel         text NOT NULL,
    level           smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    origin          text NOT NULL CHECK (origin IN ('active', 'default')),
    real_name       boolean NOT NULL,
    rated_at        timestamptz NOT NULL,
    tags            text,
    comment         text
);
CREATE INDEX IF NOT EXISTS ratings_rated_at ON ratings (rated_at);
CREATE INDEX IF NOT EXISTS ratings_case_no ON ratings (case_no);

-- 申诉
CREATE TABLE IF NOT EXISTS appeals (
    appeal_id       text PRIMARY KEY,
    rating_id       text NOT NULL,
    filed_at        timestamptz NOT NULL,
    decided_at      timestamptz,
    decision        text,
    ground          text
);
CREATE INDEX IF NOT EXISTS appeals_rating_id ON appeals (rating_id);

-- 整改
CREATE TABLE IF NOT EXISTS rectifications (
    rating_id       text PRIMARY KEY,
    verified_at     timestamptz,
    rectified_at    timestamptz,
    feedback_at     timestamptz,
    outcome         text
);

-- 回访
CREATE TABLE IF NOT EXISTS follow_ups (
    case_no         text NOT NULL,
    visited_at      timestamptz NOT NULL,
    channel         text NOT NULL,
    satisfied       boolean NOT NULL,
    PRIMARY KEY (case_no, visited_at)
);
