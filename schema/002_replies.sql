-- 002_replies.sql - clerks' review, the outbox of acknowledgements and
-- answers, follow-up letters joining their case, delivery reports attached
-- to their case.
--
-- Mail to citizens goes through the outbox table, written in the same
-- transaction as the case (or as the clerk's closing): the gateway sends
-- what is pending, marks it sent once, retries with back-off, and never
-- loses a row to a crash. A writer's address is known to the outbox only
-- while the mail is in flight for a confidential case: once sent (or given
-- up) it is erased.
--
-- Case events written here and by `mayorbox cases` (what):
--   filed, follow-up, reclassified, assigned, closed, reopened,
--   identity revealed, delivery report, mail sent, mail failed
-- A case counts as reviewed by a clerk (rules test --from-db) when it has a
-- reclassified, assigned or closed event.

ALTER TABLE cases DROP CONSTRAINT cases_status_check;
ALTER TABLE cases ADD CONSTRAINT cases_status_check
	CHECK (status IN ('new', 'assigned', 'answered', 'closed', 'reopened'));

-- A keyed hash of writers' addresses: the per-sender limit and "is this the
-- writer of that case" without keeping addresses in plain text. The key is
-- readable by no role; only the functions below (SECURITY DEFINER) use it.
CREATE TABLE address_hash_key (
	id		integer PRIMARY KEY CHECK (id = 1),
	key		text NOT NULL
);
INSERT INTO address_hash_key VALUES (1, gen_random_uuid()::text || gen_random_uuid()::text);
ALTER TABLE address_hash_key ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION address_hash(addr text) RETURNS bytea
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
	SELECT CASE WHEN addr IS NULL OR btrim(addr) = '' THEN NULL
	       ELSE sha256(convert_to((SELECT key FROM address_hash_key WHERE id = 1)
				      || lower(btrim(addr)), 'UTF8')) END
$$;

ALTER TABLE letters ADD COLUMN sender_hash bytea;
CREATE INDEX letters_sender ON letters (sender_hash);

CREATE TABLE outbox (
	id		bigserial PRIMARY KEY,
	case_id		bigint NOT NULL REFERENCES cases (id),
	case_number	text NOT NULL,
	kind		text NOT NULL CHECK (kind IN ('acknowledgement', 'answer')),
	token		text NOT NULL UNIQUE		-- our Message-ID's left part
			DEFAULT 'mb.' || replace(gen_random_uuid()::text, '-', ''),
	confidential	boolean NOT NULL DEFAULT false,
	-- in flight only (erased once sent or given up when confidential)
	recipient	text,
	recipient_name	text,
	reply_to_id	text,				-- the writer's Message-ID we answer
	subject		text,				-- the writer's subject; NULL when confidential
	body		text,				-- the answer's text; NULL for acknowledgements
	language	text,
	recipient_hash	bytea,
	status		text NOT NULL DEFAULT 'pending'
			CHECK (status IN ('pending', 'sent', 'failed', 'bounced')),
	attempts	integer NOT NULL DEFAULT 0,
	next_attempt	timestamptz NOT NULL DEFAULT now(),
	last_error	text,
	created_at	timestamptz NOT NULL DEFAULT now(),
	created_by	text NOT NULL DEFAULT session_user,
	sent_at		timestamptz,
	CONSTRAINT outbox_pending_has_recipient CHECK (status <> 'pending' OR recipient IS NOT NULL)
);
-- the hash is always ours, whoever queues the mail
CREATE FUNCTION outbox_hash() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
	NEW.recipient_hash := address_hash(NEW.recipient);
	RETURN NEW;
END
$$;
CREATE TRIGGER outbox_hash BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_hash();

CREATE INDEX outbox_due ON outbox (next_attempt) WHERE status = 'pending';
CREATE INDEX outbox_case ON outbox (case_id);
CREATE INDEX outbox_sender ON outbox (recipient_hash, created_at) WHERE kind = 'acknowledgement';

-- Delivery reports (and automatic replies) about our own mail: attached to
-- the case, never filed as a letter. Confidential cases keep no raw report
-- (it names the writer's address).
CREATE TABLE case_reports (
	id		bigserial PRIMARY KEY,
	case_id		bigint NOT NULL REFERENCES cases (id),
	outbox_id	bigint REFERENCES outbox (id),
	source_name	text NOT NULL,
	source_key	text NOT NULL UNIQUE,
	content_hash	bytea NOT NULL,
	received_at	timestamptz NOT NULL DEFAULT now(),
	kind		text NOT NULL CHECK (kind IN ('delivery report', 'automatic reply')),
	action		text,				-- failed, delayed, delivered, relayed, expanded
	status		text,				-- "5.1.1"
	raw		bytea,
	CONSTRAINT case_reports_content UNIQUE (source_name, content_hash)
);
CREATE INDEX case_reports_case ON case_reports (case_id);

-- The case a follow-up letter belongs to, or none: a reference to one of
-- our Message-IDs (In-Reply-To, References), or our case number in the
-- subject when the sender is a writer of that case (a number alone, from a
-- stranger, would let anyone add letters to someone else's case).
CREATE FUNCTION followup_case(doc jsonb)
RETURNS TABLE (case_id bigint, case_number text, confidential boolean, how text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	refs text[] := ARRAY(SELECT jsonb_array_elements_text(coalesce(doc->'references', '[]')));
	h bytea := address_hash(doc->>'sender');
BEGIN
	IF doc->>'in_reply_to' IS NOT NULL THEN
		refs := refs || (doc->>'in_reply_to');
	END IF;
	RETURN QUERY
	SELECT c.id, c.number, c.confidential, 'reference'::text
	FROM outbox o JOIN cases c ON c.id = o.case_id
	WHERE o.token = ANY (ARRAY(SELECT split_part(r, '@', 1) FROM unnest(refs) r))
	ORDER BY o.id DESC LIMIT 1;
	IF FOUND THEN
		RETURN;
	END IF;
	IF doc->>'subject_case' IS NOT NULL AND h IS NOT NULL THEN
		RETURN QUERY
		SELECT c.id, c.number, c.confidential, 'case number'::text
		FROM cases c
		WHERE c.number = doc->>'subject_case'
		  AND (EXISTS (SELECT 1 FROM letters l WHERE l.case_id = c.id AND l.sender_hash = h)
		       OR EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = c.id
				  AND o.recipient_hash = h));
	END IF;
END
$$;

-- file_letter(doc) as in 001, and now:
--   doc.sender       the writer's address (hashed here, stored in plain
--                    only where the letter is not confidential)
--   doc.join_case    a case id from followup_case(): the letter joins it
--                    (reopening it when closed) instead of making a case
--   doc.ack          {recipient, name, language, limit}: queue an
--                    acknowledgement unless this sender had `limit` of
--                    them in the last day (ack = 'queued' | 'limited')
DROP FUNCTION file_letter(jsonb);
CREATE FUNCTION file_letter(doc jsonb)
RETURNS TABLE (case_id bigint, case_number text, filed boolean, joined boolean, ack text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	lid bigint;
	cid bigint;
	yr integer;
	seq integer;
	num text;
	conf boolean := coalesce((doc->>'confidential')::boolean, false);
	joining boolean := doc->>'join_case' IS NOT NULL;
	h bytea := address_hash(doc->>'sender');
	old_status text;
	ack_state text := 'none';
	a jsonb := doc->'ack';
BEGIN
	SELECT l.case_id INTO cid FROM letters l
	WHERE l.source_key = doc->>'source_key'
	   OR (l.source_name = doc->>'source_name'
	       AND l.content_hash = decode(doc->>'content_hash', 'hex'));
	IF FOUND THEN
		RETURN QUERY SELECT cid, (SELECT c.number FROM cases c WHERE c.id = cid), false,
			false, 'none'::text;
		RETURN;
	END IF;

	INSERT INTO letters (source, source_name, source_key, content_hash, written_at,
		language, auto_submitted, confidential, anonymous, district, in_reply_to,
		refs, message_id, from_name, from_address, phone, subject, body, raw,
		sealed, warnings, parsed, sender_hash)
	VALUES (doc->>'source', doc->>'source_name', doc->>'source_key',
		decode(doc->>'content_hash', 'hex'), (doc->>'written_at')::timestamptz,
		doc->>'language', coalesce((doc->>'auto_submitted')::boolean, false), conf,
		coalesce((doc->>'anonymous')::boolean, false), doc->>'district',
		doc->>'in_reply_to',
		coalesce(ARRAY(SELECT jsonb_array_elements_text(doc->'references')), '{}'),
		doc->>'message_id', doc->>'from_name', doc->>'from_address', doc->>'phone',
		doc->>'subject', doc->>'text', decode(doc->>'raw', 'base64'),
		decode(doc->>'sealed', 'base64'),
		coalesce(ARRAY(SELECT jsonb_array_elements_text(doc->'warnings')), '{}'),
		coalesce(doc->'parsed', '{}'), h)
	ON CONFLICT DO NOTHING
	RETURNING id INTO lid;
	IF lid IS NULL THEN
		-- filed by another gateway between our look and our insert
		SELECT l.case_id INTO cid FROM letters l
		WHERE l.source_key = doc->>'source_key'
		   OR (l.source_name = doc->>'source_name'
		       AND l.content_hash = decode(doc->>'content_hash', 'hex'));
		RETURN QUERY SELECT cid, (SELECT c.number FROM cases c WHERE c.id = cid), false,
			false, 'none'::text;
		RETURN;
	END IF;

	IF joining THEN
		SELECT c.id, c.number, c.status INTO cid, num, old_status
		FROM cases c WHERE c.id = (doc->>'join_case')::bigint FOR UPDATE;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'join_case: no case %', doc->>'join_case';
		END IF;
		IF (SELECT c.confidential FROM cases c WHERE c.id = cid) AND NOT conf THEN
			RAISE EXCEPTION 'join_case: a letter joining a confidential case must be sealed';
		END IF;
		UPDATE cases c SET
			status = CASE WHEN c.status = 'closed' THEN 'reopened' ELSE c.status END,
			closed_at = CASE WHEN c.status = 'closed' THEN NULL ELSE c.closed_at END,
			-- a follow-up asking for confidentiality makes the case confidential
			confidential = c.confidential OR conf,
			needs_review = true,
			updated_at = now()
		WHERE c.id = cid;
		INSERT INTO case_events (case_id, what, detail)
		VALUES (cid, 'follow-up', jsonb_build_object('letter', lid,
			'how', doc->>'join_how', 'reopened', old_status = 'closed',
			'source', doc->>'source_name'));
	ELSE
		yr := extract(year FROM now())::integer;
		INSERT INTO case_counters AS cc (year, last) VALUES (yr, 1)
		ON CONFLICT (year) DO UPDATE SET last = cc.last + 1
		RETURNING cc.last INTO seq;
		num := yr::text || '-' || lpad(seq::text, 6, '0');

		INSERT INTO cases (number, category, department, priority, confidential,
			needs_review, automatic, scores)
		VALUES (num, doc->>'category', doc->>'department',
			coalesce(doc->>'priority', 'normal'), conf,
			coalesce((doc->>'needs_review')::boolean, false),
			coalesce((doc->>'automatic')::boolean, false),
			coalesce(doc->'scores', '{}'))
		RETURNING id INTO cid;
		INSERT INTO case_events (case_id, what, detail)
		VALUES (cid, 'filed', jsonb_build_object('category', doc->>'category',
			'department', doc->>'department', 'source', doc->>'source_name',
			'rules', doc->>'rules_version'));
	END IF;
	UPDATE letters SET case_id = cid WHERE id = lid;

	INSERT INTO attachments (letter_id, case_id, position, filename, content_type,
		size, sha256, data)
	SELECT lid, cid, a2.ord::integer, a2.v->>'filename', a2.v->>'content_type',
	       (a2.v->>'size')::bigint, decode(a2.v->>'sha256', 'hex'),
	       decode(a2.v->>'data', 'base64')
	FROM jsonb_array_elements(coalesce(doc->'attachments', '[]')) WITH ORDINALITY a2(v, ord);

	INSERT INTO rule_hits (case_id, letter_id, rule, field, weight, category)
	SELECT cid, lid, r->>'rule', r->>'field', (r->>'weight')::integer, r->>'category'
	FROM jsonb_array_elements(coalesce(doc->'hits', '[]')) r;

	IF a IS NOT NULL AND jsonb_typeof(a) = 'object' AND a->>'recipient' IS NOT NULL THEN
		IF (SELECT count(*) FROM outbox o
		    WHERE o.kind = 'acknowledgement'
		      AND o.recipient_hash = address_hash(a->>'recipient')
		      AND o.created_at > now() - interval '1 day')
		   >= coalesce((a->>'limit')::integer, 5) THEN
			ack_state := 'limited';
		ELSE
			INSERT INTO outbox (case_id, case_number, kind, token, confidential,
				recipient, recipient_name, reply_to_id, subject, language,
				recipient_hash)
			VALUES (cid, num, 'acknowledgement',
				DEFAULT,
				conf OR (SELECT c.confidential FROM cases c WHERE c.id = cid),
				a->>'recipient', a->>'name', a->>'reply_to_id',
				CASE WHEN conf THEN NULL ELSE doc->>'subject' END,
				coalesce(a->>'language', doc->>'language'), NULL);
			ack_state := 'queued';
		END IF;
	END IF;

	RETURN QUERY SELECT cid, num, true, joining, ack_state;
END
$$;

-- A delivery report or automatic reply about our mail (token), attached to
-- the case that mail belongs to. Exactly once per source key or content.
CREATE FUNCTION file_report(doc jsonb)
RETURNS TABLE (case_id bigint, case_number text, filed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	o outbox%ROWTYPE;
	cid bigint;
	conf boolean;
	failed boolean := lower(coalesce(doc->>'action', '')) = 'failed';
BEGIN
	SELECT r.case_id INTO cid FROM case_reports r
	WHERE r.source_key = doc->>'source_key'
	   OR (r.source_name = doc->>'source_name'
	       AND r.content_hash = decode(doc->>'content_hash', 'hex'));
	IF FOUND THEN
		RETURN QUERY SELECT cid, (SELECT c.number FROM cases c WHERE c.id = cid), false;
		RETURN;
	END IF;
	SELECT * INTO o FROM outbox WHERE token = doc->>'token' FOR UPDATE;
	IF NOT FOUND THEN
		RETURN;		-- not about our mail: the caller files it as a letter
	END IF;
	SELECT c.confidential INTO conf FROM cases c WHERE c.id = o.case_id;
	INSERT INTO case_reports (case_id, outbox_id, source_name, source_key, content_hash,
		kind, action, status, raw)
	VALUES (o.case_id, o.id, doc->>'source_name', doc->>'source_key',
		decode(doc->>'content_hash', 'hex'), doc->>'kind', doc->>'action', doc->>'status',
		CASE WHEN conf OR o.confidential THEN NULL ELSE decode(doc->>'raw', 'base64') END)
	ON CONFLICT DO NOTHING;
	IF NOT FOUND THEN
		RETURN QUERY SELECT o.case_id, o.case_number, false;
		RETURN;
	END IF;
	IF failed AND o.status = 'sent' THEN
		UPDATE outbox SET status = 'bounced' WHERE id = o.id;
	END IF;
	INSERT INTO case_events (case_id, what, detail)
	VALUES (o.case_id, doc->>'kind', jsonb_build_object('mail', o.kind,
		'action', doc->>'action', 'status', doc->>'status'));
	RETURN QUERY SELECT o.case_id, o.case_number, true;
END
$$;

-- The gateway's side of the outbox: what is due, and what became of it.
CREATE FUNCTION outbox_done(oid bigint, ok boolean, permanent boolean, err text,
			    retry_seconds integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	o outbox%ROWTYPE;
BEGIN
	SELECT * INTO o FROM outbox WHERE id = oid FOR UPDATE;
	IF NOT FOUND OR o.status <> 'pending' THEN
		RETURN;
	END IF;
	IF ok THEN
		UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1,
			last_error = NULL,
			recipient = CASE WHEN confidential THEN NULL ELSE recipient END,
			recipient_name = CASE WHEN confidential THEN NULL ELSE recipient_name END,
			reply_to_id = CASE WHEN confidential THEN NULL ELSE reply_to_id END,
			body = CASE WHEN confidential THEN NULL ELSE body END
		WHERE id = oid;
		INSERT INTO case_events (case_id, what, detail)
		VALUES (o.case_id, 'mail sent', jsonb_build_object('mail', o.kind,
			'attempts', o.attempts + 1));
	ELSIF permanent THEN
		UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = err,
			recipient = CASE WHEN confidential THEN NULL ELSE recipient END,
			recipient_name = CASE WHEN confidential THEN NULL ELSE recipient_name END,
			reply_to_id = CASE WHEN confidential THEN NULL ELSE reply_to_id END,
			body = CASE WHEN confidential THEN NULL ELSE body END
		WHERE id = oid;
		INSERT INTO case_events (case_id, what, detail)
		VALUES (o.case_id, 'mail failed', jsonb_build_object('mail', o.kind,
			'error', err));
	ELSE
		UPDATE outbox SET attempts = attempts + 1, last_error = err,
			next_attempt = now() + make_interval(secs => greatest(retry_seconds, 1))
		WHERE id = oid;
	END IF;
END
$$;

-- Privileges.
REVOKE ALL ON address_hash_key, outbox, case_reports FROM PUBLIC;
REVOKE ALL ON FUNCTION address_hash(text), followup_case(jsonb), file_letter(jsonb),
	file_report(jsonb), outbox_done(bigint, boolean, boolean, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION followup_case(jsonb), file_letter(jsonb), file_report(jsonb),
	outbox_done(bigint, boolean, boolean, text, integer) TO mayorbox_gateway;
GRANT EXECUTE ON FUNCTION address_hash(text)
	TO mayorbox_gateway, mayorbox_clerk, mayorbox_supervisor;
-- the gateway reads what is due (SELECT ... FOR UPDATE SKIP LOCKED needs UPDATE)
GRANT SELECT, UPDATE ON outbox TO mayorbox_gateway;
GRANT SELECT, INSERT ON outbox TO mayorbox_clerk, mayorbox_supervisor;
GRANT USAGE ON SEQUENCE outbox_id_seq TO mayorbox_clerk, mayorbox_supervisor;
GRANT SELECT ON case_reports TO mayorbox_clerk, mayorbox_supervisor;

ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY gateway_outbox ON outbox TO mayorbox_gateway USING (true) WITH CHECK (true);
CREATE POLICY clerk_outbox_read ON outbox FOR SELECT TO mayorbox_clerk
	USING (NOT confidential AND EXISTS (SELECT 1 FROM cases c
		WHERE c.id = outbox.case_id AND NOT c.confidential));
-- a clerk queues answers only for cases a clerk may see, signed as itself
CREATE POLICY clerk_outbox_write ON outbox FOR INSERT TO mayorbox_clerk
	WITH CHECK (kind = 'answer' AND created_by = session_user AND NOT confidential
		AND status = 'pending'
		AND EXISTS (SELECT 1 FROM cases c WHERE c.id = outbox.case_id AND NOT c.confidential));
CREATE POLICY supervisor_outbox_read ON outbox FOR SELECT TO mayorbox_supervisor USING (true);
CREATE POLICY supervisor_outbox_write ON outbox FOR INSERT TO mayorbox_supervisor
	WITH CHECK (kind = 'answer' AND created_by = session_user AND status = 'pending');
CREATE POLICY clerk_reports ON case_reports FOR SELECT TO mayorbox_clerk
	USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_reports.case_id
		AND NOT c.confidential));
CREATE POLICY supervisor_reports ON case_reports FOR SELECT TO mayorbox_supervisor USING (true);
