-- Rows that serialize catalog changes which must see each other: changes to what assemblies contain take
-- the COMPONENTS row first, so that two of them can never each miss the other and close a cycle.
CREATE TABLE catalog_lock (
    name VARCHAR(32) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO catalog_lock (name) VALUES ('COMPONENTS');
