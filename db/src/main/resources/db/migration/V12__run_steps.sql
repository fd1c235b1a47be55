-- A run may end after a number of search steps instead of its time budget: then it is reproducible, and the
-- command-line engine on its snapshot with the same steps and seed gives the same solution.
ALTER TABLE matching_run ADD COLUMN steps int CHECK (steps BETWEEN 1 AND 10000000);
