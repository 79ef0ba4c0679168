/*
 * webform.c - the web-form feed as a letter source (source.h), with libcurl.
 *
 * Two formats. "native": GET URL?since=CURSOR&limit=N with a bearer token
 * answers {"submissions": [...], "next": CURSOR-or-null}; each submission is
 * one letter whose raw bytes are the submission re-serialised with sorted
 * keys (stable bytes, so a re-fetch hashes the same). "open311": the
 * GeoReport v2 requests.json polled by start_date; each service request is
 * turned into a native submission (its service_name kept) so the form parser
 * reads it.
 *
 * The cursor is the source's position: the daemon keeps it in the store
 * and saves what advance() says inside the transaction that files the
 * batch: the feed is "acknowledged" by COMMIT, so ack() has nothing to do. A crash before COMMIT re-fetches the batch,
 * which filing recognises by source key ("form:URL#ID").
 *
 * Failures of the feed (HTTP status, time-out, a body that is not the
 * expected JSON, a body over WEBFORM_RESPONSE_MAX) are MB_CONNECTION: the
 * daemon backs off and retries, nothing is lost. Error texts name the feed
 * and the HTTP status, never the body and never the token. A URL's
 * credentials (user:password@, and query parameters named like secrets:
 * api_key, token, signature, ...) are used for the request only: the
 * source key's URL has the userinfo dropped and those values emptied, and
 * no log line shows more than scheme, host, port and path.
 *
 * libcurl would take a proxy from http_proxy, https_proxy or ALL_PROXY in
 * the environment: a feed goes through a proxy only when the section names
 * one (proxy = URL). One submission
 * that is not an object or has no id is still handed over (keyed by its
 * content hash, with a warning) so the store files it as unclassified.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>
#include <jansson.h>
#include <sodium.h>

#include "buf.h"
#include "date.h"
#include "limits.h"
#include "readfile.h"
#include "source.h"
#include "xalloc.h"

/* One response of the feed, whole; a native batch that would pass it is
 * asked for again with half the limit. */
#define WEBFORM_RESPONSE_MAX	(64u * 1024 * 1024)
/* The token file (a bearer token is a line). */
#define WEBFORM_TOKEN_MAX	(64u * 1024)
/* Defaults of the [webform NAME] keys. */
#define WEBFORM_POLL_DEFAULT	60
#define WEBFORM_TIMEOUT_DEFAULT	30
#define WEBFORM_CONNECT_TIMEOUT_MAX 10
#define WEBFORM_BATCH_DEFAULT	100
#define WEBFORM_BATCH_MAX	10000
/* One step of wait(): how soon a stop request is seen. */
#define WEBFORM_WAIT_STEP_MS	100

enum webform_format {
	WEBFORM_NATIVE,
	WEBFORM_OPEN311,
};

struct webform {
	char *url;		/* as configured: what is requested (may hold credentials) */
	char *key_url;		/* url without its credentials: the key prefix "form:URL#" */
	char *shown;		/* scheme://host[:port]/path, for error texts */
	char *proxy;		/* proxy = URL, or NULL: none (never the environment's) */
	char *token;		/* the secret; NULL for none; wiped when freed */
	char *ca_file;		/* NULL: the system's store */
	char *jurisdiction;	/* open311 jurisdiction_id, or NULL */
	char *start_date;	/* open311: the first start_date, or NULL */
	enum webform_format format;
	long timeout;
	size_t batch;
	CURL *curl;
};

struct webform_body {
	struct buf b;
};

/* --- configuration -------------------------------------------------------- */

static void
webform_free(struct webform *w)
{
	if (w == NULL)
		return;
	if (w->curl != NULL)
		curl_easy_cleanup(w->curl);
	if (w->token != NULL) {
		sodium_memzero(w->token, strlen(w->token));
		free(w->token);
	}
	free(w->url);
	free(w->key_url);
	free(w->shown);
	free(w->proxy);
	free(w->ca_file);
	free(w->jurisdiction);
	free(w->start_date);
	free(w);
}

static bool
config_long(const struct config *cfg, const char *section, const char *key, long def, long min,
	    long max, long *v_r, char *err, size_t errlen)
{
	const char *v = config_get(cfg, section, key);
	if (v == NULL) {
		*v_r = def;
		return true;
	}
	if (!config_parse_long(v, min, max, v_r)) {
		snprintf(err, errlen, "%s: [%s] %s: must be a whole number from %ld to %ld",
			 cfg->path, section, key, min, max);
		return false;
	}
	return true;
}

/* Checks the URL (https anywhere, http only to loopback) and makes the form
 * shown in error texts (no user, password or query). */
