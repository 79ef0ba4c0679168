/*
 * test_config_keys.c - the table of sections and keys: its value checker
 * (the static word matcher through unittest.h, and config_keys_value_ok
 * for each type) and the section and key look-ups.
 */
#include <stdbool.h>

#include "testutil.h"

#include "config_keys.h"

static void
test_enum_has(void **state)
{
	(void)state;
	static const struct {
		const char *values, *v;
		bool has;
	} cases[] = {
		{"implicit|starttls|none", "implicit", true},
		{"implicit|starttls|none", "starttls", true},
		{"implicit|starttls|none", "none", true},
		{"implicit|starttls|none", "no", false},	/* a word's start is no word */
		{"implicit|starttls|none", "nonex", false},
		{"implicit|starttls|none", "tls", false},	/* nor its end */
		{"implicit|starttls|none", "", false},
		{"implicit|starttls|none", "Implicit", false},	/* case counts */
		{"implicit|starttls|none", "implicit|starttls", false},
		{"one", "one", true},
		{"a||b", "", true},	/* an empty word in the list */
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CASE_TRUE(i, config_keys_enum_has(cases[i].values, cases[i].v) == cases[i].has);
}

static void
test_value_ok(void **state)
{
	(void)state;
	static const struct {
		const char *section, *key, *value;
		bool ok;
		const char *why;	/* NULL: not checked */
	} cases[] = {
		{"gateway", "batch", "100", true, NULL},
		{"gateway", "batch", "1", true, NULL},
		{"gateway", "batch", "0", false, "a whole number from 1 to 100000"},
		{"gateway", "batch", "100001", false, NULL},
		{"gateway", "batch", "10x", false, NULL},
		{"gateway", "batch", "", false, NULL},
		{"gateway", "log_level", "warn", true, NULL},
		{"gateway", "log_level", "loud", false, "is debug | info | warn | error"},
		{"imap mayor", "tls", "starttls", true, NULL},
		{"imap mayor", "tls", "ssl", false, NULL},
		{"rules", "dir", "/etc/mayorbox/rules", true, NULL},
		{"rules", "dir", "", false, "a file name, not empty"},
		{"database", "conninfo", "", true, NULL},
		{"deadlines", "high", "24h", true, NULL},
		{"deadlines", "demand", "5d", true, NULL},
		{"deadlines", "suggestion", "250d", true, NULL},
		{"deadlines", "suggestion", "251d", false, NULL},
		{"deadlines", "high", "8761h", false, NULL},
		{"deadlines", "demand", "0d", false,
		 "a time limit: 1h to 8760h (hours) or 1d to 250d (working days)"},
		{"deadlines", "demand", "5", false, NULL},
		{"deadlines", "demand", "d", false, NULL},
		{"deadlines", "demand", "5w", false, NULL},
		{"deadlines", "demand", "-5d", false, NULL},
		{"deadlines", "demand", " 5d", false, NULL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct config_key *k = config_keys_find(cases[i].section, cases[i].key);
		CASE_TRUE(i, k != NULL);
		char err[256] = "";
		CASE_TRUE(i, config_keys_value_ok(k, cases[i].value, err, sizeof(err)) == cases[i].ok);
		if (cases[i].why)
			CASE_STR(i, err, cases[i].why);
	}
}

static void
test_sections(void **state)
{
	(void)state;
	char err[256];
	assert_true(config_keys_section_ok("database", err, sizeof(err)));
	assert_true(config_keys_section_ok("imap mayor", err, sizeof(err)));
	assert_false(config_keys_section_ok("database main", err, sizeof(err)));
	assert_false(config_keys_section_ok("databse", err, sizeof(err)));
	assert_null(config_keys_find("gateway", "batchsize"));
	assert_non_null(config_keys_find("imap mayor", "port"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_enum_has),
		T(test_value_ok),
		T(test_sections),
	};
	return cmocka_run_group_tests_name("config_keys", tests, NULL, NULL);
}
