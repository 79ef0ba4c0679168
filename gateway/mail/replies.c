/*
 * replies.c - acknowledgement decisions, follow-up clues, and the messages
 * the office sends (see replies.h).
 */
#include "replies.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <sodium.h>

#include "limits.h"
#include "visit_mail.h"
#include "xalloc.h"

static const char *
trim_copy(const char *s, size_t n, char *out, size_t outlen)
{
	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n >= outlen)
		n = outlen - 1;
	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

bool
replies_address_ok(const char *a)
{
	const char *at = strrchr(a, '@');
	if (at == NULL || at == a || at[1] == '\0' || strlen(a) > 254)
		return false;
	if (*a == '.' || at[-1] == '.')
		return false;
	for (const char *p = a; p < at; p++) {
		unsigned char c = (unsigned char)*p;
		if (!(isalnum(c) || c >= 0x80 || strchr("!#$%&'*+-/=?^_`{|}~.", c))
		    || (c == '.' && p[1] == '.'))
			return false;
	}
	const char *d = at + 1;
	size_t dn = strlen(d);
	if (d[0] == '[') {
		/* a domain literal: [192.0.2.1], [IPv6:::1] */
		size_t i = strncmp(d, "[IPv6:", 6) == 0 ? 6 : 1;
		if (dn < i + 2 || d[dn - 1] != ']')
			return false;
		for (; i + 1 < dn; i++)
			if (!(isxdigit((unsigned char)d[i]) || d[i] == '.' || d[i] == ':'))
				return false;
		return true;
	}
	if (d[0] == '.' || d[dn - 1] == '.')
		return false;
	for (const char *p = d; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (!(isalnum(c) || c >= 0x80 || c == '-' || c == '.') || (c == '.' && p[1] == '.'))
			return false;
	}
	return true;
}