static bool
webform_check_url(struct webform *w, const struct config *cfg, const char *section, char *err,
		  size_t errlen)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, *path = NULL;
	bool ok = false;

	if (u == NULL) {
		snprintf(err, errlen, "out of memory");
		return false;
	}
	if (curl_url_set(u, CURLUPART_URL, w->url, 0) != CURLUE_OK
	    || curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK
	    || curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
		snprintf(err, errlen, "%s: [%s] url: not a URL", cfg->path, section);
		goto out;
	}
	if (curl_url_get(u, CURLUPART_PORT, &port, 0) != CURLUE_OK)
		port = NULL;
	if (curl_url_get(u, CURLUPART_PATH, &path, 0) != CURLUE_OK)
		path = NULL;
	if (strcmp(scheme, "http") == 0) {
		if (!config_host_is_loopback(host)) {
			snprintf(err, errlen, "%s: [%s] url: plain http is allowed only to loopback "
				 "(127.0.0.1, ::1, localhost), not to %s; use https", cfg->path,
				 section, host);
			goto out;
		}
	} else if (strcmp(scheme, "https") != 0) {
		snprintf(err, errlen, "%s: [%s] url: scheme %s: only https (or http to loopback)",
			 cfg->path, section, scheme);
		goto out;
	}
	size_t n = strlen(scheme) + strlen(host) + (port ? strlen(port) : 0)
		   + (path ? strlen(path) : 0) + 8;
	w->shown = xmalloc(n);
	snprintf(w->shown, n, "%s://%s%s%s%s", scheme, host, port ? ":" : "", port ? port : "",
		 path ? path : "");
	ok = true;
out:
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_free(path);
	curl_url_cleanup(u);
	return ok;
}

/* A query parameter whose value is a secret (compared without case, its
 * name percent-decoded): these names, and names ending in one of them
 * after '_' or '-' (client_secret, x-api-key). Fails closed: a name that
 * looks like a secret is treated as one. */
static const char *const webform_secret_params[] = {
	"api_key", "apikey", "key", "token", "access_token", "secret", "password", "sig",
	"signature", "passwd", "pwd", "auth", "client_secret", "refresh_token", "id_token",
};

static bool
webform_secret_param(const char *name, size_t n)
{
	char dec[64];
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		if (c == '%' && i + 2 < n && isxdigit((unsigned char)name[i + 1])
		    && isxdigit((unsigned char)name[i + 2])) {
			char hex[3] = {name[i + 1], name[i + 2], '\0'};
			c = (unsigned char)strtol(hex, NULL, 16);
			i += 2;
		} else if (c == '+') {
			c = ' ';
		}
		if (k + 1 >= sizeof(dec))
			return true;	/* a name that long: not ours to judge, keep it out */
		dec[k++] = (char)tolower(c);
	}
	dec[k] = '\0';
	for (size_t j = 0; j < sizeof(webform_secret_params) / sizeof(webform_secret_params[0]);
	     j++) {
		const char *sp = webform_secret_params[j];
		size_t sl = strlen(sp);
		if (strcmp(dec, sp) == 0)
			return true;
		if (k > sl && strcmp(dec + k - sl, sp) == 0
		    && (dec[k - sl - 1] == '_' || dec[k - sl - 1] == '-'))
			return true;
	}
	return false;
}

/* url without userinfo and with the values of secret query parameters
 * emptied ("api_key="), otherwise byte for byte as configured, so that the
 * source keys of a URL without credentials do not change. Caller frees. */
static char *
webform_strip_credentials(const char *url)
{
	struct buf b;
	const char *p = strstr(url, "://");
	buf_init(&b, strlen(url) + 1);
	if (p == NULL) {
		(void)buf_append(&b, url, strlen(url));
		goto out;
	}
	p += 3;
	(void)buf_append(&b, url, (size_t)(p - url));
	size_t alen = strcspn(p, "/?#");
	const char *at = NULL;
	for (size_t i = 0; i < alen; i++)
		if (p[i] == '@')
			at = p + i;
	if (at != NULL) {
		(void)buf_append(&b, at + 1, (size_t)(p + alen - at - 1));
	} else {
		(void)buf_append(&b, p, alen);
	}
	p += alen;
	size_t plen = strcspn(p, "?#");
	(void)buf_append(&b, p, plen);
	p += plen;
	if (*p == '?') {
		(void)buf_append(&b, "?", 1);
		p++;
		size_t qlen = strcspn(p, "#");
		const char *qend = p + qlen;
		bool first = true;
		while (p <= qend) {
			const char *amp = memchr(p, '&', (size_t)(qend - p));
			const char *end = amp ? amp : qend;
			const char *eq = memchr(p, '=', (size_t)(end - p));
			size_t nlen = (size_t)((eq ? eq : end) - p);
			if (!first)
				(void)buf_append(&b, "&", 1);
			first = false;
			if (eq != NULL && webform_secret_param(p, nlen))
				(void)buf_append(&b, p, nlen + 1);	/* "name=" */
			else
				(void)buf_append(&b, p, (size_t)(end - p));
			if (amp == NULL)
				break;
			p = amp + 1;
		}
		p = qend;
	}
	(void)buf_append(&b, p, strlen(p));	/* the fragment, if any */
out:;
	size_t len;
	return buf_take(&b, &len);
}

/* The token: token_file (its first line), or the environment variable that
 * token_env names. Never copied into an error text. */
