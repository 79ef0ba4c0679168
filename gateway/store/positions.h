/*
 * positions.h - where each source stands (source_state): read before a
 * fetch, written inside the transaction that files the batch (STYLE.md 17:
 * the store keeps positions, sources never see the database).
 */
#ifndef MB_POSITIONS_H
#define MB_POSITIONS_H

#include <libpq-fe.h>

#include "error.h"
#include "position.h"

/* Reads the position of source_name / key ("" or NULL: none) into *p
 * ("nothing saved", -1, 0, NULL, when there is no row; the cursor
 * is the caller's to free). MB_TEMPORARY or MB_CONNECTION with libpq's
 * message in err. */
enum mb_status positions_get(PGconn *db, const char *source_name, const char *key,
			     struct source_position *p, char *err, size_t errlen) MB_MUST_USE;

/* Writes p as the position of source_name / key. Status as positions_get. */
enum mb_status positions_put(PGconn *db, const char *source_name, const char *key,
			     const struct source_position *p, char *err,
			     size_t errlen) MB_MUST_USE;

#endif
