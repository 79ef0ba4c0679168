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

/* The same from an open descriptor (read to its end from where it is; not
 * closed); name is only for the error text. */
enum readfile_status readfile_fd(int fd, const char *name, size_t max, char **data_r,
				 size_t *len_r, char *err, size_t errlen);

/* A secret (a password, a token, a secret key): like readfile, but only
 * from a regular file that neither group nor others may read or write
 * (else READFILE_CANNOT_OPEN with "PATH: readable by group or others;
 * chmod 600"). The mode is checked on the descriptor that is read. The
 * caller wipes and frees *data_r. */
enum readfile_status readfile_secret(const char *path, size_t max, char **data_r, size_t *len_r,
				     char *err, size_t errlen);

#endif