static bool
webform_read_token(struct webform *w, const struct config *cfg, const char *section, char *err,
		   size_t errlen)
{
	const char *file = config_get(cfg, section, "token_file");
	const char *env = config_get(cfg, section, "token_env");
	char *data = NULL;
	size_t len = 0;

	if (file != NULL) {
		char rerr[512];
		if (readfile_secret(file, WEBFORM_TOKEN_MAX, &data, &len, rerr, sizeof(rerr)) != MB_OK) {
			snprintf(err, errlen, "%s: [%s] token_file: %s", cfg->path, section, rerr);
			return false;
		}
	} else if (env != NULL) {
		const char *v = getenv(env);
		if (v == NULL || *v == '\0') {
			snprintf(err, errlen, "%s: [%s] token_env: %s is not set", cfg->path, section,
				 env);
			return false;
		}
		data = xstrdup(v);
		len = strlen(data);
	} else if (w->format == WEBFORM_NATIVE) {
		snprintf(err, errlen, "%s: [%s] token_file: missing (the native feed needs a bearer "
			 "token)", cfg->path, section);
		return false;
	} else {
		return true;	/* an Open311 server is read without one */
	}
	/* the first line, trimmed */
	size_t n = 0;
	while (n < len && data[n] != '\n' && data[n] != '\r')
		n++;
	while (n > 0 && (data[n - 1] == ' ' || data[n - 1] == '\t'))
		n--;
	size_t start = 0;
	while (start < n && (data[start] == ' ' || data[start] == '\t'))
		start++;
	bool ok = n > start;
	for (size_t i = start; ok && i < n; i++)
		if ((unsigned char)data[i] < 0x21 || (unsigned char)data[i] > 0x7e)
			ok = false;
	if (ok)
		w->token = xstrndup(data + start, n - start);
	else
		snprintf(err, errlen, "%s: [%s] %s: the token is empty or holds characters a "
			 "bearer token cannot", cfg->path, section, file ? "token_file" : "token_env");
	sodium_memzero(data, len);
	free(data);
	return ok;
}

/* --- HTTP ----------------------------------------------------------------- */

static size_t
webform_write(char *p, size_t size, size_t nmemb, void *userdata)
{
	struct webform_body *body = userdata;
	size_t n = size * nmemb;
	if (buf_append(&body->b, p, n) != MB_OK)
		return 0;	/* curl stops with CURLE_WRITE_ERROR */
	return n;
}

enum webform_get {
	WEBFORM_GET_OK,
	WEBFORM_GET_TOO_LARGE,
	WEBFORM_GET_FAILED,
};

/* GETs url into body (at most WEBFORM_RESPONSE_MAX bytes). */
static enum webform_get
webform_http_get(struct source *s, const char *url, struct webform_body *body, char *err,
		 size_t errlen)
{
	struct webform *w = s->priv;
	struct curl_slist *hdr = NULL;
	char *auth = NULL;
	size_t authlen = 0;
	enum webform_get ret = WEBFORM_GET_FAILED;
	char cerr[CURL_ERROR_SIZE] = "";

	if (w->curl == NULL && (w->curl = curl_easy_init()) == NULL) {
		snprintf(err, errlen, "%s: cannot make a libcurl handle", s->name);
		return WEBFORM_GET_FAILED;
	}
	CURL *c = w->curl;
	curl_easy_reset(c);
	buf_reset(&body->b);
	body->b.overflowed = false;

	hdr = curl_slist_append(hdr, "Accept: application/json");
	if (w->token != NULL) {
		authlen = strlen(w->token) + sizeof("Authorization: Bearer ");
		auth = xmalloc(authlen);
		snprintf(auth, authlen, "Authorization: Bearer %s", w->token);
		hdr = curl_slist_append(hdr, auth);
	}
	if (hdr == NULL) {
		snprintf(err, errlen, "%s: out of memory", s->name);
		goto out;
	}
	curl_easy_setopt(c, CURLOPT_URL, url);
	/* "" turns off the proxy of the environment (http_proxy, ALL_PROXY) */
	curl_easy_setopt(c, CURLOPT_PROXY, w->proxy ? w->proxy : "");
	if (w->proxy)
		curl_easy_setopt(c, CURLOPT_NOPROXY, "");	/* nor no_proxy's exceptions */
	curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdr);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "mayorbox/" MAYORBOX_VERSION);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
	/* TLS verification is never turned off (DESIGN.md, invariant 6) */
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (w->ca_file != NULL)
		curl_easy_setopt(c, CURLOPT_CAINFO, w->ca_file);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, w->timeout);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT,
			 w->timeout < WEBFORM_CONNECT_TIMEOUT_MAX ? w->timeout
								 : (long)WEBFORM_CONNECT_TIMEOUT_MAX);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)WEBFORM_RESPONSE_MAX);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, webform_write);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, body);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, cerr);

	CURLcode rc = curl_easy_perform(c);
	long status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	if (rc == CURLE_FILESIZE_EXCEEDED || (rc == CURLE_WRITE_ERROR && body->b.overflowed)) {
		snprintf(err, errlen, "%s: the response from %s is larger than %u bytes", s->name,
			 w->shown, WEBFORM_RESPONSE_MAX);
		ret = WEBFORM_GET_TOO_LARGE;
		goto out;
	}
	if (rc != CURLE_OK) {
		/* libcurl's words name the host, the time-out or the TLS failure */
		snprintf(err, errlen, "%s: %s: %s", s->name, w->shown,
			 cerr[0] ? cerr : curl_easy_strerror(rc));
		goto out;
	}
	if (status < 200 || status > 299) {
		snprintf(err, errlen, "%s: %s answered HTTP %ld", s->name, w->shown, status);
		goto out;
	}
	ret = WEBFORM_GET_OK;
