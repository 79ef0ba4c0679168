/*
 * filing.h - one letter's bytes to a case: parse, classify, seal, store,
 * inside the caller's open transaction, under a savepoint of its own, so a
 * letter the database refuses never fails the letters beside it. Shared by
 * `ingest` and the daemon's sources.
 */
#ifndef MB_FILING_H
#define MB_FILING_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

#include "replies.h"
#include "ruleset.h"
#include "seal.h"

enum filing_outcome {
	FILING_FILED,		/* a new case */
	FILING_ALREADY,		/* filed before (same source key, or same content in this source) */
	FILING_WAITING,		/* not filed, to be tried again: confidential without a key */
	FILING_FAILED,		/* not filed even as unclassified: quarantine, report */
	FILING_CONNECTION,	/* the database went away: the transaction is lost */
};

struct filing_stats {
	unsigned long files, filed, already, unclassified, needs_review, confidential;
	unsigned long waiting, failed;
	unsigned long joined;		/* follow-ups filed into their case */
	unsigned long reports;		/* delivery reports attached to a case */
	unsigned long acks, acks_limited;	/* acknowledgements queued, refused by the limit */
	/* of the last letter filed, for its log line: the category's name
	 * ("unclassified" when none; static) and the department (borrowed
	 * from the rule set filed with; NULL when none) */
	const char *last_category, *last_department;
};

/* Files raw (len bytes) from source_name under source_key (NULL: "file:" +
 * its SHA-256). source_warning, when not NULL, is filed with the letter (an
 * oversized message, say). The reason of a WAITING or FAILED outcome goes to
 * err (never letter content). Counts go to *stats.
 *
 * With rc: a delivery report or automatic reply about our own mail is
 * attached to that mail's case instead of being filed; a follow-up (a reply
 * to our mail, or our case number with the case's access code)
 * joins its case; a new case from a writer with an address gets an
 * acknowledgement queued in the outbox when rc->enabled.
 *
 * *confidential_r (when not NULL): whether the letter is in the vault (filed
 * now or before: file_letter says which), which tells the source to leave
 * nothing of it in plain text. Fail closed: true whenever it is not known
 * (a report attached to a case, which may be confidential; a failure). */
enum filing_outcome filing_file(PGconn *db, const char *raw, size_t len, const char *source_key,
				const char *source_name, const char *source_warning,
				const struct ruleset *set, const struct seal_key *key,
				const struct replies_config *rc,
				struct filing_stats *stats, char *case_r, size_t case_len,
				char *err, size_t errlen, bool *confidential_r);

#endif
