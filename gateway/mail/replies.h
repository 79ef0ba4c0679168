/*
 * replies.h - what the office writes back: whether a letter gets an
 * acknowledgement (loop and abuse protection), which case a follow-up or a
 * delivery report belongs to, and the messages themselves.
 *
 * Acknowledgements and answers are queued in the outbox table in the
 * transaction that files the case (or closes it), and sent later by the
 * gateway (outbox.c): a crash never loses one, and a resend carries the
 * same Message-ID.
 */
#ifndef MB_REPLIES_H
#define MB_REPLIES_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "config.h"
#include "letter.h"
#include "seal.h"

#define REPLIES_OWN_MAX 32
#define REPLIES_TAG_MAX 32
/* acknowledgements per sender per day, by default */
#define REPLIES_PER_SENDER_DEFAULT 5
#define REPLIES_PER_SENDER_MAX 10000
/* acknowledgements of all senders per hour, by default (the database
 * counts them: several gateways share it) */
#define REPLIES_ACKS_PER_HOUR_DEFAULT 200
#define REPLIES_ACKS_PER_HOUR_MAX 1000000
/* [replies] authserv_id: an RFC 8601 authserv-id (a host name) */
#define REPLIES_AUTHSERV_ID_MAX 255
/* Composed mail: the writer's subject repeated up to this many bytes; the
 * whole Subject line; our text (an answer is at most 1 MiB, with room for
 * the signature); see also OUTBOX_MESSAGE_MAX. */
#define REPLIES_SUBJECT_QUOTE_MAX 200
#define REPLIES_SUBJECT_LINE_MAX 4096
#define REPLIES_TEXT_MAX (2 * 1024 * 1024)
/* retry_first_seconds: at most a day */
#define REPLIES_RETRY_FIRST_MAX 86400
/* our Message-IDs: "mb." and 32 hex digits, then "@domain" */
#define REPLIES_TOKEN_LEN 35

struct replies_config {
	bool enabled;		/* an [smtp] section exists: mail can go out */
	bool acknowledge;	/* [replies] acknowledge = yes (default) */
	char tag[REPLIES_TAG_MAX];	/* "12345": subjects carry [12345-2026-000123] */
	int per_sender_per_day;
	int acks_per_hour;	/* [replies] acks_per_hour */
	/* [replies] authserv_id: our MTA's Authentication-Results id; NULL:
	 * no sender is authenticated, and no acknowledgement repeats anything
	 * of the writer's */
	char *authserv_id;
	int retry_first_seconds;	/* the outbox's first back-off (0: its default) */
	char *from;		/* our address (the [smtp] from) */
	char *from_name;
	char *office;		/* the signature */
	char *status_url;	/* the citizens' status page, named in visit mail; NULL: none */
	char *console_url;	/* the console, linked from departments' notices; NULL: none */
	char *own[REPLIES_OWN_MAX];	/* our addresses besides from: never acknowledged */
	size_t own_count;
	/* the gateways' outbox key ([replies] outbox_key_file): mail to a
	 * confidential writer waits sealed to it; without it, none is queued */
	char *outbox_key_file;
	bool have_outbox_key;
	struct seal_key outbox_pk;
	struct seal_secret outbox_sk;	/* read once, at load; zeroed by deinit */
	char outbox_key_id[17];
	/* the key of writers' address hashes (per-sender limit), derived from
	 * the outbox key; never in the database */
	unsigned char sender_hash_key[SEAL_HASH_KEY_BYTES];
};

/* Reads [replies] (and from, from_name of [smtp]) of cfg. Returns MB_OK, or
 * MB_CONFIG with "file:line: message" in err (outbox_key_file: "file:line:
 * outbox_key_file: PATH: reason"); rc is deinit'ed on failure. Without an
 * [smtp] section, enabled is false and nothing is queued. */
enum mb_status replies_config_load(const struct config *cfg, struct replies_config *rc,
				   char *err, size_t errlen) MB_MUST_USE;
/* As replies_config_load, for composing only (the console's preview of an
 * answer): the outbox key file is not read (have_outbox_key false), so a
 * process that only shows mail holds no key. */
enum mb_status replies_config_load_compose(const struct config *cfg, struct replies_config *rc,
					   char *err, size_t errlen) MB_MUST_USE;
void replies_config_deinit(struct replies_config *rc);

/* Whom a letter's acknowledgement goes to: its From, never its Reply-To
 * (a Reply-To costs a spammer nothing and would make us mail anyone).
 * Returns &l->from (borrowed), or NULL with the reason in *why when it gets
 * none: an automatic message (Auto-Submitted, Precedence bulk/junk/list,
 * empty Return-Path, delivery report), a mailer-daemon, postmaster or
 * no-reply address, one of our own addresses, or no address at all. */
const struct letter_address *replies_ack_recipient(const struct replies_config *rc,
						   const struct letter *l, const char **why);

