-- Lost demand is read per month of withdrawal; only withdrawn needs are indexed.
CREATE INDEX need_withdrawn_at_idx ON need (withdrawn_at) WHERE status = 'withdrawn';
