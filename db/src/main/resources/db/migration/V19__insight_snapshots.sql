-- Trends (issue 18 point 5): the insight cube's cells kept as they were when a matching run wrote its proposals and
-- once a month, with the verdict suppression gave each cell in that cube. A series of one cell across snapshots is
-- read from here; a snapshot is never recomputed, so a figure once withheld stays withheld in its snapshot. Only the
-- newest snapshots are kept (TrendRecorder prunes the rest): about 200 bytes a cell with its index.
CREATE TABLE insight_snapshot (
    id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind      text NOT NULL CHECK (kind IN ('run', 'month')),
    run_id    uuid UNIQUE REFERENCES matching_run (id),
    -- The month the cube described (Dutch time): the period of its stock figures.
    month     month_start NOT NULL,
    taken_at  timestamptz NOT NULL DEFAULT now(),
    -- Cells kept (cells of 0 from no company are left out: a missing cell reads as 0).
    cells     int NOT NULL DEFAULT 0,
    CHECK ((kind = 'run') = (run_id IS NOT NULL))
);
CREATE UNIQUE INDEX insight_snapshot_one_per_month ON insight_snapshot (month) WHERE kind = 'month';
CREATE INDEX insight_snapshot_kind_taken_idx ON insight_snapshot (kind, taken_at DESC);

-- One cell of a snapshot: Cell (value, distinct companies or -1 for a public figure, their ids while fewer than 3)
-- under its CellKey, and why suppression withheld it (null: shown).
CREATE TABLE insight_snapshot_cell (
    snapshot_id uuid NOT NULL REFERENCES insight_snapshot (id) ON DELETE CASCADE,
    figure      text NOT NULL,
    region      text NOT NULL,
    period      text NOT NULL,
    facet       text NOT NULL,
    value       bigint NOT NULL,
    companies   int NOT NULL CHECK (companies >= -1),
    few         uuid[] NOT NULL DEFAULT '{}',
    withheld    text CHECK (withheld IN ('few-companies', 'complementary')),
    -- A series probes each snapshot for one cell; pruning deletes a snapshot's cells.
    PRIMARY KEY (snapshot_id, figure, region, facet, period)
);
