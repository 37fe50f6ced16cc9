-- The warehouse contract. Other tools and users query these tables; columns are
-- only ever added, never renamed or removed. Every table is keyed by call_id
-- (or by model) so a call or a model run can be replaced as one transaction.

-- One row per ingested earnings call.
CREATE TABLE IF NOT EXISTS calls (
    call_id        VARCHAR PRIMARY KEY,   -- TICKER-YYYYQn, e.g. TSLA-2024Q1
    company        VARCHAR,               -- as the transcript names it, e.g. Tesla
    ticker         VARCHAR NOT NULL,
    fiscal_year    INTEGER NOT NULL,
    fiscal_quarter INTEGER NOT NULL,      -- 1..4
    call_date      DATE,                  -- NULL when neither the text nor --date gives it
    source_path    VARCHAR NOT NULL,      -- absolute path of the file as ingested
    source_sha256  VARCHAR NOT NULL,      -- of the file's bytes; same hash = nothing to do
    source_format  VARCHAR NOT NULL,      -- motley_page | motley_flat | colon | json_corpus | json_api
    ingested_at    TIMESTAMP NOT NULL,
    quarter_end    DATE                   -- last day of the quarter reported on, by the company's fiscal calendar
);

-- One row per person who spoke on a call.
CREATE TABLE IF NOT EXISTS speakers (
    call_id     VARCHAR NOT NULL,
    speaker     VARCHAR NOT NULL,         -- normalised name, e.g. Pierre Ferragu
    title       VARCHAR,                  -- e.g. Chief Financial Officer; Analyst
    affiliation VARCHAR,                  -- analyst's firm, e.g. Morgan Stanley
    role        VARCHAR NOT NULL,         -- executive | analyst | operator | host | unknown
    turns       INTEGER NOT NULL,
    words       INTEGER NOT NULL,
    PRIMARY KEY (call_id, speaker)
);

-- One row per speaker turn, in spoken order.
CREATE TABLE IF NOT EXISTS turns (
    call_id     VARCHAR NOT NULL,
    turn_index  INTEGER NOT NULL,         -- 0, 1, 2, ... in spoken order
    speaker     VARCHAR NOT NULL,
    title       VARCHAR,
    affiliation VARCHAR,
    role        VARCHAR NOT NULL,
    section     VARCHAR NOT NULL,         -- prepared | qa
    text        VARCHAR NOT NULL,         -- paragraphs joined by newlines; page furniture removed
    char_start  INTEGER NOT NULL,         -- offsets into the source file's text (0-based, end exclusive)
    char_end    INTEGER NOT NULL,
    PRIMARY KEY (call_id, turn_index)
);

-- One row per figure management stated: guidance (forward-looking) or an actual result.
CREATE TABLE IF NOT EXISTS figures (
    figure_id    VARCHAR PRIMARY KEY,     -- call_id:char_start:metric, stable across re-ingests of the same file
    call_id      VARCHAR NOT NULL,
    turn_index   INTEGER NOT NULL,
    speaker      VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,        -- executive | host | unknown (management only)
    metric       VARCHAR NOT NULL,        -- a key of pipeline/data/metrics.toml, or milestone
    subject      VARCHAR,                 -- segment, product or site the sentence names (energy, Lathrop, Cybercab)
    kind         VARCHAR NOT NULL,        -- guidance | actual
    value        DOUBLE,                  -- base units: USD not billions, % as percent points (24.6)
    value_low    DOUBLE,                  -- lower bound (ranges, "at least")
    value_high   DOUBLE,                  -- upper bound (ranges, "up to")
    unit         VARCHAR NOT NULL,        -- USD | USD/share | USD/month | % | bps | GWh | GWh/yr | units | units/week | units/yr | x | date
    qualifier    VARCHAR NOT NULL,        -- exact | range | at_least | up_to | approx
    period_label VARCHAR,                 -- FY2024, Q1 2025, H2 2025, early 2025, ...
    period_start DATE,
    period_end   DATE,                    -- for milestones, the date of the event
    evidence     VARCHAR NOT NULL,        -- the sentence
    char_start   INTEGER NOT NULL,        -- the figure's words in the source file
    char_end     INTEGER NOT NULL,
    confidence   DOUBLE NOT NULL,         -- 0..1, how likely the row is right (README: figures table)
    -- an undated guidance's time as an earlier sentence of the turn set it ("Turning to the fourth quarter guidance."
    -- then "Revenues between $4.11 billion and $4.15 billion."); NULL for every other figure
    framing_label VARCHAR,
    framing_start DATE,
    framing_end   DATE,
    -- a guidance the call says it replaces ("up from the previous range of $250 million to $270 million", "raising
    -- ... guidance from $5.77 to $5.84"): the last call's statement, which tracking leaves out of this call's
    superseded    BOOLEAN NOT NULL DEFAULT false
);
-- (warehouses made before these columns get them; their rows gain values when re-ingested with --force)
ALTER TABLE calls ADD COLUMN IF NOT EXISTS quarter_end DATE;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS framing_label VARCHAR;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS framing_start DATE;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS framing_end DATE;
ALTER TABLE figures ADD COLUMN IF NOT EXISTS superseded BOOLEAN DEFAULT false;

