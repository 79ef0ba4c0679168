/*
 * limits.h - every size and count limit of the parsers, by name.
 *
 * Crossing a limit never aborts a parse: the parser records a warning on the
 * letter naming the limit, degrades the result (truncates, skips) and goes on.
 * Later stages read the same names; a configuration key that overrides one
 * defaults to the value here.
 */
#ifndef MB_LIMITS_H
#define MB_LIMITS_H

/* One input file or stream read by the program (e-mail or form). */
#define MB_INPUT_MAX		(64u * 1024 * 1024)
/* Whole raw message; bytes past it are not parsed (the raw copy is kept whole). */
#define MB_MESSAGE_SIZE_MAX	(32u * 1024 * 1024)
/* One header field, unfolded; longer ones are cut. */
#define MB_HEADER_LINE_MAX	(64u * 1024)
/* Header fields in one header block; later ones are ignored. */
#define MB_HEADERS_MAX		1000u
/* Nesting of multiparts and message/rfc822 parts (Dovecot uses 100). */
#define MB_MIME_DEPTH_MAX	100u
/* MIME parts in one message; later ones are ignored (Dovecot: 10,000). */
#define MB_MIME_PARTS_MAX	10000u
/* Parameters kept of one Content-Type and of one Content-Disposition. */
#define MB_MIME_PARAMS_MAX	64u
/* Multipart and message containers seen before libetpan is asked to parse
 * (its parser recurses without a bound of its own). */
#define MB_MIME_CONTAINERS_MAX	1000u
/* Decoded UTF-8 text of one letter (body and forwarded parts together). */
#define MB_TEXT_MAX		(16u * 1024 * 1024)
/* One decoded attachment, and all attachments of a letter together. */
#define MB_ATTACHMENT_MAX	(32u * 1024 * 1024)
#define MB_ATTACHMENTS_TOTAL_MAX (64u * 1024 * 1024)
/* Attachments per letter. */
#define MB_ATTACHMENTS_MAX	1000u
/* One decoded header value (subject, display name, file name) in UTF-8. */
#define MB_HEADER_VALUE_MAX	(64u * 1024)
/* Addresses kept from To or Reply-To; References ids kept. */
#define MB_ADDRESSES_MAX	1000u
#define MB_REFERENCES_MAX	1000u
/* Warnings kept per letter; the last one says how many more there were. */
#define MB_WARNINGS_MAX		100u

/* Web-form submissions. */
#define MB_FORM_SIZE_MAX	(48u * 1024 * 1024)
#define MB_FORM_FIELD_MAX	(256u)		/* id, name, phone, email, district, file name */
#define MB_FORM_TITLE_MAX	(1024u)
#define MB_FORM_CONTENT_MAX	(1u * 1024 * 1024)

#endif
