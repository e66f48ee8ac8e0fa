-- What BranchDesk's login role (the clerks' PCs) may do in the branch database, applied by the
-- owner after `init` and after every upgrade (common/dbroles.py puts the role's name in place of
-- {app}): rows of every table, and no more. No DDL (the role owns nothing and may not create in the
-- schema), no TRIGGER or REFERENCES, no TRUNCATE; the audit log only grows (INSERT and SELECT,
-- besides its append-only triggers), and the migration history is read-only.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {app};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {app};
GRANT USAGE ON SCHEMA public TO {app};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app};
REVOKE UPDATE, DELETE ON audit_log FROM {app};
REVOKE INSERT, UPDATE, DELETE ON schema_migration FROM {app};
