-- 013_notices.sql - notices to departments and supervision (督办), issue 15.
--
-- Dispatch: when a case is assigned to a department (the 'assigned' event
-- of case_assign, from the CLI or the console), a notice is queued in the
-- outbox (kind 'dispatch') to the department's contact address of the
-- directory (schema 011), when it has one and is active: the case number,
-- its category, its time limit and, composed by the gateway, the console's
-- link ([replies] console_url). Never the writer's name, address, subject
-- or words. A confidential case's events live in the vault and get no
-- notice: its department cannot see it (schema 011), and a mail would tell
-- a mailbox that such a case exists; the supervisor who dispatches it
-- tells the department by hand.
--
-- Supervision: case_supervise(num, note) records 'supervised' with the
-- note and, for a public case with a department, mails the department the
-- note (kind 'supervision'). supervise_overdue(hours) supervises every open
-- case overdue by more than hours that was not supervised automatically
-- this local day (once a day per case, whoever calls it and how often;
-- under an advisory lock so that two gateways do not both do it); the
-- gateway calls it once a local day ([deadlines] supervise_after_hours),
-- an operator with `cases supervise --overdue`.

-- A notice to dept's contact about the public case cid (false: the
-- department has no contact, is not in the directory or inactive).
CREATE FUNCTION vault.department_notice(cid bigint, num text, dept text, kind text, body text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	addr text;
BEGIN
	IF cid < 0 THEN
		RETURN false;	-- never for a vault case
	END IF;
	SELECT d.contact INTO addr FROM public.departments d
	WHERE d.name = dept AND d.active AND d.contact IS NOT NULL;
	IF addr IS NULL THEN
		RETURN false;
	END IF;
	INSERT INTO public.outbox (case_id, case_number, kind, confidential, recipient, body,
				   language)
	VALUES (cid, num, kind, false, addr, body, 'zh');
	RETURN true;
END
$$;

-- The words of a notice: number, category, time limit (local), the note.
CREATE FUNCTION vault.notice_text(cid bigint, num text, dept text, kind text, note text)
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
	RETURN format(E'督办：案件 %s（%s，办理时限 %s）。\n督办意见：%s\n\n'
		'Supervision of case %s (%s, due by %s):\n%s\n',
		num, coalesce(zh, dept), due, note, num, dept, due, note);
END
$$;

CREATE FUNCTION vault.dispatch_notice() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	num text;
	dept text := NEW.detail->>'to';
BEGIN
	SELECT c.number INTO num FROM public.cases c WHERE c.id = NEW.case_id;
	IF num IS NOT NULL AND dept IS NOT NULL
	   AND dept IS DISTINCT FROM NEW.detail->>'from' THEN
		PERFORM vault.department_notice(NEW.case_id, num, dept, 'dispatch',
			vault.notice_text(NEW.case_id, num, dept, 'dispatch', NULL));
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER dispatch_notice AFTER INSERT ON public.case_events
	FOR EACH ROW WHEN (NEW.what = 'assigned') EXECUTE FUNCTION vault.dispatch_notice();

-- One supervision of case cid (num): the event, and the department's mail.
CREATE FUNCTION vault.supervise(cid bigint, num text, dept text, note text, auto boolean)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	mailed boolean := false;
BEGIN
	IF cid > 0 AND dept IS NOT NULL THEN
		mailed := vault.department_notice(cid, num, dept, 'supervision',
			vault.notice_text(cid, num, dept, 'supervision', note));
	END IF;
	PERFORM vault.event(cid, 'supervised', jsonb_build_object('note', note, 'auto', auto,
		'department', dept, 'mailed', mailed));
	RETURN mailed;
END
$$;

-- A clerk's or a supervisor's supervision; true when the department was
-- mailed.
CREATE FUNCTION case_supervise(num text, note text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
BEGIN
	IF note IS NULL OR btrim(note) = '' OR length(note) > 4000 THEN
		RAISE EXCEPTION 'a note is needed: what the department must do (at most 4000 characters)'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT * INTO c FROM vault.office_case(num);
	IF c.status IN ('answered', 'closed') THEN
		RAISE EXCEPTION 'case % is %: there is nothing to supervise', num, c.status
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	RETURN vault.supervise(c.cid, num, c.department, note, false);
END
$$;

-- Every open case overdue by more than hours, not supervised automatically
-- this local day: supervised now. Returns how many.
CREATE FUNCTION supervise_overdue(hours integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	zone text := coalesce((SELECT s.time_zone FROM public.deadline_settings s), 'UTC');
	today date;
	r record;
	n integer := 0;
BEGIN
	IF NOT (vault.is_gateway() OR vault.is_supervisor()) THEN
		RAISE EXCEPTION 'permission denied: supervise_overdue is for gateways and supervisors'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF hours IS NULL OR hours < 0 THEN
		RAISE EXCEPTION 'hours: 0 or more' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	PERFORM pg_advisory_xact_lock(hashtext('mayorbox supervise_overdue'));
	today := (now() AT TIME ZONE zone)::date;
	FOR r IN
		SELECT c.id, c.number, c.department FROM public.cases c
		WHERE c.due_at < now() - make_interval(hours => hours)
		AND c.status NOT IN ('answered', 'closed')
		AND NOT EXISTS (SELECT 1 FROM public.case_events e WHERE e.case_id = c.id
			AND e.what = 'supervised' AND (e.detail->>'auto')::boolean
			AND (e.at AT TIME ZONE zone)::date = today)
		UNION ALL
		SELECT c.id, c.number, c.department FROM vault.cases c
		WHERE c.due_at < now() - make_interval(hours => hours)
		AND c.status NOT IN ('answered', 'closed')
		AND NOT EXISTS (SELECT 1 FROM vault.case_events e WHERE e.case_id = c.id
			AND e.what = 'supervised' AND (e.detail->>'auto')::boolean
			AND (e.at AT TIME ZONE zone)::date = today)
		ORDER BY 2
	LOOP
		PERFORM vault.supervise(r.id, r.number, r.department,
			format('超过办理时限 %s 小时以上，请尽快办理 (overdue by more than %s hours: '
			       'please handle it now)', hours, hours), true);
		n := n + 1;
	END LOOP;
	RETURN n;
END
$$;

REVOKE ALL ON FUNCTION vault.department_notice(bigint, text, text, text, text),
	vault.notice_text(bigint, text, text, text, text), vault.dispatch_notice(),
	vault.supervise(bigint, text, text, text, boolean), case_supervise(text, text),
	supervise_overdue(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_supervise(text, text) TO mayorbox_clerk, mayorbox_supervisor;
GRANT EXECUTE ON FUNCTION supervise_overdue(integer) TO mayorbox_gateway, mayorbox_supervisor;