out:
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL);
	curl_slist_free_all(hdr);
	if (auth != NULL) {
		sodium_memzero(auth, authlen);
		free(auth);
	}
	return ret;
}

/* url with the query parameters name=value appended (value URL-encoded);
 * caller frees with curl_free. */
static char *
webform_url(const char *base, const char *const *params)
{
	CURLU *u = curl_url();
	char *out = NULL;
	if (u == NULL || curl_url_set(u, CURLUPART_URL, base, 0) != CURLUE_OK)
		goto out;
	for (size_t i = 0; params[i] != NULL; i += 2) {
		if (params[i + 1] == NULL)
			continue;
		size_t n = strlen(params[i]) + strlen(params[i + 1]) + 2;
		char *q = xmalloc(n);
		snprintf(q, n, "%s=%s", params[i], params[i + 1]);
		CURLUcode uc = curl_url_set(u, CURLUPART_QUERY, q, CURLU_APPENDQUERY | CURLU_URLENCODE);
		free(q);
		if (uc != CURLUE_OK)
			goto out;
	}
	if (curl_url_get(u, CURLUPART_URL, &out, 0) != CURLUE_OK)
		out = NULL;
out:
	curl_url_cleanup(u);
	return out;
}

/* A JSON parse error without jansson's text, which quotes the body. */
static void
webform_json_error(struct source *s, const json_error_t *je, char *err, size_t errlen)
{
	struct webform *w = s->priv;
	snprintf(err, errlen, "%s: %s answered a body that is not JSON (line %d, column %d)",
		 s->name, w->shown, je->line, je->column);
}

/* --- items ---------------------------------------------------------------- */

/* The id of a submission as text, or false when it has none we can use. */
static bool
webform_id(json_t *v, char *out, size_t outlen)
{
	if (json_is_integer(v)) {
		snprintf(out, outlen, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return true;
	}
	if (!json_is_string(v))
		return false;
	const char *p = json_string_value(v);
	size_t n = json_string_length(v);
	if (n == 0 || n > MB_FORM_FIELD_MAX || n >= outlen)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f)
			return false;
	memcpy(out, p, n);
	out[n] = '\0';
	return true;
}

/* One submission made ready to be an item: its stable bytes, its label
 * (the id, or "sha256:HEX" of the bytes when it is not an object or has no
 * usable id) and, for those, a warning. */
struct webform_sub {
	char *raw;
	size_t len;
	char *label;
	char *warning;
};

static void
webform_sub_make(struct source *s, json_t *sub, json_t *id, uint64_t position, const char *what,
		 struct webform_sub *out)
{
	char idbuf[MB_FORM_FIELD_MAX + 1];
	char *raw = json_dumps(sub, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
	if (raw == NULL)
		raw = xstrdup("null");	/* jansson failed on memory: keep the place */
	out->len = strlen(raw);
	out->raw = xmemdup0(raw, out->len);	/* the item's bytes come from xmalloc */
	free(raw);
	out->warning = NULL;
	if (json_is_object(sub) && id != NULL && webform_id(id, idbuf, sizeof(idbuf))) {
		out->label = xstrdup(idbuf);
		return;
	}
	unsigned char h[crypto_hash_sha256_BYTES];
	char hex[2 * crypto_hash_sha256_BYTES + 1];
	crypto_hash_sha256(h, (const unsigned char *)out->raw, out->len);
	sodium_bin2hex(hex, sizeof(hex), h, sizeof(h));
	size_t n = strlen(hex) + 8;
	out->label = xmalloc(n);
	snprintf(out->label, n, "sha256:%s", hex);
	char msg[256];
	snprintf(msg, sizeof(msg), "%s: %s %llu of the feed is %s", s->name, what,
		 (unsigned long long)position,
		 !json_is_object(sub) ? "not a JSON object" : "without a usable id");
	out->warning = xstrdup(msg);
}

static void
webform_sub_drop(struct webform_sub *sub)
{
	free(sub->raw);
	free(sub->label);
	free(sub->warning);
	memset(sub, 0, sizeof(*sub));
}

/* Hands sub over to b as an item keyed "form:URL#LABEL". */
static void
webform_sub_add(struct source *s, struct source_batch *b, struct webform_sub *sub,
		uint64_t position)
{
	struct webform *w = s->priv;
	size_t klen = strlen(w->key_url) + strlen(sub->label) + 7;
	char *key = xmalloc(klen);
	snprintf(key, klen, "form:%s#%s", w->key_url, sub->label);
	struct source_item *it = source_batch_add(b, sub->raw, sub->len, key, position);
	it->warning = sub->warning;
	sub->raw = NULL;
	sub->warning = NULL;
	webform_sub_drop(sub);
}

static void
webform_add(struct source *s, struct source_batch *b, json_t *sub, json_t *id, uint64_t position,
	    const char *what)
{
	struct webform_sub ws;
	webform_sub_make(s, sub, id, position, what, &ws);
	webform_sub_add(s, b, &ws, position);
}

static char *
webform_cursor_text(json_t *v)
{
	char num[32];
	if (json_is_string(v) && json_string_length(v) > 0
	    && json_string_length(v) <= MB_FORM_FIELD_MAX
	    && memchr(json_string_value(v), '\0', json_string_length(v)) == NULL)
		return xstrdup(json_string_value(v));
	if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return xstrdup(num);
	}
	return NULL;
}

