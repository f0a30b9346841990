-- The dashboard reads recent history only: repairs by the day they closed (with what the yield counts, so that it reads
-- the index alone), reservations and refused requests by the day they were asked, the reservations that followed a
-- refusal by their reference and part, exchanges by the day their core was due.
CREATE INDEX ix_repair_closed ON repair_order (closed_at, owner, part_id, completed_condition);
CREATE INDEX ix_reservation_created ON reservation (created_at);
DROP INDEX ix_reservation_reference ON reservation;
CREATE INDEX ix_reservation_reference ON reservation (reference, part_id, created_at);
CREATE INDEX ix_unmet_time ON unmet_demand (occurred_at);
CREATE INDEX ix_exchange_due ON standard_exchange (core_due_date);
