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

/* Reads path into *cfg. Returns 0, or -1 with "file:line: message" (or
 * "file: reason") in err. Free with config_deinit. Limits: the file is at
 * most CONFIG_FILE_MAX bytes. */
#define CONFIG_FILE_MAX (1024 * 1024)
int config_load(const char *path, struct config *cfg, char *err, size_t errlen);
void config_deinit(struct config *cfg);

/* The value of key in section, or NULL; borrowed from cfg. */
const char *config_get(const struct config *cfg, const char *section, const char *key);

/* v as a whole decimal number from lo to hi into *r; false otherwise. */
bool config_parse_long(const char *v, long lo, long hi, long *r);

/* localhost, 127.0.0.0/8, ::1 (also as [::1]): the hosts plain text
 * (tls = none) may go to. */
bool config_host_is_loopback(const char *host);

#endif
