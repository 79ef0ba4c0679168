/*
 * mime.c - e-mail bytes into a letter (see mime.h).
 *
 * Data flow: a scan of the header block (is this a message at all? which
 * limits does it cross?) -> libetpan's mailmime_parse -> the top-level header
 * fields -> a walk of the MIME tree that collects the text (text/plain
 * preferred, HTML turned into text, forwarded messages kept and marked) and
 * the attachments. libetpan keeps values raw; decoding (RFC 2047, RFC 2231,
 * charsets, transfer encodings) is ours, so that it is lenient where mail is
 * broken and strict about what comes out (valid UTF-8, bounded).
 */
#include "mime.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libetpan/libetpan.h>

#include "buf.h"
#include "charset.h"
#include "codec.h"
#include "date.h"
#include "html.h"
#include "lang.h"
#include "limits.h"
#include "mimeparam.h"
#include "rfc2047.h"
#include "xalloc.h"

/* Header fields that show a block of lines is a message's header. */
static const char *const mime_message_fields[] = {
	"from", "to", "cc", "subject", "date", "message-id", "received",
	"return-path", "mime-version", "content-type", "sender", "reply-to",
	"delivered-to", "in-reply-to", "references", "x-mailer",
};

struct hdr_scan {
	size_t end;		/* offset of the body (after the blank line) */
	unsigned fields;
	unsigned known;		/* fields from mime_message_fields */
	size_t longest;		/* longest field, folded lines together */
	unsigned containers;	/* multipart and message parts, whole message */
};

struct walk {
	struct letter *l;
	struct buf text;
	size_t attach_total;
	unsigned parts;
	bool parts_warned;
	bool depth_warned;
};

static bool
field_name_char(unsigned char c)
{
	return c > 32 && c < 127 && c != ':';
}

/* Length of the line at p (through its LF, or to the end). */
static size_t
line_len(const char *p, size_t n)
{
	const char *nl = memchr(p, '\n', n);
	return nl ? (size_t)(nl - p) + 1 : n;
}

static bool
line_is_blank(const char *p, size_t len)
{
	return (len == 1 && p[0] == '\n') || (len == 2 && p[0] == '\r' && p[1] == '\n')
	       || len == 0;
}

/* Scans the header block of p and counts what the limits and the
 * is-this-a-message test need. Not a parser: libetpan parses. */
static void
mime_scan_headers(const char *p, size_t n, struct hdr_scan *s)
{
	size_t i = 0, cur = 0;

	memset(s, 0, sizeof(*s));
	while (i < n) {
		size_t len = line_len(p + i, n - i);
		if (line_is_blank(p + i, len)) {
			i += len;
			break;
		}
		if (p[i] == ' ' || p[i] == '\t') {
			cur += len;
		} else {
			size_t k = 0;
			while (k < len && field_name_char((unsigned char)p[i + k]))
				k++;
			size_t colon = k;
			/* obsolete syntax: white space before the colon */
			while (colon < len && (p[i + colon] == ' ' || p[i + colon] == '\t'))
				colon++;
			if (k > 0 && colon < len && p[i + colon] == ':') {
				s->fields++;
				for (size_t f = 0; f < sizeof(mime_message_fields) / sizeof(char *); f++)
					if (strlen(mime_message_fields[f]) == k
					    && strncasecmp(p + i, mime_message_fields[f], k) == 0)
						s->known++;
			} else if (s->fields == 0) {
				/* the first line is not a header field: no message */
				s->end = i;
				return;
			}
			cur = len;
		}
		if (cur > s->longest)
			s->longest = cur;
		i += len;
	}
	s->end = i;
}

/* Counts Content-Type fields naming multipart or message types in the whole
 * message (a bound on the nesting libetpan will recurse into). */
static unsigned
mime_count_containers(const char *p, size_t n)
{
	unsigned count = 0;
	size_t i = 0;
	while (i < n) {
		size_t len = line_len(p + i, n - i);
		if (len > 13 && strncasecmp(p + i, "content-type:", 13) == 0) {
			size_t k = 13;
			while (k < len && (p[i + k] == ' ' || p[i + k] == '\t'))
				k++;
			if ((len - k > 10 && strncasecmp(p + i + k, "multipart/", 10) == 0)
			    || (len - k > 8 && strncasecmp(p + i + k, "message/", 8) == 0))
				count++;
		}
		i += len;
	}
	return count;
}

/* A copy of the message with its header block cut to the limits: at most
 * MB_HEADERS_MAX fields, each at most MB_HEADER_LINE_MAX bytes. */
static char *
mime_cut_headers(const char *p, size_t n, size_t hdr_end, size_t *len_r)
{
	struct buf b;
	size_t i = 0, cur = 0;
	unsigned fields = 0;
	bool keep = true;

	buf_init(&b, n);
	while (i < hdr_end) {
		size_t len = line_len(p + i, hdr_end - i);
		if (line_is_blank(p + i, len))
			break;
		if (p[i] != ' ' && p[i] != '\t') {
			fields++;
			cur = 0;
			keep = fields <= MB_HEADERS_MAX;
		}
		if (keep && cur < MB_HEADER_LINE_MAX) {
			size_t take = len;
			if (cur + take > MB_HEADER_LINE_MAX) {
				take = MB_HEADER_LINE_MAX - cur;
				(void)buf_append(&b, p + i, take);
				(void)buf_append_str(&b, "\r\n");
			} else {
				(void)buf_append(&b, p + i, take);
			}
			cur += take;
		}
		i += len;
	}
	(void)buf_append_str(&b, "\r\n");
	(void)buf_append(&b, p + hdr_end, n - hdr_end);
	return buf_take(&b, len_r);
}

/* ---- header values ---- */


