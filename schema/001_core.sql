-- 001_core.sql - letters, cases, attachments, rule hits, case events,
-- source state; the three group roles; row-level security.
--
-- Applied by `mayorbox db migrate` in one transaction. Every letter is filed
-- through file_letter(), a SECURITY DEFINER function: the gateway role holds
-- no privilege on the tables themselves, so it can file but not read cases.
-- A confidential letter's identifying data (writer's name, address, phone,
-- message id, subject, text, raw message, attachments) is stored only sealed
-- to the office's public key (libsodium crypto_box_seal); its plain columns
-- are NULL, which a CHECK constraint enforces.

DO $$
BEGIN
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mayorbox_gateway') THEN
		CREATE ROLE mayorbox_gateway NOLOGIN;
	END IF;
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mayorbox_clerk') THEN
		CREATE ROLE mayorbox_clerk NOLOGIN;
	END IF;
	IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mayorbox_supervisor') THEN
		CREATE ROLE mayorbox_supervisor NOLOGIN;
	END IF;
END
$$;

CREATE TABLE case_counters (
	year		integer PRIMARY KEY,
	last		integer NOT NULL
);

CREATE TABLE cases (
	id		bigserial PRIMARY KEY,
	number		text NOT NULL UNIQUE,		-- "2026-000123", said on the phone
	category	text NOT NULL CHECK (category IN ('consultation', 'suggestion',
			'demand', 'complaint', 'information', 'unclassified')),
	department	text,
	priority	text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'high')),
	confidential	boolean NOT NULL DEFAULT false,
	needs_review	boolean NOT NULL DEFAULT false,
	automatic	boolean NOT NULL DEFAULT false,	-- a bounce or auto-reply, not a citizen
	status		text NOT NULL DEFAULT 'new'
			CHECK (status IN ('new', 'assigned', 'answered', 'closed')),
	scores		jsonb NOT NULL DEFAULT '{}',
	created_at	timestamptz NOT NULL DEFAULT now(),
	updated_at	timestamptz NOT NULL DEFAULT now(),
	closed_at	timestamptz
);
CREATE INDEX cases_created ON cases (created_at DESC);
CREATE INDEX cases_review ON cases (needs_review) WHERE needs_review;

CREATE TABLE letters (
	id		bigserial PRIMARY KEY,
	case_id		bigint REFERENCES cases (id),
	source		text NOT NULL CHECK (source IN ('email', 'form', 'unknown')),
	source_name	text NOT NULL,			-- "spool", "imap:mayor", "webform:site"
	source_key	text NOT NULL,
	content_hash	bytea NOT NULL,			-- SHA-256 of the raw bytes
	received_at	timestamptz NOT NULL DEFAULT now(),
	written_at	timestamptz,			-- Date: or submitted_at
	language	text,
	auto_submitted	boolean NOT NULL DEFAULT false,
	confidential	boolean NOT NULL DEFAULT false,
	anonymous	boolean NOT NULL DEFAULT false,
	district	text,
	in_reply_to	text,
	refs		text[] NOT NULL DEFAULT '{}',
	-- identifying: NULL when confidential (then in sealed)
	message_id	text,
	from_name	text,
	from_address	text,
	phone		text,
	subject		text,
	body		text,
	raw		bytea,
	sealed		bytea,
	warnings	text[] NOT NULL DEFAULT '{}',
	parsed		jsonb NOT NULL DEFAULT '{}',	-- To, Reply-To, attachment list (not for confidential)
	CONSTRAINT letters_source_key UNIQUE (source_key),
	CONSTRAINT letters_content_per_source UNIQUE (source_name, content_hash),
	CONSTRAINT letters_confidential_sealed CHECK (NOT confidential OR (
		sealed IS NOT NULL AND raw IS NULL AND message_id IS NULL
		AND from_name IS NULL AND from_address IS NULL AND phone IS NULL
		AND subject IS NULL AND body IS NULL))
);
CREATE INDEX letters_case ON letters (case_id);
CREATE INDEX letters_message_id ON letters (message_id);

