-- 010_deadlines.sql - time limits (时限) and owners of cases (issue 15,
-- first part).
--
-- Every case has `due_at`: when the office must have handled it, computed
-- HERE, in one place, by vault.deadline() from the case's received time
-- (created_at), its priority and its category, with the rules of
-- deadline_rules and the working-day calendar of calendar_days. Both are
-- loaded by `mayorbox db migrate` from the configuration's [deadlines]
-- section and its calendar file (gateway/store/deadlines.c); the C side
-- parses and checks them, the arithmetic is SQL's only. Why in the
-- database: filing (file_letter), reclassifying (case_reclassify), sealing
-- and releasing are SQL functions already, the web console and the CLI and
-- every gateway then agree on one due date without each reading a calendar,
-- a clerk cannot hand in a deadline of their own, and the office's time
-- zone is one setting, not each process's TZ.
--
-- A trigger sets due_at when a case is inserted and again when its
-- category, priority or received time changes: a reclassified case's time
-- limit is the new category's, counted from when the letter was RECEIVED,
-- not from the reclassification (the citizen was promised a time limit
-- from the receipt; an extension is its own act, once, with a reason
-- (HOTLINE.md), and re-filing a misclassified letter must not be a silent
-- one). Each change is a 'due changed' event.
--
-- Working days: "N days" is the Nth working day after the day received
-- (the day of receipt does not count, whatever time it came), at the same
-- local time of day; "N hours" is N hours after receipt, holidays or not.
-- A day is a working day if calendar_days says so (a holiday 'off', a
-- make-up working day on a weekend 'work'), else Monday to Friday.
--
-- A deadline that passes the years the calendar covers is NOT refused
-- (refusing would stop filing every December, before the State Council
-- publishes next year's holidays): those days count Monday to Friday, the
-- case is marked due_estimated and gets a 'calendar_uncovered' event with
-- the calendar file and the year, and `db migrate` warns while the calendar
-- does not cover next year. Loading a calendar that covers them recomputes
-- the open estimated cases (deadlines_load).
--
-- Owners: `owner` is the login that handles the case in the office
-- (case_take: the caller; case_assign(num, department, login): a named
-- one). Recorded as events; row-level security and roles unchanged.

-- ---------------------------------------------------------------------------
-- The rules and the calendar: public facts, readable by the office, written
-- only by deadlines_load() (the owner's, called by db migrate).

CREATE TABLE deadline_rules (
	name		text PRIMARY KEY,	-- a priority ('high') or a category
	amount		integer NOT NULL CHECK (amount > 0),
	unit		text NOT NULL CHECK (unit IN ('hours', 'days'))
);

CREATE TABLE calendar_days (
	day		date PRIMARY KEY,
	working		boolean NOT NULL,	-- false: a holiday; true: a make-up working day
	name		text
);

CREATE TABLE deadline_settings (
	one		boolean PRIMARY KEY DEFAULT true CHECK (one),
	time_zone	text NOT NULL,
	calendar_file	text,
	calendar_source	text,
	first_year	integer,
	last_year	integer,
	loaded_at	timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE public.cases ADD COLUMN due_at timestamptz;
ALTER TABLE public.cases ADD COLUMN due_estimated boolean NOT NULL DEFAULT false;
ALTER TABLE public.cases ADD COLUMN owner text;
ALTER TABLE vault.cases ADD COLUMN due_at timestamptz;
ALTER TABLE vault.cases ADD COLUMN due_estimated boolean NOT NULL DEFAULT false;
ALTER TABLE vault.cases ADD COLUMN owner text;
CREATE INDEX cases_due ON public.cases (due_at) WHERE status NOT IN ('answered', 'closed');
CREATE INDEX cases_owner ON public.cases (owner) WHERE owner IS NOT NULL;

-- the supervisors' view, its columns as in 006 and the new ones at the end
CREATE OR REPLACE VIEW office.cases AS
	SELECT id, number, category, department, priority, confidential, needs_review, automatic,
	       status, scores, created_at, updated_at, closed_at, answer,
	       false AS answer_is_sealed, false AS confidential_review,
	       due_at, due_estimated, owner
	FROM public.cases
	UNION ALL
	SELECT id, number, category, department, priority, confidential, needs_review, automatic,
	       status, scores, created_at, updated_at, closed_at, NULL::text,
	       answer_sealed IS NOT NULL, confidential_review,
	       due_at, due_estimated, owner
	FROM vault.cases;

-- ---------------------------------------------------------------------------
-- The one computation of a deadline.

-- due: the deadline of a case received at `received` (NULL when no rule
-- applies); uncovered: the first year past the calendar that was counted
-- with weekends only (NULL when none). The priority's rule wins over the
-- category's. Bounded: a rule is at most 250 working days (config_keys.c).
CREATE FUNCTION vault.deadline(received timestamptz, prio text, cat text,
			       OUT due timestamptz, OUT uncovered integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	r public.deadline_rules;
	s public.deadline_settings;
	zone text;
	t timestamp;
	d date;
	n integer := 0;
	w boolean;
BEGIN
	SELECT * INTO r FROM public.deadline_rules x WHERE x.name = prio;
	IF NOT FOUND THEN
		SELECT * INTO r FROM public.deadline_rules x WHERE x.name = cat;
		IF NOT FOUND OR received IS NULL THEN
			RETURN;
		END IF;
	END IF;
	IF r.unit = 'hours' THEN
		due := received + make_interval(hours => r.amount);
		RETURN;
	END IF;
	SELECT * INTO s FROM public.deadline_settings;
	zone := coalesce(s.time_zone, 'UTC');
	t := received AT TIME ZONE zone;
	d := t::date;
	WHILE n < r.amount LOOP
		d := d + 1;
		SELECT x.working INTO w FROM public.calendar_days x WHERE x.day = d;
		IF NOT FOUND THEN
			w := extract(isodow FROM d) < 6;
			IF s.first_year IS NULL
			   OR extract(year FROM d) NOT BETWEEN s.first_year AND s.last_year THEN
				uncovered := coalesce(uncovered, extract(year FROM d)::integer);
			END IF;
		END IF;
		IF w THEN
			n := n + 1;
		END IF;
	END LOOP;
	due := (d + t::time) AT TIME ZONE zone;
END
$$;

-- A case moving between the clerks' tables and the vault (case_seal,
-- case_release) is inserted while the row it leaves is still there (same
-- number): it keeps that row's deadline and owner. Otherwise due_at is
-- computed on insert and when category, priority or received time change.
CREATE FUNCTION vault.case_due() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	m record;
	dl record;
BEGIN
	IF TG_OP = 'INSERT' THEN
		IF TG_TABLE_SCHEMA = 'vault' THEN
			SELECT x.due_at, x.due_estimated, x.owner INTO m FROM public.cases x
			WHERE x.number = NEW.number;
		ELSE
			SELECT x.due_at, x.due_estimated, x.owner INTO m FROM vault.cases x
			WHERE x.number = NEW.number;
		END IF;
		IF FOUND THEN
			NEW.due_at := m.due_at;
			NEW.due_estimated := m.due_estimated;
			NEW.owner := m.owner;
			RETURN NEW;
		END IF;
	ELSIF NEW.category IS NOT DISTINCT FROM OLD.category
	      AND NEW.priority IS NOT DISTINCT FROM OLD.priority
	      AND NEW.created_at IS NOT DISTINCT FROM OLD.created_at THEN
		RETURN NEW;
	END IF;
	SELECT * INTO dl FROM vault.deadline(NEW.created_at, NEW.priority, NEW.category);
	NEW.due_at := dl.due;
	NEW.due_estimated := dl.uncovered IS NOT NULL;
	RETURN NEW;
END
$$;

-- A time as the JSON of the cases writes it (cases_time_iso).
CREATE FUNCTION vault.utc(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
	SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
$$;

-- The events of a deadline: 'due changed' (from, to) when it moves, and
-- 'calendar_uncovered' when it was counted past the calendar's years.
CREATE FUNCTION vault.case_due_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	s public.deadline_settings;
BEGIN
	IF TG_OP = 'INSERT' AND (EXISTS (SELECT 1 FROM public.cases x WHERE x.number = NEW.number
					 AND x.id <> NEW.id)
				 OR EXISTS (SELECT 1 FROM vault.cases x WHERE x.number = NEW.number
					    AND x.id <> NEW.id)) THEN
		RETURN NULL;	-- moved: its events move with it
	END IF;
	IF TG_OP = 'UPDATE' THEN
		IF NEW.due_at IS NOT DISTINCT FROM OLD.due_at THEN
			RETURN NULL;
		END IF;
		PERFORM vault.event(NEW.id, 'due changed', jsonb_build_object(
			'from', vault.utc(OLD.due_at), 'to', vault.utc(NEW.due_at)));
	END IF;
	IF NEW.due_estimated THEN
		SELECT * INTO s FROM public.deadline_settings;
		PERFORM vault.event(NEW.id, 'calendar_uncovered', jsonb_build_object(
			'due_at', vault.utc(NEW.due_at), 'calendar', s.calendar_file,
			'year', extract(year FROM NEW.due_at AT TIME ZONE coalesce(s.time_zone, 'UTC'))::integer,
			'covered', CASE WHEN s.first_year IS NULL THEN NULL
				   ELSE s.first_year || '-' || s.last_year END));
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER cases_due BEFORE INSERT OR UPDATE OF category, priority, created_at
	ON public.cases FOR EACH ROW EXECUTE FUNCTION vault.case_due();
CREATE TRIGGER cases_due BEFORE INSERT OR UPDATE OF category, priority, created_at
	ON vault.cases FOR EACH ROW EXECUTE FUNCTION vault.case_due();
-- (a column-specific trigger fires for the columns an UPDATE names, not for
-- those a BEFORE trigger changed: hence the columns cases_due watches too)
CREATE TRIGGER cases_due_event AFTER INSERT
	OR UPDATE OF category, priority, created_at, due_at, due_estimated
	ON public.cases FOR EACH ROW EXECUTE FUNCTION vault.case_due_event();
CREATE TRIGGER cases_due_event AFTER INSERT
	OR UPDATE OF category, priority, created_at, due_at, due_estimated
	ON vault.cases FOR EACH ROW EXECUTE FUNCTION vault.case_due_event();

-- deadlines_load(rules, days, zone, file, source, first, last): the
-- configuration's rules ({"high": {"amount": 24, "unit": "hours"}, ...}) and
-- the calendar's days ([{"day": "2026-01-01", "working": false, "name":
-- "元旦"}, ...]) replace what was loaded, when they differ from it; then
-- open cases whose deadline was estimated past the old calendar (or that
-- had none) are computed again. Cases keep the deadline they were given
-- (a rule changed later does not move them). The schema owner's only (db
-- migrate). Returns whether anything changed and the cases recomputed.
CREATE FUNCTION deadlines_load(rules jsonb, days jsonb, zone text, file text, source text,
			       first_year integer, last_year integer,
			       OUT changed boolean, OUT recomputed integer)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	k integer;
