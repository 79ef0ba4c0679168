/*
 * visit_mail.h - the return visit (回访) by mail: the question the office
 * asks after closing a case (outbox kind "visit", composed by replies.c)
 * and the reading of a writer's answer ("1", "2" or "3", or the words).
 * No I/O.
 */
#ifndef MB_VISIT_MAIL_H
#define MB_VISIT_MAIL_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* The longest note kept with an answer (the unquoted text after the
 * digit); an answer with more is not read as a visit answer: it is filed as
 * a follow-up letter, for a clerk to read. */
#define VISIT_NOTE_MAX 500

/* "satisfied", "basic", "unsatisfied" for 1, 2, 3; NULL otherwise. */
const char *visit_result_name(int digit);

/* Appends the question, in the writer's language first (zh, else English),
 * then the other, to t. status_url (may be NULL) is the status page. */
void visit_mail_text(struct buf *t, bool zh, const char *case_number, const char *status_url);

/* The subject's words before the [tag-number] (borrowed, static). */
const char *visit_mail_subject(bool zh);

/* Whether text (a reply, len bytes of UTF-8) answers a visit: its first
 * unquoted, non-empty line begins with 1, 2 or 3 (ASCII or full-width) or
 * with 满意 / 基本满意 / 不满意, and the unquoted text is no longer than
 * VISIT_NOTE_MAX. *result_r is borrowed (visit_result_name); the rest of
 * that text (trimmed, possibly empty) goes to note (NUL-terminated). */
bool visit_mail_answer(const char *text, size_t len, const char **result_r, char *note,
		       size_t notelen);

#endif
