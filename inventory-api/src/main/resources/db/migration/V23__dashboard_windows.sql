-- The dashboard reads recent history only: repairs by the day they closed, reservations and refused requests by the
-- day they were asked, exchanges by the day their core was due.
CREATE INDEX ix_repair_closed ON repair_order (closed_at);
CREATE INDEX ix_reservation_created ON reservation (created_at);
CREATE INDEX ix_unmet_time ON unmet_demand (occurred_at);
CREATE INDEX ix_exchange_due ON standard_exchange (core_due_date);
