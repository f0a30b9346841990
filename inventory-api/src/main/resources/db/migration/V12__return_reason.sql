-- Why a RETURN came back (FAULTY, UNUSED, CORE, LOAN_END): only faulty returns and cores count as a unit's returns.
ALTER TABLE stock_movement ADD COLUMN return_reason VARCHAR(10) NULL AFTER to_condition;