/* True when l's From is authenticated by our own MTA, so that an
 * acknowledgement may repeat the writer's subject and name: the topmost
 * Authentication-Results header (RFC 8601) of the e-mail's header block
 * whose authserv-id is rc->authserv_id (case-insensitive) reports
 * dmarc=pass (with header.from, when given, the From's domain) or spf=pass
 * with smtp.mailfrom in the From's domain (the same domain, not a parent).
 * Headers naming another authserv-id are ignored (anyone can write one);
 * the topmost of ours decides, since our MTA adds its own above what the
 * sender wrote. Comments, quoted strings, folded lines, method versions and
 * unknown properties are read; a header of ours longer than
 * MB_HEADER_LINE_MAX is not trusted; at most MB_HEADERS_MAX fields of the
 * first MB_MESSAGE_SIZE_MAX bytes of l->raw are read. False without
 * authserv_id, for a web form, or without a From address. */
bool replies_sender_authenticated(const struct replies_config *rc, const struct letter *l);

/* An addr-spec we can put in a header and an RCPT TO as it is: a
 * dot-atom local part (RFC 5322 atext, or UTF-8), one '@', a domain of
 * letters, digits, '-' and '.' (or UTF-8), or a domain literal ([192.0.2.1],
 * [IPv6:::1]). A quoted local part, a comment or a list ("a,@b") is not
 * one: no mail goes to it. */
bool replies_address_ok(const char *addr);

/* True when addr is a robot's: mailer-daemon, postmaster, no-reply,
 * noreply, do-not-reply, bounce(s), and the like (local part). */
bool replies_robot_address(const char *addr);

/* Our case number named in a subject as [TAG-2026-000123]: copies
 * "2026-000123" into out (at least 12 bytes) and returns true. */
bool replies_subject_case(const struct replies_config *rc, const char *subject, char *out,
			  size_t outlen);

/* The first of our tokens ("mb." + 32 hex) in s (n bytes), copied into out
 * (at least REPLIES_TOKEN_LEN + 1 bytes). */
bool replies_find_token(const char *s, size_t n, char *out);

/* A delivery report's first Action: and Status: values (RFC 3464), from
 * the raw message; "" when absent. */
void replies_report_fields(const char *raw, size_t n, char *action, size_t alen,
			   char *status, size_t slen);

/* Header lines of our mail, CRLF-ended: FIELD: "Name" <addr> (the name
 * quoted, or RFC 2047 words when not ASCII; its control characters made
 * spaces), or FIELD: <addr> without a name; and Date: of t (UTC seconds). */
void replies_put_mailbox(struct buf *out, const char *field, const char *name,
			 const char *addr);
void replies_put_date(struct buf *out, long long t);

/* One outbox row, as the gateway sends it. */
struct replies_mail {
	const char *kind;		/* "acknowledgement" | "answer" | "visit" */
	const char *token;		/* "mb.<hex>" */
	const char *case_number;
	bool confidential;
	const char *recipient;
	const char *recipient_name;	/* NULL or "" */
	const char *reply_to_id;	/* the writer's Message-ID, or NULL */
	const char *subject;		/* the writer's subject, NULL when confidential */
	const char *body;		/* the answer; NULL for acknowledgements */
	const char *language;		/* "zh", "en", ... */
	const char *code;		/* the case's access code (acknowledgements), or NULL */
	/* the writer's subject, name and Message-ID may be repeated (an
	 * answer, or an acknowledgement to an authenticated sender); when
	 * false, the mail says only our fixed text and the case number */
	bool echo;
};

/* Our Message-ID of the mail with token ("mb.<hex>"), "<token@domain of
 * [smtp] from>", into out: what replies_compose() writes and the log's
 * mail_sent names (to match the MTA's log). */
/* Whether an outbox kind is a notice to a department ("dispatch",
 * "supervision"): its text is the database's, its subject its own. */
bool replies_is_notice(const char *kind);

void replies_message_id(const struct replies_config *rc, const char *token, char *out,
			size_t outlen);

/* The whole message as it goes on the wire (CRLF lines), into out. date is
 * the Date: (UTC seconds). Without m->echo, recipient_name, subject and
 * reply_to_id are not used. Returns MB_OK; MB_CONFIG when rc has no sender
 * address ([smtp] from); MB_REFUSED when the recipient or a reference
 * cannot be put in a header as it is (this mail can never go); MB_LIMIT
 * when the message would pass out's cap. err names the outbox token. */
enum mb_status replies_compose(const struct replies_config *rc, const struct replies_mail *m,
			       long long date, struct buf *out, char *err,
			       size_t errlen) MB_MUST_USE;

/* The same message as a clerk previews it before it is queued (the
 * console's close): its From, To, Subject, In-Reply-To, References and
 * text exactly as replies_compose() composes them, but readable: names
 * and subject not RFC 2047-encoded, the text not base64, LF lines; the
 * Date and Message-ID (given when it is sent and queued) and the MIME
 * headers are left out. Returns what replies_compose() returns. */
enum mb_status replies_preview(const struct replies_config *rc, const struct replies_mail *m,
			       struct buf *out, char *err, size_t errlen) MB_MUST_USE;

#endif
