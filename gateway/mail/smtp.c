/*
 * smtp.c - outgoing mail through one SMTP server with libcurl (see smtp.h).
 *
 * Where it sits: the [smtp] section is read at start-up (and on SIGHUP) by
 * the daemon and by `mayorbox mail`; smtp_send hands one finished message
 * (built elsewhere) to the server and says whether to keep it for later;
 * a session (smtp_session_*) does the same for many messages on one
 * connection, which the outbox uses to drain a round.
 *
 * The message's line ends are made CRLF here (bare LF -> CRLF) before
 * libcurl sees it; libcurl does the dot-stuffing ("\r\n." -> "\r\n..") and
 * the final ".". libcurl's own CURLOPT_CRLF is not used: it would turn CRLF
 * into CR CR LF. The server's last reply line is caught through the debug
 * callback (incoming headers only: never what we send, so never the
 * password or the message) so that errors can quote it.
 */
#include "smtp.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <curl/curl.h>
#include <sodium.h>

#include "buf.h"
#include "readfile.h"
#include "replies.h"
#include "xalloc.h"

#define SMTP_SECTION "smtp"

/* --- configuration ------------------------------------------------------ */

static unsigned
key_line(const struct config *cfg, const char *key)
{
	unsigned line = 0;
	for (size_t i = 0; i < cfg->count; i++)
		if (strcmp(cfg->v[i].section, SMTP_SECTION) == 0 && strcmp(cfg->v[i].key, key) == 0)
			line = cfg->v[i].line;	/* the last one wins, as in config_get */
	return line;
}

static void
conf_error(const struct config *cfg, const char *key, const char *what, char *err, size_t errlen)
{
	const char *path = cfg->path ? cfg->path : "config";
	unsigned line = key_line(cfg, key);
	if (line > 0)
		snprintf(err, errlen, "%s:%u: [smtp] %s: %s", path, line, key, what);
	else
		snprintf(err, errlen, "%s: [smtp] %s: %s", path, key, what);
}

/* A host name or address literal that can go into a URL as it is. */
static bool
host_ok(const char *h)
{
	if (*h == '\0' || strlen(h) > 255)
		return false;
	for (const char *c = h; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')
		      || *c == '.' || *c == '-' || *c == ':' || *c == '[' || *c == ']' || *c == '_'))
			return false;
	return true;
}

/* The password: one line of path, which only its owner may read. */
static bool
read_password(const char *path, char **r, char *why, size_t whylen)
{
	char *data = NULL;
	size_t len;
	if (readfile_secret(path, SMTP_PASSWORD_MAX, &data, &len, why, whylen) != MB_OK)
		return false;
	while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r'))
		len--;
	data[len] = '\0';
	if (len == 0 || memchr(data, '\0', len) || memchr(data, '\n', len)
	    || memchr(data, '\r', len)) {
		sodium_memzero(data, len);
		free(data);
		snprintf(why, whylen, "%s: not one line", path);
		return false;
	}
	*r = data;
	return true;
}