static char *
decode_value(struct letter *l, const char *what, const char *raw)
{
	struct rfc2047_result r;
	char *s = rfc2047_decode(raw, strlen(raw), &r);
	if (r.replaced)
		letter_warn(l, "%s: %u invalid bytes replaced", what, r.replaced);
	if (r.unknown_charset)
		letter_warn(l, "%s: encoded word in an unknown charset (detected from the bytes)",
			    what);
	if (r.truncated)
		letter_warn(l, "%s: longer than %u bytes, cut (MB_HEADER_VALUE_MAX)", what,
			    MB_HEADER_VALUE_MAX);
	return s;
}

/* A raw address string (or part of one) as valid UTF-8, or NULL when empty. */
static char *
clean_addr(const char *a)
{
	if (a == NULL)
		return NULL;
	while (*a == ' ' || *a == '\t' || *a == '<')
		a++;
	size_t n = strlen(a);
	while (n > 0 && (a[n - 1] == ' ' || a[n - 1] == '\t' || a[n - 1] == '>'
			 || a[n - 1] == '\r' || a[n - 1] == '\n'))
		n--;
	if (n == 0)
		return NULL;
	struct buf b;
	unsigned rep = 0;
	buf_init(&b, MB_HEADER_VALUE_MAX);
	(void)utf8_append_sanitized(&b, a, n, &rep);
	for (size_t i = 0; i < b.len; i++)
		if ((unsigned char)b.data[i] < 0x20)
			b.data[i] = ' ';
	return buf_take(&b, NULL);
}

static void
set_mailbox(struct letter *l, struct letter_address *a, const struct mailimf_mailbox *mb,
	    const char *what)
{
	if (mb->mb_display_name && mb->mb_display_name[0]) {
		a->name = decode_value(l, what, mb->mb_display_name);
		if (a->name[0] == '\0') {
			free(a->name);
			a->name = NULL;
		}
	}
	a->address = clean_addr(mb->mb_addr_spec);
}

/* The raw value of the first field `name` in the header block p[0..end),
 * unfolded lines kept as they are (rfc2047_decode unfolds); NULL when none.
 * Caller frees. */
static char *
mime_header_raw(const char *p, size_t end, const char *name)
{
	size_t i = 0, nl = strlen(name);
	while (i < end) {
		size_t len = line_len(p + i, end - i);
		if (line_is_blank(p + i, len))
			break;
		size_t k = nl;
		if (len > nl && strncasecmp(p + i, name, nl) == 0) {
			while (k < len && (p[i + k] == ' ' || p[i + k] == '\t'))
				k++;
			if (k < len && p[i + k] == ':') {
				size_t start = i + k + 1, stop = i + len;
				while (stop < end) {
					size_t l2 = line_len(p + stop, end - stop);
					if (p[stop] != ' ' && p[stop] != '\t')
						break;
					stop += l2;
				}
				if (stop - start > MB_HEADER_LINE_MAX)
					stop = start + MB_HEADER_LINE_MAX;
				return xmemdup0(p + start, stop - start);
			}
		}
		i += len;
	}
	return NULL;
}

/* The first mailbox of a raw address field, read the way people write them,
 * not only the way RFC 5322 says: quoted strings unquoted, comments dropped,
 * the first "<addr>" ends it, a top-level comma ends it. Fills raw (not yet
 * RFC 2047-decoded) name and address buffers. */
static void
mailbox_first(const char *v, struct buf *name, struct buf *addr, bool *angle_r)
{
	size_t i = 0, n = strlen(v);
	*angle_r = false;
	while (i < n) {
		char c = v[i];
		if (c == '=' && i + 1 < n && v[i + 1] == '?') {
			/* an encoded word is one token: its text may hold ( : , < */
			size_t q = 0, j = i + 2;
			for (; j + 1 < n && q < 3; j++)
				if (v[j] == '?')
					q++;
			const char *end = q == 3 ? strstr(v + j - 1, "?=") : NULL;
			if (end != NULL) {
				size_t stop = (size_t)(end - v) + 2;
				(void)buf_append(name, v + i, stop - i);
				i = stop;
				continue;
			}
		}
		if (c == '"') {
			for (i++; i < n && v[i] != '"'; i++) {
				if (v[i] == '\\' && i + 1 < n)
					i++;
				(void)buf_putc(name, v[i]);
			}
			i++;
			continue;
		}
		if (c == '(') {
			int depth = 0;
			for (; i < n; i++) {
				if (v[i] == '\\' && i + 1 < n) {
					i++;
					continue;
				}
				if (v[i] == '(')
					depth++;
				else if (v[i] == ')' && --depth == 0)
					break;
			}
			i++;
			(void)buf_putc(name, ' ');
			continue;
		}
		if (c == '<') {
			for (i++; i < n && v[i] != '>'; i++)
				(void)buf_putc(addr, v[i]);
			*angle_r = true;
			return;
		}
		if (c == ',' && name->len > 0 && memchr(name->data, '@', name->len))
			return;
		if (c == ':' && (name->len == 0 || !memchr(name->data, '@', name->len))) {
			buf_reset(name);	/* "group:" names no person */
			i++;
			continue;
		}
		if (c == ';') {
			i++;
			continue;
		}
		(void)buf_putc(name, c);
		i++;
	}
}

static void
set_address_first(struct letter *l, struct letter_address *a, const char *raw,
		  const char *what)
{
	struct buf name, addr;
	bool angle;

	buf_init(&name, MB_HEADER_LINE_MAX);
	buf_init(&addr, MB_HEADER_LINE_MAX);
	mailbox_first(raw, &name, &addr, &angle);
	if (!angle) {
		/* a bare addr-spec: what was read is the address */
		a->address = clean_addr(name.data);
	} else {
		a->address = clean_addr(addr.data);
		if (name.len > 0) {
			char *dn = decode_value(l, what, name.data);
			if (dn[0])
				a->name = dn;
			else
				free(dn);
		}
	}
	buf_deinit(&name);
	buf_deinit(&addr);
}

