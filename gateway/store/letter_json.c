/*
 * letter_json.c - letters out, as JSON and as text (see letter_json.h).
 */
#include "letter_json.h"

#include "date.h"

static json_t *
str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *
address_json(const struct letter_address *a)
{
	return json_pack("{s:o, s:o}", "name", str_or_null(a->name), "address",
			 str_or_null(a->address));
}

json_t *
letter_json(const struct letter *l)
{
	json_t *o = json_object();
	char date[32];

	json_object_set_new(o, "source", json_string(letter_source_name(l->source)));
	json_object_set_new(o, "source_key", str_or_null(l->source_key));
	json_object_set_new(o, "message_id", str_or_null(l->message_id));
	if (l->has_date) {
		date_format_iso(l->date, date, sizeof(date));
		json_object_set_new(o, "date", json_string(date));
	} else {
		json_object_set_new(o, "date", json_null());
	}
	json_object_set_new(o, "from", address_json(&l->from));
	json_object_set_new(o, "reply_to",
			    l->reply_to_count ? address_json(&l->reply_to[0]) : json_null());
	json_t *to = json_array();
	for (size_t i = 0; i < l->to_count; i++)
		json_array_append_new(to, address_json(&l->to[i]));
	json_object_set_new(o, "to", to);
	json_object_set_new(o, "subject", json_string(l->subject));
	json_object_set_new(o, "text", json_stringn(l->text, l->text_len));
	json_object_set_new(o, "language", json_string(letter_language_name(l->language)));
	json_object_set_new(o, "in_reply_to", str_or_null(l->in_reply_to));
	json_t *refs = json_array();
	for (size_t i = 0; i < l->references_count; i++)
		json_array_append_new(refs, json_string(l->references[i]));
	json_object_set_new(o, "references", refs);
	json_object_set_new(o, "auto_submitted", json_boolean(l->auto_submitted));
	json_object_set_new(o, "forwarded", json_integer(l->forwarded));
	json_t *att = json_array();
	for (size_t i = 0; i < l->attachments_count; i++) {
		const struct letter_attachment *a = &l->attachments[i];
		char hex[65];
		letter_sha256_hex(a->sha256, hex);
		json_array_append_new(att, json_pack("{s:o, s:s, s:I, s:s}",
						     "filename", str_or_null(a->filename),
						     "content_type", a->content_type,
						     "size", (json_int_t)a->size, "sha256", hex));
	}
	json_object_set_new(o, "attachments", att);
	json_t *w = json_array();
	for (size_t i = 0; i < l->warnings_count; i++)
		json_array_append_new(w, json_string(l->warnings[i]));
	if (l->warnings_dropped) {
		char msg[96];
		snprintf(msg, sizeof(msg), "%zu more warnings not kept (MB_WARNINGS_MAX)",
			 l->warnings_dropped);
		json_array_append_new(w, json_string(msg));
	}
	json_object_set_new(o, "warnings", w);
	if (l->source == LETTER_SOURCE_FORM) {
		json_object_set_new(o, "form_id", str_or_null(l->form_id));
		json_object_set_new(o, "phone", str_or_null(l->phone));
		json_object_set_new(o, "anonymous", json_boolean(l->anonymous));
		json_object_set_new(o, "district", str_or_null(l->district));
	}
	return o;
}

static void
print_address(FILE *out, const struct letter_address *a)
{
	if (a->name && a->address)
		fprintf(out, "%s <%s>", a->name, a->address);
	else if (a->address)
		fprintf(out, "%s", a->address);
	else if (a->name)
		fprintf(out, "%s", a->name);
}

void
letter_print(const struct letter *l, FILE *out)
{
	char date[32] = "-";

	if (l->has_date)
		date_format_iso(l->date, date, sizeof(date));
	fprintf(out, "Source:      %s\n", letter_source_name(l->source));
	if (l->source_key)
		fprintf(out, "Source key:  %s\n", l->source_key);
	if (l->message_id)
		fprintf(out, "Message-ID:  <%s>\n", l->message_id);
	fprintf(out, "Date:        %s\n", date);
	fprintf(out, "From:        ");
	print_address(out, &l->from);
	fprintf(out, "\n");
	for (size_t i = 0; i < l->reply_to_count; i++) {
		fprintf(out, "Reply-To:    ");
		print_address(out, &l->reply_to[i]);
		fprintf(out, "\n");
	}
	if (l->to_count) {
		fprintf(out, "To:          ");
		for (size_t i = 0; i < l->to_count; i++) {
			if (i)
				fprintf(out, ", ");
			print_address(out, &l->to[i]);
		}
		fprintf(out, "\n");
	}
	if (l->source == LETTER_SOURCE_FORM) {
		fprintf(out, "Form id:     %s\n", l->form_id ? l->form_id : "-");
		fprintf(out, "Phone:       %s\n", l->phone ? l->phone : "-");
		fprintf(out, "District:    %s\n", l->district ? l->district : "-");
		fprintf(out, "Anonymous:   %s\n", l->anonymous ? "yes" : "no");
	}
	fprintf(out, "Subject:     %s\n", l->subject);
	fprintf(out, "Language:    %s\n", letter_language_name(l->language));
	fprintf(out, "Automatic:   %s\n", l->auto_submitted ? "yes" : "no");
	if (l->in_reply_to)
		fprintf(out, "In-Reply-To: <%s>\n", l->in_reply_to);
	if (l->forwarded)
		fprintf(out, "Forwarded:   %u message(s)\n", l->forwarded);
	for (size_t i = 0; i < l->attachments_count; i++) {
		const struct letter_attachment *a = &l->attachments[i];
		char hex[65];
		letter_sha256_hex(a->sha256, hex);
		fprintf(out, "Attachment:  %s (%s, %zu bytes, sha256 %.16s...)\n",
			a->filename ? a->filename : "(no name)", a->content_type, a->size, hex);
	}
	for (size_t i = 0; i < l->warnings_count; i++)
		fprintf(out, "Warning:     %s\n", l->warnings[i]);
	if (l->warnings_dropped)
		fprintf(out, "Warning:     %zu more not kept\n", l->warnings_dropped);
	fprintf(out, "\n");
	fwrite(l->text, 1, l->text_len, out);
	fprintf(out, "\n");
}