/* --- native --------------------------------------------------------------- */

static enum mb_status
webform_fetch_native(struct source *s, const char *cursor, size_t max, struct source_batch *b,
		     char *err, size_t errlen)
{
	struct webform *w = s->priv;
	struct webform_body body;
	json_t *doc = NULL;
	enum mb_status st = MB_CONNECTION;
	size_t limit = max;

	buf_init(&body.b, WEBFORM_RESPONSE_MAX);
	for (;;) {
		char lim[32];
		snprintf(lim, sizeof(lim), "%zu", limit);
		const char *params[] = {"since", cursor, "limit", lim, NULL};
		char *url = webform_url(w->url, params);
		if (url == NULL) {
			snprintf(err, errlen, "%s: cannot build the request URL", s->name);
			st = MB_FATAL;
			goto out;
		}
		enum webform_get g = webform_http_get(s, url, &body, err, errlen);
		curl_free(url);
		if (g == WEBFORM_GET_OK)
			break;
		if (g == WEBFORM_GET_TOO_LARGE && limit > 1) {
			limit /= 2;	/* a batch of big attachments: ask for fewer */
			continue;
		}
		goto out;
	}

	json_error_t je;
	doc = json_loadb(body.b.data ? body.b.data : "", body.b.len, JSON_REJECT_DUPLICATES, &je);
	if (doc == NULL) {
		webform_json_error(s, &je, err, errlen);
		goto out;
	}
	json_t *subs = json_object_get(doc, "submissions");
	json_t *next = json_object_get(doc, "next");
	if (!json_is_object(doc) || !json_is_array(subs)
	    || (next != NULL && !json_is_null(next) && !json_is_string(next)
		&& !json_is_integer(next))) {
		snprintf(err, errlen, "%s: %s answered JSON that is not {\"submissions\": [...], "
			 "\"next\": ...}", s->name, w->shown);
		goto out;
	}
	char *next_cursor = NULL;
	if (next != NULL && !json_is_null(next)) {
		next_cursor = webform_cursor_text(next);
		if (next_cursor == NULL) {
			snprintf(err, errlen, "%s: %s answered an unusable \"next\" cursor", s->name,
				 w->shown);
			goto out;
		}
	}
	/* all of them, even past the limit: "next" is after the last */
	size_t i;
	json_t *sub;
	json_array_foreach(subs, i, sub) {
		webform_add(s, b, sub, json_is_object(sub) ? json_object_get(sub, "id") : NULL, i,
			    "submission");
	}
	/* "next": null is "no more now", whatever the page held (the usual
	 * convention of a last page); so is a "next" equal to the cursor we
	 * sent. Either way this page ends the round: asking again would
	 * answer the same page. */
	b->last = next_cursor == NULL || (cursor != NULL && strcmp(next_cursor, cursor) == 0);
	free(b->next_cursor);
	b->next_cursor = next_cursor ? next_cursor : (cursor ? xstrdup(cursor) : NULL);
	st = MB_OK;
out:
	json_decref(doc);
	buf_deinit(&body.b);
	return st;
}

/* --- Open311 -------------------------------------------------------------- */

/*
 * The Open311 cursor is the requested_datetime of the latest request filed,
 * then, one a line, the labels (ids) of the requests filed at that very
 * second and of the undated ones filed: start_date is inclusive and a second
 * can hold requests that arrive after a poll, so the requests of the
 * cursor's second are asked for again and only those already filed are
 * passed over. Past WEBFORM_CURSOR_LABELS_MAX labels some are handed over
 * again, which filing recognises.
 */
#define WEBFORM_CURSOR_LABELS_MAX 1000

struct open311_req {
	json_t *req;
	int64_t t;		/* requested_datetime, UTC seconds */
	bool dated;
	size_t index;
};