-- The analyst's valuation model: inputs, yearly series and valuation per scenario.
CREATE TABLE IF NOT EXISTS assumptions (
    model    VARCHAR NOT NULL,            -- e.g. tesla_fcf
    scenario VARCHAR NOT NULL,            -- conservative | optimistic
    segment  VARCHAR NOT NULL,            -- ev | energy | fsd | cybercab | semi | valuation
    input    VARCHAR NOT NULL,
    year     INTEGER,                     -- NULL for inputs that hold for every year
    value    DOUBLE NOT NULL,
    unit     VARCHAR NOT NULL,
    source   VARCHAR,                     -- the seed's wording the value came from
    note     VARCHAR                      -- the reading chosen where the seed leaves a detail open
);

CREATE TABLE IF NOT EXISTS model_series (
    model    VARCHAR NOT NULL,
    scenario VARCHAR NOT NULL,
    segment  VARCHAR NOT NULL,
    metric   VARCHAR NOT NULL,
    year     INTEGER NOT NULL,
    value    DOUBLE,
    unit     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS model_valuation (
    model                 VARCHAR NOT NULL,
    scenario              VARCHAR NOT NULL,
    market_cap            DOUBLE NOT NULL,  -- USD
    implied_discount_rate DOUBLE,           -- fraction, e.g. 0.055
    perpetual_growth      DOUBLE NOT NULL   -- fraction
);

-- The events a milestone's subject can end with (the values of cues.toml's [milestones.events] and
-- [milestones.after_date]), written again on every writable connection.
CREATE TABLE IF NOT EXISTS milestone_events (
    event VARCHAR PRIMARY KEY  -- e.g. launch, first oil, start of production
);

-- Guidance tracked across calls, and where the model disagrees with it.
-- The views are computed from figures + calls at query time, so they are the same
-- whatever order the calls were ingested in. A call's place is its fiscal quarter
-- within the ticker (call_id is TICKER-YYYYQn, so that order is the calendar order).
--
-- A tracked statement is keyed by (ticker, metric, subject_key, kind, unit, target):
--   * subject_key is the subject as calls write it either way: lower case, without the company's name before it
--     or a trailing "group", "segment", "business" or "division" ("IT Outsourcing" and "IT outsourcing",
--     "RS&I Group" and "RS&I", "Snap-on Tools Group" and "Tools Group");
--   * a milestone's target is its event (the subject); its date (period_end) is the value that moves; a subject
--     that is only an event (milestone_events: "launch", "first oil") says nothing of what it is of, so such a
--     milestone's target is its date too (Philip Morris's launches next month, by year-end and in 2022 are three);
--   * any other figure's target is its period (period_start .. period_end), NULL when it has none.

-- The calls of each ticker in order: 1, 2, 3, ... A call's statements are current as of its date or, when
-- the call gives none, the day after the quarter it reports on ended (the earliest it can have been held).
CREATE OR REPLACE VIEW call_sequence AS
SELECT call_id, ticker, call_date, fiscal_year, fiscal_quarter,
       row_number() OVER (PARTITION BY ticker ORDER BY fiscal_year, fiscal_quarter, call_date) AS call_seq,
       coalesce(call_date, quarter_end + 1) AS as_of_date
FROM calls;