/* keys: read the outbox key (the gateway's); without, it is not opened. */
static enum mb_status
config_load_(const struct config *cfg, struct replies_config *rc, bool keys, char *err,
	     size_t errlen)
{
	err[0] = '\0';
	memset(rc, 0, sizeof(*rc));
	snprintf(rc->tag, sizeof(rc->tag), "12345");
	rc->per_sender_per_day = REPLIES_PER_SENDER_DEFAULT;
	rc->acks_per_hour = REPLIES_ACKS_PER_HOUR_DEFAULT;
	rc->acknowledge = true;
	unsigned line = 0;
	bool smtp = false;
	for (size_t i = 0; i < cfg->count; i++) {
		const struct config_entry *e = &cfg->v[i];
		if (strcmp(e->section, "smtp") == 0) {
			smtp = true;
			if (strcmp(e->key, "from") == 0) {
				free(rc->from);
				rc->from = xstrdup(e->value);
			} else if (strcmp(e->key, "from_name") == 0) {
				free(rc->from_name);
				rc->from_name = xstrdup(e->value);
			}
			continue;
		}
		if (strcmp(e->section, "replies") != 0)
			continue;
		line = e->line;
		if (strcmp(e->key, "tag") == 0) {
			size_t n = strlen(e->value);
			bool good = n > 0 && n < sizeof(rc->tag);
			for (size_t k = 0; k < n && good; k++)
				good = isalnum((unsigned char)e->value[k]) || e->value[k] == '_';
			if (!good)
				goto bad_tag;
			memcpy(rc->tag, e->value, n + 1);
		} else if (strcmp(e->key, "per_sender_per_day") == 0) {
			long v;
			if (!config_parse_long(e->value, 0, REPLIES_PER_SENDER_MAX, &v)) {
				snprintf(err, errlen, "%s:%u: per_sender_per_day is a number from 0 to "
					 "%d", cfg->path, line, REPLIES_PER_SENDER_MAX);
				goto fail;
			}
			rc->per_sender_per_day = (int)v;
		} else if (strcmp(e->key, "acks_per_hour") == 0) {
			long v;
			if (!config_parse_long(e->value, 0, REPLIES_ACKS_PER_HOUR_MAX, &v)) {
				snprintf(err, errlen, "%s:%u: acks_per_hour is a number from 0 to %d",
					 cfg->path, line, REPLIES_ACKS_PER_HOUR_MAX);
				goto fail;
			}
			rc->acks_per_hour = (int)v;
		} else if (strcmp(e->key, "authserv_id") == 0) {
			/* a host name as our MTA writes it: letters, digits, . - _ */
			size_t n = strlen(e->value);
			bool good = n > 0 && n <= REPLIES_AUTHSERV_ID_MAX;
			for (size_t k = 0; k < n && good; k++)
				good = isalnum((unsigned char)e->value[k]) || strchr(".-_", e->value[k]);
			if (!good) {
				snprintf(err, errlen, "%s:%u: authserv_id is the host name our MTA writes "
					 "in Authentication-Results (letters, digits, '.', '-', '_'; at "
					 "most %d)", cfg->path, line, REPLIES_AUTHSERV_ID_MAX);
				goto fail;
			}
			free(rc->authserv_id);
			rc->authserv_id = xstrdup(e->value);
		} else if (strcmp(e->key, "retry_first_seconds") == 0) {
			long v;
			if (!config_parse_long(e->value, 1, REPLIES_RETRY_FIRST_MAX, &v)) {
				snprintf(err, errlen, "%s:%u: retry_first_seconds is a number from 1 "
					 "to %d", cfg->path, line, REPLIES_RETRY_FIRST_MAX);
				goto fail;
			}
			rc->retry_first_seconds = (int)v;
		} else if (strcmp(e->key, "acknowledge") == 0) {
			if (strcmp(e->value, "yes") == 0) {
				rc->acknowledge = true;
			} else if (strcmp(e->value, "no") == 0) {
				rc->acknowledge = false;
			} else {
				snprintf(err, errlen, "%s:%u: acknowledge is yes or no", cfg->path, line);
				goto fail;
			}
		} else if (strcmp(e->key, "outbox_key_file") == 0 && !keys) {
			/* composing needs no key: the file is not even opened */
		} else if (strcmp(e->key, "outbox_key_file") == 0) {
			char kerr[512];
			free(rc->outbox_key_file);
			rc->outbox_key_file = xstrdup(e->value);
			/* read once: the outbox opens its sealed mail with it */
			if (seal_secret_load(e->value, &rc->outbox_sk, kerr, sizeof(kerr)) != MB_OK) {
				snprintf(err, errlen, "%s:%u: outbox_key_file: %s", cfg->path, line,
					 kerr);
				goto fail;
			}
			seal_secret_public(&rc->outbox_sk, &rc->outbox_pk, rc->outbox_key_id);
			seal_secret_hash_key(&rc->outbox_sk, rc->sender_hash_key);
			rc->have_outbox_key = true;
		} else if (strcmp(e->key, "outbox_public_key_file") == 0) {
			/* a supervisor's pinned outbox key (cases close): not the
			 * gateway's business, but one file may serve both */
		} else if (strcmp(e->key, "office") == 0) {
			free(rc->office);
			rc->office = xstrdup(e->value);
		} else if (strcmp(e->key, "status_url") == 0) {
			free(rc->status_url);
	free(rc->console_url);
			rc->status_url = xstrdup(e->value);
		} else if (strcmp(e->key, "console_url") == 0) {
			free(rc->console_url);
			rc->console_url = xstrdup(e->value);
		} else if (strcmp(e->key, "own_addresses") == 0) {
			const char *p = e->value;
			while (*p) {
				size_t n = strcspn(p, ", ");
				if (n > 0) {
					char a[320];
					trim_copy(p, n, a, sizeof(a));
					if (!replies_address_ok(a)) {
						snprintf(err, errlen, "%s:%u: own_addresses: \"%s\" is not "
							 "an address", cfg->path, line, a);
						goto fail;
					}
					if (rc->own_count == REPLIES_OWN_MAX) {
						snprintf(err, errlen, "%s:%u: own_addresses: at most %d",
							 cfg->path, line, REPLIES_OWN_MAX);
						goto fail;
					}
					rc->own[rc->own_count++] = xstrdup(a);
				}
				p += n;
				p += strspn(p, ", ");
			}
		} else {
			snprintf(err, errlen, "%s:%u: [replies] has no key \"%s\"", cfg->path, line,
				 e->key);
			goto fail;
		}
	}
	rc->enabled = smtp && rc->from != NULL;
	if (rc->office == NULL)
		rc->office = xstrdup("市长信箱 / Mayor's Mailbox");
	return MB_OK;
bad_tag:
	snprintf(err, errlen, "%s:%u: tag is 1 to %d letters, digits or _", cfg->path, line,
		 REPLIES_TAG_MAX - 1);
fail:
	replies_config_deinit(rc);
	return MB_CONFIG;
}

enum mb_status
replies_config_load(const struct config *cfg, struct replies_config *rc, char *err, size_t errlen)
{
	return config_load_(cfg, rc, true, err, errlen);
}

enum mb_status
replies_config_load_compose(const struct config *cfg, struct replies_config *rc, char *err,
			    size_t errlen)
{
	return config_load_(cfg, rc, false, err, errlen);
}

void
replies_config_deinit(struct replies_config *rc)
{
	free(rc->from);
	free(rc->from_name);
	free(rc->office);
	free(rc->status_url);
	sodium_memzero(rc->sender_hash_key, sizeof(rc->sender_hash_key));
	sodium_memzero(&rc->outbox_sk, sizeof(rc->outbox_sk));
	free(rc->outbox_key_file);
	free(rc->authserv_id);
	for (size_t i = 0; i < rc->own_count; i++)
		free(rc->own[i]);
	memset(rc, 0, sizeof(*rc));
}

