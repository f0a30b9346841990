-- What holds a serialized unit that is not IN_STOCK: the reservation's reference, the repair order, the issue's reference.
ALTER TABLE stock_unit ADD COLUMN holder VARCHAR(64) NULL AFTER status;
