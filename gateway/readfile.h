/*
 * readfile.h - a whole file (or standard input) into memory, bounded.
 */
#ifndef MB_READFILE_H
#define MB_READFILE_H

#include <stddef.h>

enum readfile_status {
	READFILE_OK,
	READFILE_CANNOT_OPEN,	/* sysexits EX_NOINPUT */
	READFILE_TOO_LARGE,	/* past max: sysexits EX_DATAERR */
	READFILE_IO,		/* read error: EX_IOERR */
};

/* Reads path ("-" is standard input) into *data_r (NUL-terminated, caller
 * frees) and *len_r. At most max bytes; a larger file is refused. The
 * error text (with errno's words) goes to err. */
enum readfile_status readfile(const char *path, size_t max, char **data_r, size_t *len_r,
			      char *err, size_t errlen);

#endif