static void
add_address(struct letter *l, struct letter_address **list, size_t *count,
	    const struct mailimf_mailbox *mb, const char *what)
{
	if (*count >= MB_ADDRESSES_MAX) {
		letter_warn(l, "%s: more than %u addresses, rest ignored (MB_ADDRESSES_MAX)",
			    what, MB_ADDRESSES_MAX);
		return;
	}
	*list = xreallocarray(*list, *count + 1, sizeof(**list));
	struct letter_address *a = &(*list)[(*count)++];
	memset(a, 0, sizeof(*a));
	set_mailbox(l, a, mb, what);
}

static void
add_address_list(struct letter *l, struct letter_address **list, size_t *count,
		 const struct mailimf_address_list *al, const char *what)
{
	if (al == NULL)
		return;
	for (clistiter *it = clist_begin(al->ad_list); it; it = clist_next(it)) {
		struct mailimf_address *ad = clist_content(it);
		if (ad->ad_type == MAILIMF_ADDRESS_MAILBOX) {
			add_address(l, list, count, ad->ad_data.ad_mailbox, what);
		} else if (ad->ad_data.ad_group && ad->ad_data.ad_group->grp_mb_list) {
			clist *ml = ad->ad_data.ad_group->grp_mb_list->mb_list;
			for (clistiter *m = clist_begin(ml); m; m = clist_next(m))
				add_address(l, list, count, clist_content(m), what);
		}
	}
}

static void
add_address_lenient(struct letter *l, struct letter_address **list, size_t *count,
		    const char *raw, const char *what)
{
	if (*count >= MB_ADDRESSES_MAX)
		return;
	*list = xreallocarray(*list, *count + 1, sizeof(**list));
	struct letter_address *a = &(*list)[(*count)++];
	memset(a, 0, sizeof(*a));
	set_address_first(l, a, raw, what);
}

/* Message ids "<a@b>" in a raw value, without the brackets. */
static void
add_ids_lenient(struct letter *l, const char *raw, bool first_only)
{
	const char *p = raw;
	while ((p = strchr(p, '<')) != NULL) {
		const char *q = strchr(p, '>');
		if (q == NULL)
			break;
		char *tmp = xstrndup(p + 1, (size_t)(q - p - 1));
		char *id = clean_addr(tmp);
		free(tmp);
		p = q + 1;
		if (id == NULL)
			continue;
		if (first_only) {
			if (l->in_reply_to == NULL)
				l->in_reply_to = id;
			else
				free(id);
			return;
		}
		if (l->references_count >= MB_REFERENCES_MAX) {
			free(id);
			return;
		}
		l->references = xreallocarray(l->references, l->references_count + 1, sizeof(char *));
		l->references[l->references_count++] = id;
	}
}

static bool
date_from_libetpan(const struct mailimf_date_time *dt, int64_t *t_r)
{
	int y = dt->dt_year;
	if (y < 50)
		y += 2000;
	else if (y < 1000)
		y += 1900;
	if (!date_valid_day(y, dt->dt_month, dt->dt_day) || dt->dt_hour < 0 || dt->dt_hour > 24 || dt->dt_min < 0 || dt->dt_min > 59
	    || dt->dt_sec < 0 || dt->dt_sec > 60 || y > 9999)
		return false;
	int zone = dt->dt_zone;
	int sign = zone < 0 ? -1 : 1;
	int az = zone * sign;
	int offset = sign * ((az / 100) * 60 + az % 100);
	if (offset > 18 * 60 || offset < -18 * 60)
		offset = 0;
	*t_r = date_days_from_civil(y, (unsigned)dt->dt_month, (unsigned)dt->dt_day) * 86400
	       + dt->dt_hour * 3600 + dt->dt_min * 60 + (dt->dt_sec == 60 ? 59 : dt->dt_sec)
	       - (int64_t)offset * 60;
	return true;
}

static bool
value_is(const char *v, const char *word)
{
	while (*v == ' ' || *v == '\t')
		v++;
	size_t n = strlen(word);
	return strncasecmp(v, word, n) == 0
	       && (v[n] == '\0' || v[n] == ' ' || v[n] == '\t' || v[n] == ';' || v[n] == '\r'
		   || v[n] == '\n');
}

static void
mime_optional_field(struct letter *l, const char *name, const char *value, bool *have_from)
{
	if (strcasecmp(name, "Auto-Submitted") == 0) {
		if (!value_is(value, "no"))
			l->auto_submitted = true;
	} else if (strcasecmp(name, "Precedence") == 0) {
		if (value_is(value, "bulk") || value_is(value, "junk") || value_is(value, "list"))
			l->auto_submitted = true;
	} else if (strcasecmp(name, "Return-Path") == 0) {
		/* "Return-Path: <>": a bounce (libetpan leaves it unparsed) */
		const char *v = value + strspn(value, " \t");
		if (strncmp(v, "<>", 2) == 0 && v[2 + strspn(v + 2, " \t\r\n")] == '\0')
			l->auto_submitted = true;
	} else if (strcasecmp(name, "X-Autoreply") == 0 || strcasecmp(name, "X-Autorespond") == 0
		   || strcasecmp(name, "X-Failed-Recipients") == 0) {
		l->auto_submitted = true;
	} else if (strcasecmp(name, "Date") == 0) {
		if (!l->has_date) {
			l->has_date = date_parse(value, strlen(value), &l->date);
			if (!l->has_date)
				letter_warn(l, "Date: not a date we can read");
		}
	} else if (strcasecmp(name, "From") == 0) {
		if (!*have_from) {
			set_address_first(l, &l->from, value, "From");
			letter_warn(l, "From: malformed address, read leniently");
			*have_from = true;
		}
	} else if (strcasecmp(name, "To") == 0) {
		add_address_lenient(l, &l->to, &l->to_count, value, "To");
	} else if (strcasecmp(name, "Reply-To") == 0) {
		add_address_lenient(l, &l->reply_to, &l->reply_to_count, value, "Reply-To");
	} else if (strcasecmp(name, "Message-ID") == 0) {
		if (l->message_id == NULL) {
			const char *lt = strchr(value, '<');
			const char *gt = lt ? strchr(lt, '>') : NULL;
			if (lt && gt) {
				char *tmp = xstrndup(lt + 1, (size_t)(gt - lt - 1));
				l->message_id = clean_addr(tmp);
				free(tmp);
			} else {
				l->message_id = clean_addr(value);
			}
		}
	} else if (strcasecmp(name, "In-Reply-To") == 0) {
		add_ids_lenient(l, value, true);
	} else if (strcasecmp(name, "References") == 0) {
		add_ids_lenient(l, value, false);
	}
}

