-- 014_department_answers.sql - a department's answer, reviewed by the
-- office before the citizen gets it (issue 15).
--
-- A department login answers a case dispatched to it (`cases reply CASE
-- --file FILE`, case_department_answer): the text is kept, pending, one per
-- case (a new one replaces a pending one), and recorded as 'answer
-- submitted'. The office reads it in `cases show` and either sends it
-- (`cases close CASE --department-answer`: the case is closed with that
-- text through case_close, the answer mailed to the writer as any answer;
-- then department_answer_done records 'answer approved') or sends it back
-- (`cases assign` again, or a new reply replaces it). The department never
-- mails the citizen and never learns the writer's address.

CREATE TABLE department_answers (
	case_id		bigint PRIMARY KEY REFERENCES public.cases (id),
	department	text NOT NULL,
	body		text NOT NULL CHECK (length(body) BETWEEN 1 AND 1048576),
	state		text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved')),
	submitted_by	text NOT NULL DEFAULT session_user,
	submitted_at	timestamptz NOT NULL DEFAULT now(),
	reviewed_by	text,
	reviewed_at	timestamptz
);

CREATE FUNCTION case_department_answer(num text, body text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	mine text := public.department_of_login();
	c public.cases;
BEGIN
	IF mine IS NULL THEN
		RAISE EXCEPTION 'only a department''s login answers for its department'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF body IS NULL OR btrim(body) = '' THEN
		RAISE EXCEPTION 'the answer is empty' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT * INTO c FROM public.cases x WHERE x.number = num FOR UPDATE;
	IF NOT FOUND OR c.confidential OR c.department IS DISTINCT FROM mine
	   OR c.status <> 'assigned' THEN
		RAISE EXCEPTION 'no case % is dispatched to %', num, mine
			USING ERRCODE = 'no_data_found';
	END IF;
	INSERT INTO public.department_answers (case_id, department, body)
	VALUES (c.id, mine, body)
	ON CONFLICT (case_id) DO UPDATE SET department = EXCLUDED.department,
		body = EXCLUDED.body, state = 'pending', submitted_by = session_user,
		submitted_at = now(), reviewed_by = NULL, reviewed_at = NULL;
	INSERT INTO public.case_events (case_id, what, detail)
	VALUES (c.id, 'answer submitted', jsonb_build_object('department', mine,
		'bytes', octet_length(body)));
	RETURN mine;
END
$$;

-- The office sent the department's answer (after case_close).
CREATE FUNCTION department_answer_done(num text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	UPDATE public.department_answers a SET state = 'approved', reviewed_by = session_user,
		reviewed_at = now() WHERE a.case_id = c.cid AND a.state = 'pending';
	IF FOUND THEN
		PERFORM vault.event(c.cid, 'answer approved', '{}'::jsonb);
	END IF;
END
$$;

CREATE VIEW dept.department_answers WITH (security_barrier) AS
	SELECT a.* FROM public.department_answers a JOIN dept.cases c ON c.id = a.case_id;

REVOKE ALL ON department_answers FROM PUBLIC;
GRANT SELECT ON department_answers TO mayorbox_clerk, mayorbox_supervisor;
ALTER TABLE department_answers ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_read ON department_answers FOR SELECT
	TO mayorbox_clerk, mayorbox_supervisor USING (true);
REVOKE ALL ON dept.department_answers FROM PUBLIC;
GRANT SELECT ON dept.department_answers TO mayorbox_department;
REVOKE ALL ON FUNCTION case_department_answer(text, text), department_answer_done(text)
	FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_department_answer(text, text) TO mayorbox_department;
GRANT EXECUTE ON FUNCTION department_answer_done(text) TO mayorbox_clerk, mayorbox_supervisor;
