/*
 * config_keys.c - the table of sections and keys (see config_keys.h).
 *
 * One row per key, grouped by section. The modules that read a key
 * (imap.c, smtp.c, replies.c, ...) still give it its meaning; this table is
 * what config_load() checks every line against before they see it, and what
 * the manual and the example are checked against. Ranges and defaults here
 * are the modules' (IMAP_BATCH_MAX, SMTP_TIMEOUT_DEFAULT, ...), written out
 * so the manual can print them.
 */
#include "config_keys.h"

#include <stdio.h>
#include <string.h>

#include "config.h"
#include "limits.h"
#include "unittest.h"

const struct config_section config_sections[] = {
	{"database", false, false, "the PostgreSQL connection"},
	{"rules", false, false, "the rule files"},
	{"confidential", false, false, "the office public key that seals confidential identities"},
	{"gateway", false, false, "the gateway itself"},
	{"metrics", false, false, "Prometheus metrics and the health check over HTTP"},
	{"web", false, false, "the clerks' web console (mayorbox web)"},
	{"imap", true, true, "one IMAP mailbox (several allowed); NAME names the source imap:NAME"},
	{"webform", true, true, "one web-form feed (several allowed); the source webform:NAME"},
	{"spool", true, true, "one spool folder of letter files (several allowed); the source spool:NAME"},
	{"smtp", false, false, "outgoing mail (acknowledgements, answers); without it no mail is sent"},
	{"replies", false, false, "what the office writes back"},
	{"deadlines", false, false,
	 "time limits (loaded into the database by mayorbox db migrate): NUMBERh hours, NUMBERd working days"},
	{"hot", false, false, "hot issues (mayorbox cases hot): the period grouped and the mail to the supervisors"},
};
const size_t config_sections_count = sizeof(config_sections) / sizeof(config_sections[0]);