-- One statement per call and target. A statement's period is its sentence's, else the one its turn set
-- (period_framed: "Turning to the fourth quarter guidance. Revenues between $4.11 billion and $4.15 billion.").
-- When a call says the same thing several times, the statement is the most specific one
-- (the narrowest period), then the latest said; a guidance the call says it replaces is none of its statements.
CREATE OR REPLACE VIEW guidance_statements AS
WITH dated AS (
    SELECT f.* REPLACE (coalesce(f.period_label, f.framing_label) AS period_label,
                        coalesce(f.period_start, f.framing_start) AS period_start,
                        coalesce(f.period_end, f.framing_end) AS period_end),
           f.period_end IS NULL AND f.framing_end IS NOT NULL AS period_framed,
           -- (the target is the period for all but a milestone that names what its event is of)
           f.metric <> 'milestone' OR f.subject IN (SELECT event FROM milestone_events) AS targets_its_period
    FROM figures f
    WHERE NOT f.superseded
),
keyed AS (
    SELECT s.ticker, s.call_seq, s.call_date, f.*,
           regexp_replace(CASE WHEN starts_with(lower(f.subject), s.own_name || ' ')
                               THEN substr(lower(f.subject), length(s.own_name) + 2)
                               ELSE lower(f.subject) END,
                          '\s+(group|segment|business|division)$', '') AS subject_key,
           CASE WHEN f.targets_its_period THEN f.period_start END AS target_start,
           CASE WHEN f.targets_its_period THEN f.period_end END AS target_end
    FROM dated f
    JOIN (SELECT call_sequence.*,
                 -- the company's name less its "Incorporated": "Snap-on Tools Group" is the "Tools Group"
                 lower(regexp_replace(company, '(,?\s+(inc|ltd|corp|co|corporation|company|incorporated|limited|holdings|plc|llc)\.?)+$', '', 'i')) AS own_name
          FROM call_sequence JOIN calls USING (call_id)) s USING (call_id)
    WHERE f.metric <> 'milestone' OR f.period_end IS NOT NULL
),
ranked AS (
    SELECT *,
           count(*) OVER (PARTITION BY call_id, metric, subject_key, kind, unit, target_start, target_end) AS statements_in_call,
           row_number() OVER (
               PARTITION BY call_id, metric, subject_key, kind, unit, target_start, target_end
               ORDER BY period_end - period_start NULLS LAST, char_start DESC
           ) AS preference
    FROM keyed
)
SELECT ticker, call_id, call_date, call_seq, metric, subject, subject_key, kind, unit, target_start, target_end,
       value, value_low, value_high, qualifier, period_label, period_start, period_end, period_framed,
       -- the one number a statement is compared by: a range's middle, a bound, or the value
       CASE WHEN unit = 'date' THEN NULL
            WHEN qualifier = 'range' THEN (value_low + value_high) / 2
            ELSE coalesce(value, value_low, value_high) END AS point,
       speaker, role, evidence, figure_id, confidence, statements_in_call
FROM ranked
WHERE preference = 1;

-- Every statement with its revision against the previous statement of the same target
-- (raised | lowered | reaffirmed | new | pulled_in | pushed_out), plus a `dropped` row in
-- the call after the last one that gave a guidance, when that call did not repeat it and
-- the target's date had not yet passed by that call's as_of_date.
CREATE OR REPLACE VIEW guidance_revisions AS
WITH linked AS MATERIALIZED (
    SELECT * EXCLUDE (previous),
           previous.call_id AS previous_call_id,
           previous.call_date AS previous_call_date,
           previous.value AS previous_value,
           previous.value_low AS previous_value_low,
           previous.value_high AS previous_value_high,
           previous.qualifier AS previous_qualifier,
           previous.period_label AS previous_period_label,
           previous.period_end AS previous_period_end,
           previous.period_framed AS previous_period_framed,
           previous.point AS previous_point,
           previous.speaker AS previous_speaker,
           previous.evidence AS previous_evidence
    FROM (
        -- one window pass: the previous statement as a struct, and when the target is next stated
        SELECT *,
               lag({call_id: call_id, call_date: call_date, value: value, value_low: value_low, value_high: value_high,
                    qualifier: qualifier, period_label: period_label, period_end: period_end,
                    period_framed: period_framed, point: point, speaker: speaker, evidence: evidence}) OVER history AS previous,
               lead(call_seq) OVER history AS next_statement_seq
        FROM guidance_statements
        WINDOW history AS (PARTITION BY ticker, metric, subject_key, kind, unit, target_start, target_end ORDER BY call_seq)
    )
),
stated AS (
    SELECT * EXCLUDE (next_statement_seq),
           CASE WHEN previous_call_id IS NULL THEN 'new'
                WHEN unit = 'date' THEN CASE WHEN period_end < previous_period_end THEN 'pulled_in'
                                             WHEN period_end > previous_period_end THEN 'pushed_out'
                                             ELSE 'reaffirmed' END
                WHEN point > previous_point THEN 'raised'
                WHEN point < previous_point THEN 'lowered'
                ELSE 'reaffirmed' END AS revision
    FROM linked
),
dropped AS (
    SELECT g.ticker, n.call_id, n.call_date, n.call_seq, g.metric, g.subject, g.subject_key, g.kind, g.unit,
           g.target_start, g.target_end,
           'dropped' AS revision,
           g.call_id AS previous_call_id, g.call_date AS previous_call_date,
           g.value AS previous_value, g.value_low AS previous_value_low, g.value_high AS previous_value_high,
           g.qualifier AS previous_qualifier, g.period_label AS previous_period_label,
           g.period_end AS previous_period_end, g.period_framed AS previous_period_framed, g.point AS previous_point,
           g.speaker AS previous_speaker, g.evidence AS previous_evidence
    FROM linked g
    JOIN call_sequence n ON n.ticker = g.ticker AND n.call_seq = g.call_seq + 1
    WHERE g.kind = 'guidance'
      AND coalesce(g.next_statement_seq, 0) <> g.call_seq + 1
      AND NOT coalesce(g.period_end < n.as_of_date, false)
)
SELECT * FROM stated
UNION ALL BY NAME
SELECT * FROM dropped;

