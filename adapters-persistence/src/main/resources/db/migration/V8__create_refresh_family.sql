-- One row per refresh-token chain, which every step on the chain locks first (SELECT ... FOR
-- UPDATE): a rotation and a revocation of one chain, on any instance, then run one after the
-- other, and a successor can never slip past a revocation. last_expires_at is the expiry of its
-- newest token, so the cleanup can drop whole chains without scanning their tokens.
CREATE TABLE refresh_family (
  family_id       VARCHAR(64)                 NOT NULL,
  user_id         UUID                        NOT NULL,
  tenant_id       VARCHAR(256)                NOT NULL,
  last_expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  revoked_at      TIMESTAMP(6) WITH TIME ZONE,
  CONSTRAINT refresh_family_pk PRIMARY KEY (family_id)
);

-- The chains there are already; all tokens of a chain belong to one user, of one tenant.
INSERT INTO refresh_family (family_id, user_id, tenant_id, last_expires_at, revoked_at)
SELECT t.family_id,
       (SELECT u.user_id FROM refresh_token u WHERE u.family_id = t.family_id
        FETCH FIRST 1 ROWS ONLY),
       MAX(t.tenant_id),
       MAX(t.expires_at),
       MIN(t.revoked_at)
FROM refresh_token t
GROUP BY t.family_id;

CREATE INDEX refresh_family_user ON refresh_family (user_id);
CREATE INDEX refresh_family_last_expires ON refresh_family (last_expires_at);
CREATE INDEX refresh_token_expires ON refresh_token (expires_at);