bool
replies_robot_address(const char *addr)
{
	static const char *const robots[] = {
		"mailer-daemon", "mailerdaemon", "postmaster", "no-reply", "noreply", "no_reply",
		"do-not-reply", "donotreply", "do_not_reply", "bounce", "bounces", "daemon",
		"auto-reply", "autoreply", "listserv", "majordomo", "owner-",
	};
	const char *at = strrchr(addr, '@');
	size_t n = at ? (size_t)(at - addr) : strlen(addr);
	for (size_t i = 0; i < sizeof(robots) / sizeof(robots[0]); i++) {
		size_t rn = strlen(robots[i]);
		if (robots[i][rn - 1] == '-') {
			if (n > rn && strncasecmp(addr, robots[i], rn) == 0)
				return true;
		} else if (n >= rn && strncasecmp(addr, robots[i], rn) == 0
			   && (n == rn || addr[rn] == '+' || addr[rn] == '-' || addr[rn] == '.')) {
			return true;	/* noreply, noreply+x, bounces-123 */
		}
	}
	return false;
}

const struct letter_address *
replies_ack_recipient(const struct replies_config *rc, const struct letter *l, const char **why)
{
	const struct letter_address *a = NULL;
	if (!rc->enabled || !rc->acknowledge) {
		*why = "acknowledgements are off";
		return NULL;
	}
	if (l->auto_submitted || l->delivery_report) {
		*why = "automatic message";
		return NULL;
	}
	/* From only: a Reply-To would let anyone have us mail anyone */
	if (l->from.address && replies_address_ok(l->from.address))
		a = &l->from;
	if (a == NULL) {
		*why = "no address";
		return NULL;
	}
	if (replies_robot_address(a->address)) {
		*why = "robot address";
		return NULL;
	}
	if (rc->from && strcasecmp(a->address, rc->from) == 0) {
		*why = "our own address";
		return NULL;
	}
	for (size_t i = 0; i < rc->own_count; i++)
		if (strcasecmp(a->address, rc->own[i]) == 0) {
			*why = "our own address";
			return NULL;
		}
	*why = NULL;
	return a;
}

/* --- Authentication-Results (RFC 8601) ----------------------------------- */

/* What the topmost header of ours said. */
enum authres_verdict {
	AUTHRES_NOT_OURS,	/* another authserv-id: look further down */
	AUTHRES_PASS,
	AUTHRES_NO,
};

/* Skips CFWS: white space (folding included) and comments, nested, with
 * quoted pairs; an unclosed comment runs to the end. */
static void
ar_cfws(const char **pp, const char *end)
{
	const char *p = *pp;
	unsigned depth = 0;
	while (p < end) {
		char c = *p;
		if (depth > 0) {
			if (c == '\\' && p + 1 < end)
				p++;
			else if (c == '(')
				depth++;
			else if (c == ')')
				depth--;
			p++;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			p++;
		} else if (c == '(') {
			depth = 1;
			p++;
		} else {
			break;
		}
	}
	*pp = p;
}

/* A quoted-string at p (p at the '"'), unquoted into out (cut to outlen). */
static void
ar_quoted(const char **pp, const char *end, char *out, size_t outlen, size_t *k)
{
	const char *p = *pp + 1;
	while (p < end && *p != '"') {
		if (*p == '\\' && p + 1 < end)
			p++;
		if (*k + 1 < outlen)
			out[(*k)++] = *p;
		p++;
	}
	if (p < end)
		p++;	/* the closing quote */
	out[*k] = '\0';
	*pp = p;
}

/* A Keyword (letters, digits, '-', '_'), lower-cased into out; "" when none. */
static void
ar_keyword(const char **pp, const char *end, char *out, size_t outlen)
{
	const char *p = *pp;
	size_t k = 0;
	while (p < end && (isalnum((unsigned char)*p) || *p == '-' || *p == '_')) {
		if (k + 1 < outlen)
			out[k++] = (char)tolower((unsigned char)*p);
		p++;
	}
	out[k] = '\0';
	*pp = p;
}

/* A value (RFC 2045 token or quoted-string), as the authserv-id and a
 * reason are; or, with pvalue, a property's value: a quoted local part
 * and anything up to white space, a comment or ';' (local@domain, a
 * domain, an IP address). */
static void
ar_value(const char **pp, const char *end, bool pvalue, char *out, size_t outlen)
{
	const char *p = *pp;
	size_t k = 0;
	out[0] = '\0';
	if (p < end && *p == '"') {
		ar_quoted(&p, end, out, outlen, &k);
		if (!pvalue || p >= end || *p != '@') {
			*pp = p;
			return;
		}
	}
	while (p < end) {
		unsigned char c = (unsigned char)*p;
		if (c <= ' ' || c == 0x7f || c == '(' || c == ';' || c == '"'
		    || (!pvalue && strchr(")<>@,:\\/[]?=", c)))
			break;
		if (k + 1 < outlen)
			out[k++] = (char)c;
		p++;
	}
	out[k] = '\0';
	*pp = p;
}

/* Past the rest of a resinfo: up to its ';' (not one in a comment or a
 * quoted string). */
