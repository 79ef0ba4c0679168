/*
 * imap.c - the IMAP mailbox as a letter source (source.h), with libetpan.
 *
 * One [imap NAME] section is one mailbox on one server. A batch is: SELECT,
 * compare UIDVALIDITY with its position's, UID FETCH the sizes of the messages
 * after the last filed UID, then the bodies (BODY.PEEK[], so nothing is
 * marked \Seen before it is filed) of those within the size limit and only
 * the header and the start of the text of larger ones. After the filing
 * transaction has committed, ack moves the filed messages (MOVE, or COPY +
 * \Deleted + UID EXPUNGE) or flags them, and moves failed ones to the
 * quarantine folder and oversized ones to a folder of their own. A letter
 * filed as confidential (or filed before, whose confidentiality the gateway
 * cannot read: fail closed) is not kept in plain text at the source: it is
 * flagged \Deleted and expunged (UID EXPUNGE with UIDPLUS, else EXPUNGE),
 * or, with confidential_folder, moved there and expunged from there once
 * confidential_retention_days have passed since it arrived.
 *
 * TLS: libetpan (on GnuTLS here) completes a handshake with any
 * certificate, so after every handshake and before the password is sent the
 * peer's chain and name are checked by tlsverify.c. Plain text only to a
 * loopback address, checked on the name in the configuration and again on
 * the socket's peer.
 */
#include "source.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "clock.h"
#include "limits.h"
#include "log.h"
#include "mutf7.h"
#include "readfile.h"
#include "tlsverify.h"
#include "xalloc.h"

/* Named defaults of the [imap NAME] keys. */
#define IMAP_TIMEOUT_DEFAULT	30	/* seconds, every network operation */
#define IMAP_BATCH_DEFAULT	100	/* messages per batch */
#define IMAP_BATCH_MAX		10000
/* Bytes of bodies held in one batch: a batch stops growing past this (it
 * holds at least one message), so memory does not grow with the mailbox. */
#define IMAP_BATCH_BYTES_MAX	(64u * 1024 * 1024)
/* What is fetched of an oversized message: the header (cut here) and the
 * start of its text. */
#define IMAP_OVERSIZED_HEADER_MAX (1024u * 1024)
#define IMAP_OVERSIZED_TEXT_MAX	65536u
/* A password or token file. */
#define IMAP_SECRET_MAX		16384
#define IMAP_IDLE_STEP_MS	250
/* confidential_folder: how long letters stay there (days since they
 * arrived, the IMAP internal date), and how often it is swept. */
#define IMAP_RETENTION_DAYS_DEFAULT 7
#define IMAP_RETENTION_DAYS_MAX	3650
#define IMAP_RETENTION_SWEEP_SECONDS 3600
/* A message larger than this makes a batch of its own: the server's answer
 * and our copy of it are in memory at once, so two huge ones together would
 * double the peak. */
#define IMAP_BATCH_HUGE		(IMAP_BATCH_BYTES_MAX / 4)
/* The widest range of UIDs one UID SEARCH asks about, so that its answer
 * (libetpan keeps each UID in a list cell of its own, some 64 bytes) is
 * bounded by the batch, not by what the mailbox holds: the first range is
 * twice the batch, doubled up to this over ranges the batch does not fill
 * (gaps, a sweep through letters acknowledged long ago). */
#define IMAP_UID_WINDOW_MAX	65536u
/* Filed letters whose acknowledgement (move, flag, expunge) failed wait
 * here, at most this many per source (the sweep of a new process finds any
 * beyond), and are tried again with their own back-off; after this many
 * failed tries in a row the source says so at error level. */
#define IMAP_PENDING_MAX	100000
#define IMAP_PENDING_BACKOFF_MIN_MS 1000
#define IMAP_PENDING_BACKOFF_MAX_MS 300000
#define IMAP_PENDING_REPORT_AFTER 5
/* What libetpan and GnuTLS write to standard error during a handshake is
 * caught and logged, at most this much of it. */
#define IMAP_STDERR_MAX		4096
/* The hierarchy separator and personal namespace prefix the server names. */
#define IMAP_PREFIX_MAX		256

enum imap_tls { IMAP_TLS_IMPLICIT, IMAP_TLS_STARTTLS, IMAP_TLS_NONE };
/* The folders of the configuration, in one order (their keys below). */
enum imap_folder { IMAP_F_MAILBOX, IMAP_F_AFTER, IMAP_F_QUARANTINE, IMAP_F_OVERSIZED,
		   IMAP_F_CONFIDENTIAL, IMAP_FOLDERS };
static const char *const imap_folder_key[IMAP_FOLDERS] = {"mailbox", "after", "quarantine",
							  "oversized", "confidential_folder"};
enum imap_auth { IMAP_AUTH_AUTO, IMAP_AUTH_LOGIN, IMAP_AUTH_PLAIN, IMAP_AUTH_XOAUTH2 };

struct imap_priv {
	char *label;		/* "imap mayor": the prefix of every error */
	const char *source_name;	/* "imap:mayor", borrowed from the source */
	char *host;
	uint16_t port;
	enum imap_tls tls;
	char *ca_file;		/* NULL: the system's trust store */
	char *user;
	char *secret;		/* the password, or the XOAUTH2 token */
	enum imap_auth auth;
	char *mailbox;
	char *after_folder;	/* NULL: after = flag */
	char *quarantine;
	char *oversized;
	char *confidential_folder;	/* NULL: confidential letters are expunged at once */
	long retention_days;
	time_t swept_retention;	/* the last sweep of confidential_folder, 0: none yet */
	bool idle;
	int timeout;
	size_t batch;
	size_t size_max;

	bool plain_expunge;	/* without UIDPLUS, EXPUNGE the mailbox after a COPY */

	mailimap *imap;		/* NULL while not connected */
	bool selected;
	bool swept;	/* letters at or below last_uid still in the mailbox were looked at */
	uint32_t sweep_from;	/* a sweep of many batches goes on after this UID */
	uint32_t uidvalidity;	/* of the last fetch, for save */

	/* Discovered at login (NAMESPACE, else LIST "" ""): the personal
	 * namespace's prefix ("INBOX." on Cyrus) and separator, and every folder
	 * name of the configuration resolved against them and in modified
	 * UTF-7: what goes on the wire. The configured names stay the source's
	 * identity (source_state, source keys). */
	char ns_prefix[IMAP_PREFIX_MAX];
	char ns_sep;
	char *wire[IMAP_FOLDERS];	/* by enum imap_folder; NULL when not configured */
	bool told_namespace;	/* logged once per source */
	bool told_no_expunge;	/* "copies left \Deleted for the owner": once */

	/* Filed letters not acknowledged yet (their move, flag or expunge
	 * failed): fetched past, tried again on their own back-off. */
	struct pending { uint32_t uid; unsigned char kind; } *pend;	/* by uid */
	size_t npend, pend_cap;
	uint32_t pend_validity;
	long long pend_next_ms;
	int pend_backoff_ms;
	int pend_failures;	/* tries in a row that failed */
};

/* --- configuration ------------------------------------------------------ */

/* The configured name of folder f (NULL: not configured). */
static const char *
imap_folder_name(const struct imap_priv *p, enum imap_folder f)
{
	switch (f) {
	case IMAP_F_MAILBOX:
		return p->mailbox;
	case IMAP_F_AFTER:
		return p->after_folder;
	case IMAP_F_QUARANTINE:
		return p->quarantine;
	case IMAP_F_OVERSIZED:
		return p->oversized;
	case IMAP_F_CONFIDENTIAL:
		return p->confidential_folder;
	default:
		return NULL;
	}
}

static enum mb_status
conf_error(const struct config *cfg, const char *section, const char *key, const char *what,
	   char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: [%s] %s: %s", cfg->path ? cfg->path : "config", section, key,
		 what);
	return MB_FATAL;
}

static bool
is_ip_literal(const char *host)
{
	struct in_addr a4;
	struct in6_addr a6;
	return inet_pton(AF_INET, host, &a4) == 1 || inet_pton(AF_INET6, host, &a6) == 1;
}

/* A secret from a file that only its owner may read, its last line end
 * cut. */
static enum mb_status
read_secret(const char *path, char **r, char *err, size_t errlen)
{
	char *data;
	size_t len;
	char why[256];
	if (readfile_secret(path, IMAP_SECRET_MAX, &data, &len, why, sizeof(why)) != MB_OK) {
		snprintf(err, errlen, "%s", why);
		return MB_FATAL;
	}
	while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r'))
		len--;
	data[len] = '\0';
	if (len == 0 || memchr(data, '\0', len) || memchr(data, '\n', len)) {
		explicit_bzero(data, len);
		free(data);
		snprintf(err, errlen, "%s: not one line", path);
		return MB_FATAL;
	}
	*r = data;
	return MB_OK;
}

static void imap_priv_free(struct imap_priv *p);
static const struct source_ops imap_ops;

