/*
 * error.h - the one status enum of mayorbox.
 *
 * Each code tells the caller what to do next, as in isync's driver codes:
 * skip this letter, retry later, reconnect, or stop.
 */
#ifndef MB_ERROR_H
#define MB_ERROR_H

enum mb_status {
	MB_OK = 0,
	MB_NOT_LETTER,	/* input is not a letter at all: file raw, flag for review */
	MB_BAD_LETTER,	/* a letter, but a required part is wrong: skip it, say which */
	MB_LIMIT,	/* a named limit was crossed: degrade, warn, go on */
	MB_TEMPORARY,	/* retry later */
	MB_CONNECTION,	/* reconnect, then retry */
	MB_FATAL,	/* stop */
};

#define MB_MUST_USE __attribute__((warn_unused_result))

#endif