const struct config_key config_keys[] = {
	/* [database] */
	{"database", "conninfo", CONFIG_STRING, 0, 0, NULL, NULL,
	 "libpq connection string; empty or absent: libpq's environment (PGHOST, PGDATABASE, ...); a host off loopback needs sslmode=verify-full"},

	/* [rules] */
	{"rules", "dir", CONFIG_PATH, 0, 0, NULL, "share/mayorbox/rules beside the program",
	 "folder of the *.rules files"},

	/* [confidential] */
	{"confidential", "public_key_file", CONFIG_PATH, 0, 0, NULL, NULL,
	 "office public key (mayorbox keygen DIR); without it confidential letters are not filed and wait in their source"},

	/* [gateway] */
	{"gateway", "batch", CONFIG_INT, 1, 100000, NULL, "100", "letters filed per transaction"},
	{"gateway", "supervise_after_hours", CONFIG_INT, 0, 8760, NULL, "24",
	 "cases overdue by more than this many hours are supervised (督办) automatically, once a day each, their departments mailed; 0: never"},
	{"gateway", "log_level", CONFIG_ENUM, 0, 0, "debug|info|warn|error", "info",
	 "the least important lines logged (--log-level overrides)"},

	/* [metrics] */
	{"metrics", "listen", CONFIG_STRING, 0, 0, NULL, NULL,
	 "HOST:PORT of /metrics and /healthz (for instance 127.0.0.1:9345); absent or empty: no listener"},

	/* [web] */
	{"web", "listen", CONFIG_STRING, 0, 0, NULL, "127.0.0.1:8080",
	 "HOST:PORT of the console; off loopback only with cert_file and key_file"},
	{"web", "cert_file", CONFIG_PATH, 0, 0, NULL, NULL,
	 "the console's TLS certificate chain (PEM); with key_file"},
	{"web", "key_file", CONFIG_PATH, 0, 0, NULL, NULL, "the console's TLS private key (PEM, mode 600)"},
	{"web", "status_login", CONFIG_STRING, 0, 0, NULL, NULL,
	 "a login in mayorbox_status for the citizens' status page (/status); without it there is no page"},
	{"web", "status_per_hour", CONFIG_INT, 1, 100000, NULL, "30",
	 "status page look-ups (POSTs) per client address per hour (4096 addresses counted at once)"},
	{"web", "session_minutes", CONFIG_INT, 1, 1440, NULL, "30",
	 "minutes a signed-in session may stay idle"},
	{"web", "database", CONFIG_STRING, 0, 0, NULL, "[database] conninfo less user and password",
	 "libpq connection string clerks connect with; their login and password come from signing in"},

	/* [imap NAME] */
	{"imap", "host", CONFIG_STRING, 0, 0, NULL, NULL, "the IMAP server (required)"},
	{"imap", "port", CONFIG_INT, 1, 65535, NULL, "993 (implicit), 143 (starttls, none)", "the server's port"},
	{"imap", "tls", CONFIG_ENUM, 0, 0, "implicit|starttls|none", "implicit",
	 "TLS with certificate and host-name verification; none only to loopback"},
	{"imap", "ca_file", CONFIG_PATH, 0, 0, NULL, "the system's trust store", "certificates the server's is checked against"},
	{"imap", "user", CONFIG_STRING, 0, 0, NULL, NULL, "the login (required)"},
	{"imap", "password_file", CONFIG_PATH, 0, 0, NULL, "MAYORBOX_IMAP_PASSWORD_NAME from the environment",
	 "file of the password (mode 600)"},
	{"imap", "token_file", CONFIG_PATH, 0, 0, NULL, NULL, "file of the OAuth 2 token (auth = xoauth2; mode 600)"},
	{"imap", "auth", CONFIG_ENUM, 0, 0, "auto|login|plain|xoauth2", "auto", "how to log in"},
	{"imap", "mailbox", CONFIG_STRING, 0, 0, NULL, "INBOX", "the folder polled"},
	{"imap", "after", CONFIG_STRING, 0, 0, NULL, "move Filed",
	 "what is done with a public letter after COMMIT: move FOLDER, or flag"},
	{"imap", "quarantine", CONFIG_STRING, 0, 0, NULL, "Quarantine", "folder of letters that cannot be filed at all"},
	{"imap", "oversized", CONFIG_STRING, 0, 0, NULL, "Oversized",
	 "folder of messages over message_size_max (filed from their start)"},
	{"imap", "expunge_without_uidplus", CONFIG_BOOL, 0, 0, NULL, "no",
	 "without MOVE and UIDPLUS: EXPUNGE the mailbox (also what its owner flagged \\Deleted); no: leave the copies flagged"},
	{"imap", "confidential_folder", CONFIG_STRING, 0, 0, NULL, NULL,
	 "confidential letters are moved there and expunged after confidential_retention_days; absent: expunged at once"},
	{"imap", "confidential_retention_days", CONFIG_INT, 1, 3650, NULL, "7",
	 "days a letter stays in confidential_folder (only with it)"},
	{"imap", "message_size_max", CONFIG_INT, 1024, MB_MESSAGE_SIZE_MAX, NULL, "33554432",
	 "bytes of a message read at most"},
	{"imap", "poll_seconds", CONFIG_INT, 1, 86400, NULL, "60", "seconds between polls"},
	{"imap", "idle", CONFIG_BOOL, 0, 0, NULL, "yes", "IMAP IDLE where the server has it"},
	{"imap", "timeout_seconds", CONFIG_INT, 1, 3600, NULL, "30", "every network operation"},
	{"imap", "batch", CONFIG_INT, 1, 10000, NULL, "100", "messages fetched per batch"},

	/* [webform NAME] */
	{"webform", "url", CONFIG_STRING, 0, 0, NULL, NULL,
	 "the feed (https, or http to loopback; required); its credentials never reach a source key or a log"},
	{"webform", "token_file", CONFIG_PATH, 0, 0, NULL, NULL, "file of the bearer token (native; mode 600)"},
	{"webform", "token_env", CONFIG_STRING, 0, 0, NULL, NULL, "environment variable holding the token"},
	{"webform", "format", CONFIG_ENUM, 0, 0, "native|open311", "native", "the feed's protocol"},
	{"webform", "ca_file", CONFIG_PATH, 0, 0, NULL, "the system's trust store", "certificates the server's is checked against"},
	{"webform", "poll_seconds", CONFIG_INT, 1, 86400, NULL, "60", "seconds between polls"},
	{"webform", "timeout_seconds", CONFIG_INT, 1, 3600, NULL, "30", "each request"},
	{"webform", "batch", CONFIG_INT, 1, 10000, NULL, "100", "submissions per request (native: limit=N)"},
	{"webform", "proxy", CONFIG_STRING, 0, 0, NULL, NULL,
	 "http://, https:// or socks5h:// proxy; the environment's proxies are ignored"},
	{"webform", "jurisdiction_id", CONFIG_STRING, 0, 0, NULL, NULL, "Open311 jurisdiction_id"},
	{"webform", "start_date", CONFIG_STRING, 0, 0, NULL, NULL, "Open311: the first poll's start (ISO 8601)"},

	/* [spool NAME] */
	{"spool", "dir", CONFIG_PATH, 0, 0, NULL, NULL, "the folder of letter files (required)"},
	{"spool", "done_dir", CONFIG_PATH, 0, 0, NULL, "DIR/../done", "where filed public letters are moved"},
	{"spool", "quarantine_dir", CONFIG_PATH, 0, 0, NULL, "DIR/../quarantine",
	 "where files that cannot be filed (and links, FIFOs, devices) are moved"},
	{"spool", "poll_seconds", CONFIG_INT, 1, 86400, NULL, "60", "seconds between polls"},

	/* [smtp] */
	{"smtp", "url", CONFIG_STRING, 0, 0, NULL, NULL,
	 "smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT (implicit TLS), instead of host, port and tls"},
	{"smtp", "host", CONFIG_STRING, 0, 0, NULL, NULL, "the SMTP server (required without url)"},
	{"smtp", "tls", CONFIG_ENUM, 0, 0, "starttls|implicit|none", "starttls",
	 "starttls never falls back to plain text; none only to loopback"},
	{"smtp", "port", CONFIG_INT, 1, 65535, NULL, "587 (starttls), 465 (implicit), 25 (none)", "the server's port"},
	{"smtp", "ca_file", CONFIG_PATH, 0, 0, NULL, "the system's trust store", "certificates the server's is checked against"},
	{"smtp", "user", CONFIG_STRING, 0, 0, NULL, NULL, "SMTP AUTH user; absent: no AUTH"},
	{"smtp", "password_file", CONFIG_PATH, 0, 0, NULL, NULL, "file of the SMTP password (mode 600)"},
	{"smtp", "from", CONFIG_STRING, 0, 0, NULL, NULL, "header From and envelope sender (required)"},
	{"smtp", "from_name", CONFIG_STRING, 0, 0, NULL, NULL, "display name in From (UTF-8)"},
	{"smtp", "helo", CONFIG_STRING, 0, 0, NULL, "this machine's name", "the name given in EHLO"},
	{"smtp", "timeout_seconds", CONFIG_INT, 1, 3600, NULL, "30", "connecting, and each whole exchange"},

	/* [replies] */
	{"replies", "tag", CONFIG_STRING, 0, 0, NULL, "12345", "subjects carry [TAG-2026-000123] (letters, digits, _)"},
	{"replies", "acknowledge", CONFIG_BOOL, 0, 0, NULL, "yes", "acknowledge new cases"},
	{"replies", "per_sender_per_day", CONFIG_INT, 0, 10000, NULL, "5", "acknowledgements to one address in 24 hours"},
	{"replies", "acks_per_hour", CONFIG_INT, 0, 1000000, NULL, "200",
	 "acknowledgements to all senders together in an hour, over every gateway"},
	{"replies", "authserv_id", CONFIG_STRING, 0, 0, NULL, NULL,
	 "the authserv-id of our MTA's Authentication-Results; without it every sender counts as unauthenticated"},
	{"replies", "own_addresses", CONFIG_STRING, 0, 0, NULL, NULL, "comma-separated addresses never acknowledged"},
	{"replies", "office", CONFIG_STRING, 0, 0, NULL, NULL, "the signature of our mail"},
	{"replies", "status_url", CONFIG_STRING, 0, 0, NULL, NULL,
	 "the citizens' status page (https://HOST/status), named in the return-visit mail"},
	{"replies", "console_url", CONFIG_STRING, 0, 0, NULL, NULL,
	 "the web console (https://HOST), linked from the departments' dispatch and supervision notices"},
	{"replies", "outbox_key_file", CONFIG_PATH, 0, 0, NULL, NULL,
	 "the gateways' outbox key (mayorbox keygen --outbox DIR); mail to confidential writers waits sealed to it"},
	{"replies", "outbox_public_key_file", CONFIG_PATH, 0, 0, NULL, NULL,
	 "a supervisor's configuration: the gateways' outbox public key, pinned"},
	{"replies", "retry_first_seconds", CONFIG_INT, 1, 86400, NULL, "60",
	 "first back-off of a mail the server did not take (doubles, at most 1 h)"},

	/* [deadlines] (HOTLINE.md: common practice; a city's own rules win) */
	{"deadlines", "high", CONFIG_LIMIT, 0, 0, NULL, "24h",
	 "a high-priority case (danger to life or safety), whatever its category"},
	{"deadlines", "demand", CONFIG_LIMIT, 0, 0, NULL, "5d", "a demand (求助/诉求)"},
	{"deadlines", "complaint", CONFIG_LIMIT, 0, 0, NULL, "5d", "a complaint (投诉)"},
	{"deadlines", "consultation", CONFIG_LIMIT, 0, 0, NULL, "2d", "a consultation (咨询)"},
	{"deadlines", "information", CONFIG_LIMIT, 0, 0, NULL, "2d", "an information request (信息查询)"},
	{"deadlines", "suggestion", CONFIG_LIMIT, 0, 0, NULL, "10d", "a suggestion (建议)"},
	{"deadlines", "unclassified", CONFIG_LIMIT, 0, 0, NULL, "2d",
	 "a letter no rule recognised, until it is classified (reclassify counts again from receipt)"},
	{"deadlines", "calendar", CONFIG_PATH, 0, 0, NULL, "share/mayorbox/calendar/cn.txt beside the program",
	 "the working-day calendar: holidays and make-up working days (its format: mayorbox.conf(5))"},
	{"deadlines", "time_zone", CONFIG_STRING, 0, 0, NULL, "Asia/Shanghai",
	 "the office's time zone, in which working days are counted"},

	/* [hot] */
	{"hot", "days", CONFIG_INT, 1, 3660, NULL, "30",
	 "cases hot groups the cases filed in this many days before now, unless --since says"},
	{"hot", "notify", CONFIG_STRING, 0, 0, NULL, NULL,
	 "comma-separated addresses of the supervisors that cases hot --notify mails a growing group to"},
	{"hot", "notify_size", CONFIG_INT, 2, 100000, NULL, "10",
	 "a group is mailed when it has this many cases, and again each time it has doubled"},
};
const size_t config_keys_count = sizeof(config_keys) / sizeof(config_keys[0]);

