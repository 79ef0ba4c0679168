-- 017_open_cases.sql - the open cases, and the departments in use, found
-- without reading every case (issue 16). A case file of years is mostly closed cases: at a million,
-- the clerks' urgent order (open first, the overdue ones first) read the
-- open cases that wait for nothing (an answer under review, no time limit)
-- by scanning every row. A partial index of the open cases, a few percent
-- of the table, finds them; cases_due (schema 010) already orders the ones
-- in handling by their time limit.
CREATE INDEX cases_open ON public.cases (created_at) WHERE status <> 'closed';
CREATE INDEX vault_cases_open ON vault.cases (created_at) WHERE status <> 'closed';

-- The departments in use (the case page's choice of where to dispatch):
-- read one index probe a department, not every case.
CREATE INDEX cases_department ON public.cases (department);
CREATE INDEX vault_cases_department ON vault.cases (department);
