/*
 * config_keys.h - the one table of the configuration's sections and keys:
 * each key's type, range, default and help. config_load() refuses what it
 * does not list ("file:line: ..."), `mayorbox config keys` prints it, and
 * `make check` holds mayorbox.conf.example and mayorbox.conf(5) to it. A
 * new key is one row of config_keys.c.
 */
#ifndef MB_CONFIG_KEYS_H
#define MB_CONFIG_KEYS_H

#include <stdbool.h>
#include <stddef.h>

enum config_type {
	CONFIG_STRING,	/* any text, empty allowed */
	CONFIG_PATH,	/* a file or folder name, not empty */
	CONFIG_INT,	/* a whole number from lo to hi */
	CONFIG_BOOL,	/* yes | no */
	CONFIG_ENUM,	/* one of values ("a|b|c") */
	CONFIG_LIMIT,	/* a time limit: NUMBERh (hours) or NUMBERd (working days) */
};

struct config_key {
	const char *section;	/* "database", or the kind of a named one: "imap" */
	const char *key;
	enum config_type type;
	long lo, hi;		/* CONFIG_INT */
	const char *values;	/* CONFIG_ENUM: "implicit|starttls|none" */
	const char *def;	/* the default, as people read it; NULL: none */
	const char *help;	/* one sentence */
};

struct config_section {
	const char *kind;	/* "imap" */
	bool named;		/* [imap NAME] */
	bool source;		/* a source of `mayorbox run` */
	const char *help;
};

extern const struct config_key config_keys[];
extern const size_t config_keys_count;
extern const struct config_section config_sections[];
extern const size_t config_sections_count;

/* The row of section ("imap mayor" or "database") and key, or NULL. */
const struct config_key *config_keys_find(const char *section, const char *key);

/* The section's row by its kind (the word before a space), or NULL. */
const struct config_section *config_keys_section(const char *section);

/* Whether section is a known one, written right ([database], [imap NAME]);
 * false with the reason in err (no file or line). */
bool config_keys_section_ok(const char *section, char *err, size_t errlen);

/* Whether value fits k's type and range; false with the reason in err
 * (which never repeats the value of a key that could be secret). */
bool config_keys_value_ok(const struct config_key *k, const char *value, char *err,
			  size_t errlen);

/* The type as the manual writes it: "1 to 100000", "yes | no", "text". */
const char *config_keys_type_text(const struct config_key *k, char *buf, size_t len);

#ifdef UNITTEST
/* (unittest.h) Whether v is one of the '|'-separated words of values,
 * whole ("no" is not in "none|tls"). */
bool config_keys_enum_has(const char *values, const char *v);
#endif

#endif