CREATE TABLE attachments (
	id		bigserial PRIMARY KEY,
	letter_id	bigint NOT NULL REFERENCES letters (id),
	case_id		bigint NOT NULL REFERENCES cases (id),
	position	integer NOT NULL,
	filename	text,				-- NULL for confidential letters
	content_type	text NOT NULL,
	size		bigint NOT NULL,
	sha256		bytea NOT NULL,
	data		bytea				-- NULL for confidential letters (sealed)
);
CREATE INDEX attachments_case ON attachments (case_id);

CREATE TABLE rule_hits (
	id		bigserial PRIMARY KEY,
	case_id		bigint NOT NULL REFERENCES cases (id),
	letter_id	bigint NOT NULL REFERENCES letters (id),
	rule		text NOT NULL,
	field		text NOT NULL,
	weight		integer NOT NULL,
	category	text
);
CREATE INDEX rule_hits_case ON rule_hits (case_id);

CREATE TABLE case_events (
	id		bigserial PRIMARY KEY,
	case_id		bigint NOT NULL REFERENCES cases (id),
	at		timestamptz NOT NULL DEFAULT now(),
	who		text NOT NULL DEFAULT session_user,
	what		text NOT NULL,
	detail		jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events (case_id, at);

-- Where each source stands: IMAP UIDVALIDITY and last filed UID per
-- mailbox, web-form cursors.
CREATE TABLE source_state (
	source_name	text NOT NULL,
	mailbox		text NOT NULL DEFAULT '',
	uidvalidity	bigint,
	last_uid	bigint,
	cursor		text,
	updated_at	timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (source_name, mailbox)
);

-- A readable list for clerks and supervisors; security_invoker so that the
-- row-level security of the caller applies through it.
CREATE VIEW case_list WITH (security_invoker = true) AS
	SELECT c.number, c.created_at, c.category, c.department, c.priority, c.status,
	       c.needs_review, c.confidential, l.subject, l.district, l.language
	FROM cases c
	LEFT JOIN LATERAL (SELECT subject, district, language FROM letters
			   WHERE letters.case_id = c.id ORDER BY id LIMIT 1) l ON true;

-- file_letter(doc) files one letter and its case, exactly once: a letter
-- whose source key, or whose content in the same source, is already filed
-- gives back the case it is in, with filed = false. doc is the JSON the
-- gateway builds (gateway/store/store.c); bytes come as base64, hashes as hex.
CREATE FUNCTION file_letter(doc jsonb)
RETURNS TABLE (case_id bigint, case_number text, filed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	lid bigint;
	cid bigint;
	yr integer;
	seq integer;
	num text;
	conf boolean := coalesce((doc->>'confidential')::boolean, false);
BEGIN
	SELECT l.case_id INTO cid FROM letters l
	WHERE l.source_key = doc->>'source_key'
	   OR (l.source_name = doc->>'source_name'
	       AND l.content_hash = decode(doc->>'content_hash', 'hex'));
	IF FOUND THEN
		RETURN QUERY SELECT cid, (SELECT c.number FROM cases c WHERE c.id = cid), false;
		RETURN;
	END IF;

	INSERT INTO letters (source, source_name, source_key, content_hash, written_at,
		language, auto_submitted, confidential, anonymous, district, in_reply_to,
		refs, message_id, from_name, from_address, phone, subject, body, raw,
		sealed, warnings, parsed)
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
		coalesce(doc->'parsed', '{}'))
	ON CONFLICT DO NOTHING
	RETURNING id INTO lid;
	IF lid IS NULL THEN
		-- filed by another gateway between our look and our insert
		SELECT l.case_id INTO cid FROM letters l
		WHERE l.source_key = doc->>'source_key'
		   OR (l.source_name = doc->>'source_name'
		       AND l.content_hash = decode(doc->>'content_hash', 'hex'));
		RETURN QUERY SELECT cid, (SELECT c.number FROM cases c WHERE c.id = cid), false;
		RETURN;
	END IF;

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
	UPDATE letters SET case_id = cid WHERE id = lid;

	INSERT INTO attachments (letter_id, case_id, position, filename, content_type,
		size, sha256, data)
	SELECT lid, cid, a.ord::integer, a.v->>'filename', a.v->>'content_type',
	       (a.v->>'size')::bigint, decode(a.v->>'sha256', 'hex'),
	       decode(a.v->>'data', 'base64')
	FROM jsonb_array_elements(coalesce(doc->'attachments', '[]')) WITH ORDINALITY a(v, ord);

	INSERT INTO rule_hits (case_id, letter_id, rule, field, weight, category)
	SELECT cid, lid, h->>'rule', h->>'field', (h->>'weight')::integer, h->>'category'
	FROM jsonb_array_elements(coalesce(doc->'hits', '[]')) h;

	INSERT INTO case_events (case_id, what, detail)
	VALUES (cid, 'filed', jsonb_build_object('category', doc->>'category',
		'department', doc->>'department', 'source', doc->>'source_name',
		'rules', doc->>'rules_version'));

	RETURN QUERY SELECT cid, num, true;
END
$$;

-- Privileges: nothing to PUBLIC; each role what its work needs.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON FUNCTION file_letter(jsonb) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION file_letter(jsonb) TO mayorbox_gateway;
GRANT SELECT, INSERT, UPDATE ON source_state TO mayorbox_gateway;

GRANT SELECT ON cases, letters, attachments, rule_hits, case_events, case_list
	TO mayorbox_clerk, mayorbox_supervisor;
GRANT UPDATE (category, department, priority, status, needs_review, updated_at, closed_at)
	ON cases TO mayorbox_clerk;
GRANT UPDATE ON cases TO mayorbox_supervisor;
GRANT INSERT ON case_events TO mayorbox_clerk, mayorbox_supervisor;
GRANT USAGE ON SEQUENCE case_events_id_seq TO mayorbox_clerk, mayorbox_supervisor;

-- Row-level security: a clerk never sees a confidential case, or anything
-- of one, whatever the query. The owner (filing through file_letter) is not
-- subject to it; FORCE is not set on purpose.
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE letters ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
ALTER TABLE rule_hits ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE source_state ENABLE ROW LEVEL SECURITY;

CREATE POLICY clerk_cases ON cases TO mayorbox_clerk
	USING (NOT confidential) WITH CHECK (NOT confidential);
CREATE POLICY clerk_letters ON letters FOR SELECT TO mayorbox_clerk
	USING (NOT confidential AND EXISTS (SELECT 1 FROM cases c
		WHERE c.id = letters.case_id AND NOT c.confidential));
CREATE POLICY clerk_attachments ON attachments FOR SELECT TO mayorbox_clerk
	USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = attachments.case_id
		AND NOT c.confidential));
