-- 004_cancel_answers.sql - reopening a case cancels its answer that has not
-- gone out yet: the clerk reopened it because the answer was not the last
-- word. An answer being sent at that moment (its row locked by a gateway)
-- is waited for: once sent, it is not cancelled.

ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
	CHECK (status IN ('pending', 'sent', 'failed', 'bounced', 'cancelled'));

-- Clerks have no UPDATE on the outbox; this does the one change they may
-- make, for the cases they may see (a confidential case only for a
-- supervisor). Returns how many answers were cancelled.
CREATE FUNCTION cancel_answers(cid bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
	n integer;
	conf boolean;
BEGIN
	SELECT c.confidential INTO conf FROM cases c WHERE c.id = cid;
	IF NOT FOUND
	   OR NOT (pg_has_role(session_user, 'mayorbox_clerk', 'MEMBER')
		   OR pg_has_role(session_user, 'mayorbox_supervisor', 'MEMBER'))
	   OR (conf AND NOT pg_has_role(session_user, 'mayorbox_supervisor', 'MEMBER')) THEN
		RETURN 0;
	END IF;
	UPDATE outbox SET status = 'cancelled', sealed = NULL,
		recipient = CASE WHEN confidential THEN NULL ELSE recipient END,
		recipient_name = CASE WHEN confidential THEN NULL ELSE recipient_name END,
		reply_to_id = CASE WHEN confidential THEN NULL ELSE reply_to_id END,
		body = CASE WHEN confidential THEN NULL ELSE body END
	WHERE case_id = cid AND kind = 'answer' AND status = 'pending';
	GET DIAGNOSTICS n = ROW_COUNT;
	IF n > 0 THEN
		INSERT INTO case_events (case_id, what, detail)
		VALUES (cid, 'mail cancelled', jsonb_build_object('mail', 'answer', 'count', n));
	END IF;
	RETURN n;
END
$$;
REVOKE ALL ON FUNCTION cancel_answers(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cancel_answers(bigint) TO mayorbox_clerk, mayorbox_supervisor;
