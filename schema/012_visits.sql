-- 012_visits.sql - return visits (回访) and the citizens' status page
-- (issue 15).
--
-- Return visit. When a case is closed and its answer is queued to a
-- real-name writer with an address (case_close's 'closed' event says
-- mail = true), a trigger queues a return-visit mail (outbox kind 'visit')
-- beside the answer, copied from the answer's row: the same recipient (in
-- the vault: the same sealed reply box), language and echo; no body (the
-- gateway writes the question, gateway/mail/visit_mail.c). No close with an
-- answer mail, no visit mail: an anonymous writer, a writer without a name
-- or an address is asked by phone (`cases visit`) or answers on the status
-- page with the case number and the access code.
--
-- Confidential cases are visited too, through the sealed outbox (the answer
-- already goes that way): the question names nothing of the letter, goes
-- only to the writer's own sealed address, and the result is an event of
-- the vault case (vault.case_events), which clerks cannot read. Supervisors
-- and the stats count it like any other.
--
-- A visit is answered once per closing: the first answer after a case's
-- last 'closed' event is event 'visited' {result, via, note?}; "unsatisfied"
-- then reopens the case for handling again (重办): event 'redo'
-- {department}, status 'assigned' to the same department. Any later answer
-- (a second mail, the page again, a phone call) is recorded as event
-- 'visit again' with the same detail and changes nothing, so satisfaction
-- is counted once per visit and a writer cannot reopen a case forever. A
-- case closed again after a redo is visited again.
--
-- A mail answer is joined to its case exactly as a follow-up is
-- (followup_case): a reference to our mail of the case (the visit mail's
-- Message-ID, as a reply has it), or the case number with its access code;
-- never by the From header. Each answer mail is kept once
-- (vault.visit_replies, by source key), so filing is idempotent.
--
-- Status page. status_lookup(number, code hash) and status_visit(...) for
-- the role mayorbox_status (the web console's no-login page connects with
-- a login in it, [web] status_conninfo): nothing else. A wrong number and a
-- wrong code give the same empty answer. What the writer sees: status, due
-- date, whether a visit waits, and a public case's answer text; a
-- confidential case's answer is kept only sealed to the office key, so the
-- page says it was mailed and shows no text (and nothing of the letter,
-- the writer or the department, for any case).

DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mayorbox_status') THEN
		CREATE ROLE mayorbox_status NOLOGIN;
	END IF;
END
$$;

ALTER TABLE public.outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE public.outbox ADD CONSTRAINT outbox_kind_check
	CHECK (kind IN ('acknowledgement','answer','dispatch','supervision','visit','hot'));
ALTER TABLE vault.outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE vault.outbox ADD CONSTRAINT outbox_kind_check
	CHECK (kind IN ('acknowledgement','answer','dispatch','supervision','visit','hot'));

-- Visit answers that came by mail: each kept once (no text, no address).
CREATE TABLE vault.visit_replies (
	source_key	text PRIMARY KEY,
	case_number	text NOT NULL,
	at		timestamptz NOT NULL DEFAULT now()
);

-- The visit mail beside an answer mail (see above).
CREATE FUNCTION vault.visit_queue() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF NEW.what <> 'closed' OR NOT coalesce((NEW.detail->>'mail')::boolean, false) THEN
		RETURN NULL;
	END IF;
	IF NEW.case_id < 0 THEN
		INSERT INTO vault.outbox (case_id, case_number, kind, language, sealed, key_id,
			created_by)
		SELECT o.case_id, o.case_number, 'visit', o.language, o.sealed, o.key_id, o.created_by
		FROM vault.outbox o
		WHERE o.case_id = NEW.case_id AND o.kind = 'answer' AND o.status = 'pending'
		ORDER BY o.id DESC LIMIT 1;
	ELSE
		INSERT INTO public.outbox (case_id, case_number, kind, confidential, recipient,
			recipient_name, reply_to_id, subject, language, echo, created_by)
		SELECT o.case_id, o.case_number, 'visit', false, o.recipient, o.recipient_name,
			o.reply_to_id, o.subject, o.language, o.echo, o.created_by
		FROM public.outbox o
		WHERE o.case_id = NEW.case_id AND o.kind = 'answer' AND o.status = 'pending'
		ORDER BY o.id DESC LIMIT 1;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER visit_queue AFTER INSERT ON public.case_events
	FOR EACH ROW EXECUTE FUNCTION vault.visit_queue();
CREATE TRIGGER visit_queue AFTER INSERT ON vault.case_events
	FOR EACH ROW EXECUTE FUNCTION vault.visit_queue();

