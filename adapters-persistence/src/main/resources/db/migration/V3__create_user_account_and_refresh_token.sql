-- Portable SQL for H2 2.x and PostgreSQL; text lengths are doubled as explained in V1.
CREATE TABLE user_account (
  id            UUID                        NOT NULL,
  tenant_id     VARCHAR(256)                NOT NULL,
  org_id        VARCHAR(256)                NOT NULL,
  -- Lower case already (the domain normalizes it), so plain uniqueness is case-insensitive.
  email         VARCHAR(508)                NOT NULL,
  role          VARCHAR(16)                 NOT NULL,
  disabled      BOOLEAN                     NOT NULL,
  -- The hasher's self-describing encoding (algorithm, parameters, salt, hash); never logged.
  password_hash VARCHAR(512)                NOT NULL,
  created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT user_account_pk PRIMARY KEY (id),
  CONSTRAINT user_account_email_unique UNIQUE (email)
);

-- Listing an organization's users, oldest first.
CREATE INDEX user_account_scope_created ON user_account (tenant_id, org_id, created_at, id);

-- Refresh tokens, only as hashes of the tokens handed out. A family is the chain that one sign-in
-- starts and each refresh extends.
CREATE TABLE refresh_token (
  token_hash VARCHAR(128)                NOT NULL,
  family_id  VARCHAR(64)                 NOT NULL,
  user_id    UUID                        NOT NULL,
  tenant_id  VARCHAR(256)                NOT NULL,
  org_id     VARCHAR(256)                NOT NULL,
  issued_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  used_at    TIMESTAMP(6) WITH TIME ZONE,
  revoked_at TIMESTAMP(6) WITH TIME ZONE,
  CONSTRAINT refresh_token_pk PRIMARY KEY (token_hash)
);

-- Revoking a whole chain at once.
CREATE INDEX refresh_token_family ON refresh_token (family_id);