CREATE POLICY clerk_rule_hits ON rule_hits FOR SELECT TO mayorbox_clerk
	USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = rule_hits.case_id
		AND NOT c.confidential));
CREATE POLICY clerk_events_read ON case_events FOR SELECT TO mayorbox_clerk
	USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_events.case_id
		AND NOT c.confidential));
CREATE POLICY clerk_events_write ON case_events FOR INSERT TO mayorbox_clerk
	WITH CHECK (who = session_user AND EXISTS (SELECT 1 FROM cases c
		WHERE c.id = case_events.case_id AND NOT c.confidential));

CREATE POLICY supervisor_cases ON cases TO mayorbox_supervisor USING (true) WITH CHECK (true);
CREATE POLICY supervisor_letters ON letters FOR SELECT TO mayorbox_supervisor USING (true);
CREATE POLICY supervisor_attachments ON attachments FOR SELECT TO mayorbox_supervisor USING (true);
CREATE POLICY supervisor_rule_hits ON rule_hits FOR SELECT TO mayorbox_supervisor USING (true);
CREATE POLICY supervisor_events_read ON case_events FOR SELECT TO mayorbox_supervisor USING (true);
CREATE POLICY supervisor_events_write ON case_events FOR INSERT TO mayorbox_supervisor
	WITH CHECK (who = session_user);

CREATE POLICY gateway_source_state ON source_state TO mayorbox_gateway USING (true) WITH CHECK (true);
