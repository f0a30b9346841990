-- A hand-set stock policy per part (initial provisioning, a supplier's recommendation) that the reorder
-- suggestions follow instead of the forecast until `until` or until the part has 26 weeks of its own history.
CREATE TABLE stock_policy (
    part_id          BIGINT        NOT NULL PRIMARY KEY,
    min_quantity     INT           NULL,
    max_quantity     INT           NULL,
    initial_quantity INT           NULL,
    until            DATE          NULL,
    note             VARCHAR(500)  NOT NULL,
    set_by           VARCHAR(64)   NOT NULL,
    set_at           DATETIME(3)   NOT NULL,
    CONSTRAINT fk_stock_policy_part FOREIGN KEY (part_id) REFERENCES part (id),
    CONSTRAINT ck_stock_policy_min CHECK (min_quantity IS NULL OR min_quantity >= 0),
    CONSTRAINT ck_stock_policy_max CHECK (max_quantity IS NULL OR max_quantity >= 1),
    CONSTRAINT ck_stock_policy_initial CHECK (initial_quantity IS NULL OR initial_quantity >= 1),
    CONSTRAINT ck_stock_policy_levels CHECK (min_quantity IS NULL OR max_quantity IS NULL OR min_quantity <= max_quantity)
);

-- An exchange asked for when the pool had nothing is unmet demand too.
ALTER TABLE unmet_demand DROP CONSTRAINT ck_unmet_source;
ALTER TABLE unmet_demand ADD CONSTRAINT ck_unmet_source CHECK (source IN ('ISSUE','RESERVATION','EXCHANGE'));
