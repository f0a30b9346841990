-- What the economic rule compared: the whole estimate (parts, labour, subcontractor quote) against the threshold.
ALTER TABLE repair_order
    ADD COLUMN subcontract_quote DECIMAL(12,2) NULL AFTER estimated_minutes,
    ADD COLUMN estimated_total   DECIMAL(12,2) NULL AFTER subcontract_quote,
    ADD COLUMN threshold         DECIMAL(12,2) NULL AFTER estimated_total;
