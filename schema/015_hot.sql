-- 015_hot.sql - hot issues (热点问题) mailed to the supervisors (issue 15).
--
-- The groups themselves are not stored: `cases hot` and the console's
-- /hot page group the public cases of a period when they are asked
-- (rules/hot.c), with the privileges of the clerk or supervisor who asks,
-- reading only public.cases and public.letters (never the vault: a sealed
-- letter's place and matter are what sealing hides, so a confidential case
-- is in no group). What is stored is what has been mailed: a group is
-- known by its anchor, the number of its first case (which stays its first
-- as the group grows; two groups that merge keep the older anchor).
--
-- hot_notify(anchor, size, cases, recipients, body), for supervisors
-- (`cases hot --notify`, run by a timer under a supervisor's login: the
-- gateway's login reads no letter and so groups none): mails a group of at
-- least its threshold when it has not been mailed, or has doubled since it
-- was last mailed; returns whether it queued the mail. Every case named
-- must be a public one (no vault case is ever named in a mail); the body
-- is the CLI's (size, growth, department, places, words, case numbers),
-- the console's link added by the gateway when it sends (kind 'hot').

CREATE TABLE hot_alerts (
	anchor		text PRIMARY KEY,
	size		integer NOT NULL CHECK (size > 0),
	cases		text[] NOT NULL,
	first_mailed_at	timestamptz NOT NULL DEFAULT now(),
	mailed_at	timestamptz NOT NULL DEFAULT now(),
	mailed_by	text NOT NULL DEFAULT session_user
);

CREATE FUNCTION hot_notify(p_anchor text, p_size integer, p_cases text[], p_recipients text[],
			   p_body text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	cid bigint;
	last integer;
	r text;
BEGIN
	IF NOT pg_has_role(session_user, 'mayorbox_supervisor', 'MEMBER') THEN
		RAISE EXCEPTION 'only a supervisor''s login mails hot issues'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF p_size IS NULL OR p_size < 1 OR p_cases IS NULL OR cardinality(p_cases) <> p_size
	   OR cardinality(p_cases) > 100000 THEN
		RAISE EXCEPTION 'hot_notify: the size must be the number of cases named'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF p_recipients IS NULL OR cardinality(p_recipients) NOT BETWEEN 1 AND 50 THEN
		RAISE EXCEPTION 'hot_notify: one to 50 recipients'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	FOREACH r IN ARRAY p_recipients LOOP
		IF r IS NULL OR length(r) > 254 OR r !~ '^[^@[:space:]<>",;]+@[^@[:space:]<>",;]+$' THEN
			RAISE EXCEPTION 'hot_notify: not an address: %', left(r, 80)
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END LOOP;
	IF p_body IS NULL OR length(p_body) > 65536 THEN
		RAISE EXCEPTION 'hot_notify: the text is at most 64 KiB'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- public cases only, the anchor among them
	IF (SELECT count(*) FROM public.cases c WHERE c.number = ANY (p_cases)
	    AND NOT c.confidential) <> cardinality(p_cases)
	   OR NOT p_anchor = ANY (p_cases) THEN
		RAISE EXCEPTION 'hot_notify: every case must be a public case, the anchor one of them'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT c.id INTO cid FROM public.cases c WHERE c.number = p_anchor;

	-- once at the threshold, then each time it doubles (one caller at a time)
	PERFORM pg_advisory_xact_lock(hashtext('mayorbox hot_notify'));
	SELECT a.size INTO last FROM public.hot_alerts a WHERE a.anchor = p_anchor;
	IF FOUND AND p_size < 2 * last THEN
		RETURN false;
	END IF;
	INSERT INTO public.hot_alerts AS a (anchor, size, cases) VALUES (p_anchor, p_size, p_cases)
	ON CONFLICT (anchor) DO UPDATE SET size = EXCLUDED.size, cases = EXCLUDED.cases,
		mailed_at = now(), mailed_by = session_user;
	INSERT INTO public.outbox (case_id, case_number, kind, confidential, recipient, body,
				   language, created_by)
	SELECT cid, p_anchor, 'hot', false, x, p_body, 'zh', session_user
	FROM unnest(p_recipients) x;
	RETURN true;
END
$$;

REVOKE ALL ON hot_alerts FROM PUBLIC;
GRANT SELECT ON hot_alerts TO mayorbox_clerk, mayorbox_supervisor;
ALTER TABLE hot_alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_read ON hot_alerts FOR SELECT
	TO mayorbox_clerk, mayorbox_supervisor USING (true);
REVOKE ALL ON FUNCTION hot_notify(text, integer, text[], text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hot_notify(text, integer, text[], text[], text) TO mayorbox_supervisor;