-- An answer cancelled before it went out (case_reopen) takes its visit
-- with it: nobody is asked about an answer they never got.
CREATE FUNCTION vault.visit_cancel() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF NEW.kind = 'answer' AND NEW.status = 'cancelled' AND OLD.status = 'pending' THEN
		IF NEW.case_id < 0 THEN
			UPDATE vault.outbox SET status = 'cancelled', sealed = NULL, body_sealed = NULL
			WHERE case_id = NEW.case_id AND kind = 'visit' AND status = 'pending';
		ELSE
			UPDATE public.outbox SET status = 'cancelled'
			WHERE case_id = NEW.case_id AND kind = 'visit' AND status = 'pending';
		END IF;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER visit_cancel AFTER UPDATE OF status ON public.outbox
	FOR EACH ROW EXECUTE FUNCTION vault.visit_cancel();
CREATE TRIGGER visit_cancel AFTER UPDATE OF status ON vault.outbox
	FOR EACH ROW EXECUTE FUNCTION vault.visit_cancel();

-- Whether case cid has been closed, and whether its visit still waits for
-- its first answer (closed, and no 'visited' since the last 'closed').
CREATE FUNCTION vault.visit_state(cid bigint, OUT was_closed boolean, OUT pending boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	last_closed bigint;
	last_visit bigint;
	st text;
BEGIN
	IF cid < 0 THEN
		SELECT max(e.id) FILTER (WHERE e.what = 'closed'),
		       max(e.id) FILTER (WHERE e.what = 'visited')
		INTO last_closed, last_visit FROM vault.case_events e WHERE e.case_id = cid;
		SELECT c.status INTO st FROM vault.cases c WHERE c.id = cid;
	ELSE
		SELECT max(e.id) FILTER (WHERE e.what = 'closed'),
		       max(e.id) FILTER (WHERE e.what = 'visited')
		INTO last_closed, last_visit FROM public.case_events e WHERE e.case_id = cid;
		SELECT c.status INTO st FROM public.cases c WHERE c.id = cid;
	END IF;
	was_closed := last_closed IS NOT NULL;
	-- vault ids count down: compare by the event's position, not its sign
	pending := st = 'closed' AND last_closed IS NOT NULL AND (last_visit IS NULL
		OR (cid > 0 AND last_visit < last_closed)
		OR (cid < 0 AND last_visit > last_closed));
END
$$;

-- Records an answer to case cid's visit: 'visited' (and 'redo' when
-- unsatisfied) when it is the first since the last closing, else 'visit
-- again'. Returns what was recorded: 'visited', 'redo' or 'again'.
CREATE FUNCTION vault.visit_record(cid bigint, result text, via text, note text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	s record;
	dept text;
	detail jsonb := jsonb_strip_nulls(jsonb_build_object('result', result, 'via', via,
		'note', nullif(btrim(coalesce(note, '')), '')));
BEGIN
	IF result IS NULL OR result NOT IN ('satisfied', 'basic', 'unsatisfied') THEN
		RAISE EXCEPTION 'unknown result: % (satisfied, basic or unsatisfied)', result
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF via NOT IN ('mail', 'phone', 'web') THEN
		RAISE EXCEPTION 'unknown way of visiting: %', via USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF length(coalesce(note, '')) > 2000 THEN
		RAISE EXCEPTION 'the note is longer than 2000 characters'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- one answer at a time per case
	IF cid < 0 THEN
		SELECT c.department INTO dept FROM vault.cases c WHERE c.id = cid FOR UPDATE;
	ELSE
		SELECT c.department INTO dept FROM public.cases c WHERE c.id = cid FOR UPDATE;
	END IF;
	s := vault.visit_state(cid);
	IF NOT s.was_closed THEN
		RAISE EXCEPTION 'the case has not been closed: nothing to visit'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF NOT s.pending THEN
		PERFORM vault.event(cid, 'visit again', detail);
		RETURN 'again';
	END IF;
	PERFORM vault.event(cid, 'visited', detail);
	IF result <> 'unsatisfied' THEN
		RETURN 'visited';
	END IF;
	IF cid < 0 THEN
		UPDATE vault.cases x SET status = 'assigned', closed_at = NULL, updated_at = now()
		WHERE x.id = cid;
	ELSE
		UPDATE public.cases x SET status = 'assigned', closed_at = NULL, updated_at = now()
		WHERE x.id = cid;
	END IF;
	PERFORM vault.event(cid, 'redo', jsonb_build_object('department', dept));
	RETURN 'redo';
END
$$;

-- A visit made by phone, by a clerk (public cases) or a supervisor.
CREATE FUNCTION case_visit(num text, result text, note text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	RETURN vault.visit_record(c.cid, result, 'phone', note);
END
$$;

-- The case of a letter that answers a visit, for the gateway: joined
-- exactly as a follow-up (followup_case(doc): a reference to any of our
-- mail of the case, or the case number with its access code), and
-- result, note, source_key. Only a case that has been closed has a visit
-- to answer. No row: not a visit answer (the letter is filed as usual).
-- filed false: this mail was recorded before.
CREATE FUNCTION visit_reply(doc jsonb)
RETURNS TABLE (case_number text, filed boolean, recorded text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	f record;
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied' USING ERRCODE = 'insufficient_privilege';
	END IF;
	SELECT * INTO f FROM public.followup_case(doc) LIMIT 1;
	IF NOT FOUND OR NOT (vault.visit_state(f.case_id)).was_closed THEN
		RETURN;
	END IF;
	INSERT INTO vault.visit_replies VALUES (doc->>'source_key', f.case_number)
	ON CONFLICT DO NOTHING;
	IF NOT FOUND THEN
		RETURN QUERY SELECT f.case_number, false, NULL::text;
		RETURN;
	END IF;
	RETURN QUERY SELECT f.case_number, true, vault.visit_record(f.case_id, doc->>'result',
								      'mail', doc->>'note');
END
$$;

-- The case of (number, hash of its access code), for the status page, or
-- no row (the same for a wrong number and a wrong code).
CREATE FUNCTION vault.status_case(num text, code_hash bytea) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	cid bigint;
	ok boolean;
BEGIN
	-- the code compared whether or not the number exists (one index probe
	-- either way)
	SELECT coalesce(bool_or(k.code_hash = status_case.code_hash), false) INTO ok
	FROM vault.case_codes k WHERE k.case_number = num;
	IF NOT ok THEN
		RETURN NULL;
	END IF;
	SELECT c.id INTO cid FROM public.cases c WHERE c.number = num;
	IF NOT FOUND THEN
		SELECT c.id INTO cid FROM vault.cases c WHERE c.number = num;
	END IF;
	RETURN cid;
END
$$;

CREATE FUNCTION status_lookup(num text, code_hash bytea)
RETURNS TABLE (status text, due_at timestamptz, closed_at timestamptz, answer text,
	       confidential boolean, visit_pending boolean, visit_result text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	cid bigint := vault.status_case(num, code_hash);
BEGIN
	IF cid IS NULL THEN
		RETURN;
	ELSIF cid < 0 THEN
		RETURN QUERY SELECT c.status, c.due_at, c.closed_at, NULL::text, true,
			(vault.visit_state(cid)).pending,
			(SELECT e.detail->>'result' FROM vault.case_events e WHERE e.case_id = cid
			 AND e.what = 'visited' ORDER BY e.id LIMIT 1)
		FROM vault.cases c WHERE c.id = cid;
	ELSE
		RETURN QUERY SELECT c.status, c.due_at, c.closed_at,
			CASE WHEN c.status = 'closed' THEN c.answer END, false,
			(vault.visit_state(cid)).pending,
			(SELECT e.detail->>'result' FROM public.case_events e WHERE e.case_id = cid
			 AND e.what = 'visited' ORDER BY e.id DESC LIMIT 1)
		FROM public.cases c WHERE c.id = cid;
	END IF;
END
$$;

-- A visit answered on the status page: what was recorded, or NULL for a
-- wrong number or code.
CREATE FUNCTION status_visit(num text, code_hash bytea, result text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	cid bigint := vault.status_case(num, code_hash);
BEGIN
	IF cid IS NULL OR NOT (vault.visit_state(cid)).was_closed THEN
		RETURN NULL;
	END IF;
	RETURN vault.visit_record(cid, result, 'web', NULL);
END
$$;

REVOKE ALL ON vault.visit_replies FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA vault FROM PUBLIC;
REVOKE ALL ON FUNCTION case_visit(text, text, text), visit_reply(jsonb),
	status_lookup(text, bytea), status_visit(text, bytea, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_visit(text, text, text) TO mayorbox_clerk, mayorbox_supervisor;
GRANT EXECUTE ON FUNCTION visit_reply(jsonb) TO mayorbox_gateway;
GRANT EXECUTE ON FUNCTION status_lookup(text, bytea), status_visit(text, bytea, text)
	TO mayorbox_status;
