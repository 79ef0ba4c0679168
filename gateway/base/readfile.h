/*
 * readfile.h - a whole file (or standard input) into memory, bounded.
 */
#ifndef MB_READFILE_H
#define MB_READFILE_H

#include <stddef.h>

#include "error.h"

/* Reads path ("-" is standard input) into *data_r (NUL-terminated, caller
 * frees) and *len_r. At most max bytes; a larger file is refused. Returns
 * MB_OK; MB_NO_INPUT (cannot open, or a folder), MB_LIMIT (larger than
 * max) or MB_IO (a read failed), with "PATH: reason" (errno's words) in
 * err. */
enum mb_status readfile(const char *path, size_t max, char **data_r, size_t *len_r,
			char *err, size_t errlen) MB_MUST_USE;

/* The same from an open descriptor (read to its end from where it is; not
 * closed); name is only for the error text. */
enum mb_status readfile_fd(int fd, const char *name, size_t max, char **data_r,
			   size_t *len_r, char *err, size_t errlen) MB_MUST_USE;

/* A secret (a password, a token, a secret key): like readfile, but only
 * from a regular file that neither group nor others may read or write
 * (else MB_NO_INPUT with "PATH: readable by group or others;
 * chmod 600"). The mode is checked on the descriptor that is read. The
 * caller wipes and frees *data_r. */
enum mb_status readfile_secret(const char *path, size_t max, char **data_r, size_t *len_r,
			       char *err, size_t errlen) MB_MUST_USE;

#endif
