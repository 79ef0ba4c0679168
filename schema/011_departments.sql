-- 011_departments.sql - the departments that handle what the office sends
-- them (issue 15): a directory, their logins, and what a department login
-- may read and do.
--
-- The directory (departments, department_members) is the office's: read by
-- clerks and supervisors, written by supervisors (`mayorbox departments
-- add|set`). A department's name is the one cases.department holds (the
-- rules' department directory spells it); name_zh is how the office writes
-- it in Chinese; contact is where its notices go.
--
-- A department login is a PostgreSQL login in the group role
-- mayorbox_department and in department_members. It holds no privilege on
-- the case file's tables: it reads the schema `dept`, views owned by the
-- schema's owner that show
--   - the non-confidential cases dispatched to its own department (the
--     confidential ones live in the vault, which these views never name);
--   - their letters WITHOUT the writer's identity: name, address, phone,
--     Message-ID and the ids of the writer's mail, the raw message, the
--     parsed headers (To, Reply-To) and the search text (which holds the
--     name and the phone) are NULL; the subject and the text stay (what is
--     to be handled: a writer who names themselves in the text is named
--     there, as on paper);
--   - their attachments (the evidence: photos, documents);
--   - the events of the dispatch and its handling (assigned, returned,
--     time limit changed, supervised, answer submitted or approved);
--   - no rule hits, no outbox, no delivery reports (empty views of the same
--     columns, so the one list and show of the CLI and console read them).
-- The privilege is absent, not filtered in C: a department login querying
-- public.letters directly is refused (42501), and the views' own WHERE is
-- the department of session_user, never a parameter it passes.
--
-- What a department does goes through SECURITY DEFINER functions, each
-- checking that the case is its own: case_return (the case is not theirs:
-- back to the office's queue with a reason, counted per department).

DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mayorbox_department') THEN
		CREATE ROLE mayorbox_department NOLOGIN;
	END IF;
END
$$;

CREATE TABLE departments (
	name		text PRIMARY KEY CHECK (btrim(name) <> '' AND length(name) <= 200),
	name_zh		text CHECK (length(name_zh) <= 200),
	contact		text CHECK (contact IS NULL OR (length(contact) <= 254
			AND contact ~ '^[^@[:space:]<>",;]+@[^@[:space:]<>",;]+$')),
	active		boolean NOT NULL DEFAULT true,
	created_at	timestamptz NOT NULL DEFAULT now(),
	updated_at	timestamptz NOT NULL DEFAULT now(),
	updated_by	text NOT NULL DEFAULT session_user
);

-- a login belongs to one department
CREATE TABLE department_members (
	login		text PRIMARY KEY,
	department	text NOT NULL REFERENCES departments (name) ON UPDATE CASCADE,
	added_at	timestamptz NOT NULL DEFAULT now(),
	added_by	text NOT NULL DEFAULT session_user
);
CREATE INDEX department_members_department ON department_members (department);

-- The department of the calling login (NULL: none, or not a department's
-- login). STABLE: once per statement.
CREATE FUNCTION department_of_login() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT m.department FROM public.department_members m
	JOIN public.departments d ON d.name = m.department
	WHERE m.login = session_user AND d.active
	AND pg_has_role(session_user, 'mayorbox_department', 'MEMBER')
$$;

-- ---------------------------------------------------------------------------
-- What a department login reads.

CREATE SCHEMA dept;

CREATE VIEW dept.cases WITH (security_barrier) AS
	SELECT c.* FROM public.cases c
	WHERE NOT c.confidential AND c.status IN ('assigned', 'answered', 'closed')
	AND c.department = public.department_of_login();

CREATE VIEW dept.letters WITH (security_barrier) AS
	SELECT l.id, l.case_id, l.source, l.source_name, l.source_key, l.content_hash,
	       l.received_at, l.written_at, l.language, l.auto_submitted, l.confidential,
	       l.anonymous, l.district, NULL::text AS in_reply_to, '{}'::text[] AS refs,
	       NULL::text AS message_id, NULL::text AS from_name, NULL::text AS from_address,
	       NULL::text AS phone, l.subject, l.body, NULL::bytea AS raw, l.warnings,
	       '{}'::jsonb AS parsed, NULL::text AS search_text
	FROM public.letters l JOIN dept.cases c ON c.id = l.case_id
	WHERE NOT l.confidential;

CREATE VIEW dept.attachments WITH (security_barrier) AS
	SELECT a.* FROM public.attachments a JOIN dept.cases c ON c.id = a.case_id;

CREATE VIEW dept.case_events WITH (security_barrier) AS
	SELECT e.* FROM public.case_events e JOIN dept.cases c ON c.id = e.case_id
	WHERE e.what IN ('assigned', 'returned', 'due changed', 'supervised',
			 'answer submitted', 'answer approved', 'reopened', 'redo');

CREATE VIEW dept.rule_hits AS SELECT * FROM public.rule_hits WHERE false;
CREATE VIEW dept.outbox AS SELECT * FROM public.outbox WHERE false;
CREATE VIEW dept.case_reports AS SELECT * FROM public.case_reports WHERE false;

-- ---------------------------------------------------------------------------
-- What a department does.

-- The case is not the caller's department's to handle: back to the office's
-- queue (no department, status new, no owner), with the reason.
CREATE FUNCTION case_return(num text, reason text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	mine text := public.department_of_login();
	c public.cases;
BEGIN
	IF mine IS NULL THEN
		RAISE EXCEPTION 'only a department''s login returns a case'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF reason IS NULL OR btrim(reason) = '' OR length(reason) > 4000 THEN
		RAISE EXCEPTION 'a reason is needed (at most 4000 characters)'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT * INTO c FROM public.cases x WHERE x.number = num FOR UPDATE;
	-- another department's case, a confidential one (never here) or none:
	-- one answer, which says nothing of which
	IF NOT FOUND OR c.confidential OR c.department IS DISTINCT FROM mine
	   OR c.status NOT IN ('assigned') THEN
		RAISE EXCEPTION 'no case % is dispatched to %', num, mine
			USING ERRCODE = 'no_data_found';
	END IF;
	UPDATE public.cases x SET department = NULL, status = 'new', owner = NULL,
		updated_at = now() WHERE x.id = c.id;
	INSERT INTO public.case_events (case_id, what, detail)
	VALUES (c.id, 'returned', jsonb_build_object('department', mine, 'reason', reason));
	RETURN mine;
END
$$;

-- ---------------------------------------------------------------------------
-- Privileges.

REVOKE ALL ON departments, department_members FROM PUBLIC;
GRANT SELECT ON departments, department_members TO mayorbox_clerk, mayorbox_supervisor;
GRANT INSERT, UPDATE ON departments TO mayorbox_supervisor;
GRANT INSERT, UPDATE, DELETE ON department_members TO mayorbox_supervisor;
ALTER TABLE departments ENABLE ROW LEVEL SECURITY;
ALTER TABLE department_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_read ON departments FOR SELECT TO mayorbox_clerk, mayorbox_supervisor
	USING (true);
CREATE POLICY office_read ON department_members FOR SELECT
	TO mayorbox_clerk, mayorbox_supervisor USING (true);
CREATE POLICY supervisor_write ON departments TO mayorbox_supervisor USING (true)
	WITH CHECK (updated_by = session_user);
CREATE POLICY supervisor_write ON department_members TO mayorbox_supervisor USING (true)
	WITH CHECK (added_by = session_user);

REVOKE ALL ON SCHEMA dept FROM PUBLIC;
GRANT USAGE ON SCHEMA dept TO mayorbox_department;
REVOKE ALL ON ALL TABLES IN SCHEMA dept FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA dept TO mayorbox_department;

REVOKE ALL ON FUNCTION department_of_login(), case_return(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION department_of_login() TO mayorbox_department;
GRANT EXECUTE ON FUNCTION case_return(text, text) TO mayorbox_department;
