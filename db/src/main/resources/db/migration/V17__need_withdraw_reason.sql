-- Lost demand (issue 18): why a company withdrew a need, and when. The vocabulary is WithdrawReason's; 'unknown'
-- is what not answering records, and what every need withdrawn before the question was asked keeps.
ALTER TABLE need
    ADD COLUMN withdraw_reason text CHECK (withdraw_reason IN ('found-via-labspace', 'found-elsewhere-nl', 'went-abroad',
                                                               'plans-changed', 'other', 'unknown')),
    ADD COLUMN withdrawn_at    timestamptz;

UPDATE need SET withdraw_reason = 'unknown', withdrawn_at = updated_at WHERE status = 'withdrawn';