BEGIN
	-- several `db migrate` at once (upgrading gateways together): one load
	-- at a time, each seeing the one before it (then nothing has changed)
	PERFORM pg_advisory_xact_lock(hashtext('mayorbox deadlines_load'));
	PERFORM now() AT TIME ZONE zone;	-- an unknown zone is refused here
	recomputed := 0;
	changed := NOT EXISTS (SELECT 1 FROM public.deadline_settings x
			       WHERE x.time_zone = zone AND x.calendar_file IS NOT DISTINCT FROM file
				 AND x.calendar_source IS NOT DISTINCT FROM source
				 AND x.first_year IS NOT DISTINCT FROM deadlines_load.first_year
				 AND x.last_year IS NOT DISTINCT FROM deadlines_load.last_year)
		OR rules IS DISTINCT FROM (SELECT coalesce(jsonb_object_agg(x.name,
				jsonb_build_object('amount', x.amount, 'unit', x.unit)), '{}')
			FROM public.deadline_rules x)
		OR (SELECT coalesce(jsonb_agg(e ORDER BY e->>'day'), '[]')
		    FROM jsonb_array_elements(days) e)
		   IS DISTINCT FROM (SELECT coalesce(jsonb_agg(jsonb_build_object('day', x.day::text,
				'working', x.working, 'name', x.name) ORDER BY x.day), '[]')
			FROM public.calendar_days x);
	IF NOT changed THEN
		RETURN;
	END IF;
	DELETE FROM public.deadline_rules;
	INSERT INTO public.deadline_rules (name, amount, unit)
	SELECT e.key, (e.value->>'amount')::integer, e.value->>'unit' FROM jsonb_each(rules) e;
	DELETE FROM public.calendar_days;
	INSERT INTO public.calendar_days (day, working, name)
	SELECT (e->>'day')::date, (e->>'working')::boolean, e->>'name'
	FROM jsonb_array_elements(days) e;
	INSERT INTO public.deadline_settings AS x (one, time_zone, calendar_file, calendar_source,
		first_year, last_year, loaded_at)
	VALUES (true, zone, file, source, deadlines_load.first_year, deadlines_load.last_year, now())
	ON CONFLICT (one) DO UPDATE SET time_zone = EXCLUDED.time_zone,
		calendar_file = EXCLUDED.calendar_file, calendar_source = EXCLUDED.calendar_source,
		first_year = EXCLUDED.first_year, last_year = EXCLUDED.last_year,
		loaded_at = EXCLUDED.loaded_at;
	-- cases never given a deadline (filed before this migration, or before
	-- any rule was loaded), and estimated ones still open: computed now
	UPDATE public.cases c SET (due_at, due_estimated) = (SELECT d.due, d.uncovered IS NOT NULL
		FROM vault.deadline(c.created_at, c.priority, c.category) d)
	WHERE c.status <> 'closed' AND (c.due_at IS NULL OR c.due_estimated);
	GET DIAGNOSTICS k = ROW_COUNT;
	recomputed := k;
	UPDATE vault.cases c SET (due_at, due_estimated) = (SELECT d.due, d.uncovered IS NOT NULL
		FROM vault.deadline(c.created_at, c.priority, c.category) d)
	WHERE c.status <> 'closed' AND (c.due_at IS NULL OR c.due_estimated);
	GET DIAGNOSTICS k = ROW_COUNT;
	recomputed := recomputed + k;