static void
ar_skip_resinfo(const char **pp, const char *end)
{
	const char *p = *pp;
	while (p < end && *p != ';') {
		if (*p == '(') {
			ar_cfws(&p, end);
		} else if (*p == '"') {
			char junk[2];
			size_t k = 0;
			ar_quoted(&p, end, junk, sizeof(junk), &k);
		} else {
			p++;
		}
	}
	*pp = p;
}

/* The domain of an address or a domain ("a@b.example" and "b.example" are
 * "b.example") equals dom, case-insensitive, a final dot ignored. */
static bool
ar_same_domain(const char *v, const char *dom)
{
	const char *at = strrchr(v, '@');
	const char *d = at ? at + 1 : v;
	size_t n = strlen(d), dn = strlen(dom);
	if (at == NULL && *d == '<') {	/* smtp.mailfrom=<a@b> without its '@' part */
		d++;
		n--;
	}
	if (n > 0 && d[n - 1] == '>')
		n--;
	if (n > 0 && d[n - 1] == '.')
		n--;
	if (dn > 0 && dom[dn - 1] == '.')
		dn--;
	return n > 0 && n == dn && strncasecmp(d, dom, n) == 0;
}

/* One Authentication-Results value (v, n bytes, folding and all). */
static enum authres_verdict
ar_field(const char *v, size_t n, const char *authserv_id, const char *from_domain)
{
	const char *p = v, *end = v + n;
	char id[REPLIES_AUTHSERV_ID_MAX + 2];
	ar_cfws(&p, end);
	ar_value(&p, end, false, id, sizeof(id));
	if (id[0] == '\0' || strcasecmp(id, authserv_id) != 0)
		return AUTHRES_NOT_OURS;
	ar_cfws(&p, end);
	while (p < end && isdigit((unsigned char)*p))	/* authres-version */
		p++;
	bool pass = false;
	for (;;) {
		ar_cfws(&p, end);
		if (p >= end)
			break;
		if (*p != ';') {	/* not RFC 8601: to the next result */
			ar_skip_resinfo(&p, end);
			continue;
		}
		p++;
		char method[32], result[32];
		ar_cfws(&p, end);
		ar_keyword(&p, end, method, sizeof(method));
		ar_cfws(&p, end);
		if (p < end && *p == '/') {	/* method-version */
			p++;
			ar_cfws(&p, end);
			while (p < end && isdigit((unsigned char)*p))
				p++;
			ar_cfws(&p, end);
		}
		if (method[0] == '\0' || p >= end || *p != '=') {
			ar_skip_resinfo(&p, end);	/* "none", or not a result */
			continue;
		}
		p++;
		ar_cfws(&p, end);
		ar_keyword(&p, end, result, sizeof(result));
		/* reasonspec and propspecs (ptype.property=value) up to ';';
		 * what is not one of them (Microsoft's "action=none") is passed */
		bool have_from = false, from_ok = false, have_mailfrom = false, mailfrom_ok = false;
		for (;;) {
			ar_cfws(&p, end);
			if (p >= end || *p == ';')
				break;
			const char *before = p;
			char ptype[32], prop[32] = "", val[320];
			ar_keyword(&p, end, ptype, sizeof(ptype));
			ar_cfws(&p, end);
			if (ptype[0] != '\0' && p < end && *p == '.') {
				p++;
				ar_cfws(&p, end);
				ar_keyword(&p, end, prop, sizeof(prop));
				ar_cfws(&p, end);
			}
			if (p < end && *p == '=') {
				p++;
				ar_cfws(&p, end);
				ar_value(&p, end, true, val, sizeof(val));
				/* named twice, both must be the From's domain */
				bool same = ar_same_domain(val, from_domain);
				if (strcmp(ptype, "header") == 0 && strcmp(prop, "from") == 0) {
					from_ok = have_from ? from_ok && same : same;
					have_from = true;
				} else if (strcmp(ptype, "smtp") == 0 && strcmp(prop, "mailfrom") == 0) {
					mailfrom_ok = have_mailfrom ? mailfrom_ok && same : same;
					have_mailfrom = true;
				}
			} else if (p == before) {
				/* a character that starts nothing we know */
				if (*p == '"') {
					char junk[2];
					size_t k = 0;
					ar_quoted(&p, end, junk, sizeof(junk), &k);
				} else {
					p++;
				}
			}
		}
		if (strcmp(result, "pass") != 0)
			continue;
		if (strcmp(method, "dmarc") == 0 && (!have_from || from_ok))
			pass = true;
		else if (strcmp(method, "spf") == 0 && have_mailfrom && mailfrom_ok)
			pass = true;
	}
	return pass ? AUTHRES_PASS : AUTHRES_NO;
}