enum mb_status
smtp_config_load(const struct config *cfg, struct smtp_config *sc, bool *present_r, char *err,
		 size_t errlen)
{
	const char *v;
	long n;
	char why[512];
	bool have = false;

	memset(sc, 0, sizeof(*sc));
	err[0] = '\0';
	for (size_t i = 0; cfg && i < cfg->count; i++)
		if (strcmp(cfg->v[i].section, SMTP_SECTION) == 0)
			have = true;
	*present_r = have;
	if (!have)
		return MB_OK;

	/* url = smtp://host[:port] (STARTTLS) or smtps://host[:port] (implicit
	 * TLS), or host, port and tls apart */
	char uhost[256] = "";
	long uport = 0;
	const char *url_tls = NULL;
	if ((v = config_get(cfg, SMTP_SECTION, "url")) != NULL) {
		const char *rest;
		if (strncmp(v, "smtp://", 7) == 0) {
			rest = v + 7;
			url_tls = "starttls";
		} else if (strncmp(v, "smtps://", 8) == 0) {
			rest = v + 8;
			url_tls = "implicit";
		} else {
			conf_error(cfg, "url", "is smtp://HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT]",
				   err, errlen);
			goto fail;
		}
		size_t hl = strcspn(rest, ":/");
		if (rest[0] == '[')
			hl = strcspn(rest, "]") + 1;
		if (hl == 0 || hl >= sizeof(uhost) || config_get(cfg, SMTP_SECTION, "host")) {
			conf_error(cfg, "url", hl == 0 || hl >= sizeof(uhost) ? "no host"
				   : "give url or host, not both", err, errlen);
			goto fail;
		}
		memcpy(uhost, rest, hl);
		const char *after = rest + hl;
		if (*after == ':' && !config_parse_long(after + 1, 1, 65535, &uport)) {
			conf_error(cfg, "url", "not a port number (1 to 65535)", err, errlen);
			goto fail;
		}
		if (*after != '\0' && *after != ':' && strcmp(after, "/") != 0) {
			conf_error(cfg, "url", "has a path; give smtp://HOST[:PORT]", err, errlen);
			goto fail;
		}
	}
	if (uhost[0])
		v = uhost;
	else if ((v = config_get(cfg, SMTP_SECTION, "host")) == NULL || *v == '\0') {
		conf_error(cfg, "host", "missing (or url)", err, errlen);
		goto fail;
	}
	if (!host_ok(v)) {
		conf_error(cfg, uhost[0] ? "url" : "host", "not a host name or address", err, errlen);
		goto fail;
	}
	sc->host = xstrdup(v);

	v = config_get(cfg, SMTP_SECTION, "tls");
	if (url_tls && v && strcmp(v, "none") != 0 && strcmp(v, url_tls) != 0) {
		conf_error(cfg, "tls", "contradicts url (smtp:// is starttls, smtps:// implicit)",
			   err, errlen);
		goto fail;
	}
	if (v == NULL && url_tls)
		v = url_tls;
	if (v == NULL || strcmp(v, "starttls") == 0)
		sc->tls = SMTP_TLS_STARTTLS;
	else if (strcmp(v, "implicit") == 0)
		sc->tls = SMTP_TLS_IMPLICIT;
	else if (strcmp(v, "none") == 0)
		sc->tls = SMTP_TLS_NONE;
	else {
		conf_error(cfg, "tls", "is starttls, implicit or none", err, errlen);
		goto fail;
	}
	if (sc->tls == SMTP_TLS_NONE && !config_host_is_loopback(sc->host)) {
		snprintf(why, sizeof(why), "none only to a loopback address, not to %s", sc->host);
		conf_error(cfg, "tls", why, err, errlen);
		goto fail;
	}
	sc->port = sc->tls == SMTP_TLS_STARTTLS ? 587 : sc->tls == SMTP_TLS_IMPLICIT ? 465 : 25;
	if (uport)
		sc->port = (int)uport;
	if ((v = config_get(cfg, SMTP_SECTION, "port")) != NULL) {
		if (uport) {
			conf_error(cfg, "port", "give it in url or as port, not both", err, errlen);
			goto fail;
		}
		if (!config_parse_long(v, 1, 65535, &n)) {
			conf_error(cfg, "port", "not a port number (1 to 65535)", err, errlen);
			goto fail;
		}
		sc->port = (int)n;
	}
	if ((v = config_get(cfg, SMTP_SECTION, "ca_file")) != NULL && *v != '\0') {
		FILE *f = fopen(v, "r");
		if (f == NULL) {
			snprintf(why, sizeof(why), "%s: %s", v, strerror(errno));
			conf_error(cfg, "ca_file", why, err, errlen);
			goto fail;
		}
		fclose(f);
		sc->ca_file = xstrdup(v);
	}

	const char *user = config_get(cfg, SMTP_SECTION, "user");
	const char *password_file = config_get(cfg, SMTP_SECTION, "password_file");
	if (user != NULL && *user == '\0')
		user = NULL;
	if (password_file != NULL && *password_file == '\0')
		password_file = NULL;
	if (user && !password_file) {
		conf_error(cfg, "password_file", "missing (user is set)", err, errlen);
		goto fail;
	}
	if (password_file && !user) {
		conf_error(cfg, "user", "missing (password_file is set)", err, errlen);
		goto fail;
	}
	if (user) {
		if (strpbrk(user, "\r\n") != NULL) {
			conf_error(cfg, "user", "not one line", err, errlen);
			goto fail;
		}
		sc->user = xstrdup(user);
		if (!read_password(password_file, &sc->password, why, sizeof(why))) {
			conf_error(cfg, "password_file", why, err, errlen);
			goto fail;
		}
	}

	if ((v = config_get(cfg, SMTP_SECTION, "from")) == NULL || *v == '\0') {
		conf_error(cfg, "from", "missing (the address acknowledgements come from)", err,
			   errlen);
		goto fail;
	}
	if (!replies_address_ok(v)) {
		conf_error(cfg, "from", "not an address (local@domain)", err, errlen);
		goto fail;
	}
	sc->from = xstrdup(v);
	if ((v = config_get(cfg, SMTP_SECTION, "from_name")) != NULL && *v != '\0') {
		if (strpbrk(v, "\r\n") != NULL) {
			conf_error(cfg, "from_name", "not one line", err, errlen);
			goto fail;
		}
		sc->from_name = xstrdup(v);
	}
	if ((v = config_get(cfg, SMTP_SECTION, "helo")) != NULL && *v != '\0') {
		if (!host_ok(v)) {
			conf_error(cfg, "helo", "not a host name", err, errlen);
			goto fail;
		}
		sc->helo_domain = xstrdup(v);
	}
	sc->timeout_seconds = SMTP_TIMEOUT_DEFAULT;
	if ((v = config_get(cfg, SMTP_SECTION, "timeout_seconds")) != NULL) {
		if (!config_parse_long(v, 1, SMTP_TIMEOUT_MAX, &n)) {
			snprintf(why, sizeof(why), "is 1 to %d", SMTP_TIMEOUT_MAX);
			conf_error(cfg, "timeout_seconds", why, err, errlen);
			goto fail;
		}
		sc->timeout_seconds = n;
	}
	return MB_OK;
fail:
	smtp_config_deinit(sc);
	*present_r = false;
	return MB_CONFIG;
}