enum mb_status
imap_source_new(const struct config *cfg, const char *section, struct source *s, char *err,
		size_t errlen)
{
	struct imap_priv *p = xcalloc(1, sizeof(*p));
	const char *name = section + 5;	/* "imap NAME" */
	const char *v;
	long n;
	enum mb_status st = MB_FATAL;
	char why[512];

	if (strncmp(section, "imap ", 5) != 0 || *name == '\0') {
		snprintf(err, errlen, "%s: [%s]: an IMAP section is [imap NAME]",
			 cfg->path ? cfg->path : "config", section);
		goto out;
	}
	p->label = xstrdup(section);
	if ((v = config_get(cfg, section, "host")) == NULL || *v == '\0') {
		conf_error(cfg, section, "host", "missing", err, errlen);
		goto out;
	}
	p->host = xstrdup(v);

	v = config_get(cfg, section, "tls");
	if (v == NULL || strcmp(v, "implicit") == 0)
		p->tls = IMAP_TLS_IMPLICIT;
	else if (strcmp(v, "starttls") == 0)
		p->tls = IMAP_TLS_STARTTLS;
	else if (strcmp(v, "none") == 0)
		p->tls = IMAP_TLS_NONE;
	else {
		conf_error(cfg, section, "tls", "is implicit, starttls or none", err, errlen);
		goto out;
	}
	if (p->tls == IMAP_TLS_NONE && !config_host_is_loopback(p->host)) {
		snprintf(why, sizeof(why), "none only to a loopback address, not to %s", p->host);
		conf_error(cfg, section, "tls", why, err, errlen);
		goto out;
	}
	p->port = p->tls == IMAP_TLS_IMPLICIT ? 993 : 143;
	if ((v = config_get(cfg, section, "port")) != NULL) {
		if (!config_parse_long(v, 1, 65535, &n)) {
			conf_error(cfg, section, "port", "not a port number", err, errlen);
			goto out;
		}
		p->port = (uint16_t)n;
	}
	if ((v = config_get(cfg, section, "ca_file")) != NULL && *v)
		p->ca_file = xstrdup(v);

	if ((v = config_get(cfg, section, "user")) == NULL || *v == '\0') {
		conf_error(cfg, section, "user", "missing", err, errlen);
		goto out;
	}
	p->user = xstrdup(v);

	v = config_get(cfg, section, "auth");
	if (v == NULL || strcmp(v, "auto") == 0)
		p->auth = IMAP_AUTH_AUTO;
	else if (strcmp(v, "login") == 0)
		p->auth = IMAP_AUTH_LOGIN;
	else if (strcmp(v, "plain") == 0)
		p->auth = IMAP_AUTH_PLAIN;
	else if (strcmp(v, "xoauth2") == 0)
		p->auth = IMAP_AUTH_XOAUTH2;
	else {
		conf_error(cfg, section, "auth", "is auto, login, plain or xoauth2", err, errlen);
		goto out;
	}

	/* the secret: token_file (XOAUTH2), password_file, or the environment */
	const char *token_file = config_get(cfg, section, "token_file");
	const char *password_file = config_get(cfg, section, "password_file");
	if (p->auth == IMAP_AUTH_XOAUTH2 || (p->auth == IMAP_AUTH_AUTO && token_file)) {
		if (token_file == NULL) {
			conf_error(cfg, section, "token_file", "missing (auth = xoauth2)", err, errlen);
			goto out;
		}
		p->auth = IMAP_AUTH_XOAUTH2;
		if (read_secret(token_file, &p->secret, why, sizeof(why)) != MB_OK) {
			conf_error(cfg, section, "token_file", why, err, errlen);
			goto out;
		}
	} else if (password_file) {
		if (read_secret(password_file, &p->secret, why, sizeof(why)) != MB_OK) {
			conf_error(cfg, section, "password_file", why, err, errlen);
			goto out;
		}
	} else {
		char env[128] = "MAYORBOX_IMAP_PASSWORD_";
		size_t k = strlen(env);
		for (const char *c = name; *c && k + 1 < sizeof(env); c++)
			env[k++] = isalnum((unsigned char)*c) ? (char)toupper((unsigned char)*c) : '_';
		env[k] = '\0';
		const char *e = getenv(env);
		if (e == NULL || *e == '\0') {
			snprintf(why, sizeof(why), "missing (or set %s)", env);
			conf_error(cfg, section, "password_file", why, err, errlen);
			goto out;
		}
		p->secret = xstrdup(e);
	}

	v = config_get(cfg, section, "mailbox");
	p->mailbox = xstrdup(v && *v ? v : "INBOX");
	v = config_get(cfg, section, "after");
	if (v == NULL)
		v = "move Filed";
	if (strcmp(v, "flag") == 0)
		p->after_folder = NULL;
	else if (strncmp(v, "move ", 5) == 0 && v[5] != '\0') {
		const char *f = v + 5;
		while (*f == ' ')
			f++;
		p->after_folder = xstrdup(f);
	} else {
		conf_error(cfg, section, "after", "is \"move FOLDER\" or \"flag\"", err, errlen);
		goto out;
	}
	v = config_get(cfg, section, "quarantine");
	p->quarantine = xstrdup(v && *v ? v : "Quarantine");
	v = config_get(cfg, section, "oversized");
	p->oversized = xstrdup(v && *v ? v : "Oversized");
	v = config_get(cfg, section, "confidential_folder");
	if (v && *v) {
		if (strcmp(v, p->mailbox) == 0 || (p->after_folder && strcmp(v, p->after_folder) == 0)) {
			conf_error(cfg, section, "confidential_folder",
				   "must be a folder of its own (not the mailbox nor the after folder)",
				   err, errlen);
			goto out;
		}
		p->confidential_folder = xstrdup(v);
	}
	p->retention_days = IMAP_RETENTION_DAYS_DEFAULT;
	if ((v = config_get(cfg, section, "confidential_retention_days")) != NULL) {
		if (!config_parse_long(v, 1, IMAP_RETENTION_DAYS_MAX, &p->retention_days)) {
			conf_error(cfg, section, "confidential_retention_days", "is 1 to 3650 days",
				   err, errlen);
			goto out;
		}
		if (p->confidential_folder == NULL) {
			conf_error(cfg, section, "confidential_retention_days",
				   "needs confidential_folder (without it confidential letters are "
				   "expunged at once)", err, errlen);
			goto out;
		}
	}

	{
		/* every folder name is sent in modified UTF-7: it must be UTF-8 */
		for (int f = 0; f < IMAP_FOLDERS; f++) {
			char *enc = NULL;
			const char *fname = imap_folder_name(p, (enum imap_folder)f);
			if (fname == NULL)
				continue;
			if (mutf7_encode(fname, &enc) != 0) {
				conf_error(cfg, section, imap_folder_key[f],
					   "not a folder name (not UTF-8, a control character, or too "
					   "long)", err, errlen);
				goto out;
			}
			free(enc);
		}
	}
	v = config_get(cfg, section, "expunge_without_uidplus");
	if (v == NULL || strcmp(v, "no") == 0)
		p->plain_expunge = false;
	else if (strcmp(v, "yes") == 0)
		p->plain_expunge = true;
	else {
		conf_error(cfg, section, "expunge_without_uidplus", "is yes or no", err, errlen);
		goto out;
	}

	v = config_get(cfg, section, "idle");
	if (v == NULL || strcmp(v, "yes") == 0)
		p->idle = true;
	else if (strcmp(v, "no") == 0)
		p->idle = false;
	else {
		conf_error(cfg, section, "idle", "is yes or no", err, errlen);
		goto out;
	}
	s->poll_seconds = 60;
	if ((v = config_get(cfg, section, "poll_seconds")) != NULL) {
		if (!config_parse_long(v, 1, 86400, &n)) {
			conf_error(cfg, section, "poll_seconds", "is 1 to 86400", err, errlen);
			goto out;
		}
		s->poll_seconds = (int)n;
	}
	p->timeout = IMAP_TIMEOUT_DEFAULT;
	if ((v = config_get(cfg, section, "timeout_seconds")) != NULL) {
		if (!config_parse_long(v, 1, 3600, &n)) {
			conf_error(cfg, section, "timeout_seconds", "is 1 to 3600", err, errlen);
			goto out;
		}
		p->timeout = (int)n;
	}
	p->batch = IMAP_BATCH_DEFAULT;
	if ((v = config_get(cfg, section, "batch")) != NULL) {
		if (!config_parse_long(v, 1, IMAP_BATCH_MAX, &n)) {
			conf_error(cfg, section, "batch", "is 1 to 10000", err, errlen);
			goto out;
		}
		p->batch = (size_t)n;
	}
	p->size_max = MB_MESSAGE_SIZE_MAX;
	if ((v = config_get(cfg, section, "message_size_max")) != NULL) {
		if (!config_parse_long(v, 1024, MB_MESSAGE_SIZE_MAX, &n)) {
			snprintf(why, sizeof(why), "is 1024 to %u bytes", MB_MESSAGE_SIZE_MAX);
			conf_error(cfg, section, "message_size_max", why, err, errlen);
			goto out;
		}
		p->size_max = (size_t)n;
	}

	size_t nl = strlen(name) + 6;
	s->name = xmalloc(nl);
	snprintf(s->name, nl, "imap:%s", name);
	p->source_name = s->name;
	s->ops = &imap_ops;
	s->priv = p;
	s->position_key = p->mailbox;
	p = NULL;
	st = MB_OK;
out:
	imap_priv_free(p);
	return st;
}

