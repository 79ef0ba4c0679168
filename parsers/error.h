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
	/* what the gateway's use cases add, each one exit code of cli/ */
	MB_NO_INPUT,	/* a file, case or object named does not exist (EX_NOINPUT) */
	MB_CONFIG,	/* the configuration is wrong: fix it (EX_CONFIG) */
	MB_DENIED,	/* the login may not do this (EX_NOPERM) */
	MB_USAGE,	/* the caller asked for something malformed (EX_USAGE) */
	MB_IO,		/* reading or writing a file failed midway (EX_IOERR) */
	MB_REFUSED,	/* refused for what the data or the state is (a case closed
			 * already, a key that opens nothing): nothing changed (EX_DATAERR) */
};

/*
 * The error contract (STYLE.md 6). Below cli/, a function that can fail
 * returns enum mb_status, is marked MB_MUST_USE, and puts the detail for
 * people in the caller's buffer (char *err, size_t errlen): always
 * NUL-terminated, "" on MB_OK, naming the file:line, key, field or case,
 * never a letter's text or a writer's identity. No int, -1 or exit code
 * stands in for a status, and no second channel (a const char **error_r)
 * carries detail; a count or a flag the caller needs goes through an
 * output parameter beside the status. Exit codes (sysexits.h) exist only
 * in cli/, through one mapping of these codes (cli_exit()). A message
 * below cli/ never names a command-line option: it names the input in the
 * front end's words (service/labels.h: `mayorbox` says "--key", the web
 * console "the secret key file"), and a JSON form says it in the
 * service's own words (a code beside the words, when a front end says it
 * its own way).
 */

#define MB_MUST_USE __attribute__((warn_unused_result))

#endif
