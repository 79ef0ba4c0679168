-- 009_search.sql - the queue's search (issue 14): words anywhere in a case's
-- number, or in its letters' subject, text, writer's name, address and
-- phone, as substrings (Chinese has no spaces between words), served by
-- pg_trgm's GIN trigram indexes.
--
-- pg_trgm ships with Debian's postgresql-15 (its contrib is in the server
-- package) and is a trusted extension: the owner of the database may create
-- it, no superuser needed. Trigrams are taken from letters, digits and CJK
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

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

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
CREATE INDEX letters_search ON letters USING gin (search_text gin_trgm_ops);
CREATE INDEX cases_number_search ON cases USING gin (number gin_trgm_ops);

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

-- Clerks and supervisors run only the case actions (tests/redteam.sh): the
-- search needs no function of theirs (LIKE is the core operator, the
-- index's support functions are called by the index itself, the column is
-- computed by the filing functions, which run as their owner).
DO $$
DECLARE
	f record;
BEGIN
	FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p
		 JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
		      AND d.deptype = 'e'
		 JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_trgm'
	LOOP
		EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f.sig);
	END LOOP;
END
$$;
REVOKE ALL ON FUNCTION letter_search_text(text, text, text, text, text) FROM PUBLIC;