/* --- the connection ------------------------------------------------------ */

static enum mb_status
imap_fail(struct imap_priv *p, int r, const char *what, char *err, size_t errlen)
{
	const char *resp = p->imap && p->imap->imap_response ? p->imap->imap_response : "";
	bool conn = r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_CONNECTION_REFUSED ||
		    r == MAILIMAP_ERROR_PARSE || r == MAILIMAP_ERROR_SSL || p->imap == NULL;
	snprintf(err, errlen, "%s: %s failed (libetpan error %d)%s%s", p->label, what, r,
		 *resp ? ": " : "", resp);
	return conn ? MB_CONNECTION : MB_TEMPORARY;
}

static void
imap_disconnect(struct imap_priv *p, bool logout)
{
	if (p->imap == NULL)
		return;
	if (logout && p->imap->imap_stream)
		(void)mailimap_logout(p->imap);
	mailimap_free(p->imap);
	p->imap = NULL;
	p->selected = false;
	p->swept = false;
	p->sweep_from = 0;
	for (int f = 0; f < IMAP_FOLDERS; f++) {
		free(p->wire[f]);
		p->wire[f] = NULL;
	}
}

/* --- what libraries write to standard error ------------------------------ */

/* libetpan on GnuTLS prints some handshake failures ("GnuTLS error: An
 * unexpected TLS packet was received.") to standard error itself, outside
 * the log: while a connection is made, fd 2 goes to a temporary file, and
 * what arrived there is logged, one event a line, after it is put back. */
struct stderr_catch {
	int saved;
	FILE *tmp;
};

static void
stderr_catch_begin(struct stderr_catch *c)
{
	c->saved = -1;
	fflush(stderr);
	c->tmp = tmpfile();
	if (c->tmp == NULL)
		return;
	c->saved = dup(STDERR_FILENO);
	if (c->saved < 0 || dup2(fileno(c->tmp), STDERR_FILENO) < 0) {
		if (c->saved >= 0)
			close(c->saved);
		c->saved = -1;
		fclose(c->tmp);
		c->tmp = NULL;
	}
}

static void
stderr_catch_end(struct stderr_catch *c, const char *source_name)
{
	if (c->tmp == NULL)
		return;
	fflush(stderr);
	(void)dup2(c->saved, STDERR_FILENO);
	close(c->saved);
	char text[IMAP_STDERR_MAX + 1];
	rewind(c->tmp);
	size_t n = fread(text, 1, IMAP_STDERR_MAX, c->tmp);
	fclose(c->tmp);
	c->tmp = NULL;
	text[n] = '\0';
	for (char *line = text, *nl; line && *line; line = nl) {
		nl = strchr(line, '\n');
		if (nl)
			*nl++ = '\0';
		if (*line)
			log_event(LOG_WARN, "tls_library_message", "source", source_name, "text", line,
				  NULL);
	}
}

/* SNI for a DNS name (never for an address literal). */
static void
tls_callback(struct mailstream_ssl_context *ctx, void *data)
{
	const char *host = data;
	if (!is_ip_literal(host))
		(void)mailstream_ssl_set_server_name(ctx, (char *)host);
}

/* The peer's chain checked before anything secret is sent. */
static enum mb_status
verify_peer(struct imap_priv *p, char *err, size_t errlen)
{
	carray *chain = mailstream_get_certificate_chain(p->imap->imap_stream);
	const unsigned char *der[TLSVERIFY_CHAIN_MAX];
	size_t len[TLSVERIFY_CHAIN_MAX];
	size_t n = 0;
	char why[1024];

	if (chain != NULL)
		for (unsigned i = 0; i < carray_count(chain) && n < TLSVERIFY_CHAIN_MAX; i++) {
			MMAPString *m = carray_get(chain, i);
			der[n] = (const unsigned char *)m->str;
			len[n++] = m->len;
		}
	enum mb_status st = tlsverify_chain(der, len, n, p->host, p->ca_file, why, sizeof(why));
	if (chain)
		mailstream_certificate_chain_free(chain);
	if (st != MB_OK) {
		/* a chain not trusted, or a ca_file that cannot be read (MB_CONFIG):
		 * either way this connection goes and the daemon tries again
		 * later; ca_file is read at each verification, so a fixed one
		 * counts at the next try */
		/* GnuTLS's text ends in a period and maybe white space */
		size_t k = strlen(why);
		while (k > 0 && (why[k - 1] == ' ' || why[k - 1] == '\n'))
			why[--k] = '\0';
		snprintf(err, errlen, "%s: certificate for %s not trusted: %s", p->label, p->host, why);
		return MB_CONNECTION;
	}
	return MB_OK;
}

static void
set_stream_timeout(struct imap_priv *p)
{
	if (p->imap && p->imap->imap_stream)
		mailstream_low_set_timeout(mailstream_get_low(p->imap->imap_stream),
					   (time_t)p->timeout);
}

/* tls = none: the socket's peer must be a loopback address too (a name
 * like localhost could resolve elsewhere). */
static bool
peer_is_loopback(struct imap_priv *p)
{
	struct sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	int fd = mailstream_low_get_fd(mailstream_get_low(p->imap->imap_stream));
	if (fd < 0 || getpeername(fd, (struct sockaddr *)&ss, &sl) != 0)
		return false;
	if (ss.ss_family == AF_INET)
		return (ntohl(((struct sockaddr_in *)&ss)->sin_addr.s_addr) >> 24) == 127;
	if (ss.ss_family == AF_INET6) {
		const struct in6_addr *a = &((struct sockaddr_in6 *)&ss)->sin6_addr;
		return IN6_IS_ADDR_LOOPBACK(a) ||
		       (IN6_IS_ADDR_V4MAPPED(a) && a->s6_addr[12] == 127);
	}
	return false;
}

static enum mb_status
authenticate(struct imap_priv *p, char *err, size_t errlen)
{
	int r;
	enum imap_auth a = p->auth;
	if (a == IMAP_AUTH_AUTO)
		a = mailimap_has_authentication(p->imap, "PLAIN") ? IMAP_AUTH_PLAIN : IMAP_AUTH_LOGIN;
	switch (a) {
	case IMAP_AUTH_XOAUTH2:
		r = mailimap_oauth2_authenticate(p->imap, p->user, p->secret);
		break;
	case IMAP_AUTH_PLAIN:
		r = mailimap_authenticate(p->imap, "PLAIN", p->host, NULL, NULL, p->user, p->user,
					  p->secret, NULL);
		break;
	default:
		r = mailimap_login(p->imap, p->user, p->secret);
		break;
	}
	if (r != MAILIMAP_NO_ERROR) {
		enum mb_status st = imap_fail(p, r, "authentication", err, errlen);
		return st == MB_TEMPORARY ? MB_CONNECTION : st;
	}
	return MB_OK;
}

/* A folder name of the configuration as it goes on the wire: INBOX, and a
 * name already starting with the personal namespace's prefix, as written;
 * any other under the prefix ("Filed" is "INBOX.Filed" on Cyrus); then in
 * modified UTF-7 (the gateway never ENABLEs UTF8=ACCEPT). */
static char *
imap_wire_name(struct imap_priv *p, const char *name)
{
	size_t pl = strlen(p->ns_prefix);
	char full[MB_MUTF7_NAME_MAX + IMAP_PREFIX_MAX + 1];
	if (strcasecmp(name, "INBOX") == 0 || pl == 0 || strncmp(name, p->ns_prefix, pl) == 0
	    || (strncasecmp(p->ns_prefix, "INBOX", 5) == 0 && strncasecmp(name, "INBOX", 5) == 0
		&& name[5] == p->ns_sep))
		snprintf(full, sizeof(full), "%s", name);
	else
		snprintf(full, sizeof(full), "%s%s", p->ns_prefix, name);
	char *enc = NULL;
	if (mutf7_encode(full, &enc) != 0)
		return NULL;	/* checked when the configuration was read */
	return enc;
}

/* The resolved name back in UTF-8, for messages (the wire form otherwise). */
static void
imap_shown_name(const char *wire, char *out, size_t outlen)
{
	char *d = NULL;
	if (mutf7_decode(wire, &d) == 0) {
		snprintf(out, outlen, "%s", d);
		free(d);
	} else {
		snprintf(out, outlen, "%s", wire);
	}
}

/* The folder exists (LIST), or is made (CREATE); where the server refuses,
 * MB_FATAL with the folder, the server's answer and the key to change. */
