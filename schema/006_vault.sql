-- 006_vault.sql - confidential material lives where no clerk has any
-- privilege at all (issue 10).
--
-- Row-level security is a filter, not a wall: every planner, statistics or
-- timing channel of a table a role can read leaks what the filter hides
-- (EXPLAIN ANALYZE's "Rows Removed by Filter" told a clerk which guessed
-- address wrote a hidden letter). So from here on:
--
--   public.*  the clerks' tables: ONLY non-confidential cases and letters
--             (a CHECK keeps `confidential` false there). Clerks and
--             supervisors may SELECT them and change nothing directly: every
--             change is a SECURITY DEFINER function below that checks the
--             caller, takes a recipient only from the case, and writes its
--             event with now() and session_user.
--   vault.*   confidential cases, their letters (sealed to the office key),
--             rule hits, events, mail (sealed to the outbox key), reports;
--             the registry of filed letters and case numbers, access-code
--             hashes, the acknowledgement log, leases. No mayorbox role has
--             USAGE on the schema: only the functions reach it. Vault ids
--             count down from -1, public ids up from 1, so a union of both
--             is unambiguous.
--   office.*  supervisors' views with the clerks' table names (public rows
--             UNION ALL vault rows, no sealed column): a supervisor's
--             session sets search_path = office, public. Sealed boxes come
--             only from reveal_case(), which records the reveal first.
--
-- What a clerk's tables keep of a confidential case: nothing (not its
-- number, category, status or dates). The charter keeps even the handling
-- status confidential. Case numbers are drawn at random (YYYY-NNNNNN) from a
-- registry in the vault, so neither gaps nor a counter tell a clerk how many
-- confidential cases there are or when they came (and no per-year counter
-- row is updated by every filing).
--
-- Recall first (issue 11): a letter with weaker evidence of confidentiality
-- is sealed like a confidential one and its vault case marked
-- confidential_review (office.cases shows it, false for public rows); a
-- supervisor confirms it (case_confirm) or releases the case into the
-- clerks' tables (case_release, the reverse of case_seal, with the letters
-- opened by the supervisor through reveal_case, recorded).
--
-- No usable hash of a writer is kept: the keyed address hash and its key are
-- dropped. The per-sender acknowledgement limit counts keyed BLAKE2b hashes
-- the gateway computes under a key derived from its outbox secret key (never
-- in the database), kept for a day in vault.ack_log.

CREATE SCHEMA vault;
REVOKE ALL ON SCHEMA vault FROM PUBLIC;
CREATE SCHEMA office;
REVOKE ALL ON SCHEMA office FROM PUBLIC;
GRANT USAGE ON SCHEMA office TO mayorbox_supervisor;

CREATE SEQUENCE vault.ids INCREMENT BY -1 START WITH -1 MAXVALUE -1;

-- Every case number ever given, public or confidential.
CREATE TABLE vault.case_numbers (
	number		text PRIMARY KEY
);

-- Every letter ever filed, public or confidential: exactly once across
-- both places, even when two gateways race.
CREATE TABLE vault.filed (
	source_key	text PRIMARY KEY,
	source_name	text NOT NULL,
	content_hash	bytea NOT NULL,
	letter_id	bigint NOT NULL,
	CONSTRAINT filed_content UNIQUE (source_name, content_hash)
);

CREATE TABLE vault.cases (
	id		bigint PRIMARY KEY DEFAULT nextval('vault.ids'),
	number		text NOT NULL UNIQUE,
	category	text NOT NULL CHECK (category IN ('consultation', 'suggestion',
			'demand', 'complaint', 'information', 'unclassified')),
	department	text,
	priority	text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'high')),
	confidential	boolean NOT NULL DEFAULT true CHECK (confidential),
	-- recall first (issue 11): sealed on weaker evidence; a supervisor
	-- confirms it (case_confirm) or releases it to the clerks (case_release)
	confidential_review boolean NOT NULL DEFAULT false,
	needs_review	boolean NOT NULL DEFAULT false,
	automatic	boolean NOT NULL DEFAULT false,
	status		text NOT NULL DEFAULT 'new'
			CHECK (status IN ('new', 'assigned', 'answered', 'closed', 'reopened')),
	scores		jsonb NOT NULL DEFAULT '{}',
	created_at	timestamptz NOT NULL DEFAULT now(),
	updated_at	timestamptz NOT NULL DEFAULT now(),
	closed_at	timestamptz,
	answer_sealed	bytea,			-- sealed to the office key
	answer_key_id	text
);

-- A confidential letter: everything that could tell who wrote is in
-- `sealed` (office key); `reply_box` is the writer's address, name and
-- Message-ID sealed to the gateways' outbox key (for an answer). case_id is
-- a vault case (< 0) or, for a confidential follow-up that joined a public
-- case, that public case (> 0). Only our own Message-ID tokens stay plain
-- (they join follow-ups).
CREATE TABLE vault.letters (
	id		bigint PRIMARY KEY DEFAULT nextval('vault.ids'),
	case_id		bigint NOT NULL,
	source		text NOT NULL CHECK (source IN ('email', 'form', 'unknown')),
	source_name	text NOT NULL,
	source_key	text NOT NULL UNIQUE,
	content_hash	bytea NOT NULL,
	received_at	timestamptz NOT NULL DEFAULT now(),
	written_at	timestamptz,
	language	text,
	auto_submitted	boolean NOT NULL DEFAULT false,
	confidential	boolean NOT NULL DEFAULT true CHECK (confidential),
	anonymous	boolean NOT NULL DEFAULT false,
	our_tokens	text[] NOT NULL DEFAULT '{}',
	sealed		bytea NOT NULL,
	key_id		text,			-- the office key; NULL: sealed before 006
	reply_box	bytea,
	reply_key_id	text,
	warnings	text[] NOT NULL DEFAULT '{}',
	parsed		jsonb NOT NULL DEFAULT '{}'	-- counts only
);
CREATE INDEX vault_letters_case ON vault.letters (case_id);

CREATE TABLE vault.rule_hits (
	id		bigint PRIMARY KEY DEFAULT nextval('vault.ids'),
	case_id		bigint NOT NULL,
	letter_id	bigint NOT NULL,
	rule		text NOT NULL,
	field		text NOT NULL,
	weight		integer NOT NULL,
	category	text
);
CREATE INDEX vault_rule_hits_case ON vault.rule_hits (case_id);

CREATE TABLE vault.case_events (
	id		bigint PRIMARY KEY DEFAULT nextval('vault.ids'),
	case_id		bigint NOT NULL,
	at		timestamptz NOT NULL DEFAULT now(),
	who		text NOT NULL DEFAULT session_user,
	what		text NOT NULL,
	detail		jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX vault_case_events_case ON vault.case_events (case_id, at);

-- Mail to confidential writers: recipient, name, Message-ID (and the
-- access code) in `sealed`, an answer's text in `body_sealed`, both to the
-- outbox key `key_id`; erased once sent or given up.
CREATE TABLE vault.outbox (
	id		bigint PRIMARY KEY DEFAULT nextval('vault.ids'),
	case_id		bigint NOT NULL,
	case_number	text NOT NULL,
	kind		text NOT NULL CHECK (kind IN ('acknowledgement', 'answer')),
	token		text NOT NULL UNIQUE
			DEFAULT 'mb.' || replace(gen_random_uuid()::text, '-', ''),
	confidential	boolean NOT NULL DEFAULT true CHECK (confidential),
	language	text,
	status		text NOT NULL DEFAULT 'pending'
			CHECK (status IN ('pending', 'sent', 'failed', 'bounced', 'cancelled')),
	attempts	integer NOT NULL DEFAULT 0,
	next_attempt	timestamptz NOT NULL DEFAULT now(),
	last_error	text,
	created_at	timestamptz NOT NULL DEFAULT now(),
	created_by	text NOT NULL DEFAULT session_user,
	sent_at		timestamptz,
	sealed		bytea,
	body_sealed	bytea,
	key_id		text,
	CONSTRAINT vault_outbox_pending_sealed CHECK (status <> 'pending'
		OR (sealed IS NOT NULL AND key_id IS NOT NULL))
);
CREATE INDEX vault_outbox_due ON vault.outbox (next_attempt) WHERE status = 'pending';
CREATE INDEX vault_outbox_case ON vault.outbox (case_id);

CREATE TABLE vault.case_reports (
	id		bigint PRIMARY KEY DEFAULT nextval('vault.ids'),
	case_id		bigint NOT NULL,
	outbox_id	bigint,
	source_name	text NOT NULL,
	source_key	text NOT NULL UNIQUE,
	content_hash	bytea NOT NULL,
	received_at	timestamptz NOT NULL DEFAULT now(),
	kind		text NOT NULL CHECK (kind IN ('delivery report', 'automatic reply')),
	action		text,
	status		text,
	CONSTRAINT vault_case_reports_content UNIQUE (source_name, content_hash)
);

-- The SHA-256 of each case's access code (a random code of 60 bits only its
-- writer received): a case number alone never joins a letter to a case.
CREATE TABLE vault.case_codes (
	case_number	text PRIMARY KEY,
	code_hash	bytea NOT NULL
);

