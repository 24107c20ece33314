-- The generation of the ID tokens issued to a user: tokens name it, and only the current one
-- counts. Disabling the user, changing the role or signing out everywhere starts the next, which
-- revokes every live ID token issued before.
ALTER TABLE user_account ADD COLUMN token_generation BIGINT DEFAULT 0 NOT NULL;