static void
mime_fields(struct letter *l, const struct mailimf_fields *fs)
{
	bool have_from = false, have_subject = false;

	if (fs == NULL)
		return;
	for (clistiter *it = clist_begin(fs->fld_list); it; it = clist_next(it)) {
		struct mailimf_field *f = clist_content(it);
		switch (f->fld_type) {
		case MAILIMF_FIELD_FROM:
			if (!have_from && f->fld_data.fld_from->frm_mb_list) {
				clistiter *m = clist_begin(f->fld_data.fld_from->frm_mb_list->mb_list);
				if (m) {
					set_mailbox(l, &l->from, clist_content(m), "From");
					have_from = true;
				}
			}
			break;
		case MAILIMF_FIELD_SUBJECT:
			if (!have_subject) {
				free(l->subject);
				l->subject = decode_value(l, "Subject", f->fld_data.fld_subject->sbj_value);
				have_subject = true;
			}
			break;
		case MAILIMF_FIELD_ORIG_DATE:
			if (!l->has_date && f->fld_data.fld_orig_date->dt_date_time) {
				l->has_date = date_from_libetpan(f->fld_data.fld_orig_date->dt_date_time,
								 &l->date);
				if (!l->has_date)
					letter_warn(l, "Date: out of range");
			}
			break;
		case MAILIMF_FIELD_TO:
			add_address_list(l, &l->to, &l->to_count,
						 f->fld_data.fld_to->to_addr_list, "To");
			break;
		case MAILIMF_FIELD_REPLY_TO:
			add_address_list(l, &l->reply_to, &l->reply_to_count,
						 f->fld_data.fld_reply_to->rt_addr_list, "Reply-To");
			break;
		case MAILIMF_FIELD_MESSAGE_ID:
			if (l->message_id == NULL)
				l->message_id = clean_addr(f->fld_data.fld_message_id->mid_value);
			break;
		case MAILIMF_FIELD_IN_REPLY_TO:
			if (l->in_reply_to == NULL && f->fld_data.fld_in_reply_to->mid_list) {
				clistiter *m = clist_begin(f->fld_data.fld_in_reply_to->mid_list);
				if (m)
					l->in_reply_to = clean_addr(clist_content(m));
			}
			break;
		case MAILIMF_FIELD_REFERENCES:
			if (f->fld_data.fld_references->mid_list) {
				for (clistiter *m = clist_begin(f->fld_data.fld_references->mid_list); m;
				     m = clist_next(m)) {
					if (l->references_count >= MB_REFERENCES_MAX)
						break;
					char *id = clean_addr(clist_content(m));
					if (id == NULL)
						continue;
					l->references = xreallocarray(l->references,
								      l->references_count + 1,
								      sizeof(char *));
					l->references[l->references_count++] = id;
				}
			}
			break;
		case MAILIMF_FIELD_RETURN_PATH:
			if (f->fld_data.fld_return_path->ret_path
			    && f->fld_data.fld_return_path->ret_path->pt_addr_spec == NULL)
				l->auto_submitted = true;	/* "Return-Path: <>": a bounce */
			break;
		case MAILIMF_FIELD_OPTIONAL_FIELD: {
			struct mailimf_optional_field *o = f->fld_data.fld_optional_field;
			if (o->fld_name && o->fld_value)
				mime_optional_field(l, o->fld_name, o->fld_value, &have_from);
			break;
		}
		default:
			break;
		}
	}
}

/* ---- the MIME tree ---- */

static void
content_type_str(const struct mailmime_content *ct, char *out, size_t len)
{
	const char *type = "text", *sub = "plain";
	if (ct != NULL && ct->ct_type != NULL) {
		struct mailmime_type *t = ct->ct_type;
		if (t->tp_type == MAILMIME_TYPE_DISCRETE_TYPE && t->tp_data.tp_discrete_type) {
			switch (t->tp_data.tp_discrete_type->dt_type) {
			case MAILMIME_DISCRETE_TYPE_TEXT: type = "text"; break;
			case MAILMIME_DISCRETE_TYPE_IMAGE: type = "image"; break;
			case MAILMIME_DISCRETE_TYPE_AUDIO: type = "audio"; break;
			case MAILMIME_DISCRETE_TYPE_VIDEO: type = "video"; break;
			case MAILMIME_DISCRETE_TYPE_APPLICATION: type = "application"; break;
			default:
				type = t->tp_data.tp_discrete_type->dt_extension
				       ? t->tp_data.tp_discrete_type->dt_extension : "application";
			}
		} else if (t->tp_type == MAILMIME_TYPE_COMPOSITE_TYPE && t->tp_data.tp_composite_type) {
			switch (t->tp_data.tp_composite_type->ct_type) {
			case MAILMIME_COMPOSITE_TYPE_MESSAGE: type = "message"; break;
			case MAILMIME_COMPOSITE_TYPE_MULTIPART: type = "multipart"; break;
			default:
				type = t->tp_data.tp_composite_type->ct_token
				       ? t->tp_data.tp_composite_type->ct_token : "multipart";
			}
		}
		sub = ct->ct_subtype ? ct->ct_subtype : "";
	}
	snprintf(out, len, "%s/%s", type, sub);
	for (char *c = out; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c + 32);
		else if ((unsigned char)*c < 0x20 || (unsigned char)*c >= 0x7f || *c == '"')
			*c = '_';
}