static enum mb_status
imap_ensure_folder(struct imap_priv *p, const char *configured, const char *wire,
		   const char *key, bool create, char *err, size_t errlen)
{
	clist *res = NULL;
	int r = mailimap_list(p->imap, "", wire, &res);
	bool exists = r == MAILIMAP_NO_ERROR && res && clist_count(res) > 0;
	if (res)
		mailimap_list_result_free(res);
	if (r == MAILIMAP_ERROR_STREAM)
		return imap_fail(p, r, "LIST", err, errlen);
	if (exists)
		return MB_OK;
	char shown[MB_MUTF7_NAME_MAX * 2];
	imap_shown_name(wire, shown, sizeof(shown));
	char sep[2] = {p->ns_sep ? p->ns_sep : '?', '\0'};
	if (!create) {
		snprintf(err, errlen, "%s: %s = %s: the folder \"%s\" does not exist on %s (the personal "
			 "namespace is \"%s\", separator \"%s\"); change %s", p->label, key, configured,
			 shown, p->host, p->ns_prefix, sep, key);
		return MB_FATAL;
	}
	r = mailimap_create(p->imap, wire);
	if (r == MAILIMAP_NO_ERROR) {
		log_event(LOG_INFO, "folder_created", "source", p->source_name, "folder", shown, NULL);
		return MB_OK;
	}
	if (r == MAILIMAP_ERROR_STREAM)
		return imap_fail(p, r, "CREATE", err, errlen);
	const char *resp = p->imap->imap_response ? p->imap->imap_response : "";
	snprintf(err, errlen, "%s: %s = %s: the folder \"%s\" does not exist and %s refused to "
		 "create it: %s; change %s to a folder that exists or that this user may create "
		 "(the personal namespace is \"%s\", separator \"%s\")", p->label, key, configured,
		 shown, p->host, *resp ? resp : "(no reason given)", key, p->ns_prefix, sep);
	return MB_FATAL;
}

/* NAMESPACE (RFC 2342), else LIST "" "" for the separator; then every
 * folder of the configuration resolved, and made where missing. */
static enum mb_status
imap_discover(struct imap_priv *p, char *err, size_t errlen)
{
	int r;
	p->ns_prefix[0] = '\0';
	p->ns_sep = '\0';
	if (mailimap_has_namespace(p->imap)) {
		struct mailimap_namespace_data *ns = NULL;
		r = mailimap_namespace(p->imap, &ns);
		if (r == MAILIMAP_ERROR_STREAM)
			return imap_fail(p, r, "NAMESPACE", err, errlen);
		if (r == MAILIMAP_NO_ERROR && ns && ns->ns_personal && ns->ns_personal->ns_data_list
		    && clist_begin(ns->ns_personal->ns_data_list)) {
			struct mailimap_namespace_info *info =
				clist_content(clist_begin(ns->ns_personal->ns_data_list));
			if (info->ns_prefix && strlen(info->ns_prefix) < sizeof(p->ns_prefix))
				snprintf(p->ns_prefix, sizeof(p->ns_prefix), "%s", info->ns_prefix);
			p->ns_sep = info->ns_delimiter;
		}
		if (ns)
			mailimap_namespace_data_free(ns);
	}
	if (p->ns_sep == '\0') {
		clist *res = NULL;
		r = mailimap_list(p->imap, "", "", &res);
		if (r == MAILIMAP_ERROR_STREAM)
			return imap_fail(p, r, "LIST", err, errlen);
		if (r == MAILIMAP_NO_ERROR && res && clist_begin(res))
			p->ns_sep = ((struct mailimap_mailbox_list *)clist_content(clist_begin(res)))
					    ->mb_delimiter;
		if (res)
			mailimap_list_result_free(res);
	}
	for (int f = 0; f < IMAP_FOLDERS; f++) {
		const char *name = imap_folder_name(p, (enum imap_folder)f);
		if (name == NULL)
			continue;
		if ((p->wire[f] = imap_wire_name(p, name)) == NULL) {
			snprintf(err, errlen, "%s: %s = %s cannot be written in modified UTF-7",
				 p->label, imap_folder_key[f], name);
			return MB_FATAL;
		}
	}
	if (!p->told_namespace) {
		char sep[2] = {p->ns_sep, '\0'};
		char shown[MB_MUTF7_NAME_MAX * 2];
		enum imap_folder f = p->wire[IMAP_F_AFTER] ? IMAP_F_AFTER : IMAP_F_MAILBOX;
		imap_shown_name(p->wire[f], shown, sizeof(shown));
		log_event(LOG_INFO, "imap_namespace", "source", p->source_name, "prefix", p->ns_prefix,
			  "separator", sep, imap_folder_key[f], shown, NULL);
		p->told_namespace = true;
	}
	/* the polled mailbox must exist; the others are made where missing */
	for (int f = 0; f < IMAP_FOLDERS; f++) {
		if (p->wire[f] == NULL)
			continue;
		enum mb_status st = imap_ensure_folder(p, imap_folder_name(p, (enum imap_folder)f),
						       p->wire[f], imap_folder_key[f],
						       f != IMAP_F_MAILBOX, err, errlen);
		if (st != MB_OK)
			return st;
	}
	return MB_OK;
}

static enum mb_status
imap_open(struct source *s, char *err, size_t errlen)
{
	struct imap_priv *p = s->priv;
	enum mb_status st;
	int r;

	imap_disconnect(p, false);
	p->imap = mailimap_new(0, NULL);
	mailimap_set_timeout(p->imap, (time_t)p->timeout);
	struct stderr_catch catch;
	stderr_catch_begin(&catch);
	switch (p->tls) {
	case IMAP_TLS_IMPLICIT:
		r = mailimap_ssl_connect_with_callback(p->imap, p->host, p->port, tls_callback,
						       p->host);
		break;
	default:
		r = mailimap_socket_connect(p->imap, p->host, p->port);
		break;
	}
	stderr_catch_end(&catch, p->source_name);
	if (r != MAILIMAP_NO_ERROR_AUTHENTICATED && r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
		snprintf(err, errlen, "%s: cannot connect to %s port %u%s (libetpan error %d)",
			 p->label, p->host, (unsigned)p->port,
			 p->tls == IMAP_TLS_IMPLICIT ? " with TLS" : "", r);
		st = MB_CONNECTION;
		goto fail;
	}
	set_stream_timeout(p);
	if (p->tls == IMAP_TLS_IMPLICIT && (st = verify_peer(p, err, errlen)) != MB_OK)
		goto fail;
	if (p->tls == IMAP_TLS_STARTTLS) {
		stderr_catch_begin(&catch);
		r = mailimap_socket_starttls_with_callback(p->imap, tls_callback, p->host);
		stderr_catch_end(&catch, p->source_name);
		if (r != MAILIMAP_NO_ERROR) {
			snprintf(err, errlen, "%s: STARTTLS with %s failed (libetpan error %d)",
				 p->label, p->host, r);
			st = MB_CONNECTION;
			goto fail;
		}
		set_stream_timeout(p);
		if ((st = verify_peer(p, err, errlen)) != MB_OK)
			goto fail;
	}
	if (p->tls == IMAP_TLS_NONE && !peer_is_loopback(p)) {
		snprintf(err, errlen, "%s: tls = none but %s is not a loopback address", p->label,
			 p->host);
		st = MB_FATAL;
		goto fail;
	}
	/* the capabilities as the (now private) connection states them */
	struct mailimap_capability_data *cap = NULL;
	if (mailimap_capability(p->imap, &cap) == MAILIMAP_NO_ERROR && cap)
		mailimap_capability_data_free(cap);
	if ((st = authenticate(p, err, errlen)) != MB_OK)
		goto fail;
	cap = NULL;
	r = mailimap_capability(p->imap, &cap);
	if (r != MAILIMAP_NO_ERROR) {
		st = imap_fail(p, r, "CAPABILITY", err, errlen);
		goto fail;
	}
	if (cap)
		mailimap_capability_data_free(cap);
	if ((st = imap_discover(p, err, errlen)) != MB_OK)
		goto fail;
	return MB_OK;
fail:
	imap_disconnect(p, false);
	return st;
}

/* --- fetching ------------------------------------------------------------ */

struct cand {
	uint32_t uid;
	uint32_t size;
	char *raw;
	size_t len;
	bool oversized;
};

static int
cand_cmp(const void *a, const void *b)
{
	uint32_t x = ((const struct cand *)a)->uid, y = ((const struct cand *)b)->uid;
	return x < y ? -1 : x > y;
}

/* The UID, size and (when asked for) the one body section of a FETCH
 * response item. */
static void
msg_att_read(struct mailimap_msg_att *m, uint32_t *uid, uint32_t *size, const char **body,
	     size_t *blen)
{
	clistiter *it;
	for (it = clist_begin(m->att_list); it; it = clist_next(it)) {
		struct mailimap_msg_att_item *item = clist_content(it);
		if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
			continue;
		struct mailimap_msg_att_static *st = item->att_data.att_static;
		switch (st->att_type) {
		case MAILIMAP_MSG_ATT_UID:
			*uid = st->att_data.att_uid;
			break;
		case MAILIMAP_MSG_ATT_RFC822_SIZE:
			*size = st->att_data.att_rfc822_size;
			break;
		case MAILIMAP_MSG_ATT_BODY_SECTION:
			if (body && st->att_data.att_body_section) {
				*body = st->att_data.att_body_section->sec_body_part;
				*blen = st->att_data.att_body_section->sec_length;
			}
			break;
		default:
			break;
		}
	}
}

