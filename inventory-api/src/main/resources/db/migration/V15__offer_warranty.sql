-- The supplier's warranty on what an offer sells, in months (unknown: none assumed).

ALTER TABLE supplier_offer ADD COLUMN warranty_months INT NULL AFTER lead_time_days;
ALTER TABLE supplier_offer ADD CONSTRAINT ck_offer_warranty CHECK (warranty_months IS NULL OR warranty_months >= 0);