/* Parameters of a part: Content-Type's, then Content-Disposition's. */
struct part_params {
	struct mimeparam ct[MB_MIME_PARAMS_MAX];
	size_t ct_n;
	struct mimeparam dsp[MB_MIME_PARAMS_MAX];
	size_t dsp_n;
	bool params_cut;	/* more than MB_MIME_PARAMS_MAX of either */
	int disposition;	/* MAILMIME_DISPOSITION_TYPE_*, or -1 when none */
	int encoding;		/* MAILMIME_MECHANISM_*, 7bit when none */
};

static void
part_params_get(const struct mailmime *m, struct part_params *pp)
{
	memset(pp, 0, sizeof(*pp));
	pp->disposition = -1;
	pp->encoding = MAILMIME_MECHANISM_7BIT;
	if (m->mm_content_type && m->mm_content_type->ct_parameters) {
		for (clistiter *it = clist_begin(m->mm_content_type->ct_parameters);
		     it; it = clist_next(it)) {
			if (pp->ct_n >= MB_MIME_PARAMS_MAX) {
				pp->params_cut = true;
				break;
			}
			struct mailmime_parameter *p = clist_content(it);
			pp->ct[pp->ct_n].name = p->pa_name;
			pp->ct[pp->ct_n++].value = p->pa_value;
		}
	}
	if (m->mm_mime_fields == NULL)
		return;
	for (clistiter *it = clist_begin(m->mm_mime_fields->fld_list); it; it = clist_next(it)) {
		struct mailmime_field *f = clist_content(it);
		if (f->fld_type == MAILMIME_FIELD_TRANSFER_ENCODING && f->fld_data.fld_encoding) {
			pp->encoding = f->fld_data.fld_encoding->enc_type;
		} else if (f->fld_type == MAILMIME_FIELD_DISPOSITION && f->fld_data.fld_disposition) {
			struct mailmime_disposition *d = f->fld_data.fld_disposition;
			if (d->dsp_type)
				pp->disposition = d->dsp_type->dsp_type;
			for (clistiter *p = d->dsp_parms ? clist_begin(d->dsp_parms) : NULL;
			     p; p = clist_next(p)) {
				if (pp->dsp_n >= MB_MIME_PARAMS_MAX) {
					pp->params_cut = true;
					break;
				}
				struct mailmime_disposition_parm *dp = clist_content(p);
				if (dp->pa_type == MAILMIME_DISPOSITION_PARM_FILENAME) {
					pp->dsp[pp->dsp_n].name = "filename";
					pp->dsp[pp->dsp_n++].value = dp->pa_data.pa_filename;
				} else if (dp->pa_type == MAILMIME_DISPOSITION_PARM_PARAMETER
					   && dp->pa_data.pa_parameter) {
					pp->dsp[pp->dsp_n].name = dp->pa_data.pa_parameter->pa_name;
					pp->dsp[pp->dsp_n++].value = dp->pa_data.pa_parameter->pa_value;
				}
			}
		}
	}
}

/* The decoded body of a single part into out (cap MB_ATTACHMENT_MAX). */
static void
part_decode(struct walk *w, const struct mailmime *m, int encoding, struct buf *out,
	    unsigned partno)
{
	const struct mailmime_data *d = m->mm_data.mm_single;
	if (d == NULL || d->dt_type != MAILMIME_DATA_TEXT || d->dt_data.dt_text.dt_data == NULL)
		return;
	const char *p = d->dt_data.dt_text.dt_data;
	size_t n = d->dt_data.dt_text.dt_length;
	enum mb_status st = MB_OK;

	if (encoding == MAILMIME_MECHANISM_BASE64) {
		size_t skipped = 0;
		st = codec_base64_decode(p, n, out, &skipped);
		if (skipped)
			letter_warn(w->l, "part %u: %zu bytes that are not base64 skipped", partno,
				    skipped);
	} else if (encoding == MAILMIME_MECHANISM_QUOTED_PRINTABLE) {
		size_t idx = 0, dlen = 0;
		char *dec = NULL;
		/* libetpan's decoder reads the two bytes after an '=' without
		 * looking at the length (a part ending in "=B" is read past its
		 * end: found by fuzz_replies): it gets a copy with two NULs after */
		char *padded = xmalloc(n + 3);
		memcpy(padded, p, n);
		memset(padded + n, 0, 3);
		int pr = mailmime_part_parse(padded, n, &idx, MAILMIME_MECHANISM_QUOTED_PRINTABLE,
					     &dec, &dlen);
		free(padded);
		if (pr == MAILIMF_NO_ERROR) {
			st = buf_append(out, dec, dlen);
			mailmime_decoded_part_free(dec);
		} else {
			letter_warn(w->l, "part %u: quoted-printable unreadable, kept as it is", partno);
			st = buf_append(out, p, n);
		}
	} else {
		st = buf_append(out, p, n);
	}
	if (st != MB_OK) {
		/* keep what fits */
		if (out->len < out->max) {
			size_t room = out->max - out->len;
			(void)buf_append(out, p, room < n ? room : n);
		}
		letter_warn(w->l, "part %u: decoded part larger than %u bytes, cut "
			    "(MB_ATTACHMENT_MAX)", partno, MB_ATTACHMENT_MAX);
	}
}

/* Ends the text so far with exactly one blank line before what follows. */
static void
text_separate(struct walk *w)
{
	size_t nl = 0;
	if (w->text.len == 0)
		return;
	while (nl < w->text.len && nl < 2 && w->text.data[w->text.len - 1 - nl] == '\n')
		nl++;
	for (; nl < 2; nl++)
		(void)buf_putc(&w->text, '\n');
}