/* UID FETCH set (UID BODY.PEEK[section]<0.partial_len>); the caller frees *result. */
static int
fetch_section(struct imap_priv *p, struct mailimap_set *set, struct mailimap_section *section,
	      uint32_t partial_len, clist **result)
{
	struct mailimap_fetch_type *ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid());
	if (partial_len)
		mailimap_fetch_type_new_fetch_att_list_add(
			ft, mailimap_fetch_att_new_body_peek_section_partial(section, 0, partial_len));
	else
		mailimap_fetch_type_new_fetch_att_list_add(
			ft, mailimap_fetch_att_new_body_peek_section(section));
	int r = mailimap_uid_fetch(p->imap, set, ft, result);
	mailimap_fetch_type_free(ft);
	return r;
}

static struct cand *
cand_find(struct cand *v, size_t n, uint32_t uid)
{
	struct cand key = {.uid = uid};
	return bsearch(&key, v, n, sizeof(*v), cand_cmp);
}

/* The header and the start of the text of one oversized message. */
static enum mb_status
fetch_oversized(struct imap_priv *p, struct cand *c, char *err, size_t errlen)
{
	struct buf b;
	enum mb_status st = MB_OK;
	buf_init(&b, IMAP_OVERSIZED_HEADER_MAX + IMAP_OVERSIZED_TEXT_MAX);
	for (int part = 0; part < 2; part++) {
		struct mailimap_set *set = mailimap_set_new_single(c->uid);
		clist *res = NULL;
		int r = fetch_section(p, set,
				      part == 0 ? mailimap_section_new_header() : mailimap_section_new_text(),
				      part == 0 ? IMAP_OVERSIZED_HEADER_MAX : IMAP_OVERSIZED_TEXT_MAX, &res);
		mailimap_set_free(set);
		if (r != MAILIMAP_NO_ERROR) {
			st = imap_fail(p, r, "UID FETCH of an oversized message", err, errlen);
			break;
		}
		for (clistiter *it = clist_begin(res); it; it = clist_next(it)) {
			uint32_t uid = 0, size = 0;
			const char *body = NULL;
			size_t blen = 0;
			msg_att_read(clist_content(it), &uid, &size, &body, &blen);
			if (uid == c->uid && body)
				(void)buf_append(&b, body, blen);	/* capped: at most the two parts */
		}
		mailimap_fetch_list_free(res);
	}
	if (st == MB_OK && b.len > 0) {
		c->raw = buf_take(&b, &c->len);
		c->oversized = true;
	}
	buf_deinit(&b);
	return st;
}

static int
uid_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static int expunge_set(struct imap_priv *p, struct mailimap_set *set);
static enum mb_status imap_retry_pending(struct imap_priv *p, char *err, size_t errlen);

/* The keyword of "after = flag", an atom (RFC 3501: flag-keyword = atom):
 * sent bare, never quoted (Cyrus answers a quoted one with BAD). */
#define IMAP_FILED_KEYWORD "$Filed"

/* UID SEARCH with criteria written here as RFC 3501 has them (atoms bare;
 * nothing of a letter or the configuration goes in), for what libetpan
 * would send quoted. The UIDs in *r (free with
 * mailimap_search_result_free). */
static int
imap_uid_search_raw(struct imap_priv *p, const char *criteria, clist **r)
{
	char cmd[128];
	struct mailimap_response *resp = NULL;
	*r = NULL;
	/* mailimap_custom_command would add a space before CRLF, which Cyrus
	 * refuses too: the line is written here whole */
	int n = snprintf(cmd, sizeof(cmd), "UID SEARCH %s\r\n", criteria);
	if (n < 0 || (size_t)n >= sizeof(cmd))
		return MAILIMAP_ERROR_UID_SEARCH;	/* criteria are ours, and short */
	int rc = mailimap_send_current_tag(p->imap);
	if (rc != MAILIMAP_NO_ERROR)
		return rc;
	if (mailstream_write(p->imap->imap_stream, cmd, (size_t)n) != n
	    || mailstream_flush(p->imap->imap_stream) == -1)
		return MAILIMAP_ERROR_STREAM;
	if (mailimap_read_line(p->imap) == NULL)
		return MAILIMAP_ERROR_STREAM;
	rc = mailimap_parse_response(p->imap, &resp);
	if (rc != MAILIMAP_NO_ERROR)
		return rc;
	/* a server may end with BYE (resp-done is then resp-fatal, no tag) */
	const struct mailimap_response_done *done = resp->rsp_resp_done;
	bool ok = done && done->rsp_type == MAILIMAP_RESP_DONE_TYPE_TAGGED
		  && done->rsp_data.rsp_tagged && done->rsp_data.rsp_tagged->rsp_cond_state
		  && done->rsp_data.rsp_tagged->rsp_cond_state->rsp_type == MAILIMAP_RESP_COND_STATE_OK;
	bool fatal = done && done->rsp_type == MAILIMAP_RESP_DONE_TYPE_FATAL;
	mailimap_response_free(resp);
	if (fatal)
		return MAILIMAP_ERROR_STREAM;
	if (!ok)
		return MAILIMAP_ERROR_UID_SEARCH;
	if (p->imap->imap_response_info && p->imap->imap_response_info->rsp_search_result) {
		*r = p->imap->imap_response_info->rsp_search_result;
		p->imap->imap_response_info->rsp_search_result = NULL;
	} else {
		*r = clist_new();
	}
	return MAILIMAP_NO_ERROR;
}

/* Where uid is in the sorted array v of n, or where it would go. */
static size_t
pending_pos(const struct pending *v, size_t n, uint32_t uid)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].uid < uid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool
pending_find(const struct imap_priv *p, uint32_t uid)
{
	size_t i = pending_pos(p->pend, p->npend, uid);
	return i < p->npend && p->pend[i].uid == uid;
}

static int
pending_cmp(const void *a, const void *b)
{
	uint32_t x = ((const struct pending *)a)->uid, y = ((const struct pending *)b)->uid;
	return (x > y) - (x < y);
}

/* confidential_folder: expunges what arrived more than retention_days ago,
 * at most once an IMAP_RETENTION_SWEEP_SECONDS (and on the first fetch). A
 * folder not made yet is nothing to sweep. Leaves no mailbox selected. */
static enum mb_status
imap_sweep_retention(struct imap_priv *p, char *err, size_t errlen)
{
	time_t now = time(NULL);
	if (p->confidential_folder == NULL
	    || (p->swept_retention != 0 && now - p->swept_retention < IMAP_RETENTION_SWEEP_SECONDS))
		return MB_OK;
	p->selected = false;
	int r = mailimap_select(p->imap, p->wire[IMAP_F_CONFIDENTIAL]);
	if (r != MAILIMAP_NO_ERROR) {
		if (r == MAILIMAP_ERROR_STREAM)
			return imap_fail(p, r, "SELECT of confidential_folder", err, errlen);
		p->swept_retention = now;	/* not there (yet) */
		return MB_OK;
	}
	time_t cut = now - (time_t)p->retention_days * 86400;
	struct tm tm;
	gmtime_r(&cut, &tm);
	clist *old = NULL;
	struct mailimap_search_key *key = mailimap_search_key_new_before(
		mailimap_date_new(tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900));
	r = mailimap_uid_search(p->imap, NULL, key, &old);
	mailimap_search_key_free(key);
	if (r != MAILIMAP_NO_ERROR)
		return imap_fail(p, r, "UID SEARCH BEFORE in confidential_folder", err, errlen);
	if (clist_count(old) > 0) {
		struct mailimap_set *set = mailimap_set_new_empty();
		for (clistiter *it = clist_begin(old); it; it = clist_next(it))
			mailimap_set_add_single(set, *(uint32_t *)clist_content(it));
		r = expunge_set(p, set);
		mailimap_set_free(set);
	}
	char n[32];
	snprintf(n, sizeof(n), "%d", clist_count(old));
	mailimap_search_result_free(old);
	if (r != MAILIMAP_NO_ERROR)
		return imap_fail(p, r, "expunging from confidential_folder", err, errlen);
	if (strcmp(n, "0") != 0)
		log_event(LOG_INFO, "confidential_expunged", "source", p->source_name, "folder",
			  p->confidential_folder, "count", n, NULL);
	p->swept_retention = now;
	return MB_OK;
}

/* The next UIDs to fetch after lower, at most limit of them, ascending,
 * in want (*nwant_r of them), by UID SEARCH over ranges of UIDs: each
 * range is bounded (IMAP_UID_WINDOW_MAX) but the last, "from:*", which
 * starts within a range of UIDNEXT (no message has a UID at or above
 * SELECT's UIDNEXT but those delivered since), so no answer holds the
 * whole rest of the mailbox. A server that sends no UIDNEXT (RFC 3501
 * requires it) is asked for the rest after the sweep at once. While
 * sweep, a UID at or below last_uid counts only when its letter is still
 * unacknowledged; *sweep_left_r: more of them than this batch took. What
 * waits in pending is not fetched again. */