static int
open311_cmp(const void *a, const void *b)
{
	const struct open311_req *x = a, *y = b;
	if (x->dated != y->dated)
		return x->dated ? 1 : -1;	/* undated first */
	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static void
copy_str(json_t *to, const char *key, json_t *from, const char *fkey)
{
	json_t *v = json_object_get(from, fkey);
	if (json_is_string(v) || json_is_integer(v))
		json_object_set(to, key, v);
}

/* The service request as a native submission (form.h). */
static json_t *
open311_to_submission(json_t *req)
{
	json_t *o = json_object();
	copy_str(o, "id", req, "service_request_id");
	copy_str(o, "submitted_at", req, "requested_datetime");
	copy_str(o, "title", req, "service_name");
	copy_str(o, "service_name", req, "service_name");
	copy_str(o, "service_code", req, "service_code");
	copy_str(o, "content", req, "description");
	copy_str(o, "district", req, "address");
	copy_str(o, "phone", req, "phone");
	copy_str(o, "email", req, "email");
	copy_str(o, "status", req, "status");
	copy_str(o, "media_url", req, "media_url");
	json_t *lat = json_object_get(req, "lat"), *lon = json_object_get(req, "long");
	if (json_is_number(lat) && json_is_number(lon)) {
		json_object_set(o, "lat", lat);
		json_object_set(o, "long", lon);
	}
	json_t *fn = json_object_get(req, "first_name"), *ln = json_object_get(req, "last_name");
	const char *f = json_is_string(fn) ? json_string_value(fn) : "";
	const char *l = json_is_string(ln) ? json_string_value(ln) : "";
	if (*f || *l) {
		size_t n = strlen(f) + strlen(l) + 2;
		char *name = xmalloc(n);
		snprintf(name, n, "%s%s%s", f, (*f && *l) ? " " : "", l);
		json_object_set_new(o, "name", json_string(name));	/* NULL (bad UTF-8): absent */
		free(name);
	}
	json_object_set_new(o, "anonymous", json_false());
	return o;
}

/* The labels of a cursor: lines 2.. of it. */
static bool
cursor_has_label(const char *cursor, const char *label)
{
	if (cursor == NULL)
		return false;
	size_t n = strlen(label);
	const char *p = strchr(cursor, '\n');
	while (p != NULL) {
		p++;
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == n && memcmp(p, label, n) == 0)
			return true;
		p = e;
	}
	return false;
}

static void
cursor_add_label(struct buf *c, size_t *count, const char *label)
{
	if (*count >= WEBFORM_CURSOR_LABELS_MAX)
		return;
	(void)buf_putc(c, '\n');
	(void)buf_append_str(c, label);
	(*count)++;
}

