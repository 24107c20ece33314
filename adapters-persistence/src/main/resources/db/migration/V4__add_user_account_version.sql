-- Every change of a user is conditional on the version it was made to, so that two concurrent
-- administrators never silently undo each other (a disable lost to a role change, say).
ALTER TABLE user_account ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