static void
text_warn_limit(struct walk *w)
{
	letter_warn(w->l, "text longer than %u bytes, cut (MB_TEXT_MAX)", MB_TEXT_MAX);
}

/* Appends a text part (text/plain or text/html) to the letter's text. */
static void
part_text(struct walk *w, const struct mailmime *m, const struct part_params *pp,
	  bool html, unsigned partno)
{
	struct buf raw, utf8;
	struct charset_result cr;
	unsigned rep = 0;
	char meta[CHARSET_NAME_MAX];

	buf_init(&raw, MB_ATTACHMENT_MAX);
	part_decode(w, m, pp->encoding, &raw, partno);
	char *charset = mimeparam_get(pp->ct, pp->ct_n, "charset", &rep);
	if ((charset == NULL || charset[0] == '\0') && html) {
		html_meta_charset(raw.data ? raw.data : "", raw.len, meta, sizeof(meta));
		if (meta[0]) {
			free(charset);
			charset = xstrdup(meta);
		}
	}
	buf_init(&utf8, MB_TEXT_MAX);
	if (charset_to_utf8(charset, raw.data ? raw.data : "", raw.len, &utf8, &cr) != MB_OK)
		text_warn_limit(w);
	if (cr.label_unknown)
		letter_warn(w->l, "part %u: unknown charset label, decoded as %s", partno, cr.used);
	else if (cr.detected && charset && charset[0])
		letter_warn(w->l, "part %u: charset label does not match the bytes, decoded as %s",
			    partno, cr.used);
	else if (cr.detected && raw.len > 0)
		letter_warn(w->l, "part %u: no charset label, detected %s", partno, cr.used);
	if (cr.replaced)
		letter_warn(w->l, "part %u: %u invalid bytes replaced", partno, cr.replaced);
	free(charset);
	buf_deinit(&raw);

	text_separate(w);
	if (html) {
		enum mb_status st = html_to_text(utf8.data ? utf8.data : "", utf8.len, &w->text);
		if (st == MB_LIMIT)
			text_warn_limit(w);
		else if (st != MB_OK)
			letter_warn(w->l, "part %u: HTML unreadable", partno);
	} else {
		const char *s = utf8.data ? utf8.data : "";
		size_t n = utf8.len, run = 0;
		/* CRLF to LF: the text is for people and patterns, not for SMTP;
		 * runs are appended whole-character so a cut keeps UTF-8 valid */
		for (size_t i = 0; i <= n; i++) {
			if (i < n && s[i] != '\r')
				continue;
			if (buf_append_utf8_cut(&w->text, s + run, i - run) != MB_OK) {
				text_warn_limit(w);
				break;
			}
			if (i < n && !(i + 1 < n && s[i + 1] == '\n')
			    && buf_putc(&w->text, '\n') != MB_OK) {
				text_warn_limit(w);
				break;
			}
			run = i + 1;
		}
	}
	buf_deinit(&utf8);
}

static void
part_attachment(struct walk *w, const struct mailmime *m, const struct part_params *pp,
		const char *ctype, unsigned partno)
{
	unsigned rep = 0;
	if (w->l->attachments_count >= MB_ATTACHMENTS_MAX) {
		letter_warn(w->l, "more than %u attachments, rest ignored (MB_ATTACHMENTS_MAX)",
			    MB_ATTACHMENTS_MAX);
		return;
	}
	struct buf data;
	buf_init(&data, MB_ATTACHMENT_MAX);
	part_decode(w, m, pp->encoding, &data, partno);
	if (w->attach_total + data.len > MB_ATTACHMENTS_TOTAL_MAX) {
		letter_warn(w->l, "attachments larger than %u bytes together, part %u dropped "
			    "(MB_ATTACHMENTS_TOTAL_MAX)", MB_ATTACHMENTS_TOTAL_MAX, partno);
		buf_deinit(&data);
		return;
	}
	w->attach_total += data.len;
	char *name = mimeparam_get(pp->dsp, pp->dsp_n, "filename", &rep);
	if (name == NULL || name[0] == '\0') {
		free(name);
		name = mimeparam_get(pp->ct, pp->ct_n, "name", &rep);
	}
	if (name != NULL && name[0] == '\0') {
		free(name);
		name = NULL;
	}
	if (rep)
		letter_warn(w->l, "part %u: file name had %u invalid bytes, replaced", partno, rep);
	size_t len;
	unsigned char *bytes = (unsigned char *)buf_take(&data, &len);
	letter_attachment_add(w->l, name, ctype, bytes, len);
	free(name);
}

static bool
part_is_attachment(const struct part_params *pp, const char *ctype)
{
	if (pp->disposition == MAILMIME_DISPOSITION_TYPE_ATTACHMENT)
		return true;
	if (strcmp(ctype, "text/plain") == 0 || strcmp(ctype, "text/html") == 0)
		return false;
	if (strncmp(ctype, "text/", 5) == 0 && strcmp(ctype, "text/calendar") != 0
	    && strcmp(ctype, "text/x-vcard") != 0 && strcmp(ctype, "text/vcard") != 0
	    && strcmp(ctype, "text/csv") != 0) {
		/* text/enriched, text/rfc822-headers, text/x-something: read
		 * as text unless it carries a file name */
		unsigned rep = 0;
		char *fn = mimeparam_get(pp->dsp, pp->dsp_n, "filename", &rep);
		if (fn == NULL)
			fn = mimeparam_get(pp->ct, pp->ct_n, "name", &rep);
		bool named = fn != NULL && fn[0] != '\0';
		free(fn);
		return named;
	}
	return true;
}

static void mime_walk(struct walk *w, const struct mailmime *m, unsigned depth);

static bool
text_blank(const struct buf *b, size_t from)
{
	for (size_t i = from; i < b->len; i++)
		if (b->data[i] != ' ' && b->data[i] != '\n' && b->data[i] != '\t'
		    && b->data[i] != '\r')
			return false;
	return true;
}

