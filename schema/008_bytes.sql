-- 008_bytes.sql - bytes travel once (STYLE.md 18, issue 13).
--
-- file_letter(doc, raw, sealed, reply_box, ack_box, attachments): as
-- file_letter(doc) of 006, with the bytes beside the document as binary
-- parameters instead of base64 inside it: raw (a public letter's message),
-- sealed (a confidential letter's identity box, office key), reply_box (the
-- writer's address sealed to the outbox key), ack_box (an acknowledgement's
-- recipient sealed to the outbox key) and attachments (a public letter's
-- attachments' bytes one after the other, in the order and of the sizes
-- doc->'attachments' gives). file_report(doc, raw) likewise.
--
-- file_letter(doc) and file_report(doc) stay, as thin wrappers that take
-- the base64 out of the document, for a gateway of the previous version
-- while the gateways are upgraded (migrate first, then the gateways).
--
-- filed_letters(keys): of the source keys given, those already filed, with
-- their case number and whether the letter is in the vault: one question
-- per batch, asked before a letter is parsed, so a re-fetched letter costs
-- nothing but its bytes. The gateways' logins only; it says nothing a
-- gateway filing the same letter again would not be told by file_letter.

CREATE FUNCTION file_letter(doc jsonb, p_raw bytea, p_sealed bytea, p_reply_box bytea,
			    p_ack_box bytea, p_attachments bytea)
RETURNS TABLE (case_id bigint, case_number text, filed boolean, joined boolean, ack text,
	       sealed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	lid bigint;
	cid bigint;
	num text;
	conf boolean := coalesce((doc->>'confidential')::boolean, false);
	jc bigint := (doc->>'join_case')::bigint;
	joining boolean := doc->>'join_case' IS NOT NULL;
	old_status text;
	ack_state text := 'none';
	a jsonb := doc->'ack';
	h bytea;
	echo boolean;
	chash bytea := decode(doc->>'content_hash', 'hex');
	tokens text[];
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied: file_letter is for gateway logins'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF conf AND p_sealed IS NULL THEN
		RAISE EXCEPTION 'a confidential letter must come sealed';
	END IF;
	IF joining AND jc < 0 AND NOT conf THEN
		RAISE EXCEPTION 'join_case: a letter joining a confidential case must be sealed';
	END IF;

	-- exactly once: the registry of every letter, public or not
	lid := CASE WHEN conf THEN nextval('vault.ids') ELSE nextval('public.letters_id_seq') END;
	INSERT INTO vault.filed (source_key, source_name, content_hash, letter_id)
	VALUES (doc->>'source_key', doc->>'source_name', chash, lid)
	ON CONFLICT DO NOTHING;
	IF NOT FOUND THEN
		SELECT f.letter_id INTO lid FROM vault.filed f
		WHERE f.source_key = doc->>'source_key'
		   OR (f.source_name = doc->>'source_name' AND f.content_hash = chash)
		LIMIT 1;
		IF lid < 0 THEN
			SELECT l.case_id INTO cid FROM vault.letters l WHERE l.id = lid;
		ELSE
			SELECT l.case_id INTO cid FROM public.letters l WHERE l.id = lid;
		END IF;
		num := CASE WHEN cid < 0 THEN (SELECT c.number FROM vault.cases c WHERE c.id = cid)
			ELSE (SELECT c.number FROM public.cases c WHERE c.id = cid) END;
		-- sealed: the letter is in the vault (its source must not keep it)
		RETURN QUERY SELECT cid, num, false, false, 'none'::text, lid < 0;
		RETURN;
	END IF;

	IF joining THEN
		IF jc < 0 THEN
			SELECT c.id, c.number, c.status INTO cid, num, old_status
			FROM vault.cases c WHERE c.id = jc FOR UPDATE;
		ELSE
			SELECT c.id, c.number, c.status INTO cid, num, old_status
			FROM public.cases c WHERE c.id = jc FOR UPDATE;
		END IF;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'join_case: no case %', jc;
		END IF;
		IF cid < 0 THEN
			UPDATE vault.cases c SET
				status = CASE WHEN c.status = 'closed' THEN 'reopened' ELSE c.status END,
				closed_at = CASE WHEN c.status = 'closed' THEN NULL ELSE c.closed_at END,
				needs_review = true, updated_at = now()
			WHERE c.id = cid;
		ELSE
			UPDATE public.cases c SET
				status = CASE WHEN c.status = 'closed' THEN 'reopened' ELSE c.status END,
				closed_at = CASE WHEN c.status = 'closed' THEN NULL ELSE c.closed_at END,
				needs_review = true, updated_at = now()
			WHERE c.id = cid;
		END IF;
		PERFORM vault.event(cid, CASE WHEN conf AND cid > 0 THEN 'confidentiality requested'
				ELSE 'follow-up' END,
			jsonb_build_object('letter', CASE WHEN conf AND cid > 0 THEN NULL ELSE lid END,
				'how', doc->>'join_how', 'reopened', old_status = 'closed',
				'source', doc->>'source_name'));
	ELSE
		num := vault.new_number();
		IF conf THEN
			INSERT INTO vault.cases (number, category, department, priority, needs_review,
				automatic, scores, confidential_review)
			VALUES (num, doc->>'category', doc->>'department',
				coalesce(doc->>'priority', 'normal'),
				coalesce((doc->>'needs_review')::boolean, false),
				coalesce((doc->>'automatic')::boolean, false),
				coalesce(doc->'scores', '{}'),
				coalesce((doc->>'confidential_review')::boolean, false))
			RETURNING id INTO cid;
		ELSE
			INSERT INTO public.cases (number, category, department, priority, needs_review,
				automatic, scores)
			VALUES (num, doc->>'category', doc->>'department',
				coalesce(doc->>'priority', 'normal'),
				coalesce((doc->>'needs_review')::boolean, false),
				coalesce((doc->>'automatic')::boolean, false),
				coalesce(doc->'scores', '{}'))
			RETURNING id INTO cid;
		END IF;
		PERFORM vault.event(cid, 'filed', jsonb_build_object('category', doc->>'category',
			'department', doc->>'department', 'source', doc->>'source_name',
			'rules', doc->>'rules_version'));
		IF doc->>'code_hash' IS NOT NULL THEN
			INSERT INTO vault.case_codes VALUES (num, decode(doc->>'code_hash', 'hex'));
		END IF;
	END IF;

	IF conf THEN
		tokens := ARRAY(SELECT jsonb_array_elements_text(coalesce(doc->'our_tokens', '[]')));
		INSERT INTO vault.letters (id, case_id, source, source_name, source_key, content_hash,
			written_at, language, auto_submitted, anonymous, our_tokens, sealed, key_id,
			reply_box, reply_key_id, warnings, parsed)
		VALUES (lid, cid, doc->>'source', doc->>'source_name', doc->>'source_key', chash,
			(doc->>'written_at')::timestamptz, doc->>'language',
			coalesce((doc->>'auto_submitted')::boolean, false),
			coalesce((doc->>'anonymous')::boolean, false), tokens,
			p_sealed, doc->>'key_id', p_reply_box, doc->>'reply_key_id',
			coalesce(ARRAY(SELECT jsonb_array_elements_text(doc->'warnings')), '{}'),
			coalesce(doc->'parsed', '{}'));
		INSERT INTO vault.rule_hits (case_id, letter_id, rule, field, weight, category)
		SELECT cid, lid, r->>'rule', r->>'field', (r->>'weight')::integer, r->>'category'
		FROM jsonb_array_elements(coalesce(doc->'hits', '[]')) r;
	ELSE
		INSERT INTO public.letters (id, case_id, source, source_name, source_key, content_hash,
			written_at, language, auto_submitted, confidential, anonymous, district,
			in_reply_to, refs, message_id, from_name, from_address, phone, subject, body,
			raw, warnings, parsed)
		VALUES (lid, cid, doc->>'source', doc->>'source_name', doc->>'source_key', chash,
			(doc->>'written_at')::timestamptz, doc->>'language',
			coalesce((doc->>'auto_submitted')::boolean, false), false,
			coalesce((doc->>'anonymous')::boolean, false), doc->>'district',
			doc->>'in_reply_to',
			coalesce(ARRAY(SELECT jsonb_array_elements_text(doc->'references')), '{}'),
			doc->>'message_id', doc->>'from_name', doc->>'from_address', doc->>'phone',
			doc->>'subject', doc->>'text', p_raw,
			coalesce(ARRAY(SELECT jsonb_array_elements_text(doc->'warnings')), '{}'),
			coalesce(doc->'parsed', '{}'));
		INSERT INTO public.attachments (letter_id, case_id, position, filename, content_type,
			size, sha256, data)
		SELECT lid, cid, a2.ord::integer, a2.v->>'filename', a2.v->>'content_type',
		       (a2.v->>'size')::bigint, decode(a2.v->>'sha256', 'hex'),
		       substring(p_attachments FROM (coalesce(sum((a2.v->>'size')::bigint)
				OVER (ORDER BY a2.ord ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
				0) + 1)::integer FOR (a2.v->>'size')::integer)
		FROM jsonb_array_elements(coalesce(doc->'attachments', '[]'))
			WITH ORDINALITY a2(v, ord);
		INSERT INTO public.rule_hits (case_id, letter_id, rule, field, weight, category)
		SELECT cid, lid, r->>'rule', r->>'field', (r->>'weight')::integer, r->>'category'
		FROM jsonb_array_elements(coalesce(doc->'hits', '[]')) r;
	END IF;

	-- the acknowledgement of a new case
	IF NOT joining AND a IS NOT NULL AND jsonb_typeof(a) = 'object'
	   AND a->>'recipient' IS NOT NULL THEN
		IF conf AND p_ack_box IS NULL THEN
			RAISE EXCEPTION 'ack: mail to a confidential writer must be sealed';
		END IF;
		h := CASE WHEN a->>'sender_hash' IS NULL THEN NULL
			  ELSE decode(a->>'sender_hash', 'hex') END;
		echo := coalesce((a->>'echo')::boolean, false) AND NOT conf;
		DELETE FROM vault.ack_log WHERE at < now() - interval '1 day';
		IF (SELECT count(*) FROM vault.ack_log l WHERE l.at > now() - interval '1 hour')
		   >= coalesce((a->>'hour_limit')::integer, 200)
		   OR (h IS NOT NULL AND (SELECT count(*) FROM vault.ack_log l
					  WHERE l.sender_hash = h AND l.at > now() - interval '1 day')
		       >= coalesce((a->>'limit')::integer, 5))
		   OR (h IS NULL AND (SELECT count(*) FROM public.outbox o
				      WHERE o.kind = 'acknowledgement'
					AND lower(o.recipient) = lower(a->>'recipient')
					AND o.created_at > now() - interval '1 day')
		       >= coalesce((a->>'limit')::integer, 5)) THEN
			ack_state := 'limited';
		ELSE
			INSERT INTO vault.ack_log (at, sender_hash) VALUES (now(), h);
			IF conf THEN
				INSERT INTO vault.outbox (case_id, case_number, kind, language, sealed,
					key_id, created_by)
				VALUES (cid, num, 'acknowledgement',
					coalesce(a->>'language', doc->>'language'),
					p_ack_box, a->>'key_id', session_user);
			ELSE
				INSERT INTO public.outbox (case_id, case_number, kind, confidential,
					recipient, recipient_name, reply_to_id, subject, language, code,
					echo, created_by)
				VALUES (cid, num, 'acknowledgement', false, a->>'recipient',
					CASE WHEN echo THEN a->>'name' END,
					CASE WHEN echo THEN a->>'reply_to_id' END,
					CASE WHEN echo THEN doc->>'subject' END,
					coalesce(a->>'language', doc->>'language'), a->>'code', echo,
					session_user);
			END IF;
			ack_state := 'queued';
		END IF;
	END IF;

	RETURN QUERY SELECT cid, num, true, joining, ack_state, conf;
END
$$;

-- The previous gateway's call: the bytes come out of the document.
CREATE OR REPLACE FUNCTION file_letter(doc jsonb)
RETURNS TABLE (case_id bigint, case_number text, filed boolean, joined boolean, ack text,
	       sealed boolean)
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
	SELECT * FROM public.file_letter(doc, decode(doc->>'raw', 'base64'),
		decode(doc->>'sealed', 'base64'), decode(doc->>'reply_box', 'base64'),
		decode(doc->'ack'->>'sealed', 'base64'),
		(SELECT string_agg(coalesce(decode(a.v->>'data', 'base64'), ''::bytea), ''::bytea
				   ORDER BY a.ord)
		 FROM jsonb_array_elements(coalesce(doc->'attachments', '[]'))
			WITH ORDINALITY a(v, ord)))
$$;

CREATE FUNCTION file_report(doc jsonb, p_raw bytea)
RETURNS TABLE (case_id bigint, case_number text, filed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	oid_ bigint;
	cid bigint;
	num text;
	kind_ text;
	st text;
	in_vault boolean := false;
	chash bytea := decode(doc->>'content_hash', 'hex');
	failed boolean := lower(coalesce(doc->>'action', '')) = 'failed';
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied' USING ERRCODE = 'insufficient_privilege';
	END IF;
	SELECT o.id, o.case_id, o.case_number, o.kind, o.status INTO oid_, cid, num, kind_, st
	FROM public.outbox o WHERE o.token = doc->>'token' FOR UPDATE;
	IF NOT FOUND THEN
		SELECT o.id, o.case_id, o.case_number, o.kind, o.status INTO oid_, cid, num, kind_, st
		FROM vault.outbox o WHERE o.token = doc->>'token' FOR UPDATE;
		IF NOT FOUND THEN
			RETURN;		-- not about our mail: the caller files it as a letter
		END IF;
		in_vault := true;
		-- the case may have turned confidential after the mail went out
		IF cid > 0 THEN
			SELECT c.id INTO cid FROM vault.cases c WHERE c.number = num;
		END IF;
	END IF;
	IF EXISTS (SELECT 1 FROM public.case_reports r WHERE r.source_key = doc->>'source_key'
		   OR (r.source_name = doc->>'source_name' AND r.content_hash = chash))
	   OR EXISTS (SELECT 1 FROM vault.case_reports r WHERE r.source_key = doc->>'source_key'
		   OR (r.source_name = doc->>'source_name' AND r.content_hash = chash)) THEN
		RETURN QUERY SELECT cid, num, false;
		RETURN;
	END IF;
	IF in_vault THEN
		INSERT INTO vault.case_reports (case_id, outbox_id, source_name, source_key,
			content_hash, kind, action, status)
		VALUES (cid, oid_, doc->>'source_name', doc->>'source_key', chash, doc->>'kind',
			doc->>'action', doc->>'status')
		ON CONFLICT DO NOTHING;
		IF FOUND AND failed AND st = 'sent' THEN
			UPDATE vault.outbox SET status = 'bounced' WHERE id = oid_;
		END IF;
	ELSE
		INSERT INTO public.case_reports (case_id, outbox_id, source_name, source_key,
			content_hash, kind, action, status, raw)
		VALUES (cid, oid_, doc->>'source_name', doc->>'source_key', chash, doc->>'kind',
			doc->>'action', doc->>'status', p_raw)
		ON CONFLICT DO NOTHING;
		IF FOUND AND failed AND st = 'sent' THEN
			UPDATE public.outbox SET status = 'bounced' WHERE id = oid_;
		END IF;
	END IF;
	IF NOT FOUND THEN
		RETURN QUERY SELECT cid, num, false;
		RETURN;
	END IF;
	PERFORM vault.event(cid, doc->>'kind', jsonb_build_object('mail', kind_,
		'action', doc->>'action', 'status', doc->>'status'));
	RETURN QUERY SELECT cid, num, true;
END
$$;

CREATE OR REPLACE FUNCTION file_report(doc jsonb)
RETURNS TABLE (case_id bigint, case_number text, filed boolean)
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
	SELECT * FROM public.file_report(doc, decode(doc->>'raw', 'base64'))
$$;

CREATE FUNCTION filed_letters(keys text[])
RETURNS TABLE (source_key text, case_number text, sealed boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied: filed_letters is for gateway logins'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	RETURN QUERY
	SELECT x.source_key,
	       CASE WHEN x.cid < 0 THEN (SELECT c.number FROM vault.cases c WHERE c.id = x.cid)
		    ELSE (SELECT c.number FROM public.cases c WHERE c.id = x.cid) END,
	       x.letter_id < 0
	FROM (SELECT f.source_key, f.letter_id,
		     CASE WHEN f.letter_id < 0
			  THEN (SELECT l.case_id FROM vault.letters l WHERE l.id = f.letter_id)
			  ELSE (SELECT l.case_id FROM public.letters l WHERE l.id = f.letter_id)
		     END AS cid
	      FROM vault.filed f WHERE f.source_key = ANY (keys)) x;
END
$$;

REVOKE ALL ON FUNCTION file_letter(jsonb, bytea, bytea, bytea, bytea, bytea),
	file_report(jsonb, bytea), filed_letters(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION file_letter(jsonb, bytea, bytea, bytea, bytea, bytea),
	file_report(jsonb, bytea), filed_letters(text[]) TO mayorbox_gateway;