static enum mb_status
imap_next_uids(struct imap_priv *p, long long lower, long long last_uid, bool sweep,
	       uint32_t *want, size_t limit, size_t *nwant_r, bool *sweep_left_r, char *err,
	       size_t errlen)
{
	const struct mailimap_selection_info *si = p->imap->imap_selection_info;
	bool have_top = si != NULL && si->sel_uidnext > 0;
	uint64_t top = have_top ? (uint64_t)si->sel_uidnext - 1 : UINT32_MAX;
	uint64_t from = (uint64_t)lower + 1, width = 2 * (uint64_t)limit, swept_to = 0;
	size_t nwant = 0;
	bool sweep_left = false;

	while (nwant < limit && from <= UINT32_MAX) {
		bool in_sweep = sweep && from <= (uint64_t)last_uid;
		uint64_t to = from + width - 1;
		if (in_sweep && to > (uint64_t)last_uid)
			to = (uint64_t)last_uid;
		bool open = !in_sweep && (!have_top || to >= top);
		char crit[96];
		if (open)
			snprintf(crit, sizeof(crit), "UID %llu:*", (unsigned long long)from);
		else if (!in_sweep)
			snprintf(crit, sizeof(crit), "UID %llu:%llu", (unsigned long long)from,
				 (unsigned long long)to);
		else
			snprintf(crit, sizeof(crit), "UID %llu:%llu %s", (unsigned long long)from,
				 (unsigned long long)to,
				 p->after_folder ? "UNDELETED" : "UNKEYWORD " IMAP_FILED_KEYWORD);
		clist *uids = NULL;
		int r = imap_uid_search_raw(p, crit, &uids);
		if (r != MAILIMAP_NO_ERROR)
			return imap_fail(p, r, !in_sweep ? "UID SEARCH" : p->after_folder
					 ? "UID SEARCH UNDELETED" : "UID SEARCH UNKEYWORD", err, errlen);
		uint32_t *got = xcalloc((size_t)clist_count(uids) + 1, sizeof(*got));
		size_t ngot = 0;
		for (clistiter *it = clist_begin(uids); it; it = clist_next(it)) {
			uint32_t uid = *(uint32_t *)clist_content(it);
			/* "n:*" answers the last message even when its UID is below n */
			if (uid < from || (!open && uid > to) || pending_find(p, uid))
				continue;
			got[ngot++] = uid;
		}
		mailimap_search_result_free(uids);
		if (ngot > 1)
			qsort(got, ngot, sizeof(*got), uid_cmp);
		size_t k = 0;
		while (k < ngot && nwant < limit)
			want[nwant++] = got[k++];
		free(got);
		if (in_sweep) {
			swept_to = to;
			sweep_left = sweep_left || k < ngot;
		}
		if (open)
			break;
		from = to + 1;
		if (width < IMAP_UID_WINDOW_MAX)
			width = width * 2 < IMAP_UID_WINDOW_MAX ? width * 2 : IMAP_UID_WINDOW_MAX;
	}
	/* the batch filled before the sweep reached last_uid */
	if (sweep && swept_to < (uint64_t)last_uid && nwant == limit)
		sweep_left = true;
	*nwant_r = nwant;
	*sweep_left_r = sweep_left;
	return MB_OK;
}

static enum mb_status
imap_fetch(struct source *s, const struct source_position *at, size_t max,
	   struct source_batch *b, char *err, size_t errlen)
{
	struct imap_priv *p = s->priv;
	long long saved_validity = at ? at->uidvalidity : -1, last_uid = at ? at->last_uid : 0;
	long long lower = 0;
	struct cand *cv = NULL;
	size_t cn = 0, take = 0;
	clist *res = NULL;
	enum mb_status st;
	int r;

	if (p->imap == NULL) {
		snprintf(err, errlen, "%s: not connected", p->label);
		return MB_CONNECTION;
	}
	if ((st = imap_sweep_retention(p, err, errlen)) != MB_OK)
		goto out;
	/* SELECT each time: it gives UIDVALIDITY and sees new mail */
	r = mailimap_select(p->imap, p->wire[IMAP_F_MAILBOX]);
	if (r != MAILIMAP_NO_ERROR) {
		st = imap_fail(p, r, "SELECT", err, errlen);
		goto out;
	}
	p->selected = true;
	p->uidvalidity = p->imap->imap_selection_info ? p->imap->imap_selection_info->sel_uidvalidity : 0;
	b->uidvalidity = p->uidvalidity;
	if (saved_validity != (long long)p->uidvalidity)
		last_uid = 0;	/* a new mailbox to us: the store recognises what it holds */
	if (p->imap->imap_selection_info && p->imap->imap_selection_info->sel_exists == 0)
		goto out;	/* empty */

	if (p->npend > 0 && p->pend_validity != p->uidvalidity)
		p->npend = 0;	/* a new mailbox: those UIDs name other letters */
	if ((st = imap_retry_pending(p, err, errlen)) != MB_OK)
		goto out;

	/* Once per connection, sweep: letters at or below last_uid that are
	 * still unacknowledged (in the mailbox after "move", without $Filed
	 * after "flag") were committed but never acknowledged (a crash, a lost
	 * connection, a refused move): fetch them again, filing recognises
	 * them, and ack moves them. What waits in pending is known, and so is
	 * what was copied and flagged \Deleted by a server without UIDPLUS
	 * (left for its owner to expunge): neither is fetched again. A sweep
	 * that finds more than one batch goes on with the next fetch, after the
	 * last UID it took (acknowledged or waiting in pending by then), so a
	 * backlog left by a crash or a long refusal does not wait for a new
	 * connection. */
	bool sweep = !p->swept && last_uid > 0;
	lower = !sweep ? last_uid : p->sweep_from < last_uid ? p->sweep_from : 0;
	p->swept = true;
	size_t limit = max < p->batch ? max : p->batch, bytes = 0, nwant = 0;
	bool sweep_left = false;
	uint32_t *want = xcalloc(limit, sizeof(*want));
	if ((st = imap_next_uids(p, lower, last_uid, sweep, want, limit, &nwant, &sweep_left, err,
				 errlen)) != MB_OK) {
		free(want);
		goto out;
	}
	/* more unacknowledged than this batch takes: sweep again next time
	 * (not once pending is full: those would come back at once) */
	p->sweep_from = 0;
	if (sweep_left && p->npend < IMAP_PENDING_MAX) {
		p->swept = false;
		p->sweep_from = want[nwant - 1];	/* the batch is full of swept letters */
	}
	if (nwant == 0) {
		free(want);
		goto out;
	}
	struct mailimap_set *set = mailimap_set_new_empty();
	for (size_t i = 0; i < nwant; i++)
		mailimap_set_add_single(set, want[i]);
	free(want);
	struct mailimap_fetch_type *ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft, mailimap_fetch_att_new_rfc822_size());
	r = mailimap_uid_fetch(p->imap, set, ft, &res);
	mailimap_fetch_type_free(ft);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		res = NULL;
		st = imap_fail(p, r, "UID FETCH (RFC822.SIZE)", err, errlen);
		goto out;
	}
	cv = xcalloc((size_t)clist_count(res) + 1, sizeof(*cv));
	for (clistiter *it = clist_begin(res); it; it = clist_next(it)) {
		uint32_t uid = 0, size = 0;
		msg_att_read(clist_content(it), &uid, &size, NULL, NULL);
		if (uid > (uint64_t)lower)
			cv[cn++] = (struct cand){.uid = uid, .size = size};
	}
	mailimap_fetch_list_free(res);
	res = NULL;
	if (cn > 1)
		qsort(cv, cn, sizeof(*cv), cand_cmp);

	/* this batch: at most max and batch messages, and IMAP_BATCH_BYTES_MAX */
	struct mailimap_set *whole = mailimap_set_new_empty();
	size_t nwhole = 0;
	for (take = 0; take < cn && take < limit; take++) {
		size_t sz = cv[take].size > p->size_max ? IMAP_OVERSIZED_HEADER_MAX : cv[take].size;
		bool huge = sz > IMAP_BATCH_HUGE;
		if (take > 0 && (bytes + sz > IMAP_BATCH_BYTES_MAX || huge))
			break;
		bytes += sz;
		if (cv[take].size <= p->size_max) {
			mailimap_set_add_single(whole, cv[take].uid);
			nwhole++;
		}
		if (huge) {
			take++;	/* a huge one is a batch of its own */
			break;
		}
	}
	if (take > 0) {	/* what bounded this batch, for the tests and a curious reader */
		char cnt[32], byt[32];
		snprintf(cnt, sizeof(cnt), "%zu", take);
		snprintf(byt, sizeof(byt), "%zu", bytes);
		log_event(LOG_DEBUG, "imap_batch", "source", p->source_name, "count", cnt, "bytes", byt,
			  NULL);
	}
	if (nwhole > 0) {
		r = fetch_section(p, whole, mailimap_section_new(NULL), 0, &res);
		if (r != MAILIMAP_NO_ERROR) {
			res = NULL;
			mailimap_set_free(whole);
			st = imap_fail(p, r, "UID FETCH (BODY.PEEK[])", err, errlen);
			goto out;
		}
		for (clistiter *it = clist_begin(res); it; it = clist_next(it)) {
			uint32_t uid = 0, size = 0;
			const char *body = NULL;
			size_t blen = 0;
			msg_att_read(clist_content(it), &uid, &size, &body, &blen);
			struct cand *c = cand_find(cv, take, uid);
			if (c && body && c->raw == NULL) {
				c->raw = xmemdup0(body, blen);
				c->len = blen;
			}
		}
		mailimap_fetch_list_free(res);
		res = NULL;
	}
	mailimap_set_free(whole);
	for (size_t i = 0; i < take; i++)
		if (cv[i].size > p->size_max && (st = fetch_oversized(p, &cv[i], err, errlen)) != MB_OK)
			goto out;

	for (size_t i = 0; i < take; i++) {
		struct cand *c = &cv[i];
		if (c->raw == NULL)
			continue;	/* gone since the sizes were read (another gateway moved it) */
		size_t kl = strlen(p->host) + strlen(p->mailbox) + 64;
		char *key = xmalloc(kl);
		snprintf(key, kl, "imap:%s/%s;UIDVALIDITY=%u;UID=%u", p->host, p->mailbox,
			 p->uidvalidity, c->uid);
		struct source_item *item = source_batch_add(b, c->raw, c->len, key, c->uid);
		c->raw = NULL;
		if (c->oversized) {
			item->oversized = true;
			char w[256];
			snprintf(w, sizeof(w),
				 "oversized: %u bytes on the server, over the limit of %zu; filed from its "
				 "header and the first %u bytes of its text",
				 c->size, p->size_max, IMAP_OVERSIZED_TEXT_MAX);
			item->warning = xstrdup(w);
		}
	}
	st = MB_OK;