-- Acknowledgements queued: the hourly cap, and the per-sender limit by a
-- hash keyed outside the database. Kept one day.
CREATE TABLE vault.ack_log (
	at		timestamptz NOT NULL DEFAULT now(),
	sender_hash	bytea
);
CREATE INDEX vault_ack_log_at ON vault.ack_log (at);
CREATE INDEX vault_ack_log_sender ON vault.ack_log (sender_hash, at);

-- Which gateway session holds a source. Only gateway logins take a lease
-- (take_lease); it lapses when that session ends.
CREATE TABLE vault.leases (
	source_name	text PRIMARY KEY,
	pid		integer NOT NULL,
	backend_start	timestamptz NOT NULL,
	login		text NOT NULL,
	taken_at	timestamptz NOT NULL DEFAULT now()
);

-- Letters that were in plain text in a case that had turned confidential
-- before this migration: `mayorbox db migrate` seals them with the office
-- public key (vault_pending_seal / vault_seal_pending) and empties this.
CREATE TABLE vault.unsealed (
	letter_id	bigint PRIMARY KEY,	-- its new vault.letters id
	identity	jsonb NOT NULL
);

-- ---------------------------------------------------------------------------
-- Moving what is confidential out of the clerks' tables.

INSERT INTO vault.case_numbers SELECT number FROM cases;
INSERT INTO vault.filed (source_key, source_name, content_hash, letter_id)
	SELECT source_key, source_name, content_hash, id FROM letters;

CREATE TEMP TABLE case_map ON COMMIT DROP AS
	SELECT id AS old_id, nextval('vault.ids') AS new_id FROM cases WHERE confidential;
CREATE TEMP TABLE letter_map ON COMMIT DROP AS
	SELECT l.id AS old_id, nextval('vault.ids') AS new_id,
	       coalesce(m.new_id, l.case_id) AS case_id
	FROM letters l LEFT JOIN case_map m ON m.old_id = l.case_id
	WHERE l.confidential OR m.old_id IS NOT NULL;

INSERT INTO vault.cases (id, number, category, department, priority, needs_review, automatic,
	status, scores, created_at, updated_at, closed_at, answer_sealed)
SELECT m.new_id, c.number, c.category, c.department, c.priority, c.needs_review, c.automatic,
	c.status, c.scores, c.created_at, c.updated_at, c.closed_at, c.answer_sealed
FROM cases c JOIN case_map m ON m.old_id = c.id;

-- letters already sealed keep their box
INSERT INTO vault.letters (id, case_id, source, source_name, source_key, content_hash,
	received_at, written_at, language, auto_submitted, anonymous, our_tokens, sealed,
	warnings, parsed)
SELECT m.new_id, m.case_id, l.source, l.source_name, l.source_key, l.content_hash,
	l.received_at, l.written_at, l.language, l.auto_submitted, l.anonymous,
	ARRAY(SELECT split_part(r, '@', 1) FROM unnest(l.refs || l.in_reply_to) r
	      WHERE r LIKE 'mb.%'),
	l.sealed, l.warnings,
	jsonb_build_object('attachments', (SELECT count(*) FROM attachments a
					   WHERE a.letter_id = l.id))
FROM letters l JOIN letter_map m ON m.old_id = l.id
WHERE l.sealed IS NOT NULL;

-- letters in plain text in a confidential case: their identity waits in
-- vault.unsealed for db migrate to seal (an empty box marks them meanwhile)
INSERT INTO vault.letters (id, case_id, source, source_name, source_key, content_hash,
	received_at, written_at, language, auto_submitted, anonymous, our_tokens, sealed,
	warnings, parsed)
SELECT m.new_id, m.case_id, l.source, l.source_name, l.source_key, l.content_hash,
	l.received_at, l.written_at, l.language, l.auto_submitted, l.anonymous,
	ARRAY(SELECT split_part(r, '@', 1) FROM unnest(l.refs || l.in_reply_to) r
	      WHERE r LIKE 'mb.%'),
	'\x'::bytea, l.warnings,
	jsonb_build_object('attachments', (SELECT count(*) FROM attachments a
					   WHERE a.letter_id = l.id))
FROM letters l JOIN letter_map m ON m.old_id = l.id
WHERE l.sealed IS NULL;
INSERT INTO vault.unsealed (letter_id, identity)
SELECT m.new_id, jsonb_build_object(
	'message_id', l.message_id, 'from_name', l.from_name, 'from_address', l.from_address,
	'phone', l.phone, 'subject', l.subject, 'text', l.body,
	'to', coalesce(l.parsed->'to', '[]'), 'reply_to', coalesce(l.parsed->'reply_to', '[]'),
	'raw', encode(coalesce(l.raw, '\x'::bytea), 'base64'),
	'district', l.district, 'in_reply_to', l.in_reply_to, 'references', to_jsonb(l.refs),
	'attachments', coalesce((SELECT jsonb_agg(jsonb_build_object('filename', a.filename,
		'content_type', a.content_type, 'data', encode(coalesce(a.data, '\x'::bytea), 'base64'))
		ORDER BY a.position) FROM attachments a WHERE a.letter_id = l.id), '[]'))
FROM letters l JOIN letter_map m ON m.old_id = l.id
WHERE l.sealed IS NULL;

UPDATE vault.filed f SET letter_id = m.new_id FROM letter_map m WHERE f.letter_id = m.old_id;

INSERT INTO vault.rule_hits (case_id, letter_id, rule, field, weight, category)
SELECT lm.case_id, lm.new_id, h.rule, h.field, h.weight, h.category
FROM rule_hits h JOIN letter_map lm ON lm.old_id = h.letter_id;

INSERT INTO vault.case_events (case_id, at, who, what, detail)
SELECT m.new_id, e.at, e.who, e.what, e.detail
FROM case_events e JOIN case_map m ON m.old_id = e.case_id;

-- mail of confidential cases: what is sealed stays sealed; plain mail of a
-- case that turned confidential is cancelled (or kept as sent) without
-- its address
INSERT INTO vault.outbox (case_id, case_number, kind, token, language, status, attempts,
	next_attempt, last_error, created_at, created_by, sent_at, sealed, key_id)
SELECT coalesce(m.new_id, o.case_id), o.case_number, o.kind, o.token, o.language,
	CASE WHEN o.status = 'pending' AND o.sealed IS NULL THEN 'cancelled' ELSE o.status END,
	o.attempts, o.next_attempt, o.last_error, o.created_at, o.created_by, o.sent_at,
	CASE WHEN o.status = 'pending' THEN o.sealed END, o.key_id
FROM outbox o LEFT JOIN case_map m ON m.old_id = o.case_id
WHERE o.confidential OR m.old_id IS NOT NULL;

INSERT INTO vault.case_reports (case_id, outbox_id, source_name, source_key, content_hash,
	received_at, kind, action, status)
SELECT m.new_id, NULL, r.source_name, r.source_key, r.content_hash, r.received_at, r.kind,
	r.action, r.status
FROM case_reports r JOIN case_map m ON m.old_id = r.case_id;

-- confidential follow-ups that sat in public cases leave a trace for the
-- office: the case is flagged for a supervisor
UPDATE cases c SET needs_review = true
WHERE NOT c.confidential AND EXISTS (SELECT 1 FROM letter_map lm WHERE lm.case_id = c.id);

DELETE FROM case_reports r USING outbox o
	WHERE r.outbox_id = o.id AND (o.confidential OR o.case_id IN (SELECT old_id FROM case_map));
DELETE FROM case_reports WHERE case_id IN (SELECT old_id FROM case_map);
DELETE FROM outbox WHERE confidential OR case_id IN (SELECT old_id FROM case_map);
DELETE FROM attachments WHERE letter_id IN (SELECT old_id FROM letter_map)
	OR case_id IN (SELECT old_id FROM case_map);
DELETE FROM rule_hits WHERE letter_id IN (SELECT old_id FROM letter_map)
	OR case_id IN (SELECT old_id FROM case_map);
DELETE FROM case_events WHERE case_id IN (SELECT old_id FROM case_map);
DELETE FROM letters WHERE id IN (SELECT old_id FROM letter_map);
DELETE FROM cases WHERE id IN (SELECT old_id FROM case_map);