const struct config_section *
config_keys_section(const char *section)
{
	size_t n = strcspn(section, " ");
	for (size_t i = 0; i < config_sections_count; i++)
		if (strlen(config_sections[i].kind) == n
		    && strncmp(config_sections[i].kind, section, n) == 0)
			return &config_sections[i];
	return NULL;
}

bool
config_keys_section_ok(const char *section, char *err, size_t errlen)
{
	const struct config_section *s = config_keys_section(section);
	if (s == NULL) {
		char known[512] = "";
		size_t k = 0;
		for (size_t i = 0; i < config_sections_count && k < sizeof(known); i++)
			k += (size_t)snprintf(known + k, sizeof(known) - k, "%s%s%s", i ? ", " : "",
					      config_sections[i].kind,
					      config_sections[i].named ? " NAME" : "");
		snprintf(err, errlen, "[%s]: unknown section (known: %s)", section, known);
		return false;
	}
	if (!s->named && strchr(section, ' ') != NULL) {
		snprintf(err, errlen, "[%s]: [%s] takes no name", section, s->kind);
		return false;
	}
	return true;
}

const struct config_key *
config_keys_find(const char *section, const char *key)
{
	const struct config_section *s = config_keys_section(section);
	if (s == NULL)
		return NULL;
	for (size_t i = 0; i < config_keys_count; i++)
		if (strcmp(config_keys[i].section, s->kind) == 0
		    && strcmp(config_keys[i].key, key) == 0)
			return &config_keys[i];
	return NULL;
}