out:
	if (res)
		mailimap_fetch_list_free(res);
	for (size_t i = 0; i < cn; i++)
		free(cv[i].raw);
	free(cv);
	if (st == MB_CONNECTION)
		imap_disconnect(p, false);
	return st;
}

/* Whether b's UIDs name other letters now: the mailbox was selected
 * again since b was fetched (a fetch ahead) under another UIDVALIDITY. */
static bool
imap_batch_stale(const struct imap_priv *p, const struct source_batch *b)
{
	return b->count > 0 && b->uidvalidity != p->uidvalidity;
}

/* The position after b: its highest UID, but before the first letter that
 * waits (not filed, left in the mailbox to be fetched again). */
static bool
imap_advance(struct source *s, const struct source_position *at, const struct source_batch *b,
	     struct source_position *next)
{
	struct imap_priv *p = s->priv;
	/* b's UIDs are of the validity it was fetched under: when the mailbox
	 * was selected again since (a fetch ahead) under another, they say
	 * nothing of it, and nothing moves (the letters come again) */
	if (imap_batch_stale(p, b))
		return false;
	long long saved_validity = at ? at->uidvalidity : -1, last_uid = at ? at->last_uid : 0;
	if (saved_validity != (long long)p->uidvalidity)
		last_uid = 0;
	long long hi = last_uid, waiting = -1;
	for (size_t i = 0; i < b->count; i++) {
		long long u = (long long)b->v[i].position;
		if (b->v[i].state == SOURCE_ITEM_WAITING || b->v[i].state == SOURCE_ITEM_NEW) {
			if (waiting < 0 || u < waiting)
				waiting = u;
		} else if (u > hi) {
			hi = u;
		}
	}
	if (waiting >= 0 && waiting - 1 < hi)
		hi = waiting - 1 > last_uid ? waiting - 1 : last_uid;
	*next = (struct source_position){.uidvalidity = (long long)p->uidvalidity,
					 .last_uid = hi, .cursor = NULL};
	return true;
}

/* A fetch after the current batch cannot hand it back when the sweep is
 * done for this connection (the next fetch searches above the position
 * only) and no acknowledgement waits to be retried inside it. */
static bool
imap_fetch_ahead_ok(struct source *s)
{
	const struct imap_priv *p = s->priv;
	return p->imap != NULL && p->swept && p->npend == 0;
}

/* --- acknowledging -------------------------------------------------------- */

/* MOVE set to folder; without MOVE, COPY + \Deleted, then UID EXPUNGE with
 * UIDPLUS, else EXPUNGE when expunge_without_uidplus = yes, else the copies
 * wait flagged \Deleted for the owner's EXPUNGE (a plain one would take
 * whatever else the owner flagged) and the sweep passes over them, so no
 * letter is copied twice. The folders were made at login. */
static int
move_set(struct imap_priv *p, struct mailimap_set *set, const char *folder)
{
	if (mailimap_has_extension(p->imap, "MOVE"))
		return mailimap_uid_move(p->imap, set, folder);
	int r = mailimap_uid_copy(p->imap, set, folder);
	if (r != MAILIMAP_NO_ERROR)
		return r;
	struct mailimap_flag_list *fl = mailimap_flag_list_new_empty();
	mailimap_flag_list_add(fl, mailimap_flag_new_deleted());
	struct mailimap_store_att_flags *sf = mailimap_store_att_flags_new_add_flags_silent(fl);
	r = mailimap_uid_store(p->imap, set, sf);
	mailimap_store_att_flags_free(sf);
	if (r != MAILIMAP_NO_ERROR)
		return r;
	if (mailimap_has_uidplus(p->imap))
		return mailimap_uid_expunge(p->imap, set);
	if (p->plain_expunge)
		return mailimap_expunge(p->imap);
	if (!p->told_no_expunge) {
		log_event(LOG_WARN, "expunge_left_to_owner", "source", p->source_name, "why",
			  "the server has neither MOVE nor UIDPLUS: filed letters are copied and "
			  "flagged \\Deleted in the mailbox, and its owner's EXPUNGE removes them "
			  "(or set expunge_without_uidplus = yes)", NULL);
		p->told_no_expunge = true;
	}
	return MAILIMAP_NO_ERROR;
}

/* \Deleted, then UID EXPUNGE of set (with UIDPLUS), else EXPUNGE, which
 * also removes whatever else is flagged \Deleted in the mailbox: a
 * confidential letter must not wait for the owner's EXPUNGE. */
static int
expunge_set(struct imap_priv *p, struct mailimap_set *set)
{
	struct mailimap_flag_list *fl = mailimap_flag_list_new_empty();
	mailimap_flag_list_add(fl, mailimap_flag_new_deleted());
	struct mailimap_store_att_flags *sf = mailimap_store_att_flags_new_add_flags_silent(fl);
	int r = mailimap_uid_store(p->imap, set, sf);
	mailimap_store_att_flags_free(sf);
	if (r != MAILIMAP_NO_ERROR)
		return r;
	return mailimap_has_uidplus(p->imap) ? mailimap_uid_expunge(p->imap, set)
					     : mailimap_expunge(p->imap);
}

static int
flag_set(struct imap_priv *p, struct mailimap_set *set)
{
	struct mailimap_flag_list *fl = mailimap_flag_list_new_empty();
	mailimap_flag_list_add(fl, mailimap_flag_new_flag_keyword(xstrdup(IMAP_FILED_KEYWORD)));
	struct mailimap_store_att_flags *sf = mailimap_store_att_flags_new_add_flags_silent(fl);
	int r = mailimap_uid_store(p->imap, set, sf);
	mailimap_store_att_flags_free(sf);
	return r;
}

/* The kinds of acknowledgement: 0 filed, 1 filed but oversized, 2 failed
 * (quarantine), 3 filed and confidential (expunged, or to
 * confidential_folder). */
#define IMAP_ACK_KINDS 4
static const char *const imap_ack_what[IMAP_ACK_KINDS] = {
	"acknowledging filed letters", "moving oversized letters", "quarantining letters",
	"removing confidential letters"};

static int
ack_kind(struct imap_priv *p, int k, struct mailimap_set *set)
{
	int r;
	if (k == 3 && p->wire[IMAP_F_CONFIDENTIAL] == NULL) {
		r = expunge_set(p, set);
	} else if (k == 3) {
		r = move_set(p, set, p->wire[IMAP_F_CONFIDENTIAL]);
		/* without MOVE or UIDPLUS the copies left \Deleted must not wait
		 * for anyone: EXPUNGE now */
		if (r == MAILIMAP_NO_ERROR && !mailimap_has_extension(p->imap, "MOVE")
		    && !mailimap_has_uidplus(p->imap) && !p->plain_expunge)
			r = mailimap_expunge(p->imap);
	} else if (k == 0 && p->wire[IMAP_F_AFTER] == NULL) {
		r = flag_set(p, set);
	} else {
		r = move_set(p, set, k == 0 ? p->wire[IMAP_F_AFTER] : k == 1 ? p->wire[IMAP_F_OVERSIZED] : p->wire[IMAP_F_QUARANTINE]);
	}
	return r;
}

