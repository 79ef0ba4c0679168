-- 003_outbox_sealed.sql - a confidential writer's mail waits in the outbox
-- sealed, not in plain text.
--
-- Mail to a confidential writer (the acknowledgement, a supervisor's answer)
-- must wait in the outbox while the SMTP server is away, and a dump of the
-- database taken meanwhile must not name the writer. So its recipient, the
-- writer's name and Message-ID and the answer's text are sealed
-- (crypto_box_seal) to the gateway's outbox key: a key pair whose secret only
-- the gateways hold ([replies] outbox_key_file), whose public key a gateway
-- publishes here for supervisors' `cases close`. A CHECK constraint keeps
-- the plain columns of confidential mail empty. Once sent (or given up) the
-- sealed box is erased too.

ALTER TABLE outbox ADD COLUMN sealed bytea;
ALTER TABLE outbox ADD COLUMN key_id text;		-- which outbox key opens sealed
ALTER TABLE outbox DROP CONSTRAINT outbox_pending_has_recipient;
ALTER TABLE outbox ADD CONSTRAINT outbox_pending_has_recipient
	CHECK (status <> 'pending' OR recipient IS NOT NULL OR sealed IS NOT NULL);
ALTER TABLE outbox ADD CONSTRAINT outbox_confidential_sealed CHECK (NOT confidential OR (
	recipient IS NULL AND recipient_name IS NULL AND reply_to_id IS NULL
	AND subject IS NULL AND body IS NULL
	AND (status <> 'pending' OR (sealed IS NOT NULL AND key_id IS NOT NULL))));

-- The public half of the gateways' outbox key (one row; a gateway replaces
-- it when its key changes).
CREATE TABLE outbox_key (
	id		integer PRIMARY KEY CHECK (id = 1),
	public_key	bytea NOT NULL CHECK (length(public_key) = 32),
	key_id		text NOT NULL,
	published_at	timestamptz NOT NULL DEFAULT now(),
	published_by	text NOT NULL DEFAULT session_user
);
ALTER TABLE outbox_key ENABLE ROW LEVEL SECURITY;
CREATE POLICY outbox_key_read ON outbox_key FOR SELECT
	TO mayorbox_gateway, mayorbox_clerk, mayorbox_supervisor USING (true);
REVOKE ALL ON outbox_key FROM PUBLIC;
GRANT SELECT ON outbox_key TO mayorbox_gateway, mayorbox_clerk, mayorbox_supervisor;

CREATE FUNCTION publish_outbox_key(pk bytea, kid text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
	INSERT INTO outbox_key (id, public_key, key_id) VALUES (1, pk, kid)
	ON CONFLICT (id) DO UPDATE SET public_key = EXCLUDED.public_key,
		key_id = EXCLUDED.key_id, published_at = now(), published_by = session_user
	WHERE outbox_key.key_id IS DISTINCT FROM EXCLUDED.key_id
$$;
REVOKE ALL ON FUNCTION publish_outbox_key(bytea, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION publish_outbox_key(bytea, text) TO mayorbox_gateway;

-- The recipient's hash: computed here from a plain recipient; a sealed one
-- brings its hash from file_letter() (the only writer allowed to: the
-- table's owner), never from a clerk or supervisor.
CREATE OR REPLACE FUNCTION outbox_hash() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
	IF NEW.recipient IS NOT NULL THEN
		NEW.recipient_hash := address_hash(NEW.recipient);
	ELSIF current_user <> (SELECT tableowner FROM pg_tables
			       WHERE schemaname = 'public' AND tablename = 'outbox') THEN
		NEW.recipient_hash := NULL;
	END IF;
	RETURN NEW;
END
$$;

-- Acknowledgements of confidential letters come sealed: doc.ack is then
-- {recipient (for the hash and the per-sender limit only; not stored),
-- sealed (base64), key_id, language, limit}.
CREATE OR REPLACE FUNCTION file_letter(doc jsonb)
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
	sealed_ack boolean;
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
		sealed_ack := a->>'sealed' IS NOT NULL;
		IF conf AND NOT sealed_ack THEN
			RAISE EXCEPTION 'ack: mail to a confidential writer must be sealed';
		END IF;
		IF (SELECT count(*) FROM outbox o
		    WHERE o.kind = 'acknowledgement'
		      AND o.recipient_hash = address_hash(a->>'recipient')
		      AND o.created_at > now() - interval '1 day')
		   >= coalesce((a->>'limit')::integer, 5) THEN
			ack_state := 'limited';
		ELSE
			INSERT INTO outbox (case_id, case_number, kind, confidential,
				recipient, recipient_name, reply_to_id, subject, language,
				recipient_hash, sealed, key_id)
			VALUES (cid, num, 'acknowledgement', conf,
				CASE WHEN sealed_ack THEN NULL ELSE a->>'recipient' END,
				CASE WHEN sealed_ack THEN NULL ELSE a->>'name' END,
				CASE WHEN sealed_ack THEN NULL ELSE a->>'reply_to_id' END,
				CASE WHEN conf THEN NULL ELSE doc->>'subject' END,
				coalesce(a->>'language', doc->>'language'),
				address_hash(a->>'recipient'),
				decode(a->>'sealed', 'base64'), a->>'key_id');
			ack_state := 'queued';
		END IF;
	END IF;

	RETURN QUERY SELECT cid, num, true, joining, ack_state;
END
$$;

-- Sent or given up: nothing of a confidential writer stays, sealed or not.
CREATE OR REPLACE FUNCTION outbox_done(oid bigint, ok boolean, permanent boolean, err text,
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
	IF ok OR permanent THEN
		UPDATE outbox SET status = CASE WHEN ok THEN 'sent' ELSE 'failed' END,
			sent_at = CASE WHEN ok THEN now() END,
			attempts = attempts + 1,
			last_error = CASE WHEN ok THEN NULL ELSE err END,
			sealed = NULL,
			recipient = CASE WHEN confidential THEN NULL ELSE recipient END,
			recipient_name = CASE WHEN confidential THEN NULL ELSE recipient_name END,
			reply_to_id = CASE WHEN confidential THEN NULL ELSE reply_to_id END,
			body = CASE WHEN confidential THEN NULL ELSE body END
		WHERE id = oid;
		INSERT INTO case_events (case_id, what, detail)
		VALUES (o.case_id, CASE WHEN ok THEN 'mail sent' ELSE 'mail failed' END,
			CASE WHEN ok THEN jsonb_build_object('mail', o.kind, 'attempts', o.attempts + 1)
			ELSE jsonb_build_object('mail', o.kind, 'error', err) END);
	ELSE
		UPDATE outbox SET attempts = attempts + 1, last_error = err,
			next_attempt = now() + make_interval(secs => greatest(retry_seconds, 1))
		WHERE id = oid;
	END IF;
END
$$;

