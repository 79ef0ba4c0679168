-- 016_answer_send_back.sql - the office sends a department's answer back
-- with a reason (issue 15). (015 is another change's number.)
--
-- A department's answer waits pending for the office's review (schema
-- 014). The office either sends it to the writer (`cases close CASE
-- --department-answer`) or sends it back (`cases send-back CASE --reason
-- TEXT`, case_answer_send_back): the answer is marked 'sent back' with the
-- reason, 'answer sent back' is recorded (the department's own history,
-- dept.case_events, shows it with the reason), the case stays 'assigned'
-- to the department, and the department's contact is mailed a notice
-- (kind 'send back', through schema 013's department_notice): the case
-- number, the reason and, composed by the gateway, the console's link;
-- never the writer's name, address, subject or words. The department
-- reads the reason on its case page and in `cases show`, and replies again
-- (`cases reply`): the new answer replaces the one sent back, pending, the
-- reason cleared (it stays in the history).

ALTER TABLE public.department_answers DROP CONSTRAINT department_answers_state_check;
ALTER TABLE public.department_answers ADD CONSTRAINT department_answers_state_check
	CHECK (state IN ('pending', 'approved', 'sent back'));
ALTER TABLE public.department_answers ADD COLUMN reason text
	CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 4000);
ALTER TABLE public.department_answers ADD CONSTRAINT department_answers_reason_state
	CHECK ((state = 'sent back') = (reason IS NOT NULL));

ALTER TABLE public.outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE public.outbox ADD CONSTRAINT outbox_kind_check
	CHECK (kind IN ('acknowledgement','answer','dispatch','supervision','visit','hot',
			'send back'));
ALTER TABLE vault.outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE vault.outbox ADD CONSTRAINT outbox_kind_check
	CHECK (kind IN ('acknowledgement','answer','dispatch','supervision','visit','hot',
			'send back'));

-- The view of schema 014 again: with the new column (a view keeps the
-- columns it was made with).
CREATE OR REPLACE VIEW dept.department_answers WITH (security_barrier) AS
	SELECT a.* FROM public.department_answers a JOIN dept.cases c ON c.id = a.case_id;

-- The department's history: the events of 011 and the send-back.
CREATE OR REPLACE VIEW dept.case_events WITH (security_barrier) AS
	SELECT e.* FROM public.case_events e JOIN dept.cases c ON c.id = e.case_id
	WHERE e.what IN ('assigned', 'returned', 'due changed', 'supervised',
			 'answer submitted', 'answer approved', 'answer sent back', 'reopened',
			 'redo');

-- The words of the notices: 013's, and the send-back's.
CREATE OR REPLACE FUNCTION vault.notice_text(cid bigint, num text, dept text, kind text, note text)
RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c public.cases;
	zh text;
	due text := '-';
	zone text := coalesce((SELECT s.time_zone FROM public.deadline_settings s), 'UTC');
BEGIN
	SELECT * INTO c FROM public.cases x WHERE x.id = cid;
	SELECT d.name_zh INTO zh FROM public.departments d WHERE d.name = dept;
	IF c.due_at IS NOT NULL THEN
		due := to_char(c.due_at AT TIME ZONE zone, 'YYYY-MM-DD HH24:MI');
	END IF;
	IF kind = 'dispatch' THEN
		RETURN format(E'案件 %s 已转交贵单位（%s）办理。\n类别：%s；办理时限：%s。'
			'请登录市长信箱系统查看并答复。\n\nCase %s has been dispatched to %s (%s); '
			'it is due by %s. Sign in to the console to read it and answer.\n',
			num, coalesce(zh, dept), c.category, due, num, dept, c.category, due);
	END IF;
	IF kind = 'send back' THEN
		RETURN format(E'贵单位（%s）对案件 %s 的答复已被退回，请修改后重新答复'
			'（办理时限 %s）。\n退回原因：%s\n\nThe answer of %s to case %s was sent '
			'back by the office (due by %s): sign in to the console, read the reason '
			'and answer again.\nReason: %s\n',
			coalesce(zh, dept), num, due, note, dept, num, due, note);
	END IF;
	RETURN format(E'督办：案件 %s（%s，办理时限 %s）。\n督办意见：%s\n\n'
		'Supervision of case %s (%s, due by %s):\n%s\n',
		num, coalesce(zh, dept), due, note, num, dept, due, note);
END
$$;

-- A clerk's or a supervisor's send-back of the department's pending
-- answer to case num; returns the department. No pending answer (none,
-- approved, sent back already, or the case no longer with that
-- department): 22023.
CREATE FUNCTION case_answer_send_back(num text, reason text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
	a public.department_answers;
	mailed boolean;
BEGIN
	IF reason IS NULL OR btrim(reason) = '' OR length(reason) > 4000 THEN
		RAISE EXCEPTION 'a reason is needed: what the department must change (at most 4000 characters)'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT * INTO c FROM vault.office_case(num);
	SELECT * INTO a FROM public.department_answers x WHERE x.case_id = c.cid FOR UPDATE;
	IF NOT FOUND OR a.state <> 'pending' THEN
		RAISE EXCEPTION 'no department''s answer waits for review'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF c.status <> 'assigned' OR c.department IS DISTINCT FROM a.department THEN
		RAISE EXCEPTION 'the answer of % waits, but the case is % (%): assign it again first',
			a.department, c.status, coalesce(c.department, 'no department')
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	UPDATE public.department_answers x SET state = 'sent back', reason = case_answer_send_back.reason,
		reviewed_by = session_user, reviewed_at = now() WHERE x.case_id = c.cid;
	UPDATE public.cases x SET updated_at = now() WHERE x.id = c.cid;
	mailed := vault.department_notice(c.cid, num, a.department, 'send back',
		vault.notice_text(c.cid, num, a.department, 'send back', reason));
	PERFORM vault.event(c.cid, 'answer sent back', jsonb_build_object('department',
		a.department, 'reason', reason, 'mailed', mailed));
	RETURN a.department;
END
$$;

-- 014's reply, the reason of a send-back cleared by a new answer.
CREATE OR REPLACE FUNCTION case_department_answer(num text, body text) RETURNS text
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
		body = EXCLUDED.body, state = 'pending', reason = NULL, submitted_by = session_user,
		submitted_at = now(), reviewed_by = NULL, reviewed_at = NULL;
	INSERT INTO public.case_events (case_id, what, detail)
	VALUES (c.id, 'answer submitted', jsonb_build_object('department', mine,
		'bytes', octet_length(body)));
	RETURN mine;
END
$$;

REVOKE ALL ON dept.department_answers, dept.case_events FROM PUBLIC;
GRANT SELECT ON dept.department_answers, dept.case_events TO mayorbox_department;
REVOKE ALL ON FUNCTION case_answer_send_back(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_answer_send_back(text, text) TO mayorbox_clerk, mayorbox_supervisor;