END
$$;

-- ---------------------------------------------------------------------------
-- Owners.

-- The owner of case c (public or vault), for the events.
CREATE FUNCTION vault.case_owner(cid bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
	SELECT CASE WHEN cid < 0 THEN (SELECT x.owner FROM vault.cases x WHERE x.id = cid)
		    ELSE (SELECT x.owner FROM public.cases x WHERE x.id = cid) END
$$;

CREATE FUNCTION vault.set_owner(cid bigint, login text, what text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	before text := vault.case_owner(cid);
BEGIN
	IF cid < 0 THEN
		UPDATE vault.cases x SET owner = login, updated_at = now() WHERE x.id = cid;
	ELSE
		UPDATE public.cases x SET owner = login, updated_at = now() WHERE x.id = cid;
	END IF;
	PERFORM vault.event(cid, what, jsonb_build_object('owner', login, 'from', before));
	RETURN before;
END
$$;

-- case_take(num): the caller becomes the owner ('taken'); the owner before
-- (NULL: none). A closed case is not taken.
CREATE FUNCTION case_take(num text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF c.status = 'closed' THEN
		RAISE EXCEPTION 'the case is closed (reopen it first)'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	RETURN vault.set_owner(c.cid, session_user::text, 'taken');
END
$$;

-- case_assign(num, department, login): case_assign(num, department) and,
-- with login, that login becomes the owner ('owner' event). The login must
-- be one of the office's (a clerk's or a supervisor's; a confidential
-- case's only a supervisor's: a clerk cannot see it). Returns the
-- department before.
CREATE FUNCTION case_assign(num text, department text, login text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	c record;
	before text;
	ok boolean;
BEGIN
	SELECT * INTO c FROM vault.office_case(num);
	IF login IS NOT NULL THEN
		-- two steps: pg_has_role() of a role that does not exist is an error,
		-- and SQL does not promise to evaluate an OR from the left
		ok := EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = login AND r.rolcanlogin);
		IF ok THEN
			ok := pg_has_role(login, 'mayorbox_supervisor', 'MEMBER')
			      OR (NOT c.in_vault AND pg_has_role(login, 'mayorbox_clerk', 'MEMBER'));
		END IF;
		IF NOT ok THEN
			RAISE EXCEPTION '%', CASE WHEN c.in_vault
				THEN 'the owner of a confidential case must be a supervisor''s login'
				ELSE 'the owner must be a clerk''s or a supervisor''s login' END
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
	END IF;
	before := public.case_assign(num, department);
	IF login IS NOT NULL THEN
		PERFORM vault.set_owner(c.cid, login, 'owner');
	END IF;
	RETURN before;
END
$$;

-- ---------------------------------------------------------------------------
-- Privileges.

REVOKE ALL ON deadline_rules, calendar_days, deadline_settings FROM PUBLIC;
GRANT SELECT ON deadline_rules, calendar_days, deadline_settings
	TO mayorbox_clerk, mayorbox_supervisor;
ALTER TABLE deadline_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE deadline_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_read ON deadline_rules FOR SELECT TO mayorbox_clerk, mayorbox_supervisor
	USING (true);
CREATE POLICY office_read ON calendar_days FOR SELECT TO mayorbox_clerk, mayorbox_supervisor
	USING (true);
CREATE POLICY office_read ON deadline_settings FOR SELECT TO mayorbox_clerk, mayorbox_supervisor
	USING (true);
REVOKE ALL ON office.cases FROM PUBLIC;
GRANT SELECT ON office.cases TO mayorbox_supervisor;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA vault FROM PUBLIC;
REVOKE ALL ON FUNCTION deadlines_load(jsonb, jsonb, text, text, text, integer, integer),
	case_take(text), case_assign(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION case_take(text), case_assign(text, text, text)
	TO mayorbox_clerk, mayorbox_supervisor;