-- ---------------------------------------------------------------------------
-- The clerks' tables from now on: nothing confidential, no hashes.

DROP POLICY clerk_cases ON cases;
DROP POLICY clerk_letters ON letters;
DROP POLICY clerk_attachments ON attachments;
DROP POLICY clerk_rule_hits ON rule_hits;
DROP POLICY clerk_events_read ON case_events;
DROP POLICY clerk_events_write ON case_events;
DROP POLICY supervisor_cases ON cases;
DROP POLICY supervisor_letters ON letters;
DROP POLICY supervisor_attachments ON attachments;
DROP POLICY supervisor_rule_hits ON rule_hits;
DROP POLICY supervisor_events_read ON case_events;
DROP POLICY supervisor_events_write ON case_events;
DROP POLICY gateway_outbox ON outbox;
DROP POLICY clerk_outbox_read ON outbox;
DROP POLICY clerk_outbox_write ON outbox;
DROP POLICY supervisor_outbox_read ON outbox;
DROP POLICY supervisor_outbox_write ON outbox;
DROP POLICY clerk_reports ON case_reports;
DROP POLICY supervisor_reports ON case_reports;

DROP VIEW case_list;
DROP TRIGGER outbox_hash ON outbox;
DROP FUNCTION outbox_hash();
DROP FUNCTION followup_case(jsonb);
DROP FUNCTION file_letter(jsonb);
DROP FUNCTION cancel_answers(bigint);
DROP FUNCTION publish_outbox_key(bytea, text);
DROP FUNCTION address_hash(text);
DROP TABLE address_hash_key;
DROP TABLE outbox_key;
DROP TABLE case_counters;
DROP INDEX letters_sender;
ALTER TABLE letters DROP COLUMN sender_hash;
DROP INDEX outbox_sender;
ALTER TABLE outbox DROP CONSTRAINT outbox_confidential_sealed;
ALTER TABLE outbox DROP CONSTRAINT outbox_pending_has_recipient;
ALTER TABLE outbox DROP COLUMN recipient_hash;
ALTER TABLE outbox DROP COLUMN sealed;
ALTER TABLE outbox DROP COLUMN key_id;
ALTER TABLE outbox ADD COLUMN code text;	-- the access code, until the mail is sent
-- the writer's subject, name and Message-ID may be repeated (an answer, or
-- the acknowledgement of a sender our MTA authenticated); otherwise they
-- are not even stored (no backscatter)
ALTER TABLE outbox ADD COLUMN echo boolean NOT NULL DEFAULT false;
UPDATE outbox SET echo = true WHERE kind = 'answer' OR subject IS NOT NULL;
ALTER TABLE outbox ADD CONSTRAINT outbox_pending_has_recipient
	CHECK (status <> 'pending' OR recipient IS NOT NULL);
ALTER TABLE letters DROP CONSTRAINT letters_confidential_sealed;
ALTER TABLE letters DROP COLUMN sealed;
ALTER TABLE cases DROP CONSTRAINT cases_confidential_answer;
DROP TRIGGER cases_answer_guard ON cases;
DROP FUNCTION cases_answer_guard();
ALTER TABLE cases DROP COLUMN answer_sealed;
ALTER TABLE cases ADD CONSTRAINT cases_public CHECK (NOT confidential);
ALTER TABLE letters ADD CONSTRAINT letters_public CHECK (NOT confidential);
ALTER TABLE outbox ADD CONSTRAINT outbox_public CHECK (NOT confidential);

-- no direct writes by people: functions only
REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public
	FROM mayorbox_clerk, mayorbox_supervisor;
REVOKE UPDATE (category, department, priority, status, needs_review, updated_at, closed_at,
	answer) ON cases FROM mayorbox_clerk;
REVOKE ALL ON SEQUENCE case_events_id_seq, outbox_id_seq FROM mayorbox_clerk, mayorbox_supervisor;
-- the gateway sends through outbox_next() / outbox_done(), reads no row
REVOKE ALL ON outbox FROM mayorbox_gateway;

-- Row-level security stays on as a second fence (a future role, e.g. a
-- department, sees less); for clerks and supervisors every row of these
-- tables is readable, so no filter hides anything a plan could reveal.
CREATE POLICY office_read ON cases FOR SELECT TO mayorbox_clerk, mayorbox_supervisor USING (true);
CREATE POLICY office_read ON letters FOR SELECT TO mayorbox_clerk, mayorbox_supervisor USING (true);
CREATE POLICY office_read ON attachments FOR SELECT TO mayorbox_clerk, mayorbox_supervisor
	USING (true);
CREATE POLICY office_read ON rule_hits FOR SELECT TO mayorbox_clerk, mayorbox_supervisor
	USING (true);
CREATE POLICY office_read ON case_events FOR SELECT TO mayorbox_clerk, mayorbox_supervisor
	USING (true);
CREATE POLICY office_read ON outbox FOR SELECT TO mayorbox_clerk, mayorbox_supervisor USING (true);
CREATE POLICY office_read ON case_reports FOR SELECT TO mayorbox_clerk, mayorbox_supervisor
	USING (true);

CREATE VIEW case_list AS
	SELECT c.number, c.created_at, c.category, c.department, c.priority, c.status,
	       c.needs_review, c.confidential, l.subject, l.district, l.language
	FROM cases c
	LEFT JOIN LATERAL (SELECT subject, district, language FROM letters
			   WHERE letters.case_id = c.id ORDER BY id LIMIT 1) l ON true;
GRANT SELECT ON case_list TO mayorbox_clerk, mayorbox_supervisor;

-- ---------------------------------------------------------------------------
-- Supervisors' views: public and vault together, no sealed column.

CREATE VIEW office.cases AS
	SELECT id, number, category, department, priority, confidential, needs_review, automatic,
	       status, scores, created_at, updated_at, closed_at, answer,
	       false AS answer_is_sealed, false AS confidential_review
	FROM public.cases
	UNION ALL
	SELECT id, number, category, department, priority, confidential, needs_review, automatic,
	       status, scores, created_at, updated_at, closed_at, NULL::text,
	       answer_sealed IS NOT NULL, confidential_review
	FROM vault.cases;

CREATE VIEW office.letters AS
	SELECT id, case_id, source, source_name, source_key, content_hash, received_at,
	       written_at, language, auto_submitted, confidential, anonymous, district,
	       in_reply_to, refs, message_id, from_name, from_address, phone, subject, body, raw,
	       warnings, parsed, NULL::text AS key_id
	FROM public.letters
	UNION ALL
	SELECT id, case_id, source, source_name, source_key, content_hash, received_at,
	       written_at, language, auto_submitted, confidential, anonymous, NULL::text,
	       NULL::text, '{}'::text[], NULL::text, NULL::text, NULL::text, NULL::text,
	       NULL::text, NULL::text, NULL::bytea, warnings, parsed, key_id
	FROM vault.letters;

CREATE VIEW office.attachments AS SELECT * FROM public.attachments;

CREATE VIEW office.rule_hits AS
	SELECT id, case_id, letter_id, rule, field, weight, category FROM public.rule_hits
	UNION ALL
	SELECT id, case_id, letter_id, rule, field, weight, category FROM vault.rule_hits;

CREATE VIEW office.case_events AS
	SELECT id, case_id, at, who, what, detail FROM public.case_events
	UNION ALL
	SELECT id, case_id, at, who, what, detail FROM vault.case_events;

CREATE VIEW office.outbox AS
	SELECT id, case_id, case_number, kind, token, confidential, recipient, recipient_name,
	       reply_to_id, subject, body, language, status, attempts, next_attempt, last_error,
	       created_at, created_by, sent_at
	FROM public.outbox
	UNION ALL
	SELECT id, case_id, case_number, kind, token, confidential, NULL, NULL, NULL, NULL, NULL,
	       language, status, attempts, next_attempt, last_error, created_at, created_by, sent_at
	FROM vault.outbox;

CREATE VIEW office.case_reports AS
	SELECT id, case_id, outbox_id, source_name, source_key, content_hash, received_at, kind,
	       action, status, raw
	FROM public.case_reports
	UNION ALL
	SELECT id, case_id, outbox_id, source_name, source_key, content_hash, received_at, kind,
	       action, status, NULL::bytea
	FROM vault.case_reports;

CREATE VIEW office.case_list AS
	SELECT c.number, c.created_at, c.category, c.department, c.priority, c.status,
	       c.needs_review, c.confidential, l.subject, l.district, l.language
	FROM office.cases c
	LEFT JOIN LATERAL (SELECT subject, district, language FROM office.letters
			   WHERE letters.case_id = c.id ORDER BY (id > 0) DESC, abs(id)
			   LIMIT 1) l ON true;

