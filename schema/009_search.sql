-- 009_search.sql - the queue's search (issue 14): words anywhere in a case's
-- number, or in its letters' subject, text, writer's name, address and
-- phone, as substrings (Chinese has no spaces between words), served by
-- pg_trgm's GIN trigram indexes.
--
-- pg_trgm ships with Debian's postgresql-15 (its contrib is in the server
-- package) and is a trusted extension: the owner of the database, who runs
-- the migrations (doc/operations.md), may create it, no superuser needed. Trigrams are taken from letters, digits and CJK
-- characters as the database's LC_CTYPE classifies them (scripts/pg.sh makes
-- clusters with C.UTF-8, where CJK characters count; under the C locale they
-- would not, and the search stays right but scans). A pattern of three
-- characters or more is looked up in the index; shorter ones are plain
-- ILIKE scans.
--
-- Only public.letters is indexed: a confidential letter's identity and text
-- are sealed in the vault (006), in no column any search reads, so no
-- login's search, a supervisor's neither, can match them. The index adds no
-- channel: it holds what clerks may read already.

-- pg_trgm goes in a schema of its own where no role but the owner has
-- USAGE: clerks run only the case actions (tests/redteam.sh), and its
-- functions, owned by the bootstrap superuser when the database's owner
-- migrates (a trusted extension), could not be revoked from them. The index
-- names its operator class there; using the index needs no privilege on it.
CREATE SCHEMA trgm;
REVOKE ALL ON SCHEMA trgm FROM PUBLIC;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA trgm;

-- What the search reads of a letter: one expression, kept lower-cased in a
-- stored column (ILIKE lower-cases both sides on every row of a scan, three
-- times the cost of LIKE over stored lower-case text: 295 ms against about
-- 100 ms for 10,000 letters), searched with LIKE lower(pattern). The phone
-- is there twice: as written and as its digits only, so "13800138000" finds
-- "138-0013-8000".
CREATE FUNCTION letter_search_text(subject text, body text, from_name text,
				   from_address text, phone text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN lower(coalesce(subject, '') || E'\n' || coalesce(body, '') || E'\n'
	|| coalesce(from_name, '') || E'\n' || coalesce(from_address, '') || E'\n'
	|| coalesce(phone, '') || E'\n' || coalesce(translate(phone, ' -()+./', ''), ''));

ALTER TABLE letters ADD COLUMN search_text text
	GENERATED ALWAYS AS (letter_search_text(subject, body, from_name, from_address, phone)) STORED;
-- Without GIN's pending list (fastupdate): letters come a few a second, and
-- a search would otherwise scan every letter still waiting in the list (the
-- planner then prefers a full scan: 145 ms against 34 ms for a phone over
-- 10,000 letters). An extension installed before, elsewhere, is used where
-- it is.
DO $$
DECLARE
	s text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
		   WHERE e.extname = 'pg_trgm');
BEGIN
	EXECUTE format('CREATE INDEX letters_search ON letters USING gin (search_text %I.gin_trgm_ops) '
		       'WITH (fastupdate = off)', s);
	EXECUTE format('CREATE INDEX cases_number_search ON cases USING gin (number %I.gin_trgm_ops) '
		       'WITH (fastupdate = off)', s);
END
$$;

-- The supervisors' view of the letters gets the column (a vault letter has
-- none: NULL, which no pattern matches).
CREATE OR REPLACE VIEW office.letters AS
	SELECT id, case_id, source, source_name, source_key, content_hash, received_at,
	       written_at, language, auto_submitted, confidential, anonymous, district,
	       in_reply_to, refs, message_id, from_name, from_address, phone, subject, body, raw,
	       warnings, parsed, NULL::text AS key_id, search_text
	FROM public.letters
	UNION ALL
	SELECT id, case_id, source, source_name, source_key, content_hash, received_at,
	       written_at, language, auto_submitted, confidential, anonymous, NULL::text,
	       NULL::text, '{}'::text[], NULL::text, NULL::text, NULL::text, NULL::text,
	       NULL::text, NULL::text, NULL::bytea, warnings, parsed, key_id, NULL::text
	FROM vault.letters;

-- An extension installed before in a schema clerks may use: its functions
-- revoked from PUBLIC (a superuser's migration can; another's is warned).
DO $$
DECLARE
	f record;
BEGIN
	FOR f IN SELECT p.oid::regprocedure AS sig, pg_get_userbyid(p.proowner) = current_user
			OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS mine
		 FROM pg_proc p
		 JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
		      AND d.deptype = 'e'
		 JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_trgm'
		 WHERE has_schema_privilege('public', p.pronamespace, 'USAGE')
	LOOP
		IF NOT f.mine THEN
			RAISE WARNING 'pg_trgm was installed before in a schema every role may use, '
				'and this login does not own its functions: they stay executable by '
				'every role (they read only their arguments)';
			EXIT;
		END IF;
		EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f.sig);
	END LOOP;
END
$$;
-- the stored column is computed by the filing functions, as their owner
REVOKE ALL ON FUNCTION letter_search_text(text, text, text, text, text) FROM PUBLIC;