void
smtp_config_deinit(struct smtp_config *sc)
{
	if (sc == NULL)
		return;
	if (sc->password != NULL) {
		sodium_memzero(sc->password, strlen(sc->password));
		free(sc->password);
	}
	free(sc->host);
	free(sc->ca_file);
	free(sc->user);
	free(sc->from);
	free(sc->from_name);
	free(sc->helo_domain);
	memset(sc, 0, sizeof(*sc));
}

/* --- sending ------------------------------------------------------------ */

struct smtp_upload {
	const char *p;
	size_t left;
};

static size_t
smtp_read_cb(char *dst, size_t size, size_t nmemb, void *userdata)
{
	struct smtp_upload *u = userdata;
	size_t n = size * nmemb;
	if (n > u->left)
		n = u->left;
	memcpy(dst, u->p, n);
	u->p += n;
	u->left -= n;
	return n;
}

/* The server's last 4xx or 5xx reply line, for err. */
struct smtp_reply {
	char line[SMTP_REPLY_MAX];
};

static int
smtp_debug_cb(CURL *h, curl_infotype type, char *data, size_t size, void *userdata)
{
	(void)h;
	struct smtp_reply *r = userdata;
	if (type != CURLINFO_HEADER_IN || size < 3)
		return 0;
	/* the last line of what came in (a multi-line reply's last line) */
	while (size > 0 && (data[size - 1] == '\n' || data[size - 1] == '\r'))
		size--;
	size_t start = size;
	while (start > 0 && data[start - 1] != '\n')
		start--;
	/* keep the last refusal: the 221 of QUIT must not hide the 554 */
	if (size - start < 3 || (data[start] != '4' && data[start] != '5'))
		return 0;
	size_t k = 0;
	for (size_t i = start; i < size && k + 1 < sizeof(r->line); i++) {
		unsigned char c = (unsigned char)data[i];
		r->line[k++] = c < ' ' || c == 0x7f ? '?' : (char)c;
	}
	r->line[k] = '\0';
	return 0;
}

