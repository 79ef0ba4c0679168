-- 005_answers.sql - the answer a case was closed with is kept on the case,
-- mailed or not: an anonymous writer who calls the hotline with the case
-- number hears it read out. A confidential case's answer is kept only
-- sealed to the office's confidential key (a supervisor closing with the
-- key seals it), never in plain text.

ALTER TABLE cases ADD COLUMN answer text;
ALTER TABLE cases ADD COLUMN answer_sealed bytea;
ALTER TABLE cases ADD CONSTRAINT cases_confidential_answer CHECK (NOT confidential OR answer IS NULL);
GRANT UPDATE (answer, answer_sealed) ON cases TO mayorbox_clerk;

-- A case that becomes confidential (a follow-up asking for it) loses its
-- plain answer: it is kept only sealed from then on.
CREATE FUNCTION cases_answer_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.confidential THEN
		NEW.answer := NULL;
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER cases_answer_guard BEFORE UPDATE OF confidential ON cases
	FOR EACH ROW WHEN (NEW.confidential AND NOT OLD.confidential)
	EXECUTE FUNCTION cases_answer_guard();