bool
replies_sender_authenticated(const struct replies_config *rc, const struct letter *l)
{
	static const char field[] = "Authentication-Results";
	const size_t fl = sizeof(field) - 1;
	if (rc->authserv_id == NULL || l->source != LETTER_SOURCE_EMAIL || l->from.address == NULL
	    || l->raw == NULL)
		return false;
	const char *at = strrchr(l->from.address, '@');
	if (at == NULL || at[1] == '\0')
		return false;
	const char *from_domain = at + 1;
	const char *raw = (const char *)l->raw;
	size_t n = l->raw_len < MB_MESSAGE_SIZE_MAX ? l->raw_len : MB_MESSAGE_SIZE_MAX;
	size_t i = 0;
	for (unsigned fields = 0; i < n && fields < MB_HEADERS_MAX; fields++) {
		/* an empty line ends the header block */
		if (raw[i] == '\n' || (raw[i] == '\r' && i + 1 < n && raw[i + 1] == '\n'))
			break;
		/* the field runs to a line break not followed by white space */
		size_t e = i;
		for (;;) {
			const char *nl = memchr(raw + e, '\n', n - e);
			e = nl ? (size_t)(nl - raw) + 1 : n;
			if (e >= n || (raw[e] != ' ' && raw[e] != '\t'))
				break;
		}
		size_t name = i + fl;
		if (e - i > fl && strncasecmp(raw + i, field, fl) == 0) {
			while (name < e && (raw[name] == ' ' || raw[name] == '\t'))
				name++;
			if (name < e && raw[name] == ':') {
				const char *v = raw + name + 1;
				size_t vn = e - (name + 1);
				bool too_long = e - i > MB_HEADER_LINE_MAX;
				if (vn > MB_HEADER_LINE_MAX)
					vn = MB_HEADER_LINE_MAX;	/* enough to know whose it is */
				enum authres_verdict r = ar_field(v, vn, rc->authserv_id, from_domain);
				if (r != AUTHRES_NOT_OURS)
					return r == AUTHRES_PASS && !too_long;
			}
		}
		i = e;
	}
	return false;
}

bool
replies_subject_case(const struct replies_config *rc, const char *subject, char *out, size_t outlen)
{
	size_t tl = strlen(rc->tag);
	for (const char *p = subject; (p = strchr(p, '[')) != NULL; p++) {
		if (strncasecmp(p + 1, rc->tag, tl) != 0 || p[1 + tl] != '-')
			continue;
		const char *q = p + 2 + tl;	/* YYYY-NNNNNN] */
		size_t k = 0;
		while (k < 4 && isdigit((unsigned char)q[k]))
			k++;
		if (k != 4 || q[4] != '-')
			continue;
		size_t d = 0;
		while (d < 9 && isdigit((unsigned char)q[5 + d]))
			d++;
		if (d < 6 || q[5 + d] != ']' || outlen < 5 + d + 1)
			continue;
		memcpy(out, q, 5 + d);
		out[5 + d] = '\0';
		return true;
	}
	return false;
}