static void
pending_add(struct imap_priv *p, uint32_t uid, int kind)
{
	size_t i = pending_pos(p->pend, p->npend, uid);
	if ((i < p->npend && p->pend[i].uid == uid) || p->npend >= IMAP_PENDING_MAX)
		return;	/* past the bound, the sweep of a new connection finds it */
	if (p->npend == 0)
		p->pend_validity = p->uidvalidity;
	if (p->npend == p->pend_cap) {
		p->pend_cap = p->pend_cap ? 2 * p->pend_cap : 64;
		p->pend = xreallocarray(p->pend, p->pend_cap, sizeof(*p->pend));
	}
	memmove(&p->pend[i + 1], &p->pend[i], (p->npend - i) * sizeof(*p->pend));
	p->pend[i] = (struct pending){.uid = uid, .kind = (unsigned char)kind};
	p->npend++;
}

/* An acknowledgement failed (not the connection): the letters wait in
 * pending, tried again after a back-off of their own; intake goes on. */
static void
pending_failed(struct imap_priv *p, const char *why)
{
	char n[32], ms[32], tries[32];
	p->pend_backoff_ms = p->pend_backoff_ms ? p->pend_backoff_ms * 2 : IMAP_PENDING_BACKOFF_MIN_MS;
	if (p->pend_backoff_ms > IMAP_PENDING_BACKOFF_MAX_MS)
		p->pend_backoff_ms = IMAP_PENDING_BACKOFF_MAX_MS;
	p->pend_next_ms = mono_ms() + p->pend_backoff_ms;
	p->pend_failures++;
	snprintf(n, sizeof(n), "%zu", p->npend);
	snprintf(ms, sizeof(ms), "%d", p->pend_backoff_ms);
	snprintf(tries, sizeof(tries), "%d", p->pend_failures);
	if (p->pend_failures == IMAP_PENDING_REPORT_AFTER)
		log_event(LOG_ERROR, "ack_failing", "source", p->source_name, "waiting", n, "tries",
			  tries, "error", why, "why", "filed letters cannot be acknowledged at the "
			  "source; new letters are still filed; fix the folder or the setting named",
			  NULL);
	else
		log_event(LOG_WARN, "ack_deferred", "source", p->source_name, "waiting", n, "tries",
			  tries, "error", why, "retry_ms", ms, NULL);
}

/* Acknowledges the (uid, kind) items of v, kind by kind (v is sorted by uid
 * here); those that fail stay (or go) in pending. Returns the libetpan code
 * of the first failure. */
static int
ack_items(struct imap_priv *p, struct pending *v, size_t n, char *why, size_t whylen)
{
	qsort(v, n, sizeof(*v), pending_cmp);
	int first = MAILIMAP_NO_ERROR;
	for (int k = 0; k < IMAP_ACK_KINDS; k++) {
		struct mailimap_set *set = NULL;
		for (size_t i = 0; i < n; i++)
			if (v[i].kind == k) {
				if (set == NULL)
					set = mailimap_set_new_empty();
				mailimap_set_add_single(set, v[i].uid);
			}
		if (set == NULL)
			continue;
		int r = ack_kind(p, k, set);
		mailimap_set_free(set);
		if (r == MAILIMAP_NO_ERROR) {
			/* done: out of pending, where they may have waited */
			size_t w = 0;
			for (size_t i = 0; i < p->npend; i++) {
				size_t j = pending_pos(v, n, p->pend[i].uid);
				bool done = j < n && v[j].uid == p->pend[i].uid && v[j].kind == k;
				if (!done)
					p->pend[w++] = p->pend[i];
			}
			p->npend = w;
			continue;
		}
		if (first == MAILIMAP_NO_ERROR) {
			first = r;
			(void)imap_fail(p, r, imap_ack_what[k], why, whylen);
		}
		if (r == MAILIMAP_ERROR_STREAM)
			return r;
		for (size_t i = 0; i < n; i++)
			if (v[i].kind == k)
				pending_add(p, v[i].uid, k);
	}
	return first;
}

/* The letters in pending, when their back-off has passed (the mailbox is
 * selected). MB_CONNECTION only when the connection broke. */
static enum mb_status
imap_retry_pending(struct imap_priv *p, char *err, size_t errlen)
{
	if (p->npend == 0 || mono_ms() < p->pend_next_ms)
		return MB_OK;
	size_t n = p->npend;
	struct pending *v = xreallocarray(NULL, n, sizeof(*v));
	memcpy(v, p->pend, n * sizeof(*v));
	char why[1024];
	int r = ack_items(p, v, n, why, sizeof(why));
	free(v);
	if (r == MAILIMAP_NO_ERROR) {
		char c[32];
		snprintf(c, sizeof(c), "%zu", n);
		log_event(LOG_INFO, "ack_recovered", "source", p->source_name, "acknowledged", c, NULL);
		p->pend_backoff_ms = 0;
		p->pend_failures = 0;
		return MB_OK;
	}
	if (r == MAILIMAP_ERROR_STREAM) {
		snprintf(err, errlen, "%s", why);
		return MB_CONNECTION;
	}
	pending_failed(p, why);
	return MB_OK;
}

static enum mb_status
imap_ack(struct source *s, const struct source_batch *b, char *err, size_t errlen)
{
	struct imap_priv *p = s->priv;
	if (p->imap == NULL || !p->selected) {
		snprintf(err, errlen, "%s: not connected", p->label);
		return MB_CONNECTION;
	}
	/* UIDs name letters of one UIDVALIDITY only: when the mailbox was
	 * selected again since b was fetched (a fetch ahead) and its validity
	 * changed, b's UIDs name other letters now. Nothing is moved by them;
	 * the letters come again under the new validity, filing recognises
	 * them by their content, and they are acknowledged then. */
	if (imap_batch_stale(p, b)) {
		log_event(LOG_WARN, "mailbox_changed", "source", p->source_name, "why",
			  "the mailbox's UIDVALIDITY changed since the batch was fetched; its "
			  "letters are acknowledged when they are fetched again", NULL);
		return MB_OK;
	}
	struct pending *v = xreallocarray(NULL, b->count + 1, sizeof(*v));
	size_t n = 0;
	for (size_t i = 0; i < b->count; i++) {
		const struct source_item *it = &b->v[i];
		int k;
		if (it->state == SOURCE_ITEM_FILED)
			k = it->confidential ? 3 : it->oversized ? 1 : 0;
		else if (it->state == SOURCE_ITEM_FAILED)
			k = 2;
		else
			continue;
		v[n++] = (struct pending){.uid = (uint32_t)it->position, .kind = (unsigned char)k};
	}
	char why[1024];
	size_t before = p->npend;
	int r = ack_items(p, v, n, why, sizeof(why));
	free(v);
	if (r == MAILIMAP_ERROR_STREAM) {
		snprintf(err, errlen, "%s", why);
		imap_disconnect(p, false);
		return MB_CONNECTION;	/* pending is kept; the sweep finds the rest */
	}
	if (r != MAILIMAP_NO_ERROR && p->npend > before)
		pending_failed(p, why);
	return MB_OK;
}

/* --- waiting -------------------------------------------------------------- */

static void
sleep_ms(int ms)
{
	struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static void
imap_wait(struct source *s, int timeout_ms, volatile int *stop)
{
	struct imap_priv *p = s->priv;
	int waited = 0;

	if (p->imap && p->selected && p->idle && mailimap_has_idle(p->imap) &&
	    mailimap_idle(p->imap) == MAILIMAP_NO_ERROR) {
		int fd = mailimap_idle_get_fd(p->imap);
		bool woke = p->imap->imap_stream && p->imap->imap_stream->read_buffer_len > 0;
		while (!woke && !*stop && waited < timeout_ms && fd >= 0) {
			struct pollfd pfd = {.fd = fd, .events = POLLIN};
			int step = timeout_ms - waited < IMAP_IDLE_STEP_MS ? timeout_ms - waited
									 : IMAP_IDLE_STEP_MS;
			int r = poll(&pfd, 1, step);
			if (r > 0)
				woke = true;
			else if (r < 0 && errno != EINTR)
				break;
			waited += step;
		}
		if (mailimap_idle_done(p->imap) != MAILIMAP_NO_ERROR)
			imap_disconnect(p, false);	/* fetch says MB_CONNECTION: open again */
		return;
	}
	while (!*stop && waited < timeout_ms) {
		int step = timeout_ms - waited < IMAP_IDLE_STEP_MS ? timeout_ms - waited : IMAP_IDLE_STEP_MS;
		sleep_ms(step);
		waited += step;
	}
}

static void
imap_priv_free(struct imap_priv *p)
{
	if (p == NULL)
		return;
	imap_disconnect(p, true);
	if (p->secret) {
		explicit_bzero(p->secret, strlen(p->secret));
		free(p->secret);
	}
	free(p->label);
	free(p->host);
	free(p->ca_file);
	free(p->user);
	free(p->mailbox);
	free(p->after_folder);
	free(p->quarantine);
	free(p->oversized);
	free(p->confidential_folder);
	free(p->pend);
	free(p);
}

static void
imap_close(struct source *s)
{
	imap_priv_free(s->priv);
	s->priv = NULL;
}

static const struct source_ops imap_ops = {
	.kind = "imap",
	.open = imap_open,
	.fetch = imap_fetch,
	.advance = imap_advance,
	.fetch_ahead_ok = imap_fetch_ahead_ok,
	.ack = imap_ack,
	.wait = imap_wait,
	.close = imap_close,
};
