-- The ledger of one location, newest first (issue #21): each side's index holds the time and id, so that its
-- movements out and its movements in are each read in order, a page at a time, and counted from the index alone.
-- The index of the side they enter also holds the side they leave, so that a movement from the location to itself
-- (a regrade in place) is told apart without reading its row. They replace the one-column indexes: the foreign keys
-- use them as well, and the ledger's inserts keep as many indexes as before.
ALTER TABLE stock_movement
    ADD INDEX ix_movement_from_time (from_location_id, occurred_at, id),
    ADD INDEX ix_movement_to_time (to_location_id, occurred_at, id, from_location_id),
    DROP INDEX ix_movement_from,
    DROP INDEX ix_movement_to;