REVOKE ALL ON ALL TABLES IN SCHEMA office FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA office TO mayorbox_supervisor;

-- ---------------------------------------------------------------------------
-- Shared inside the functions.

-- A new case number: the year and six random digits, never given before.
CREATE FUNCTION vault.new_number() RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	yr text := extract(year FROM now())::integer::text;
	num text;
BEGIN
	FOR i IN 1..64 LOOP
		num := yr || '-' || lpad((1 + (('x' || substr(replace(gen_random_uuid()::text, '-', ''),
			1, 8))::bit(32)::bigint % 999999))::text, 6, '0');
		INSERT INTO vault.case_numbers VALUES (num) ON CONFLICT DO NOTHING;
		IF FOUND THEN
			RETURN num;
		END IF;
	END LOOP;
	RAISE EXCEPTION 'no free case number for year % (64 draws)', yr;
END
$$;

CREATE FUNCTION vault.is_office() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT pg_has_role(session_user, 'mayorbox_clerk', 'MEMBER')
	    OR pg_has_role(session_user, 'mayorbox_supervisor', 'MEMBER')
$$;
CREATE FUNCTION vault.is_supervisor() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT pg_has_role(session_user, 'mayorbox_supervisor', 'MEMBER')
$$;
CREATE FUNCTION vault.is_gateway() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT pg_has_role(session_user, 'mayorbox_gateway', 'MEMBER')
$$;

-- The case of num, locked, for a clerk (public only) or a supervisor (both):
-- anything else is "no such case", the same words for a confidential case
-- and a number that does not exist.
CREATE FUNCTION vault.office_case(num text, OUT cid bigint, OUT in_vault boolean,
				  OUT status text, OUT category text, OUT department text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF NOT vault.is_office() THEN
		RAISE EXCEPTION 'permission denied: not a clerk or supervisor'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	SELECT c.id, false, c.status, c.category, c.department
	INTO cid, in_vault, status, category, department
	FROM public.cases c WHERE c.number = num FOR UPDATE;
	IF FOUND THEN
		RETURN;
	END IF;
	IF vault.is_supervisor() THEN
		SELECT c.id, true, c.status, c.category, c.department
		INTO cid, in_vault, status, category, department
		FROM vault.cases c WHERE c.number = num FOR UPDATE;
		IF FOUND THEN
			RETURN;
		END IF;
	END IF;
	RAISE EXCEPTION 'no such case' USING ERRCODE = 'no_data_found';
END
$$;

CREATE FUNCTION vault.event(cid bigint, what text, detail jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF cid < 0 THEN
		INSERT INTO vault.case_events (case_id, at, who, what, detail)
		VALUES (cid, now(), session_user, what, coalesce(detail, '{}'));
	ELSE
		INSERT INTO public.case_events (case_id, at, who, what, detail)
		VALUES (cid, now(), session_user, what, coalesce(detail, '{}'));
	END IF;
END
$$;

CREATE FUNCTION vault.b64(t text) RETURNS bytea
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT CASE WHEN t IS NULL THEN NULL ELSE decode(t, 'base64') END
$$;

-- ---------------------------------------------------------------------------
-- The gateway: filing.

-- file_letter(doc): one letter and its case, exactly once across the
-- clerks' tables and the vault. doc as in 002/003, and:
--   confidential   the letter goes to the vault: `sealed` (office key,
--                  `key_id`), `reply_box`/`reply_key_id` (outbox key); no
--                  plain identity, no attachment row, no district, no
--                  references but `our_tokens`
--   join_case      a case id from followup_case (< 0: a vault case, then
--                  the letter must be confidential). A follow-up never
--                  changes a case's confidentiality: a confidential letter
--                  joining a public case is kept in the vault and the case
--                  is flagged for a supervisor.
--   confidential_review  with confidential, a new case sealed on weaker
--                  evidence: marked for a supervisor to confirm or release
--   code_hash      hex SHA-256 of the new case's access code
--   returns sealed: the letter (filed now or before) is in the vault, so
--   its source must not keep it
--   ack            {recipient, name, reply_to_id, language, limit,
--                  hour_limit, echo, sender_hash (hex), code, sealed,
--                  key_id}: name and subject are kept only when echo
CREATE FUNCTION file_letter(doc jsonb)
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
	IF conf AND doc->>'sealed' IS NULL THEN
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
			decode(doc->>'sealed', 'base64'), doc->>'key_id',
			vault.b64(doc->>'reply_box'), doc->>'reply_key_id',
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
			doc->>'subject', doc->>'text', vault.b64(doc->>'raw'),
			coalesce(ARRAY(SELECT jsonb_array_elements_text(doc->'warnings')), '{}'),
			coalesce(doc->'parsed', '{}'));
		INSERT INTO public.attachments (letter_id, case_id, position, filename, content_type,
			size, sha256, data)
		SELECT lid, cid, a2.ord::integer, a2.v->>'filename', a2.v->>'content_type',
		       (a2.v->>'size')::bigint, decode(a2.v->>'sha256', 'hex'),
		       vault.b64(a2.v->>'data')
		FROM jsonb_array_elements(coalesce(doc->'attachments', '[]'))
			WITH ORDINALITY a2(v, ord);
		INSERT INTO public.rule_hits (case_id, letter_id, rule, field, weight, category)
		SELECT cid, lid, r->>'rule', r->>'field', (r->>'weight')::integer, r->>'category'
		FROM jsonb_array_elements(coalesce(doc->'hits', '[]')) r;
	END IF;

	-- the acknowledgement of a new case
	IF NOT joining AND a IS NOT NULL AND jsonb_typeof(a) = 'object'
	   AND a->>'recipient' IS NOT NULL THEN
		IF conf AND a->>'sealed' IS NULL THEN
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
					decode(a->>'sealed', 'base64'), a->>'key_id', session_user);
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

-- The case a follow-up belongs to: a reference to one of our Message-IDs,
-- or our case number together with the case's access code (a From header
-- never joins: it is forged at will).
CREATE FUNCTION followup_case(doc jsonb)
RETURNS TABLE (case_id bigint, case_number text, confidential boolean, how text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	refs text[] := ARRAY(SELECT split_part(r, '@', 1)
			     FROM jsonb_array_elements_text(coalesce(doc->'references', '[]')) r);
	codes bytea[] := ARRAY(SELECT decode(x, 'hex')
			       FROM jsonb_array_elements_text(coalesce(doc->'code_hashes', '[]')) x);
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied' USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF doc->>'in_reply_to' IS NOT NULL THEN
		refs := refs || split_part(doc->>'in_reply_to', '@', 1);
	END IF;
	IF cardinality(refs) > 0 THEN
		RETURN QUERY
		SELECT c.id, c.number, false, 'reference'::text
		FROM public.outbox o JOIN public.cases c ON c.id = o.case_id
		WHERE o.token = ANY (refs) ORDER BY o.id DESC LIMIT 1;
		IF FOUND THEN
			RETURN;
		END IF;
		RETURN QUERY
		SELECT c.id, c.number, true, 'reference'::text
		FROM vault.outbox o JOIN vault.cases c ON c.id = o.case_id
		WHERE o.token = ANY (refs) ORDER BY o.id LIMIT 1;
		IF FOUND THEN
			RETURN;
		END IF;
		-- our mail to a case that has since turned confidential
		RETURN QUERY
		SELECT c.id, c.number, true, 'reference'::text
		FROM vault.outbox o JOIN vault.cases c ON c.number = o.case_number
		WHERE o.token = ANY (refs) ORDER BY o.id LIMIT 1;
		IF FOUND THEN
			RETURN;
		END IF;
	END IF;
	IF doc->>'subject_case' IS NOT NULL AND cardinality(codes) > 0
	   AND EXISTS (SELECT 1 FROM vault.case_codes k WHERE k.case_number = doc->>'subject_case'
		       AND k.code_hash = ANY (codes)) THEN
		RETURN QUERY
		SELECT c.id, c.number, false, 'case number and code'::text
		FROM public.cases c WHERE c.number = doc->>'subject_case';
		IF FOUND THEN
			RETURN;
		END IF;
		RETURN QUERY
		SELECT c.id, c.number, true, 'case number and code'::text
		FROM vault.cases c WHERE c.number = doc->>'subject_case';
	END IF;
END
$$;

-- A delivery report or automatic reply about our mail (token), attached to
-- that mail's case. A confidential case keeps no raw report.
CREATE FUNCTION file_report_v(doc jsonb)
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
			doc->>'action', doc->>'status', vault.b64(doc->>'raw'))
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
DROP FUNCTION file_report(jsonb);
ALTER FUNCTION file_report_v(jsonb) RENAME TO file_report;