const char *
config_keys_type_text(const struct config_key *k, char *buf, size_t len)
{
	switch (k->type) {
	case CONFIG_INT:
		snprintf(buf, len, "%ld to %ld", k->lo, k->hi);
		break;
	case CONFIG_BOOL:
		snprintf(buf, len, "yes | no");
		break;
	case CONFIG_ENUM: {
		size_t o = 0;
		for (const char *v = k->values; *v && o + 4 < len; v++) {
			if (*v == '|') {
				o += (size_t)snprintf(buf + o, len - o, " | ");
			} else {
				buf[o++] = *v;
				buf[o] = '\0';
			}
		}
		break;
	}
	case CONFIG_PATH:
		snprintf(buf, len, "file");
		break;
	case CONFIG_LIMIT:
		snprintf(buf, len, "NUMBERh | NUMBERd");
		break;
	default:
		snprintf(buf, len, "text");
		break;
	}
	return buf;
}

/* v one of the '|'-separated words of values? */
MB_STATIC bool
config_keys_enum_has(const char *values, const char *v)
{
	size_t n = strlen(v);
	for (const char *p = values;;) {
		size_t w = strcspn(p, "|");
		if (w == n && strncmp(p, v, n) == 0)
			return true;
		if (p[w] == '\0')
			return false;
		p += w + 1;
	}
}