bool
replies_find_token(const char *s, size_t n, char *out)
{
	for (size_t i = 0; i + REPLIES_TOKEN_LEN < n; i++) {
		if (s[i] != 'm' || s[i + 1] != 'b' || s[i + 2] != '.')
			continue;
		if (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.'))
			continue;
		size_t k = 0;
		while (k < 32 && isxdigit((unsigned char)s[i + 3 + k])
		       && !isupper((unsigned char)s[i + 3 + k]))
			k++;
		if (k == 32 && s[i + REPLIES_TOKEN_LEN] == '@') {
			memcpy(out, s + i, REPLIES_TOKEN_LEN);
			out[REPLIES_TOKEN_LEN] = '\0';
			return true;
		}
	}
	return false;
}

/* The value of the first "Name:" line (at a line start) in raw. */
static void
field_value(const char *raw, size_t n, const char *name, char *out, size_t outlen)
{
	size_t nl = strlen(name);
	out[0] = '\0';
	for (size_t i = 0; i + nl < n; i++) {
		if ((i == 0 || raw[i - 1] == '\n') && strncasecmp(raw + i, name, nl) == 0
		    && raw[i + nl] == ':') {
			size_t j = i + nl + 1, k = 0;
			while (j < n && (raw[j] == ' ' || raw[j] == '\t'))
				j++;
			while (j < n && k + 1 < outlen
			       && (isalnum((unsigned char)raw[j]) || raw[j] == '.'))
				out[k++] = raw[j++];
			out[k] = '\0';
			return;
		}
	}
}

void
replies_report_fields(const char *raw, size_t n, char *action, size_t alen, char *status,
		      size_t slen)
{
	field_value(raw, n, "Action", action, alen);
	for (char *p = action; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	field_value(raw, n, "Status", status, slen);
}

/* --- composing ---------------------------------------------------------- */

static bool
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

static bool
has_newline(const char *s)
{
	return s && strpbrk(s, "\r\n") != NULL;
}

/* RFC 2047 and RFC 2045: a header line's encoded words end by column
 * HEADER_COLUMNS; "=?UTF-8?B?" and "?=" take WORD_OVERHEAD; a word holds at
 * most WORD_BYTES bytes (60 base64 characters), and a word shorter than
 * WORD_MIN_ROOM is put on a new line instead; base64 bodies are lines of
 * BODY_LINE_BYTES bytes (76 characters). */
#define HEADER_COLUMNS 76
#define WORD_OVERHEAD 12
#define WORD_BYTES 45
#define WORD_MIN_ROOM 16
#define BODY_LINE_BYTES 57

/* A header field's text, RFC 2047 B-encoded in UTF-8 words of at most 45
 * bytes (whole characters) when not ASCII; *col is the current column. */
static void
put_words(struct buf *out, const char *s, size_t *col)
{
	if (is_ascii(s)) {
		buf_append_str(out, s);
		*col += strlen(s);
		return;
	}
	size_t n = strlen(s), i = 0;
	while (i < n) {
		size_t sep = i > 0 ? 1 : 0;
		if (*col + sep + WORD_OVERHEAD + WORD_MIN_ROOM > HEADER_COLUMNS) {
			buf_append_str(out, "\r\n ");
			*col = 1;
			sep = 0;
		}
		size_t take = (HEADER_COLUMNS - *col - sep - WORD_OVERHEAD) / 4 * 3;
		if (take > WORD_BYTES)
			take = WORD_BYTES;
		if (take > n - i)
			take = n - i;
		while (take > 0 && i + take < n && ((unsigned char)s[i + take] & 0xC0) == 0x80)
			take--;
		char b64[80];
		sodium_bin2base64(b64, sizeof(b64), (const unsigned char *)s + i, take,
				  sodium_base64_VARIANT_ORIGINAL);
		if (sep)
			buf_putc(out, ' ');
		buf_append_str(out, "=?UTF-8?B?");
		buf_append_str(out, b64);
		buf_append_str(out, "?=");
		*col += sep + strlen(b64) + WORD_OVERHEAD;
		i += take;
	}
}

/* A writer's subject or name in one of our headers: every control
 * character (CR and LF above all: a header cannot be injected) becomes a
 * space. Returns a new string. */
static char *
header_safe(const char *s)
{
	char *c = xstrdup(s);
	for (char *p = c; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return c;
}

/* A mailbox header (replies_put_mailbox), or readable: the name as it is,
 * LF-ended. */
static void
put_mailbox(struct buf *out, const char *field, const char *name_in, const char *addr,
	    bool readable)
{
	char *name = name_in ? header_safe(name_in) : NULL;
	size_t col = strlen(field) + 2;
	buf_append_str(out, field);
	buf_append_str(out, ": ");
	if (readable) {
		if (name && *name) {
			buf_append_str(out, name);
			buf_putc(out, ' ');
		}
		buf_append_str(out, "<");
		buf_append_str(out, addr);
		buf_append_str(out, ">\n");
	} else if (name && *name) {
		if (is_ascii(name)) {
			buf_putc(out, '"');
			for (const char *p = name; *p; p++) {
				if (*p == '"' || *p == '\\')
					buf_putc(out, '\\');
				buf_putc(out, *p);
			}
			buf_putc(out, '"');
		} else {
			put_words(out, name, &col);
		}
		buf_append_str(out, " <");
		buf_append_str(out, addr);
		buf_append_str(out, ">\r\n");
	} else {
		buf_append_str(out, "<");
		buf_append_str(out, addr);
		buf_append_str(out, ">\r\n");
	}
	free(name);
}

void
replies_put_mailbox(struct buf *out, const char *field, const char *name_in, const char *addr)
{
	put_mailbox(out, field, name_in, addr, false);
}

void
replies_put_date(struct buf *out, long long t)
{
	static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
	static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	time_t tt = (time_t)t;
	struct tm tm;
	gmtime_r(&tt, &tm);
	char s[64];
	snprintf(s, sizeof(s), "Date: %s, %02d %s %04d %02d:%02d:%02d +0000\r\n",
		 days[tm.tm_wday % 7], tm.tm_mday, months[tm.tm_mon % 12], tm.tm_year + 1900,
		 tm.tm_hour, tm.tm_min, tm.tm_sec);
	buf_append_str(out, s);
}

/* The text of the message, before transfer encoding. */
static void
compose_text(const struct replies_config *rc, const struct replies_mail *m, const char *tagged,
	     struct buf *t)
{
	bool zh = m->language && strcmp(m->language, "zh") == 0;
	bool ack = strcmp(m->kind, "acknowledgement") == 0;
	char line[512];
	if (ack) {
		char zh_text[1024], en_text[1024];
		snprintf(zh_text, sizeof(zh_text),
			 "您好：\n\n"
			 "您的来信已收到，案件编号为 %s。请保存此编号：查询办理情况或补充材料时，"
			 "请直接回复本邮件，或在邮件主题中写明 %s。\n\n"
			 "我们将按规定时限办理并答复。\n", m->case_number, tagged);
		snprintf(en_text, sizeof(en_text),
			 "Hello,\n\n"
			 "We have received your letter. Its case number is %s. Please keep it: to "
			 "ask how your case stands or to add to it, reply to this message, or put %s "
			 "in the subject of your mail.\n\n"
			 "We will handle your letter and answer within the time the office's charter "
			 "sets.\n", m->case_number, tagged);
		if (m->code) {
			/* with the case number, the code joins a letter to the case:
			 * only the writer has it */
			size_t zl = strlen(zh_text), el = strlen(en_text);
			snprintf(zh_text + zl, sizeof(zh_text) - zl,
				 "\n查询码：%s（请妥善保管，勿告知他人；来信时写明案件编号和查询码，"
				 "补充材料即归入本案件。）\n", m->code);
			snprintf(en_text + el, sizeof(en_text) - el,
				 "\nAccess code: %s (keep it to yourself: a letter that names the case "
				 "number and this code joins your case).\n", m->code);
		}
		buf_append_str(t, zh ? zh_text : en_text);
		buf_append_str(t, "\n---\n\n");
		buf_append_str(t, zh ? en_text : zh_text);
	} else if (strcmp(m->kind, "visit") == 0) {
		visit_mail_text(t, zh, m->case_number, rc->status_url);
	} else if (replies_is_notice(m->kind)) {
		/* to a department: the database's words (case number, category,
		 * time limit, a supervision's note, a send-back's reason; never
		 * the writer), the link */
		buf_append_str(t, m->body ? m->body : "");
		if (t->len > 0 && t->data[t->len - 1] != '\n')
			buf_putc(t, '\n');
		if (rc->console_url && *rc->console_url) {
			/* a hot issue: the leaders' page of groups, not one case */
			if (strcmp(m->kind, "hot") == 0)
				snprintf(line, sizeof(line), "\n%s/hot\n", rc->console_url);
			else
				snprintf(line, sizeof(line), "\n%s/cases/%s\n", rc->console_url,
					 m->case_number);
			buf_append_str(t, line);
		}
		buf_append_str(t, "\n");
		buf_append_str(t, rc->office);
		buf_append_str(t, "\n（本邮件由系统发送。This message was sent by the mailbox's "
			       "system.）\n");
		return;
	} else {
		buf_append_str(t, m->body ? m->body : "");
		if (t->len > 0 && t->data[t->len - 1] != '\n')
			buf_putc(t, '\n');
		snprintf(line, sizeof(line), zh ? "\n（案件编号 %s）\n" : "\n(Case number %s)\n",
			 m->case_number);
		buf_append_str(t, line);
	}
	buf_append_str(t, "\n");
	buf_append_str(t, rc->office);
	buf_append_str(t, zh ? "\n（本邮件由系统发送；如需补充，请直接回复。）\n"
			   : "\n(This message was sent by the mailbox's system; to add to your "
			     "letter, reply to it.)\n");
}

bool
replies_is_notice(const char *kind)
{
	return strcmp(kind, "dispatch") == 0 || strcmp(kind, "supervision") == 0
	       || strcmp(kind, "hot") == 0 || strcmp(kind, "send back") == 0;
}

void
replies_message_id(const struct replies_config *rc, const char *token, char *out, size_t outlen)
{
	const char *at = rc->from ? strchr(rc->from, '@') : NULL;
	snprintf(out, outlen, "<%s@%s>", token, at ? at + 1 : "localhost");
}

/* The message of m: as it goes on the wire, or (readable) as a clerk
 * previews it: the same headers and text, not encoded, LF lines, without
 * the Date, the Message-ID and the MIME headers that sending adds. */
static enum mb_status
compose(const struct replies_config *rc, const struct replies_mail *m, long long date,
	bool readable, struct buf *out, char *err, size_t errlen)
{
	err[0] = '\0';
	if (rc->from == NULL || !replies_address_ok(rc->from)) {
		snprintf(err, errlen, "no sender address ([smtp] from)");
		return MB_CONFIG;
	}
	/* nothing of the writer's is repeated unless echo says so: anyone can
	 * put a stranger's address in From, and our mail would carry their
	 * subject and name to the stranger (backscatter) */
	const char *name = m->echo ? m->recipient_name : NULL;
	const char *ref = m->echo ? m->reply_to_id : NULL;
	const char *their_subject = m->echo && !m->confidential ? m->subject : NULL;
	if (!replies_address_ok(m->recipient) || has_newline(ref)
	    || (ref && strpbrk(ref, "<> \t"))) {
		snprintf(err, errlen, "outbox %s: the recipient or a reference cannot be put in a "
			 "header", m->token);
		return MB_REFUSED;
	}
	bool zh = m->language && strcmp(m->language, "zh") == 0;
	bool ack = strcmp(m->kind, "acknowledgement") == 0;
	char tagged[64];
	snprintf(tagged, sizeof(tagged), "[%s-%s]", rc->tag, m->case_number);

	put_mailbox(out, "From", rc->from_name, rc->from, readable);
	put_mailbox(out, "To", name, m->recipient, readable);

	/* the writer's subject only where the case is not confidential and
	 * echo allows it */
	struct buf subj;
	buf_init(&subj, REPLIES_SUBJECT_LINE_MAX);
	if (strcmp(m->kind, "visit") == 0) {
		/* a question of its own, whatever the letter was about */
		buf_append_str(&subj, visit_mail_subject(zh));
	} else if (strcmp(m->kind, "dispatch") == 0) {
		buf_append_str(&subj, "转办通知 Case dispatched ");
	} else if (strcmp(m->kind, "supervision") == 0) {
		buf_append_str(&subj, "督办通知 Supervision ");
	} else if (strcmp(m->kind, "hot") == 0) {
		buf_append_str(&subj, "热点问题 Hot issue ");
	} else if (strcmp(m->kind, "send back") == 0) {
		buf_append_str(&subj, "答复退回通知 Answer sent back ");
	} else if (their_subject && *their_subject) {
		char *safe = header_safe(their_subject);
		buf_append_str(&subj, "Re: ");
		buf_append_utf8_cut(&subj, safe, strlen(safe) > REPLIES_SUBJECT_QUOTE_MAX
				    ? REPLIES_SUBJECT_QUOTE_MAX : strlen(safe));
		buf_putc(&subj, ' ');
		free(safe);
	} else if (ack) {
		buf_append_str(&subj, zh ? "来信已收到 Letter received " : "Letter received 来信已收到 ");
	} else {
		buf_append_str(&subj, zh ? "来信答复 Answer to your letter "
			       : "Answer to your letter 来信答复 ");
	}
	buf_append_str(&subj, tagged);
	size_t col = 9;
	const char *eol = readable ? "\n" : "\r\n";
	buf_append_str(out, "Subject: ");
	if (readable)
		buf_append_str(out, subj.data);
	else
		put_words(out, subj.data, &col);
	buf_append_str(out, eol);
	buf_deinit(&subj);

	if (!readable) {
		replies_put_date(out, date);
		char mid[160], id[128];
		replies_message_id(rc, m->token, id, sizeof(id));
		snprintf(mid, sizeof(mid), "Message-ID: %s\r\n", id);
		buf_append_str(out, mid);
	}
	if (ref && *ref) {
		buf_append_str(out, "In-Reply-To: <");
		buf_append_str(out, ref);
		buf_append_str(out, ">");
		buf_append_str(out, eol);
		buf_append_str(out, "References: <");
		buf_append_str(out, ref);
		buf_append_str(out, ">");
		buf_append_str(out, eol);
	}
	/* RFC 3834: no mail program answers this one automatically */
	if (readable) {
		buf_append_str(out, "Auto-Submitted: auto-replied\n\n");
		struct buf t;
		buf_init(&t, REPLIES_TEXT_MAX);
		compose_text(rc, m, tagged, &t);
		bool over = t.overflowed;
		if (!over)
			buf_append(out, t.data, t.len);
		buf_deinit(&t);
		if (over || out->overflowed) {
			snprintf(err, errlen, "the message is too long");
			return MB_LIMIT;
		}
		return MB_OK;
	}
	buf_append_str(out, "Auto-Submitted: auto-replied\r\n"
			    "X-Auto-Response-Suppress: All\r\n"
			    "MIME-Version: 1.0\r\n"
			    "Content-Type: text/plain; charset=UTF-8\r\n"
			    "Content-Transfer-Encoding: base64\r\n\r\n");

	struct buf t;
	buf_init(&t, REPLIES_TEXT_MAX);
	compose_text(rc, m, tagged, &t);
	/* LF to CRLF, then base64 in lines of 76 */
	struct buf crlf;
	buf_init(&crlf, 2 * REPLIES_TEXT_MAX);
	for (size_t i = 0; i < t.len; i++) {
		if (t.data[i] == '\n' && (i == 0 || t.data[i - 1] != '\r'))
			buf_putc(&crlf, '\r');
		buf_putc(&crlf, t.data[i]);
	}
	for (size_t i = 0; i < crlf.len; i += BODY_LINE_BYTES) {
		size_t k = crlf.len - i > BODY_LINE_BYTES ? BODY_LINE_BYTES : crlf.len - i;
		char b64[80];
		sodium_bin2base64(b64, sizeof(b64), (const unsigned char *)crlf.data + i, k,
				  sodium_base64_VARIANT_ORIGINAL);
		buf_append_str(out, b64);
		buf_append_str(out, "\r\n");
	}
	bool over = t.overflowed || crlf.overflowed || out->overflowed;
	buf_deinit(&t);
	buf_deinit(&crlf);
	if (over) {
		snprintf(err, errlen, "outbox %s: the message is too long", m->token);
		return MB_LIMIT;
	}
	return MB_OK;
}

enum mb_status
replies_compose(const struct replies_config *rc, const struct replies_mail *m, long long date,
		struct buf *out, char *err, size_t errlen)
{
	return compose(rc, m, date, false, out, err, errlen);
}

enum mb_status
replies_preview(const struct replies_config *rc, const struct replies_mail *m, struct buf *out,
		char *err, size_t errlen)
{
	return compose(rc, m, 0, true, out, err, errlen);
}