static bool
curl_ready(void)
{
	/* libcurl >= 7.84 makes this thread-safe; a second call (webform.c
	 * does its own) only counts up */
	static bool done;
	if (!done && curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK)
		done = true;
	return done;
}

/* The message with every bare LF made CRLF and a CRLF at the end. */
static bool
to_crlf(const char *msg, size_t len, struct buf *out)
{
	buf_init(out, len * 2 + 2);
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		if (msg[i] == '\n' && (i == 0 || msg[i - 1] != '\r')) {
			buf_append(out, msg + run, i - run);
			buf_append(out, "\r\n", 2);
			run = i + 1;
		}
	}
	buf_append(out, msg + run, len - run);
	if (out->len < 2 || memcmp(out->data + out->len - 2, "\r\n", 2) != 0)
		buf_append(out, "\r\n", 2);
	return !out->overflowed;
}

/* One easy handle kept across messages: libcurl keeps its connection (and
 * the TLS session on it) open after a transfer and reuses it for the next
 * one to the same server with the same options. Only the recipient, the
 * message and the captured reply change per message. */
struct smtp_session {
	const struct smtp_config *sc;	/* borrowed */
	CURL *h;
	struct smtp_upload up;
	struct smtp_reply reply;
	char errbuf[CURL_ERROR_SIZE];
	char url[600], from[300], server[300];
	unsigned long connects;		/* connections opened so far */
};

enum mb_status
smtp_session_init(const struct smtp_config *sc, struct smtp_session **session_r, char *err,
		  size_t errlen)
{
	struct smtp_session *s = xcalloc(1, sizeof(*s));
	bool ok = true;

	*session_r = NULL;
	s->sc = sc;
	snprintf(s->server, sizeof(s->server), "%s:%d", sc->host, sc->port);
	if (!curl_ready() || (s->h = curl_easy_init()) == NULL) {
		snprintf(err, errlen, "smtp %s: libcurl cannot be initialised", s->server);
		goto fail;
	}
	bool v6 = strchr(sc->host, ':') != NULL && sc->host[0] != '[';
	snprintf(s->url, sizeof(s->url), "%s://%s%s%s:%d/%s",
		 sc->tls == SMTP_TLS_IMPLICIT ? "smtps" : "smtp", v6 ? "[" : "", sc->host,
		 v6 ? "]" : "", sc->port, sc->helo_domain ? sc->helo_domain : "");
	snprintf(s->from, sizeof(s->from), "<%s>", sc->from);

	CURL *h = s->h;
	ok = ok && curl_easy_setopt(h, CURLOPT_URL, s->url) == CURLE_OK;
	/* never the proxy of the environment (ALL_PROXY, ...) */
	ok = ok && curl_easy_setopt(h, CURLOPT_PROXY, "") == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps") == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, sc->timeout_seconds) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_TIMEOUT, sc->timeout_seconds) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_ERRORBUFFER, s->errbuf) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_MAIL_FROM, s->from) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_UPLOAD, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_READFUNCTION, smtp_read_cb) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_READDATA, &s->up) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, smtp_debug_cb) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_DEBUGDATA, &s->reply) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_VERBOSE, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L) == CURLE_OK;
	ok = ok && curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L) == CURLE_OK;
	if (sc->tls == SMTP_TLS_STARTTLS)	/* STARTTLS or nothing: never plain */
		ok = ok && curl_easy_setopt(h, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL) == CURLE_OK;
	if (sc->ca_file)
		ok = ok && curl_easy_setopt(h, CURLOPT_CAINFO, sc->ca_file) == CURLE_OK;
	if (sc->user) {
		ok = ok && curl_easy_setopt(h, CURLOPT_USERNAME, sc->user) == CURLE_OK;
		ok = ok && curl_easy_setopt(h, CURLOPT_PASSWORD, sc->password) == CURLE_OK;
	}
	if (!ok) {
		snprintf(err, errlen, "smtp %s: libcurl refused an option (too old?)", s->server);
		goto fail;
	}
	*session_r = s;
	return MB_OK;