bool
config_keys_value_ok(const struct config_key *k, const char *value, char *err, size_t errlen)
{
	char t[256];
	long n;
	switch (k->type) {
	case CONFIG_INT:
		if (config_parse_long(value, k->lo, k->hi, &n))
			return true;
		snprintf(err, errlen, "a whole number from %ld to %ld", k->lo, k->hi);
		return false;
	case CONFIG_BOOL:
		if (strcmp(value, "yes") == 0 || strcmp(value, "no") == 0)
			return true;
		snprintf(err, errlen, "is yes or no");
		return false;
	case CONFIG_ENUM:
		if (config_keys_enum_has(k->values, value))
			return true;
		snprintf(err, errlen, "is %s", config_keys_type_text(k, t, sizeof(t)));
		return false;
	case CONFIG_PATH:
		if (*value != '\0')
			return true;
		snprintf(err, errlen, "a file name, not empty");
		return false;
	case CONFIG_LIMIT: {
		bool hours;
		if (config_parse_limit(value, &n, &hours))
			return true;
		snprintf(err, errlen, "a time limit: 1h to %dh (hours) or 1d to %dd (working days)",
			 CONFIG_LIMIT_HOURS_MAX, CONFIG_LIMIT_DAYS_MAX);
		return false;
	}
	default:
		return true;
	}
}
