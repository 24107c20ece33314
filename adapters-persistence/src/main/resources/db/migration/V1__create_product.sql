-- Portable SQL: the same file runs on H2 2.x (regular mode) and PostgreSQL.
--
-- Text columns are twice the domain's maximum length: the domain counts code points, PostgreSQL
-- counts characters (code points) too, but H2 counts UTF-16 code units, and a code point outside
-- the Basic Multilingual Plane takes two. So every value the domain accepts fits in both.
CREATE TABLE product (
  id             UUID                        NOT NULL,
  tenant_id      VARCHAR(256)                NOT NULL,
  org_id         VARCHAR(256)                NOT NULL,
  sku            VARCHAR(128)                NOT NULL,
  name           VARCHAR(400)                NOT NULL,
  -- NULL is "no description", distinct from the empty string.
  description    VARCHAR(4000),
  -- Below 10^12 with up to 4 fraction digits (CLF, the largest minor unit in ISO 4217); exact.
  price_amount   NUMERIC(16, 4)              NOT NULL,
  price_currency VARCHAR(3)                  NOT NULL,
  created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  version        BIGINT                      NOT NULL,
  CONSTRAINT product_pk PRIMARY KEY (id),
  -- Plain equality on VARCHAR is exact in both databases: case and every code point count.
  CONSTRAINT product_sku_unique UNIQUE (tenant_id, org_id, sku)
);

-- Keyset listing: WHERE tenant_id = ? AND org_id = ? AND id > ? ORDER BY id.
CREATE INDEX product_scope_id ON product (tenant_id, org_id, id);
