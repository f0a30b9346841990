-- A customer's item not worth repairing: the recommendation RETURN_UNREPAIRED needs a wider column,
-- and the diagnosis fee charged when it is handed back unrepaired is kept on the order.
ALTER TABLE repair_order
    MODIFY COLUMN recommendation VARCHAR(20) NULL,
    ADD COLUMN diagnosis_fee DECIMAL(12,2) NULL AFTER completed_condition;