static enum mb_status
webform_fetch_open311(struct source *s, const char *cursor, size_t max, struct source_batch *b,
		      char *err, size_t errlen)
{
	struct webform *w = s->priv;
	struct webform_body body;
	json_t *doc = NULL;
	struct open311_req *v = NULL;
	enum mb_status st = MB_CONNECTION;
	char *since = NULL;	/* the cursor's date, else start_date */
	struct buf next;

	buf_init(&body.b, WEBFORM_RESPONSE_MAX);
	buf_init(&next, 2 * WEBFORM_CURSOR_LABELS_MAX * (MB_FORM_FIELD_MAX + 2));
	if (cursor != NULL && *cursor != '\n' && *cursor != '\0')
		since = xstrndup(cursor, strcspn(cursor, "\n"));
	else if (w->start_date != NULL)
		since = xstrdup(w->start_date);
	const char *params[] = {"start_date", since, "jurisdiction_id", w->jurisdiction, NULL};
	char *url = webform_url(w->url, params);
	if (url == NULL) {
		snprintf(err, errlen, "%s: cannot build the request URL", s->name);
		st = MB_FATAL;
		goto out;
	}
	enum webform_get g = webform_http_get(s, url, &body, err, errlen);
	curl_free(url);
	if (g != WEBFORM_GET_OK)
		goto out;

	json_error_t je;
	doc = json_loadb(body.b.data ? body.b.data : "", body.b.len, 0, &je);
	if (doc == NULL) {
		webform_json_error(s, &je, err, errlen);
		goto out;
	}
	if (!json_is_array(doc)) {
		snprintf(err, errlen, "%s: %s answered JSON that is not an array of service "
			 "requests", s->name, w->shown);
		goto out;
	}
	int64_t since_t = 0;
	bool have_since = since != NULL && date_parse(since, strlen(since), &since_t);

	size_t n = json_array_size(doc), count = 0;
	v = xcalloc(n ? n : 1, sizeof(*v));
	for (size_t i = 0; i < n; i++) {
		json_t *req = json_array_get(doc, i);
		json_t *dt = json_is_object(req) ? json_object_get(req, "requested_datetime") : NULL;
		struct open311_req r = {.req = req, .index = i};
		r.dated = json_is_string(dt)
			  && date_parse(json_string_value(dt), json_string_length(dt), &r.t);
		if (r.dated && have_since && r.t < since_t)
			continue;	/* before the cursor: the server ignored start_date */
		v[count++] = r;
	}
	qsort(v, count, sizeof(*v), open311_cmp);

	/* Requests sharing the last taken second all go in one batch, so that
	 * the cursor's labels name every one of them. */
	size_t taken = 0, nlabels = 0;
	const char *latest = NULL;
	int64_t latest_t = 0;
	struct buf undated;	/* labels of the undated ones, filed or passed over */
	buf_init(&undated, next.max);
	size_t nundated = 0;
	for (size_t i = 0; i < count; i++) {
		struct open311_req *r = &v[i];
		if (taken >= max && !(latest != NULL && r->dated && r->t == latest_t))
			break;
		json_t *id = json_is_object(r->req) ? json_object_get(r->req, "service_request_id")
						     : NULL;
		struct webform_sub ws;
		if (json_is_object(r->req) && r->dated) {
			json_t *sub = open311_to_submission(r->req);
			webform_sub_make(s, sub, id, r->index, "service request", &ws);
			json_decref(sub);
		} else {
			/* not a request we can read: filed as it came, unclassified */
			webform_sub_make(s, r->req, NULL, r->index, "service request", &ws);
		}
		bool seen = (!r->dated || (have_since && r->t == since_t))
			    && cursor_has_label(cursor, ws.label);
		if (!r->dated)
			cursor_add_label(&undated, &nundated, ws.label);
		if (seen) {
			webform_sub_drop(&ws);
			continue;
		}
		if (r->dated) {
			if (latest == NULL || r->t > latest_t) {
				latest = json_string_value(json_object_get(r->req, "requested_datetime"));
				latest_t = r->t;
				buf_reset(&next);
				nlabels = 0;
			}
			cursor_add_label(&next, &nlabels, ws.label);
		}
		webform_sub_add(s, b, &ws, r->index);
		taken++;
	}
	/* the new cursor: latest date, its second's labels, the undated ones */
	struct buf c;
	buf_init(&c, next.max * 2 + 64);
	if (latest != NULL && !(have_since && latest_t == since_t)) {
		(void)buf_append_str(&c, latest);
		if (next.len)
			(void)buf_append(&c, next.data, next.len);
	} else {
		/* the second did not move: its old labels stay, with the new */
		size_t kept = nlabels;
		(void)buf_append_str(&c, since ? since : "");
		if (have_since && cursor != NULL && strchr(cursor, '\n') != NULL) {
			const char *p = strchr(cursor, '\n');
			while (p != NULL) {
				p++;
				const char *e = strchr(p, '\n');
				char *l = xstrndup(p, e ? (size_t)(e - p) : strlen(p));
				/* undated labels come again below, once */
				if (!cursor_has_label(undated.data, l))
					cursor_add_label(&c, &kept, l);
				free(l);
				p = e;
			}
		}
		if (next.len)
			(void)buf_append(&c, next.data, next.len);
	}
	if (undated.len)
		(void)buf_append(&c, undated.data, undated.len);
	buf_deinit(&undated);
	free(b->next_cursor);
	b->next_cursor = buf_take(&c, NULL);
	/* the cursor did not move: asking again answers the same requests */
	b->last = cursor != NULL && strcmp(b->next_cursor, cursor) == 0;
	st = MB_OK;
out:
	free(v);
	free(since);
	json_decref(doc);
	buf_deinit(&next);
	buf_deinit(&body.b);
	return st;
}

/* --- the source operations -------------------------------------------------- */

static enum mb_status
webform_open(struct source *s, char *err, size_t errlen)
{
	struct webform *w = s->priv;
	if (w == NULL) {
		snprintf(err, errlen, "%s: closed", s->name);
		return MB_FATAL;
	}
	/* a fresh handle: no connection of a failed attempt is reused */
	if (w->curl != NULL)
		curl_easy_cleanup(w->curl);
	w->curl = curl_easy_init();
	if (w->curl == NULL) {
		snprintf(err, errlen, "%s: cannot make a libcurl handle", s->name);
		return MB_CONNECTION;
	}
	return MB_OK;
}

static enum mb_status
webform_fetch(struct source *s, const struct source_position *at, size_t max,
	      struct source_batch *b, char *err, size_t errlen)
{
	struct webform *w = s->priv;

	if (w == NULL) {
		snprintf(err, errlen, "%s: closed", s->name);
		return MB_FATAL;
	}
	const char *cursor = at && at->cursor && *at->cursor ? at->cursor : NULL;
	size_t limit = w->batch;
	if (max > 0 && max < limit)
		limit = max;
	enum mb_status st;
	if (w->format == WEBFORM_NATIVE)
		st = webform_fetch_native(s, cursor, limit, b, err, errlen);
	else
		st = webform_fetch_open311(s, cursor, limit, b, err, errlen);
	if (st != MB_OK)
		source_batch_clear(b);	/* nothing half-fetched goes on */
	return st;
}

static bool
webform_advance(struct source *s, const struct source_position *at,
		const struct source_batch *b, struct source_position *next)
{
	(void)s;
	(void)at;
	if (b->next_cursor == NULL)
		return false;	/* no cursor yet, none to move */
	*next = (struct source_position){.uidvalidity = 0, .last_uid = 0,
					 .cursor = xstrdup(b->next_cursor)};
	return true;
}

static enum mb_status
webform_ack(struct source *s, const struct source_batch *b, char *err, size_t errlen)
{
	/* the cursor moved with COMMIT: the feed keeps no state of ours */
	(void)s;
	(void)b;
	(void)err;
	(void)errlen;
	return MB_OK;
}