-- ---------------------------------------------------------------------------
-- The gateway: sending. No table privilege: the next due mail, and what
-- became of it.

CREATE FUNCTION outbox_next(kid text)
RETURNS TABLE (id bigint, kind text, token text, case_number text, confidential boolean,
	       recipient text, recipient_name text, reply_to_id text, subject text, body text,
	       language text, attempts integer, age bigint, sealed bytea, body_sealed bytea,
	       code text, echo boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	pub timestamptz;
	vlt timestamptz;
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied: outbox_next is for gateway logins'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	SELECT min(o.next_attempt) INTO pub FROM public.outbox o
	WHERE o.status = 'pending' AND o.next_attempt <= now();
	SELECT min(o.next_attempt) INTO vlt FROM vault.outbox o
	WHERE o.status = 'pending' AND o.next_attempt <= now() AND o.key_id = kid;
	FOR pass IN 1..2 LOOP
		IF pub IS NOT NULL AND (vlt IS NULL OR pub <= vlt OR pass = 2) THEN
			RETURN QUERY
			SELECT o.id, o.kind, o.token, o.case_number, false, o.recipient,
			       o.recipient_name, o.reply_to_id, o.subject, o.body, o.language,
			       o.attempts, extract(epoch FROM now() - o.created_at)::bigint,
			       NULL::bytea, NULL::bytea, o.code, o.echo
			FROM public.outbox o
			WHERE o.status = 'pending' AND o.next_attempt <= now()
			ORDER BY o.next_attempt, o.id LIMIT 1 FOR UPDATE SKIP LOCKED;
			IF FOUND THEN
				RETURN;
			END IF;
			pub := NULL;
		END IF;
		IF vlt IS NOT NULL THEN
			RETURN QUERY
			SELECT o.id, o.kind, o.token, o.case_number, true, NULL::text, NULL::text,
			       NULL::text, NULL::text, NULL::text, o.language, o.attempts,
			       extract(epoch FROM now() - o.created_at)::bigint, o.sealed,
			       o.body_sealed, NULL::text, false
			FROM vault.outbox o
			WHERE o.status = 'pending' AND o.next_attempt <= now() AND o.key_id = kid
			ORDER BY o.next_attempt, o.id LIMIT 1 FOR UPDATE SKIP LOCKED;
			IF FOUND THEN
				RETURN;
			END IF;
			vlt := NULL;
		END IF;
	END LOOP;
END
$$;

CREATE FUNCTION outbox_waiting_other_key(kid text) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT CASE WHEN vault.is_gateway() THEN
		(SELECT count(*) FROM vault.outbox o WHERE o.status = 'pending'
		 AND o.key_id IS DISTINCT FROM kid) END
$$;

DROP FUNCTION outbox_done(bigint, boolean, boolean, text, integer);
CREATE FUNCTION outbox_done(oid bigint, ok boolean, permanent boolean, err text,
			    retry_seconds integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	cid bigint;
	st text;
	k text;
	n integer;
	num text;
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied' USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF oid < 0 THEN
		SELECT o.case_id, o.status, o.kind, o.attempts, o.case_number INTO cid, st, k, n, num
		FROM vault.outbox o WHERE o.id = oid FOR UPDATE;
	ELSE
		SELECT o.case_id, o.status, o.kind, o.attempts, o.case_number INTO cid, st, k, n, num
		FROM public.outbox o WHERE o.id = oid FOR UPDATE;
	END IF;
	IF NOT FOUND OR st <> 'pending' THEN
		RETURN;
	END IF;
	IF ok OR permanent THEN
		IF oid < 0 THEN
			UPDATE vault.outbox SET status = CASE WHEN ok THEN 'sent' ELSE 'failed' END,
				sent_at = CASE WHEN ok THEN now() END, attempts = attempts + 1,
				last_error = CASE WHEN ok THEN NULL ELSE err END,
				sealed = NULL, body_sealed = NULL
			WHERE id = oid;
		ELSE
			UPDATE public.outbox SET status = CASE WHEN ok THEN 'sent' ELSE 'failed' END,
				sent_at = CASE WHEN ok THEN now() END, attempts = attempts + 1,
				last_error = CASE WHEN ok THEN NULL ELSE err END, code = NULL
			WHERE id = oid;
		END IF;
		PERFORM vault.event(cid, CASE WHEN ok THEN 'mail sent' ELSE 'mail failed' END,
			CASE WHEN ok THEN jsonb_build_object('mail', k, 'attempts', n + 1)
			ELSE jsonb_build_object('mail', k, 'error', err) END);
	ELSIF oid < 0 THEN
		UPDATE vault.outbox SET attempts = attempts + 1, last_error = err,
			next_attempt = now() + make_interval(secs => greatest(retry_seconds, 1))
		WHERE id = oid;
	ELSE
		UPDATE public.outbox SET attempts = attempts + 1, last_error = err,
			next_attempt = now() + make_interval(secs => greatest(retry_seconds, 1))
		WHERE id = oid;
	END IF;
END
$$;

-- A source's lease: only a gateway login takes one; it is this session's
-- until the session ends (checked against pg_stat_activity, pid and start).
-- Returns false while another live session holds it.
CREATE FUNCTION take_lease(source text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	l vault.leases%ROWTYPE;
	me timestamptz := (SELECT a.backend_start FROM pg_stat_activity a
			   WHERE a.pid = pg_backend_pid());
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied: leases are for gateway logins'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	-- serialise the gateways contending for this source
	PERFORM pg_advisory_xact_lock(hashtextextended('mayorbox lease ' || source, 0));
	SELECT * INTO l FROM vault.leases WHERE source_name = source FOR UPDATE;
	IF FOUND THEN
		IF l.pid = pg_backend_pid() AND l.backend_start = me THEN
			RETURN true;
		END IF;
		IF EXISTS (SELECT 1 FROM pg_stat_activity a
			   WHERE a.pid = l.pid AND a.backend_start = l.backend_start) THEN
			RETURN false;
		END IF;
		UPDATE vault.leases SET pid = pg_backend_pid(), backend_start = me,
			login = session_user, taken_at = now()
		WHERE source_name = source;
	ELSE
		INSERT INTO vault.leases VALUES (source, pg_backend_pid(), me, session_user, now());
	END IF;
	RETURN true;
END
$$;

-- The backend pid of the live session holding a source's lease (for the
-- gateway's log line), or NULL.
CREATE FUNCTION lease_holder(source text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT CASE WHEN vault.is_gateway() THEN
		(SELECT l.pid FROM vault.leases l
		 WHERE l.source_name = source
		   AND EXISTS (SELECT 1 FROM pg_stat_activity a
			       WHERE a.pid = l.pid AND a.backend_start = l.backend_start)) END
$$;

CREATE FUNCTION release_leases() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	DELETE FROM vault.leases WHERE pid = pg_backend_pid() AND vault.is_gateway()
$$;

-- ---------------------------------------------------------------------------
-- Clerks and supervisors: every change a function.

CREATE FUNCTION case_reclassify(num text, category text, note text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF category IS NULL OR category NOT IN ('consultation', 'suggestion', 'demand',
						 'complaint', 'information') THEN
		RAISE EXCEPTION 'unknown category: %', category USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF c.in_vault THEN
		UPDATE vault.cases x SET category = case_reclassify.category, needs_review = false,
			updated_at = now() WHERE x.id = c.cid;
	ELSE
		UPDATE public.cases x SET category = case_reclassify.category, needs_review = false,
			updated_at = now() WHERE x.id = c.cid;
	END IF;
	PERFORM vault.event(c.cid, 'reclassified', jsonb_strip_nulls(jsonb_build_object(
		'from', c.category, 'to', category, 'note', note,
		'confirmed', CASE WHEN c.category = category THEN true END)));
	RETURN c.category;
END
$$;

CREATE FUNCTION case_assign(num text, department text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF department IS NULL OR btrim(department) = '' THEN
		RAISE EXCEPTION 'a department is needed' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF c.in_vault THEN
		UPDATE vault.cases x SET department = case_assign.department,
			status = CASE WHEN x.status IN ('new', 'reopened') THEN 'assigned' ELSE x.status END,
			updated_at = now() WHERE x.id = c.cid;
	ELSE
		UPDATE public.cases x SET department = case_assign.department,
			status = CASE WHEN x.status IN ('new', 'reopened') THEN 'assigned' ELSE x.status END,
			updated_at = now() WHERE x.id = c.cid;
	END IF;
	PERFORM vault.event(c.cid, 'assigned', jsonb_build_object('from', c.department,
		'to', department));
	RETURN c.department;
END
$$;

-- Closes a case with its answer; queues the answer to a real-name writer,
-- whose address is taken from the case (never from the caller).
CREATE FUNCTION case_close(num text, answer text, answer_sealed bytea, mail boolean,
			   body_sealed bytea, body_key_id text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
	l record;
	v record;
	why text := 'queued';
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF c.status = 'closed' THEN
		RAISE EXCEPTION 'case % is closed already', num USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF NOT c.in_vault THEN
		IF answer_sealed IS NOT NULL OR body_sealed IS NOT NULL THEN
			RAISE EXCEPTION 'a public case''s answer is not sealed'
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		SELECT x.from_name, x.from_address, x.message_id, x.subject, x.language, x.anonymous,
		       k.automatic
		INTO l FROM public.letters x JOIN public.cases k ON k.id = x.case_id
		WHERE x.case_id = c.cid ORDER BY x.id LIMIT 1;
		IF NOT coalesce(mail, false) THEN
			why := 'no mail requested';
		ELSIF NOT FOUND OR l.automatic THEN
			why := 'automatic';
		ELSIF l.anonymous THEN
			why := 'anonymous writer';
		ELSIF l.from_name IS NULL OR btrim(l.from_name) = '' THEN
			why := 'no name';
		ELSIF l.from_address IS NULL OR btrim(l.from_address) = '' THEN
			why := 'no address';
		ELSIF answer IS NULL OR btrim(answer) = '' THEN
			why := 'no answer text';
		END IF;
		UPDATE public.cases x SET status = 'closed', closed_at = now(), needs_review = false,
			updated_at = now(), answer = case_close.answer WHERE x.id = c.cid;
		IF why = 'queued' THEN
			INSERT INTO public.outbox (case_id, case_number, kind, confidential, recipient,
				recipient_name, reply_to_id, subject, body, language, echo, created_by)
			VALUES (c.cid, num, 'answer', false, l.from_address, l.from_name, l.message_id,
				l.subject, answer, l.language, true, session_user);
		END IF;
	ELSE
		IF answer IS NOT NULL THEN
			RAISE EXCEPTION 'a confidential case''s answer is kept only sealed'
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		SELECT x.reply_box, x.reply_key_id, x.language, x.anonymous INTO v
		FROM vault.letters x WHERE x.case_id = c.cid ORDER BY x.id DESC LIMIT 1;
		-- (vault ids count down: the first letter has the largest id)
		IF NOT coalesce(mail, false) THEN
			why := 'no mail requested';
		ELSIF NOT FOUND OR v.reply_box IS NULL THEN
			why := 'no sealed reply address';
		ELSIF body_sealed IS NULL THEN
			why := 'no answer text';
		ELSIF body_key_id IS DISTINCT FROM v.reply_key_id THEN
			why := 'outbox key differs';
		END IF;
		UPDATE vault.cases x SET status = 'closed', closed_at = now(), needs_review = false,
			updated_at = now(),
			answer_sealed = coalesce(case_close.answer_sealed, x.answer_sealed),
			-- sealed, like the letters, to the office key
			answer_key_id = CASE WHEN case_close.answer_sealed IS NULL THEN x.answer_key_id
				ELSE (SELECT vl.key_id FROM vault.letters vl WHERE vl.case_id = c.cid
				      AND vl.key_id IS NOT NULL ORDER BY vl.id DESC LIMIT 1) END
		WHERE x.id = c.cid;
		IF why = 'queued' THEN
			INSERT INTO vault.outbox (case_id, case_number, kind, language, sealed,
				body_sealed, key_id, created_by)
			VALUES (c.cid, num, 'answer', v.language, v.reply_box, body_sealed,
				body_key_id, session_user);
		END IF;
	END IF;
	PERFORM vault.event(c.cid, 'closed', jsonb_build_object('mail', why = 'queued',
		'why', why));
	RETURN why;
END
$$;

CREATE FUNCTION case_reopen(num text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
	n integer;
	closed timestamptz;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF c.status <> 'closed' THEN
		RAISE EXCEPTION 'case % is not closed (%)', num, c.status
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF c.in_vault THEN
		SELECT x.closed_at INTO closed FROM vault.cases x WHERE x.id = c.cid;
		UPDATE vault.cases x SET status = 'reopened', closed_at = NULL, updated_at = now()
		WHERE x.id = c.cid;
		UPDATE vault.outbox SET status = 'cancelled', sealed = NULL, body_sealed = NULL
		WHERE case_id = c.cid AND kind = 'answer' AND status = 'pending';
	ELSE
		SELECT x.closed_at INTO closed FROM public.cases x WHERE x.id = c.cid;
		UPDATE public.cases x SET status = 'reopened', closed_at = NULL, updated_at = now()
		WHERE x.id = c.cid;
		UPDATE public.outbox SET status = 'cancelled'
		WHERE case_id = c.cid AND kind = 'answer' AND status = 'pending';
	END IF;
	GET DIAGNOSTICS n = ROW_COUNT;
	PERFORM vault.event(c.cid, 'reopened', jsonb_build_object('closed_at', closed));
	IF n > 0 THEN
		PERFORM vault.event(c.cid, 'mail cancelled', jsonb_build_object('mail', 'answer',
			'count', n));
	END IF;
	RETURN n;
END
$$;

-- Turns a public case confidential: the caller (who can read it) brings its
-- letters sealed to the office key; the case and everything of it moves into
-- the vault in this transaction and the clerks' tables keep nothing of it.
CREATE FUNCTION case_seal(num text, boxes jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
	nid bigint;
	lt record;
	b jsonb;
	box bytea;
	missing bigint;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF c.in_vault THEN
		RAISE EXCEPTION 'case % is confidential already', num
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT x.id INTO missing FROM public.letters x
	WHERE x.case_id = c.cid AND NOT EXISTS (
		SELECT 1 FROM jsonb_array_elements(coalesce(boxes->'letters', '[]')) e
		WHERE (e->>'id')::bigint = x.id AND length(vault.b64(e->>'sealed')) > 48)
	ORDER BY x.id LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'case_seal: letter % of case % comes without its sealed box', missing, num
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF EXISTS (SELECT 1 FROM public.cases x WHERE x.id = c.cid AND x.answer IS NOT NULL)
	   AND length(vault.b64(boxes->>'answer_sealed')) IS NULL THEN
		RAISE EXCEPTION 'case_seal: case % has an answer: it must come sealed', num
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	INSERT INTO vault.cases (number, category, department, priority, needs_review, automatic,
		status, scores, created_at, updated_at, closed_at, answer_sealed, answer_key_id)
	SELECT x.number, x.category, x.department, x.priority, x.needs_review, x.automatic,
		x.status, x.scores, x.created_at, now(), x.closed_at,
		vault.b64(boxes->>'answer_sealed'), boxes->>'key_id'
	FROM public.cases x WHERE x.id = c.cid
	RETURNING id INTO nid;

	FOR lt IN SELECT * FROM public.letters x WHERE x.case_id = c.cid ORDER BY x.id LOOP
		SELECT e INTO b FROM jsonb_array_elements(boxes->'letters') e
		WHERE (e->>'id')::bigint = lt.id LIMIT 1;
		box := decode(b->>'sealed', 'base64');
		INSERT INTO vault.letters (id, case_id, source, source_name, source_key, content_hash,
			received_at, written_at, language, auto_submitted, anonymous, our_tokens, sealed,
			key_id, reply_box, reply_key_id, warnings, parsed)
		VALUES (nextval('vault.ids'), nid, lt.source, lt.source_name, lt.source_key,
			lt.content_hash, lt.received_at, lt.written_at, lt.language, lt.auto_submitted,
			lt.anonymous,
			ARRAY(SELECT split_part(r, '@', 1) FROM unnest(lt.refs || lt.in_reply_to) r
			      WHERE r LIKE 'mb.%'),
			box, boxes->>'key_id', vault.b64(b->>'reply_box'), b->>'reply_key_id',
			lt.warnings, jsonb_build_object('attachments', (SELECT count(*)
				FROM public.attachments a WHERE a.letter_id = lt.id)))
		RETURNING id INTO missing;
		UPDATE vault.filed SET letter_id = missing WHERE letter_id = lt.id;
		INSERT INTO vault.rule_hits (case_id, letter_id, rule, field, weight, category)
		SELECT nid, missing, h.rule, h.field, h.weight, h.category
		FROM public.rule_hits h WHERE h.letter_id = lt.id;
	END LOOP;
	UPDATE vault.letters SET case_id = nid WHERE case_id = c.cid;
	INSERT INTO vault.case_events (case_id, at, who, what, detail)
	SELECT nid, e.at, e.who, e.what, e.detail FROM public.case_events e
	WHERE e.case_id = c.cid ORDER BY e.id;
	INSERT INTO vault.outbox (case_id, case_number, kind, token, language, status, attempts,
		next_attempt, last_error, created_at, created_by, sent_at)
	SELECT nid, o.case_number, o.kind, o.token, o.language,
		CASE WHEN o.status = 'pending' THEN 'cancelled' ELSE o.status END, o.attempts,
		o.next_attempt, o.last_error, o.created_at, o.created_by, o.sent_at
	FROM public.outbox o WHERE o.case_id = c.cid;
	INSERT INTO vault.case_reports (case_id, outbox_id, source_name, source_key, content_hash,
		received_at, kind, action, status)
	SELECT nid, NULL, r.source_name, r.source_key, r.content_hash, r.received_at, r.kind,
		r.action, r.status
	FROM public.case_reports r WHERE r.case_id = c.cid;

	DELETE FROM public.case_reports WHERE case_id = c.cid;
	DELETE FROM public.outbox WHERE case_id = c.cid;
	DELETE FROM public.attachments WHERE case_id = c.cid;
	DELETE FROM public.rule_hits WHERE case_id = c.cid;
	DELETE FROM public.case_events WHERE case_id = c.cid;
	DELETE FROM public.letters WHERE case_id = c.cid;
	DELETE FROM public.cases WHERE id = c.cid;
	PERFORM vault.event(nid, 'sealed', jsonb_strip_nulls(jsonb_build_object(
		'note', boxes->>'note')));
END
$$;

-- Recall first (issue 11): a case sealed on weaker evidence is marked
-- confidential_review. A supervisor confirms it (the mark goes, the case
-- stays in the vault) or releases it (case_release). Executable by
-- supervisors only; were it granted wider, a clerk would still be told "no
-- such case" of a vault case (office_case) and 42501 of a public one.
CREATE FUNCTION case_confirm(num text, note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF NOT vault.is_supervisor() THEN
		RAISE EXCEPTION 'permission denied: only a supervisor confirms a case''s confidentiality'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF NOT c.in_vault THEN
		RAISE EXCEPTION 'case % is not confidential', num USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF NOT (SELECT x.confidential_review FROM vault.cases x WHERE x.id = c.cid) THEN
		RAISE EXCEPTION 'case % is not marked for confidentiality review', num
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	UPDATE vault.cases x SET confidential_review = false, updated_at = now() WHERE x.id = c.cid;
	PERFORM vault.event(c.cid, 'confidentiality confirmed', jsonb_strip_nulls(
		jsonb_build_object('note', note)));
END
$$;

-- The reverse of case_seal(): a confidential case released into the clerks'
-- tables by a supervisor who opened its letters with the office's secret key
-- (reveal_case(), recorded). letters is the opened counterpart of
-- reveal_case()'s rows, a JSON array of
--   {"what": "letter", "id": VAULT_LETTER_ID, "identity": {the opened box}}
--   {"what": "answer", "text": THE_OPENED_ANSWER}	(when the case has one)
-- Every letter of the case must come opened (22023 names the first one that
-- does not), and a sealed answer too. The case keeps its number; its letters
-- get public ids (vault.filed follows), its rule hits, events, mail and
-- delivery reports move with it. Mail still waiting sealed to the gateways'
-- outbox key cannot be opened here: it is cancelled. The access-code hash
-- stays in vault.case_codes. Returns what moved.
CREATE FUNCTION case_release(num text, letters jsonb, note text)
RETURNS TABLE (released_letters integer, mail_moved integer, mail_cancelled integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
	v vault.cases%ROWTYPE;
	lt vault.letters%ROWTYPE;
	o vault.outbox%ROWTYPE;
	ident jsonb;
	missing bigint;
	nid bigint;
	lid bigint;
	oid_ bigint;
	ans text;
	nl integer := 0;
	nm integer := 0;
	nc integer := 0;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF NOT vault.is_supervisor() THEN
		RAISE EXCEPTION 'permission denied: only a supervisor releases a confidential case'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	IF NOT c.in_vault THEN
		RAISE EXCEPTION 'case % is not confidential: only a case in the vault is released', num
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF note IS NULL OR btrim(note) = '' THEN
		RAISE EXCEPTION 'case_release: a note is needed (why the case is released)'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF letters IS NULL OR jsonb_typeof(letters) <> 'array' THEN
		RAISE EXCEPTION 'case_release: letters must be a JSON array'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT x.id INTO missing FROM vault.letters x
	WHERE x.case_id = c.cid AND NOT EXISTS (
		SELECT 1 FROM jsonb_array_elements(letters) e
		WHERE e->>'what' = 'letter' AND (e->>'id')::bigint = x.id
		  AND jsonb_typeof(e->'identity') = 'object')
	ORDER BY x.id DESC LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'case_release: letter % of case % comes without its opened identity',
			missing, num USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT * INTO v FROM vault.cases x WHERE x.id = c.cid;
	SELECT e->>'text' INTO ans FROM jsonb_array_elements(letters) e
	WHERE e->>'what' = 'answer' LIMIT 1;
	IF v.answer_sealed IS NOT NULL AND ans IS NULL THEN
		RAISE EXCEPTION 'case_release: case % has a sealed answer: it must come opened', num
			USING ERRCODE = 'invalid_parameter_value';
	END IF;

	INSERT INTO public.cases (number, category, department, priority, confidential,
		needs_review, automatic, status, scores, created_at, updated_at, closed_at, answer)
	VALUES (v.number, v.category, v.department, v.priority, false, v.needs_review, v.automatic,
		v.status, v.scores, v.created_at, now(), v.closed_at,
		CASE WHEN v.answer_sealed IS NOT NULL THEN ans END)
	RETURNING id INTO nid;

	-- in filing order (vault ids count down)
	FOR lt IN SELECT * FROM vault.letters x WHERE x.case_id = c.cid ORDER BY x.id DESC LOOP
		SELECT e->'identity' INTO ident FROM jsonb_array_elements(letters) e
		WHERE e->>'what' = 'letter' AND (e->>'id')::bigint = lt.id LIMIT 1;
		lid := nextval('public.letters_id_seq');
		INSERT INTO public.letters (id, case_id, source, source_name, source_key, content_hash,
			received_at, written_at, language, auto_submitted, confidential, anonymous,
			district, in_reply_to, refs, message_id, from_name, from_address, phone, subject,
			body, raw, warnings, parsed)
		VALUES (lid, nid, lt.source, lt.source_name, lt.source_key, lt.content_hash,
			lt.received_at, lt.written_at, lt.language, lt.auto_submitted, false, lt.anonymous,
			ident->>'district', ident->>'in_reply_to',
			coalesce(ARRAY(SELECT jsonb_array_elements_text(CASE
				WHEN jsonb_typeof(ident->'references') = 'array' THEN ident->'references'
				ELSE '[]' END)), '{}'),
			ident->>'message_id', ident->>'from_name', ident->>'from_address', ident->>'phone',
			ident->>'subject', ident->>'text', vault.b64(ident->>'raw'), lt.warnings,
			(lt.parsed - 'attachments') || jsonb_build_object(
				'to', coalesce(ident->'to', '[]'), 'reply_to', coalesce(ident->'reply_to', '[]')));
		INSERT INTO public.attachments (letter_id, case_id, position, filename, content_type,
			size, sha256, data)
		SELECT lid, nid, a.ord::integer, a.v->>'filename',
		       coalesce(a.v->>'content_type', 'application/octet-stream'),
		       coalesce((a.v->>'size')::bigint, length(coalesce(vault.b64(a.v->>'data'), ''))),
		       coalesce(decode(a.v->>'sha256', 'hex'),
				sha256(coalesce(vault.b64(a.v->>'data'), ''))),
		       vault.b64(a.v->>'data')
		FROM jsonb_array_elements(CASE WHEN jsonb_typeof(ident->'attachments') = 'array'
			THEN ident->'attachments' ELSE '[]' END) WITH ORDINALITY a(v, ord);
		INSERT INTO public.rule_hits (case_id, letter_id, rule, field, weight, category)
		SELECT nid, lid, h.rule, h.field, h.weight, h.category
		FROM vault.rule_hits h WHERE h.letter_id = lt.id ORDER BY h.id DESC;
		UPDATE vault.filed SET letter_id = lid WHERE letter_id = lt.id;
		nl := nl + 1;
	END LOOP;

	INSERT INTO public.case_events (case_id, at, who, what, detail)
	SELECT nid, e.at, e.who, e.what, e.detail FROM vault.case_events e
	WHERE e.case_id = c.cid ORDER BY e.at, e.id DESC;

	-- mail: what went out (or was given up) moves without its recipient;
	-- what still waits is sealed to the gateways' outbox key, which no
	-- supervisor holds: it is cancelled
	FOR o IN SELECT * FROM vault.outbox x WHERE x.case_id = c.cid ORDER BY x.id DESC LOOP
		IF o.status = 'pending' THEN
			nc := nc + 1;
		ELSE
			nm := nm + 1;
		END IF;
		INSERT INTO public.outbox (case_id, case_number, kind, token, confidential, recipient,
			recipient_name, reply_to_id, subject, body, language, status, attempts,
			next_attempt, last_error, created_at, created_by, sent_at, echo)
		VALUES (nid, o.case_number, o.kind, o.token, false, NULL, NULL, NULL, NULL, NULL,
			o.language, CASE WHEN o.status = 'pending' THEN 'cancelled' ELSE o.status END,
			o.attempts, o.next_attempt, o.last_error, o.created_at, o.created_by, o.sent_at,
			false)
		RETURNING id INTO oid_;
		INSERT INTO public.case_reports (case_id, outbox_id, source_name, source_key,
			content_hash, received_at, kind, action, status)
		SELECT nid, oid_, r.source_name, r.source_key, r.content_hash, r.received_at, r.kind,
			r.action, r.status
		FROM vault.case_reports r WHERE r.case_id = c.cid AND r.outbox_id = o.id
		ORDER BY r.id DESC;
	END LOOP;
	INSERT INTO public.case_reports (case_id, outbox_id, source_name, source_key, content_hash,
		received_at, kind, action, status)
	SELECT nid, NULL, r.source_name, r.source_key, r.content_hash, r.received_at, r.kind,
		r.action, r.status
	FROM vault.case_reports r
	WHERE r.case_id = c.cid AND (r.outbox_id IS NULL OR NOT EXISTS (
		SELECT 1 FROM vault.outbox x WHERE x.id = r.outbox_id AND x.case_id = c.cid))
	ORDER BY r.id DESC;

	DELETE FROM vault.case_reports WHERE case_id = c.cid;
	DELETE FROM vault.outbox WHERE case_id = c.cid;
	DELETE FROM vault.rule_hits WHERE case_id = c.cid;
	DELETE FROM vault.case_events WHERE case_id = c.cid;
	DELETE FROM vault.unsealed WHERE letter_id IN (SELECT x.id FROM vault.letters x
						       WHERE x.case_id = c.cid);
	DELETE FROM vault.letters WHERE case_id = c.cid;
	DELETE FROM vault.cases WHERE id = c.cid;
	IF nc > 0 THEN
		PERFORM vault.event(nid, 'mail cancelled', jsonb_build_object('mail', 'sealed mail', 'count', nc,
			'why', 'sealed to the outbox key: released'));
	END IF;
	PERFORM vault.event(nid, 'released', jsonb_build_object('note', note, 'letters', nl));
	RETURN QUERY SELECT nl, nm, nc;
END
$$;

-- The sealed boxes of a case for a supervisor holding the key key_id: the
-- reveal is recorded before anything is returned, and only when the key
-- opens something (a wrong key records nothing and gets nothing).
CREATE FUNCTION reveal_case(num text, kid text)
RETURNS TABLE (what text, id bigint, sealed bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	cid bigint;
	n integer;
	has_answer boolean;
BEGIN
	IF NOT vault.is_supervisor() THEN
		RAISE EXCEPTION 'permission denied: only a supervisor opens a sealed identity'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	SELECT c.id INTO cid FROM public.cases c WHERE c.number = num;
	IF NOT FOUND THEN
		SELECT c.id INTO cid FROM vault.cases c WHERE c.number = num;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'no such case' USING ERRCODE = 'no_data_found';
		END IF;
	END IF;
	SELECT count(*) INTO n FROM vault.letters l
	WHERE l.case_id = cid AND length(l.sealed) > 0 AND (l.key_id = kid OR l.key_id IS NULL);
	has_answer := EXISTS (SELECT 1 FROM vault.cases c WHERE c.id = cid
			      AND c.answer_sealed IS NOT NULL
			      AND (c.answer_key_id = kid OR c.answer_key_id IS NULL));
	IF n = 0 AND NOT has_answer THEN
		RETURN;
	END IF;
	PERFORM vault.event(cid, 'identity revealed', jsonb_build_object('key_id', kid,
		'letters', n));
	RETURN QUERY
	SELECT 'letter'::text, l.id, l.sealed FROM vault.letters l
	WHERE l.case_id = cid AND length(l.sealed) > 0 AND (l.key_id = kid OR l.key_id IS NULL)
	ORDER BY l.id DESC;
	IF has_answer THEN
		RETURN QUERY SELECT 'answer'::text, c.id, c.answer_sealed FROM vault.cases c
		WHERE c.id = cid;
	END IF;
END
$$;

-- db migrate: letters of confidential cases filed in plain text before this
-- migration, to be sealed with the office public key by the program.
CREATE FUNCTION vault_pending_seal() RETURNS TABLE (letter_id bigint, identity text)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT u.letter_id, u.identity::text FROM vault.unsealed u ORDER BY u.letter_id DESC
$$;
CREATE FUNCTION vault_seal_pending(lid bigint, box bytea, kid text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF length(box) <= 48 THEN
		RAISE EXCEPTION 'vault_seal_pending: not a sealed box';
	END IF;
	UPDATE vault.letters SET sealed = box, key_id = kid WHERE id = lid;
	DELETE FROM vault.unsealed WHERE letter_id = lid;
END
$$;

-- ---------------------------------------------------------------------------
-- Privileges: nothing to PUBLIC; each role its functions.

REVOKE ALL ON ALL TABLES IN SCHEMA vault FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA vault FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA vault FROM PUBLIC;
REVOKE ALL ON FUNCTION file_letter(jsonb), followup_case(jsonb), file_report(jsonb),
	outbox_next(text), outbox_waiting_other_key(text),
	outbox_done(bigint, boolean, boolean, text, integer), take_lease(text),
	lease_holder(text), release_leases(),
	case_reclassify(text, text, text), case_assign(text, text),
	case_close(text, text, bytea, boolean, bytea, text), case_reopen(text),
	case_seal(text, jsonb), case_confirm(text, text), case_release(text, jsonb, text),
	reveal_case(text, text), vault_pending_seal(),
	vault_seal_pending(bigint, bytea, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION file_letter(jsonb), followup_case(jsonb), file_report(jsonb),
	outbox_next(text), outbox_waiting_other_key(text),
	outbox_done(bigint, boolean, boolean, text, integer), take_lease(text),
	lease_holder(text), release_leases() TO mayorbox_gateway;
GRANT EXECUTE ON FUNCTION case_reclassify(text, text, text), case_assign(text, text),
	case_close(text, text, bytea, boolean, bytea, text), case_reopen(text),
	case_seal(text, jsonb) TO mayorbox_clerk, mayorbox_supervisor;
-- supervisors' only, like reveal_case (a clerk's call is refused before it
-- runs, the same words for any number); the functions check the caller too
GRANT EXECUTE ON FUNCTION reveal_case(text, text), case_confirm(text, text),
	case_release(text, jsonb, text) TO mayorbox_supervisor;

-- ---------------------------------------------------------------------------
-- Statistics channels: a clerk may not count or time what it cannot read.
-- pg_stat_* (tuples inserted, scans), relation sizes, lock lists and
-- pg_class.reltuples/relpages are readable by every role by default and
-- would count the vault's rows as they grow. Only a superuser can change
-- catalog privileges; a migration run by another owner says so.
DO $$
DECLARE
	f record;
BEGIN
	IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
		RAISE WARNING 'not a superuser: the statistics functions stay readable by every role';
		RETURN;
	END IF;
	FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
		 WHERE p.pronamespace = 'pg_catalog'::regnamespace
		   AND ((p.proname LIKE 'pg\_stat\_get\_%' AND p.pronargs = 1
			 AND p.proargtypes[0] = 'oid'::regtype)
			OR p.proname IN ('pg_relation_size', 'pg_total_relation_size', 'pg_table_size',
					 'pg_indexes_size', 'pg_lock_status', 'pg_stat_get_activity'))
	LOOP
		EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f.sig);
	END LOOP;
	REVOKE SELECT ON pg_catalog.pg_class FROM PUBLIC;
	EXECUTE (SELECT 'GRANT SELECT (' || string_agg(quote_ident(attname), ', ' ORDER BY attnum)
			|| ') ON pg_catalog.pg_class TO PUBLIC'
		 FROM pg_attribute WHERE attrelid = 'pg_catalog.pg_class'::regclass AND attnum > 0
		   AND NOT attisdropped
		   AND attname NOT IN ('reltuples', 'relpages', 'relallvisible'));
END
$$;
