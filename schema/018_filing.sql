-- 018_filing.sql - filing at the pace of the mailbox (issue 16).
--
-- 009 built the two trigram indexes without GIN's pending list, so that a
-- search never scans letters still waiting in a long list. Each filed
-- letter then paid for every one of its trigrams' entries on its own:
-- three quarters of the time of filing (3,000 generated letters: the
-- letters' INSERT 3.6 s with fastupdate off, 0.82 s with it on and this
-- limit, 0.54 s without the index). The pending list is kept, but short:
-- 256 kB (a few dozen letters' entries, merged into the index in one
-- sorted pass when it fills), so a search reads at most that much of it
-- and the planner still chooses the index.
ALTER INDEX letters_search SET (fastupdate = on, gin_pending_list_limit = 256);
ALTER INDEX cases_number_search SET (fastupdate = on, gin_pending_list_limit = 256);

-- A letter's raw message and its attachments are mostly base64 and
-- compressed formats: pglz, PostgreSQL's default, spends its time trying
-- and keeps little. lz4 is several times faster at the same (small) gain.
-- Sealed bytes are ciphertext, which nothing compresses: stored out of line
-- as they are (EXTERNAL), not tried at all. Rows filed before keep what
-- they have; both read the same. A server built without lz4 keeps pglz.
DO $$
BEGIN
	ALTER TABLE public.letters ALTER COLUMN raw SET COMPRESSION lz4;
	ALTER TABLE public.attachments ALTER COLUMN data SET COMPRESSION lz4;
	ALTER TABLE public.case_reports ALTER COLUMN raw SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
	RAISE NOTICE 'this server has no lz4: raw letters stay compressed with pglz';
END
$$;
ALTER TABLE vault.letters ALTER COLUMN sealed SET STORAGE EXTERNAL;
ALTER TABLE vault.outbox ALTER COLUMN sealed SET STORAGE EXTERNAL;
ALTER TABLE vault.outbox ALTER COLUMN body_sealed SET STORAGE EXTERNAL;
ALTER TABLE vault.cases ALTER COLUMN answer_sealed SET STORAGE EXTERNAL;