static void
webform_wait(struct source *s, int timeout_ms, volatile int *stop)
{
	long left = timeout_ms >= 0 ? timeout_ms : (long)s->poll_seconds * 1000;
	while (left > 0 && (stop == NULL || !*stop)) {
		long step = left < WEBFORM_WAIT_STEP_MS ? left : WEBFORM_WAIT_STEP_MS;
		struct timespec ts = {.tv_sec = step / 1000, .tv_nsec = (step % 1000) * 1000000L};
		nanosleep(&ts, NULL);
		left -= step;
	}
}

static void
webform_close(struct source *s)
{
	webform_free(s->priv);
	s->priv = NULL;
}

static const struct source_ops webform_ops = {
	.kind = "webform",
	.open = webform_open,
	.fetch = webform_fetch,
	.advance = webform_advance,
	.ack = webform_ack,
	.wait = webform_wait,
	.close = webform_close,
};

enum mb_status
webform_source_new(const struct config *cfg, const char *section, struct source *s, char *err,
		   size_t errlen)
{
	static bool curl_ready;
	struct webform *w = xcalloc(1, sizeof(*w));
	long poll, timeout, batch;
	const char *v;

	if (!curl_ready) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
			snprintf(err, errlen, "libcurl cannot be initialised");
			goto fail;
		}
		curl_ready = true;
	}
	const char *name = strncmp(section, "webform", 7) == 0 ? section + 7 : section;
	while (*name == ' ')
		name++;
	if (*name == '\0')
		name = "default";

	v = config_get(cfg, section, "url");
	if (v == NULL || *v == '\0') {
		snprintf(err, errlen, "%s: [%s] url: missing", cfg->path, section);
		goto fail;
	}
	w->url = xstrdup(v);
	if (!webform_check_url(w, cfg, section, err, errlen))
		goto fail;
	w->key_url = webform_strip_credentials(w->url);
	if ((v = config_get(cfg, section, "proxy")) != NULL && *v != '\0') {
		CURLU *pu = curl_url();
		char *ps = NULL;
		bool pok = pu && curl_url_set(pu, CURLUPART_URL, v, 0) == CURLUE_OK
			   && curl_url_get(pu, CURLUPART_SCHEME, &ps, 0) == CURLUE_OK
			   && (strcmp(ps, "http") == 0 || strcmp(ps, "https") == 0
			       || strncmp(ps, "socks", 5) == 0);
		curl_free(ps);
		curl_url_cleanup(pu);
		if (!pok) {
			/* the value is not shown: it may hold the proxy's password */
			snprintf(err, errlen, "%s: [%s] proxy: not a proxy URL (http://, https:// "
				 "or socks5h://HOST:PORT)", cfg->path, section);
			goto fail;
		}
		w->proxy = xstrdup(v);
	}

	v = config_get(cfg, section, "format");
	if (v == NULL || strcmp(v, "native") == 0) {
		w->format = WEBFORM_NATIVE;
	} else if (strcmp(v, "open311") == 0) {
		w->format = WEBFORM_OPEN311;
	} else {
		snprintf(err, errlen, "%s: [%s] format: %s: must be native or open311", cfg->path,
			 section, v);
		goto fail;
	}
	if (!config_long(cfg, section, "poll_seconds", WEBFORM_POLL_DEFAULT, 1, 86400, &poll, err,
			 errlen)
	    || !config_long(cfg, section, "timeout_seconds", WEBFORM_TIMEOUT_DEFAULT, 1, 3600,
			    &timeout, err, errlen)
	    || !config_long(cfg, section, "batch", WEBFORM_BATCH_DEFAULT, 1, WEBFORM_BATCH_MAX,
			    &batch, err, errlen))
		goto fail;
	w->timeout = timeout;
	w->batch = (size_t)batch;
	if ((v = config_get(cfg, section, "ca_file")) != NULL && *v != '\0') {
		FILE *f = fopen(v, "r");
		if (f == NULL) {
			snprintf(err, errlen, "%s: [%s] ca_file: %s: %s", cfg->path, section, v,
				 strerror(errno));
			goto fail;
		}
		fclose(f);
		w->ca_file = xstrdup(v);
	}
	if ((v = config_get(cfg, section, "jurisdiction_id")) != NULL && *v != '\0')
		w->jurisdiction = xstrdup(v);
	if ((v = config_get(cfg, section, "start_date")) != NULL && *v != '\0') {
		int64_t t;
		if (!date_parse(v, strlen(v), &t)) {
			snprintf(err, errlen, "%s: [%s] start_date: not an ISO 8601 date", cfg->path,
				 section);
			goto fail;
		}
		w->start_date = xstrdup(v);
	}
	if (!webform_read_token(w, cfg, section, err, errlen))
		goto fail;

	size_t n = strlen(name) + sizeof("webform:");
	s->name = xmalloc(n);
	snprintf(s->name, n, "webform:%s", name);
	s->ops = &webform_ops;
	s->poll_seconds = (int)poll;
	s->priv = w;
	return MB_OK;
fail:
	webform_free(w);
	return MB_FATAL;
}
