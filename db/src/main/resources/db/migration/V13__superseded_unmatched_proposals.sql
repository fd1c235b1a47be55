-- An 'unmatched' proposal (no campus) may later be superseded by another run, so "no campus" means unmatched or
-- superseded, and unmatched still means no campus. V11's check refused superseding an unmatched proposal, and a
-- second run over the same needs failed.
ALTER TABLE proposal DROP CONSTRAINT proposal_check;
ALTER TABLE proposal ADD CONSTRAINT proposal_unmatched_has_no_campus CHECK (status <> 'unmatched' OR campus_id IS NULL);
ALTER TABLE proposal ADD CONSTRAINT proposal_without_campus_is_unmatched
    CHECK (campus_id IS NOT NULL OR status IN ('unmatched', 'superseded'));