fail:
	smtp_session_deinit(&s);
	return MB_FATAL;
}

unsigned long
smtp_session_connects(const struct smtp_session *s)
{
	return s->connects;
}

/* One transfer on the session's handle: *code_r the server's last reply
 * code, *fresh_r whether a new connection was opened for it, *started_r
 * whether libcurl began to read the message (DATA was under way). */
static CURLcode
session_perform(struct smtp_session *s, struct curl_slist *rcpts, const struct buf *wire,
		long *code_r, bool *fresh_r, bool *started_r)
{
	s->up.p = wire->data;
	s->up.left = wire->len;
	s->reply.line[0] = '\0';
	s->errbuf[0] = '\0';
	CURLcode rc = curl_easy_setopt(s->h, CURLOPT_MAIL_RCPT, rcpts);
	if (rc == CURLE_OK)
		rc = curl_easy_setopt(s->h, CURLOPT_INFILESIZE_LARGE, (curl_off_t)wire->len);
	if (rc == CURLE_OK)
		rc = curl_easy_perform(s->h);
	long code = 0, conns = 0;
	curl_easy_getinfo(s->h, CURLINFO_RESPONSE_CODE, &code);
	curl_easy_getinfo(s->h, CURLINFO_NUM_CONNECTS, &conns);
	if (conns > 0)
		s->connects += (unsigned long)conns;
	*code_r = code;
	*fresh_r = conns > 0;
	*started_r = s->up.left < wire->len;
	return rc;
}

/* A kept connection that the server closed while we did not use it (its
 * idle time-out, a restart) and that libcurl did not see closed before
 * reusing it: the transfer broke before the message went (no reply, or
 * 421 "closing"). Sending again on a new connection cannot duplicate it. */
static bool
stale_connection(CURLcode rc, long code, bool fresh, bool started)
{
	if (rc == CURLE_OK || fresh || started || (code != 0 && code != 421))
		return false;
	return rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING
	       || rc == CURLE_WEIRD_SERVER_REPLY;
}

