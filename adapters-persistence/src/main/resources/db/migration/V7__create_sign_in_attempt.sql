-- Sign-in throttling counted in the database, so that its limits hold across every instance on
-- one PostgreSQL (H2 standalone counts in memory). The key is the caller's SHA-256 hash of what it
-- counts: never an email or an address in clear. A window opens at a key's first attempt and
-- ends at window_ends_at; the cleanup deletes the ended ones.
CREATE TABLE sign_in_attempt (
  key_hash       VARCHAR(128)                NOT NULL,
  window_ends_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  attempts       INTEGER                     NOT NULL,
  CONSTRAINT sign_in_attempt_pk PRIMARY KEY (key_hash)
);

CREATE INDEX sign_in_attempt_window_ends ON sign_in_attempt (window_ends_at);
