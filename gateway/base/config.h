/*
 * config.h - the INI configuration file (mayorbox.conf.example documents
 * every key): sections "[database]" or "[imap mayor]", "key = value" lines,
 * comments after ';' or '#'. Secrets are never values here: keys ending in
 * _file name the files that hold them.
 */
#ifndef MB_CONFIG_H
#define MB_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

struct config_entry {
	char *section;		/* "database", "imap mayor" (white space collapsed) */
	char *key;
	char *value;
	unsigned line;
};

struct config {
	char *path;
	struct config_entry *v;
	size_t count;
};

/* Reads path into *cfg. Returns MB_OK; MB_CONFIG with "file:line: message"
 * in err (an unknown section or key, a bad value, a line that is not
 * INI); or readfile's MB_NO_INPUT, MB_LIMIT or MB_IO with "file: reason".
 * Free with config_deinit (also after a failure). Limits: the file is at
 * most CONFIG_FILE_MAX bytes. */
#define CONFIG_FILE_MAX (1024 * 1024)
enum mb_status config_load(const char *path, struct config *cfg, char *err,
			   size_t errlen) MB_MUST_USE;
void config_deinit(struct config *cfg);

/* The value of key in section, or NULL; borrowed from cfg. */
const char *config_get(const struct config *cfg, const char *section, const char *key);

/* s without the spaces and tabs around it (and a trailing '\r'), in place;
 * returns the start inside s. */
char *config_trim(char *s);

/* v as a whole decimal number from lo to hi into *r; false otherwise. */
bool config_parse_long(const char *v, long lo, long hi, long *r);

/* A time limit of [deadlines]: "NUMBERh" (hours, 1 to CONFIG_LIMIT_HOURS_MAX)
 * or "NUMBERd" (working days, 1 to CONFIG_LIMIT_DAYS_MAX) into *amount_r and
 * *hours_r; false otherwise. */
#define CONFIG_LIMIT_HOURS_MAX 8760
#define CONFIG_LIMIT_DAYS_MAX 250
bool config_parse_limit(const char *v, long *amount_r, bool *hours_r);

/* localhost, 127.0.0.0/8, ::1 (also as [::1]): the hosts plain text
 * (tls = none) may go to. */
bool config_host_is_loopback(const char *host);

#endif
