-- A number that moves when a transaction that changed the market commits. The insight cube is kept in memory and
-- compares this number, read in the same snapshot as the cube, to know whether the cube still describes the market.
-- (pg_current_snapshot() did that job before, but it moves with every write in the cluster: a sign-in, an audit
-- line or another database's write forced a rebuild of seconds.)
create table market_version (
    id      smallint primary key default 1 check (id = 1),
    version bigint   not null default 0
);
insert into market_version (id, version) values (1, 0);

-- Deferred to commit, and once per transaction: the row lock on the counter is then the last lock a writer takes,
-- so two writers can wait for each other's commit but never deadlock through it.
create function count_market_change() returns trigger language plpgsql as $$
begin
    if current_setting('labspace.market_version_counted', true) is distinct from 'yes' then
        perform set_config('labspace.market_version_counted', 'yes', true);
        update market_version set version = version + 1 where id = 1;
    end if;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['campus', 'company', 'unit', 'unit_hold', 'need', 'need_province', 'proposal',
                             'proposal_unit', 'lease', 'region'] loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function count_market_change()',
                       t || '_counts_market_change', t);
    end loop;
end $$;

-- A run's progress (phase, steps) does not change the market; its end does (the latest finished run's figures).
create constraint trigger matching_run_counts_market_change after update of status on matching_run
    deferrable initially deferred for each row when (old.status is distinct from new.status)
    execute function count_market_change();
create constraint trigger matching_run_delete_counts_market_change after delete on matching_run
    deferrable initially deferred for each row execute function count_market_change();
