-- The scan station shows an account's own recent movements: found by who recorded them, newest first.
CREATE INDEX ix_movement_recorded_by ON stock_movement (recorded_by, id);