-- The latest statement of every target, its revision, and the later call that dropped it (if any).
CREATE OR REPLACE VIEW guidance_latest AS
WITH latest AS (
    SELECT *,
           row_number() OVER (PARTITION BY ticker, metric, subject_key, kind, unit, target_start, target_end
                              ORDER BY call_seq DESC) AS recency
    FROM guidance_revisions
    WHERE revision <> 'dropped'
)
SELECT l.* EXCLUDE (recency), d.call_id AS dropped_in_call_id
FROM latest l
LEFT JOIN guidance_revisions d
       ON d.revision = 'dropped' AND d.ticker = l.ticker AND d.metric = l.metric
      AND d.subject_key IS NOT DISTINCT FROM l.subject_key AND d.kind = l.kind AND d.unit = l.unit
      AND d.target_start IS NOT DISTINCT FROM l.target_start AND d.target_end IS NOT DISTINCT FROM l.target_end
      AND d.call_seq > l.call_seq
WHERE l.recency = 1;

-- Where the model disagrees with the latest statement of a mapped metric (assumptions/mapping.toml):
-- one row per statement and scenario, as of a call. Written by `pipeline diff`.
CREATE TABLE IF NOT EXISTS discrepancies (
    model               VARCHAR NOT NULL,   -- e.g. tesla_fcf
    scenario            VARCHAR NOT NULL,   -- conservative | optimistic
    ticker              VARCHAR NOT NULL,
    as_of_call_id       VARCHAR NOT NULL,   -- the call the comparison is as of
    call_id             VARCHAR NOT NULL,   -- the call that made the statement
    figure_id           VARCHAR NOT NULL,
    metric              VARCHAR NOT NULL,
    subject             VARCHAR,
    kind                VARCHAR NOT NULL,   -- guidance | actual
    period_label        VARCHAR,
    model_ref           VARCHAR NOT NULL,   -- the model input or series (segment.name) compared
    model_year          INTEGER,            -- the year compared (NULL for a constant input)
    model_value         DOUBLE,             -- in the statement's unit
    guided_low          DOUBLE,             -- the guided range in the statement's unit (equal for a point)
    guided_high         DOUBLE,
    unit                VARCHAR NOT NULL,   -- the statement's unit; years for a milestone
    qualifier           VARCHAR NOT NULL,
    gap                 DOUBLE,             -- model minus the nearest guided bound; 0 inside a range
    gap_pct             DOUBLE,             -- gap / |nearest guided bound| × 100; NULL for a milestone
    tolerance           DOUBLE,             -- relative (0.05 = 5%), or years for a milestone
    status              VARCHAR NOT NULL,   -- aligned | model above guidance | model below guidance | no model year (no period, or outside 2025-2034)
    retune_input        VARCHAR,            -- the input a retune changes
    retune_from         DOUBLE,
    retune_to           DOUBLE,
    fcf_2034_before     DOUBLE,             -- USD
    fcf_2034_after      DOUBLE,
    implied_rate_before DOUBLE,             -- fraction
    implied_rate_after  DOUBLE,
    speaker             VARCHAR NOT NULL,
    evidence            VARCHAR NOT NULL,
    computed_at         TIMESTAMP NOT NULL
);
