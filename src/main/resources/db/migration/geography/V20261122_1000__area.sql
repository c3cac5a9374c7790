-- Kemendagri administrative areas: province (1), regency/city (2), district (3), village (4).
-- Codes are dotted by level (32, 32.01, 32.01.02, 32.01.02.2004), so a code prefix selects a
-- whole branch. Rows are loaded by the Java migration that follows.
CREATE TABLE area (
    code          VARCHAR(13)  NOT NULL PRIMARY KEY,
    area_level    SMALLINT     NOT NULL,
    parent_code   VARCHAR(13),
    province_code CHAR(2)      NOT NULL,
    name          VARCHAR(100) NOT NULL
);
CREATE INDEX area_parent_ix ON area (parent_code);