enum mb_status
smtp_session_send(struct smtp_session *s, const char *rcpt, const char *msg, size_t len,
		  char *err, size_t errlen)
{
	const struct smtp_config *sc = s->sc;
	const char *server = s->server;
	struct curl_slist *rcpts = NULL;
	struct buf wire;
	char to[300];
	enum mb_status st = MB_FATAL;

	buf_init(&wire, 0);
	if (!replies_address_ok(rcpt)) {
		snprintf(err, errlen, "smtp %s: recipient is not an address", server);
		st = MB_BAD_LETTER;
		goto out;
	}
	if (len > SMTP_MESSAGE_MAX) {
		snprintf(err, errlen, "smtp %s: message of %zu bytes is over SMTP_MESSAGE_MAX", server,
			 len);
		st = MB_BAD_LETTER;
		goto out;
	}
	if (!to_crlf(msg, len, &wire)) {
		snprintf(err, errlen, "smtp %s: out of buffer", server);
		goto out;
	}
	snprintf(to, sizeof(to), "<%s>", rcpt);
	rcpts = curl_slist_append(NULL, to);
	if (rcpts == NULL) {
		snprintf(err, errlen, "smtp %s: out of memory", server);
		goto out;
	}

	long code;
	bool fresh, started;
	CURLcode rc = session_perform(s, rcpts, &wire, &code, &fresh, &started);
	if (stale_connection(rc, code, fresh, started)) {
		/* once more, on a new connection */
		if (curl_easy_setopt(s->h, CURLOPT_FRESH_CONNECT, 1L) == CURLE_OK) {
			rc = session_perform(s, rcpts, &wire, &code, &fresh, &started);
			(void)curl_easy_setopt(s->h, CURLOPT_FRESH_CONNECT, 0L);
		}
	}
	const char *what = s->errbuf[0] ? s->errbuf : curl_easy_strerror(rc);
	char said[SMTP_REPLY_MAX + 16] = "";
	if (s->reply.line[0] && code >= 400)
		snprintf(said, sizeof(said), ": %s", s->reply.line);

	switch (rc) {
	case CURLE_OK:
		st = MB_OK;
		snprintf(err, errlen, "smtp %s: accepted", server);
		goto out;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_CRL_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
		snprintf(err, errlen, "smtp %s: certificate for %s not trusted: %s", server, sc->host,
			 what);
		st = MB_FATAL;
		goto out;
	case CURLE_USE_SSL_FAILED:
		snprintf(err, errlen, "smtp %s: the server does not offer STARTTLS (tls = starttls)%s",
			 server, said);
		st = MB_FATAL;
		goto out;
	case CURLE_LOGIN_DENIED:
		snprintf(err, errlen, "smtp %s: authentication refused for user %s%s", server,
			 sc->user ? sc->user : "(none)", said);
		st = MB_FATAL;
		goto out;
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_URL_MALFORMAT:
	case CURLE_NOT_BUILT_IN:
	case CURLE_UNKNOWN_OPTION:
	case CURLE_SSL_ENGINE_NOTFOUND:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
		snprintf(err, errlen, "smtp %s: %s", server, what);
		st = MB_FATAL;
		goto out;
	default:
		break;
	}
	if (code == 530 || code == 535 || code == 538) {
		/* authentication required or refused: configuration, not the letter */
		snprintf(err, errlen, "smtp %s: authentication %s (%ld)%s", server,
			 code == 535 ? "refused" : "required", code, said);
		st = MB_FATAL;
	} else if (code >= 500 && code < 600) {
		snprintf(err, errlen, "smtp %s: refused permanently (%ld)%s", server, code, said);
		st = MB_BAD_LETTER;
	} else if (code == 421) {
		/* the server closes the session: every message waits, not this one */
		snprintf(err, errlen, "smtp %s: service not available (421)%s", server, said);
		st = MB_CONNECTION;
	} else if (code >= 400 && code < 500) {
		/* this recipient or message, for now (a full mailbox, greylisting) */
		snprintf(err, errlen, "smtp %s: refused for now (%ld)%s", server, code, said);
		st = MB_TEMPORARY;
	} else {
		/* no connection, time-out, TLS handshake or connection broken */
		snprintf(err, errlen, "smtp %s: %s", server, what);
		st = MB_CONNECTION;
	}
out:
	/* libcurl's pointers to this message's data end here */
	s->up.p = NULL;
	s->up.left = 0;
	(void)curl_easy_setopt(s->h, CURLOPT_MAIL_RCPT, (struct curl_slist *)NULL);
	curl_slist_free_all(rcpts);
	if (wire.data != NULL) {
		sodium_memzero(wire.data, wire.len);	/* it may be a confidential writer's */
		buf_deinit(&wire);
	}
	return st;
}

void
smtp_session_deinit(struct smtp_session **sp)
{
	struct smtp_session *s = sp ? *sp : NULL;
	if (s == NULL)
		return;
	if (s->h != NULL)
		curl_easy_cleanup(s->h);	/* sends QUIT on a connection still open */
	free(s);
	*sp = NULL;
}

enum mb_status
smtp_send(const struct smtp_config *sc, const char *rcpt, const char *msg, size_t len, char *err,
	  size_t errlen)
{
	struct smtp_session *s;
	enum mb_status st = smtp_session_init(sc, &s, err, errlen);
	if (st != MB_OK)
		return st;
	st = smtp_session_send(s, rcpt, msg, len, err, errlen);
	smtp_session_deinit(&s);
	return st;
}
