-- 007_service.sql - what an installed, observed gateway asks the database
-- (issue 13): which schema it is at, and how much mail waits.
--
-- schema_version(): the newest migration applied. The gateways' logins ask
-- it (at start and after reconnecting; a gateway refuses a database older or
-- newer than it knows). It says nothing of any case; clerks keep exactly
-- their case actions (tests/redteam.sh).
--
-- outbox_counts(): mail by state, public and vault together, for the
-- gateway's metrics. Only the gateways' logins may call it; one total per
-- state, with no split by confidentiality, and no recipient, case or time.

CREATE FUNCTION schema_version() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
	SELECT coalesce(max(version), 0) FROM public.schema_migrations
$$;

CREATE FUNCTION outbox_counts() RETURNS TABLE (status text, n bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF NOT vault.is_gateway() THEN
		RAISE EXCEPTION 'permission denied: outbox counts are for gateway logins'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	RETURN QUERY
		SELECT o.status, count(*) FROM (
			SELECT p.status FROM public.outbox p
			UNION ALL
			SELECT v.status FROM vault.outbox v) o
		GROUP BY o.status;
END
$$;

REVOKE ALL ON FUNCTION schema_version(), outbox_counts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION schema_version(), outbox_counts() TO mayorbox_gateway;
