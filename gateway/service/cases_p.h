/*
 * cases_p.h - inside gateway/service: a change of a case as cases.c makes
 * one (number checked, connected, BEGIN, the case read and locked), for
 * the use cases kept in files of their own (visits.c).
 */
#ifndef MB_CASES_P_H
#define MB_CASES_P_H

#include <libpq-fe.h>

#include "cases.h"
#include "../store/cases.h"

enum mb_status cases_p_begin(struct cases *c, const char *number, struct case_head *h,
			     char *err, size_t errlen) MB_MUST_USE;
/* COMMIT when st is MB_OK, else ROLLBACK; frees h; returns st (or the
 * COMMIT's failure). */
enum mb_status cases_p_end(struct cases *c, struct case_head *h, enum mb_status st, char *err,
			   size_t errlen) MB_MUST_USE;
/* The session's connection, between cases_p_begin and cases_p_end. */
PGconn *cases_p_db(struct cases *c);
/* Connects (the first time) and begins a read of one snapshot (end it with
 * cases_db_end on cases_p_db). */
enum mb_status cases_p_begin_read(struct cases *c, char *err, size_t errlen) MB_MUST_USE;

#endif
