-- Signing a user out everywhere revokes every chain of that user at once.
CREATE INDEX refresh_token_user ON refresh_token (user_id);
