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
    ingested_at    TIMESTAMP NOT NULL
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
    confidence   DOUBLE NOT NULL          -- 0..1, how sure the extractor is of the metric
);

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