static bool
part_is_type(const struct mailmime *m, const char *want)
{
	char ct[128];
	content_type_str(m->mm_content_type, ct, sizeof(ct));
	return strcmp(ct, want) == 0;
}

/* multipart/alternative: text/plain when there is one with words in it,
 * otherwise the richest part we can read (the last, by RFC 2046). */
static void
mime_alternative(struct walk *w, const struct mailmime *m, unsigned depth)
{
	clist *parts = m->mm_data.mm_multipart.mm_mp_list;
	const struct mailmime *plain = NULL;

	for (clistiter *it = clist_begin(parts); it; it = clist_next(it)) {
		const struct mailmime *c = clist_content(it);
		if (c->mm_type == MAILMIME_SINGLE && part_is_type(c, "text/plain")) {
			plain = c;
			break;
		}
	}
	if (plain != NULL) {
		size_t mark = w->text.len;
		mime_walk(w, plain, depth + 1);
		if (!text_blank(&w->text, mark))
			return;
		w->text.len = mark;	/* an empty stub: take the other part */
		if (w->text.data)
			w->text.data[mark] = '\0';
	}
	const struct mailmime *best = NULL;
	for (clistiter *it = clist_begin(parts); it; it = clist_next(it)) {
		const struct mailmime *c = clist_content(it);
		if (c != plain)
			best = c;
	}
	if (best != NULL)
		mime_walk(w, best, depth + 1);
}

static void
mime_forwarded(struct walk *w, const struct mailmime *m, unsigned depth)
{
	struct letter *inner = letter_new(LETTER_SOURCE_EMAIL, "", 0);
	char date[32] = "";

	mime_fields(inner, m->mm_data.mm_message.mm_fields);
	if (inner->has_date)
		date_format_iso(inner->date, date, sizeof(date));
	text_separate(w);
	struct buf *t = &w->text;
	bool ok = buf_append_str(t, "---------- Forwarded message ----------\n") == MB_OK;
	if (inner->from.name || inner->from.address) {
		ok = ok && buf_append_str(t, "From: ") == MB_OK;
		if (inner->from.name)
			ok = ok && buf_append_str(t, inner->from.name) == MB_OK
			     && buf_append_str(t, " ") == MB_OK;
		if (inner->from.address)
			ok = ok && buf_append_str(t, "<") == MB_OK
			     && buf_append_str(t, inner->from.address) == MB_OK
			     && buf_append_str(t, ">") == MB_OK;
		ok = ok && buf_append_str(t, "\n") == MB_OK;
	}
	if (date[0])
		ok = ok && buf_append_str(t, "Date: ") == MB_OK && buf_append_str(t, date) == MB_OK
		     && buf_append_str(t, "\n") == MB_OK;
	ok = ok && buf_append_str(t, "Subject: ") == MB_OK
	     && buf_append_str(t, inner->subject) == MB_OK && buf_append_str(t, "\n\n") == MB_OK;
	if (!ok)
		text_warn_limit(w);
	for (size_t i = 0; i < inner->warnings_count; i++)
		letter_warn(w->l, "forwarded message: %s", inner->warnings[i]);
	letter_free(&inner);
	w->l->forwarded++;
	if (m->mm_data.mm_message.mm_msg_mime)
		mime_walk(w, m->mm_data.mm_message.mm_msg_mime, depth + 1);
}

static void
mime_walk(struct walk *w, const struct mailmime *m, unsigned depth)
{
	char ctype[128];

	if (depth > MB_MIME_DEPTH_MAX) {
		if (!w->depth_warned)
			letter_warn(w->l, "MIME parts nested deeper than %u, inner parts ignored "
				    "(MB_MIME_DEPTH_MAX)", MB_MIME_DEPTH_MAX);
		w->depth_warned = true;
		return;
	}
	if (++w->parts > MB_MIME_PARTS_MAX) {
		if (!w->parts_warned)
			letter_warn(w->l, "more than %u MIME parts, rest ignored (MB_MIME_PARTS_MAX)",
				    MB_MIME_PARTS_MAX);
		w->parts_warned = true;
		return;
	}
	unsigned partno = w->parts;
	content_type_str(m->mm_content_type, ctype, sizeof(ctype));
	switch (m->mm_type) {
	case MAILMIME_MULTIPLE:
		if (strcmp(ctype, "multipart/alternative") == 0) {
			mime_alternative(w, m, depth);
			break;
		}
		for (clistiter *it = clist_begin(m->mm_data.mm_multipart.mm_mp_list); it;
		     it = clist_next(it))
			mime_walk(w, clist_content(it), depth + 1);
		break;
	case MAILMIME_MESSAGE:
		mime_forwarded(w, m, depth);
		break;
	case MAILMIME_SINGLE:
	default: {
		struct part_params pp;
		part_params_get(m, &pp);
		if (pp.params_cut)
			letter_warn(w->l, "part %u: more than %u parameters, rest ignored "
				    "(MB_MIME_PARAMS_MAX)", partno, MB_MIME_PARAMS_MAX);
		if (strcmp(ctype, "message/delivery-status") == 0
		    || strcmp(ctype, "message/global-delivery-status") == 0)
			w->l->delivery_report = true;
		if (w->l->delivery_report
		    || strcmp(ctype, "message/disposition-notification") == 0)
			w->l->auto_submitted = true;
		if (part_is_attachment(&pp, ctype))
			part_attachment(w, m, &pp, ctype, partno);
		else
			part_text(w, m, &pp, strcmp(ctype, "text/html") == 0, partno);
		break;
	}
	}
}

/* When libetpan cannot be given the message (too many containers) or
 * cannot parse it: the header fields alone, and the body as plain text. */
