-- A movement is taken back at most once (POST /api/movements/{id}/reverse): the key refuses a second reversal,
-- even two sent at the same moment.
CREATE TABLE movement_reversal (
    movement_id BIGINT NOT NULL PRIMARY KEY,
    reversal_id BIGINT NOT NULL,
    CONSTRAINT fk_reversal_movement FOREIGN KEY (movement_id) REFERENCES stock_movement (id),
    CONSTRAINT fk_reversal_reversal FOREIGN KEY (reversal_id) REFERENCES stock_movement (id)
) ENGINE=InnoDB;
