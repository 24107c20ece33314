-- The embedded token issuer's keys. material is a private JWK (JSON); never logged.
CREATE TABLE signing_key (
  kid        VARCHAR(255)                NOT NULL,
  material   VARCHAR(65536)              NOT NULL,
  created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT signing_key_pk PRIMARY KEY (kid)
);