static void
mime_fallback(struct walk *w, const char *p, size_t n, size_t hdr_end)
{
	struct mailimf_fields *fs = NULL;
	size_t idx = 0;
	if (mailimf_fields_parse(p, hdr_end, &idx, &fs) == MAILIMF_NO_ERROR && fs) {
		mime_fields(w->l, fs);
		mailimf_fields_free(fs);
	}
	struct charset_result cr;
	if (hdr_end < n
	    && charset_to_utf8(NULL, p + hdr_end, n - hdr_end, &w->text, &cr) != MB_OK)
		text_warn_limit(w);
}

enum mb_status
mime_parse(const void *raw, size_t n, struct letter **letter_r, char *err, size_t errlen)
{
	struct letter *l = letter_new(LETTER_SOURCE_EMAIL, raw, n);
	const char *p = raw;
	char *copy = NULL;
	struct hdr_scan hs;
	struct walk w = {.l = l};
	struct mailmime *mime = NULL;
	char *raw_from = NULL;
	enum mb_status ret = MB_OK;

	*letter_r = l;
	if (errlen)
		err[0] = '\0';
	buf_init(&w.text, MB_TEXT_MAX);
	if (n > MB_MESSAGE_SIZE_MAX) {
		letter_warn(l, "message larger than %u bytes, only its start read "
			    "(MB_MESSAGE_SIZE_MAX)", MB_MESSAGE_SIZE_MAX);
		n = MB_MESSAGE_SIZE_MAX;
	}
	/* a byte order mark, an mbox "From " line, and blank lines some tools
	 * leave in front */
	if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		p += 3;
		n -= 3;
	}
	if (n >= 5 && memcmp(p, "From ", 5) == 0) {
		size_t len = line_len(p, n);
		p += len;
		n -= len;
	}
	while (n > 0 && (p[0] == '\r' || p[0] == '\n')) {
		p++;
		n--;
	}
	/* lines of white space before the first field continue nothing */
	if (n > 0 && (p[0] == ' ' || p[0] == '\t')) {
		letter_warn(l, "header block starts with a continuation line, skipped");
		while (n > 0 && (p[0] == ' ' || p[0] == '\t')) {
			size_t len = line_len(p, n);
			p += len;
			n -= len;
		}
	}
	mime_scan_headers(p, n, &hs);
	if (hs.fields == 0 || hs.known == 0) {
		snprintf(err, errlen, "%s", hs.fields == 0 ? "no header fields: not an e-mail message"
			 : "no header field of a message (From, To, Subject, Date, ...)");
		ret = MB_NOT_LETTER;
		goto out;
	}
	if (hs.fields > MB_HEADERS_MAX || hs.longest > MB_HEADER_LINE_MAX) {
		if (hs.fields > MB_HEADERS_MAX)
			letter_warn(l, "more than %u header fields, rest ignored (MB_HEADERS_MAX)",
				    MB_HEADERS_MAX);
		if (hs.longest > MB_HEADER_LINE_MAX)
			letter_warn(l, "header field longer than %u bytes, cut (MB_HEADER_LINE_MAX)",
				    MB_HEADER_LINE_MAX);
		size_t clen;
		copy = mime_cut_headers(p, n, hs.end, &clen);
		p = copy;
		n = clen;
		mime_scan_headers(p, n, &hs);
	}
	unsigned containers = mime_count_containers(p, n);
	if (containers > MB_MIME_CONTAINERS_MAX) {
		letter_warn(l, "more than %u multipart or message parts, MIME structure not read "
			    "(MB_MIME_CONTAINERS_MAX)", MB_MIME_CONTAINERS_MAX);
		mime_fallback(&w, p, n, hs.end);
		goto done;
	}

	size_t idx = 0;
	raw_from = mime_header_raw(p, hs.end, "From");
	int r = mailmime_parse(p, n, &idx, &mime);
	if (r != MAILIMF_NO_ERROR || mime == NULL) {
		letter_warn(l, "MIME structure unreadable, body read as plain text");
		mime = NULL;
		mime_fallback(&w, p, n, hs.end);
		goto done;
	}
	if (mime->mm_type == MAILMIME_MESSAGE) {
		mime_fields(l, mime->mm_data.mm_message.mm_fields);
		if (raw_from != NULL) {
			/* libetpan keeps comments in display names and gives up on
			 * a From with a broken second address: read it ourselves */
			free(l->from.name);
			free(l->from.address);
			memset(&l->from, 0, sizeof(l->from));
			set_address_first(l, &l->from, raw_from, "From");
		}
		if (mime->mm_data.mm_message.mm_msg_mime)
			mime_walk(&w, mime->mm_data.mm_message.mm_msg_mime, 1);
	} else {
		mime_walk(&w, mime, 1);
	}
done:
	if (!l->has_date) {
		bool said = false;
		for (size_t i = 0; i < l->warnings_count; i++)
			if (strncmp(l->warnings[i], "Date:", 5) == 0)
				said = true;
		if (!said)
			letter_warn(l, "no Date");
	}
	if (l->from.address == NULL && l->from.name == NULL)
		letter_warn(l, "no From");
	/* trim the text's trailing white space */
	while (w.text.len > 0 && (w.text.data[w.text.len - 1] == '\n'
				  || w.text.data[w.text.len - 1] == ' '
				  || w.text.data[w.text.len - 1] == '\t'))
		w.text.data[--w.text.len] = '\0';
	free(l->text);
	l->text = buf_take(&w.text, &l->text_len);
	{
		struct buf both;
		/* lang_detect reads only the start of a letter */
		buf_init(&both, MB_HEADER_VALUE_MAX + 64 * 1024);
		(void)buf_append_utf8_cut(&both, l->subject, strlen(l->subject));
		(void)buf_putc(&both, '\n');
		(void)buf_append_utf8_cut(&both, l->text, l->text_len);
		l->language = lang_detect(both.data, both.len);
		buf_deinit(&both);
	}
out:
	if (mime)
		mailmime_free(mime);
	free(raw_from);
	buf_deinit(&w.text);
	free(copy);
	return ret;
}
