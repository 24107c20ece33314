-- PostgreSQL only: row-level security as a second wall around each tenant's rows (products,
-- accounts, refresh tokens and their chains), behind the
-- WHERE clause of every statement. Each transaction of the application says what it may see with
-- set_config(..., true) (RowScope); a statement that forgets its WHERE still sees only that.
-- FORCE: the tables' owner is bound too. Only a superuser or a role with BYPASSRLS is not, which
-- the application's role must not be (see the README, "Running several instances").

ALTER TABLE product ENABLE ROW LEVEL SECURITY;
ALTER TABLE product FORCE ROW LEVEL SECURITY;
CREATE POLICY product_of_the_tenant ON product
  USING (tenant_id = current_setting('synq.tenant', true))
  WITH CHECK (tenant_id = current_setting('synq.tenant', true));

ALTER TABLE user_account ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_account FORCE ROW LEVEL SECURITY;
CREATE POLICY user_account_of_the_tenant ON user_account
  USING (tenant_id = current_setting('synq.tenant', true))
  WITH CHECK (tenant_id = current_setting('synq.tenant', true));
-- Sign-in finds the account by its email before it knows the tenant: that one account only.
CREATE POLICY user_account_signing_in ON user_account FOR SELECT
  USING (email = current_setting('synq.sign_in_email', true));
-- The first-start hint asks whether any account exists.
CREATE POLICY user_account_any ON user_account FOR SELECT
  USING (current_setting('synq.any_account', true) = 'on');

ALTER TABLE refresh_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE refresh_token FORCE ROW LEVEL SECURITY;
CREATE POLICY refresh_token_of_the_tenant ON refresh_token
  USING (tenant_id = current_setting('synq.tenant', true))
  WITH CHECK (tenant_id = current_setting('synq.tenant', true));
-- A refresh or a sign-out knows only the token it was handed.
CREATE POLICY refresh_token_presented ON refresh_token FOR SELECT
  USING (token_hash = current_setting('synq.refresh_token', true));
-- Revoking a chain, or every chain of a user: reading and updating those rows.
CREATE POLICY refresh_token_chain_reads ON refresh_token FOR SELECT
  USING (family_id = current_setting('synq.refresh_family', true)
         OR user_id::text = current_setting('synq.refresh_user', true));
CREATE POLICY refresh_token_chain_updates ON refresh_token FOR UPDATE
  USING (family_id = current_setting('synq.refresh_family', true)
         OR user_id::text = current_setting('synq.refresh_user', true));
-- Housekeeping deletes expired tokens of every tenant: reading and deleting, nothing else.
CREATE POLICY refresh_token_housekeeping_reads ON refresh_token FOR SELECT
  USING (current_setting('synq.housekeeping', true) = 'on');
CREATE POLICY refresh_token_housekeeping_deletes ON refresh_token FOR DELETE
  USING (current_setting('synq.housekeeping', true) = 'on');

-- The chains: each step locks its chain's row first, as the tenant, or by chain or user id.
ALTER TABLE refresh_family ENABLE ROW LEVEL SECURITY;
ALTER TABLE refresh_family FORCE ROW LEVEL SECURITY;
CREATE POLICY refresh_family_of_the_tenant ON refresh_family
  USING (tenant_id = current_setting('synq.tenant', true))
  WITH CHECK (tenant_id = current_setting('synq.tenant', true));
CREATE POLICY refresh_family_chain_reads ON refresh_family FOR SELECT
  USING (family_id = current_setting('synq.refresh_family', true)
         OR user_id::text = current_setting('synq.refresh_user', true));
CREATE POLICY refresh_family_chain_updates ON refresh_family FOR UPDATE
  USING (family_id = current_setting('synq.refresh_family', true)
         OR user_id::text = current_setting('synq.refresh_user', true));
CREATE POLICY refresh_family_housekeeping_reads ON refresh_family FOR SELECT
  USING (current_setting('synq.housekeeping', true) = 'on');
CREATE POLICY refresh_family_housekeeping_deletes ON refresh_family FOR DELETE
  USING (current_setting('synq.housekeeping', true) = 'on');
