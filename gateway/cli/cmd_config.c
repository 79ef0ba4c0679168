/*
 * cmd_config.c - `mayorbox config check FILE` (is it a configuration this
 * program takes?), `mayorbox config calendar [FILE]` (is it a working-day
 * calendar?) and `mayorbox config keys [--man]` (the table of
 * config_keys.c, as tab-separated rows or as the key reference of
 * mayorbox.conf(5), which `make check` compares with doc/mayorbox.conf.5).
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "commands.h"
#include "config.h"
#include "calendar.h"
#include "config_keys.h"
#include "deadlines.h"
#include "usage.h"

static void
config_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox config check FILE\n"
		"       mayorbox config keys [--man]\n"
		"       mayorbox config calendar [CALENDAR_FILE]\n"
		"\n"
		"check reads FILE as `mayorbox run` would: every section and key must be\n"
		"one of mayorbox.conf(5) and every value of its type and range, and the\n"
		"working-day calendar of its [deadlines] (or the shipped one) must be good;\n"
		"problems are named FILE:LINE. calendar checks a calendar file (default:\n"
		"the shipped calendar/cn.txt) and says what it covers. keys prints every section and key with its type,\n"
		"default and help (tab-separated: section, key, type, default, help);\n"
		"--man prints them as the key reference of mayorbox.conf(5).\n"
		"\n"
		"Exit: 0 good, 64 usage, 78 FILE refused.\n");
}

/* roff: a backslash doubled, a leading '.' or '\'' guarded. */
static void
roff(FILE *out, const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", out);
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", out);
		else if (*s == '-')
			fputs("\\-", out);
		else
			fputc(*s, out);
	}
}

static void
keys_man(FILE *out)
{
	char t[256];
	for (size_t s = 0; s < config_sections_count; s++) {
		const struct config_section *sec = &config_sections[s];
		fprintf(out, ".SS [%s%s]\n", sec->kind, sec->named ? " NAME" : "");
		roff(out, sec->help);
		fputs(".\n", out);
		for (size_t i = 0; i < config_keys_count; i++) {
			const struct config_key *k = &config_keys[i];
			if (strcmp(k->section, sec->kind) != 0)
				continue;
			fprintf(out, ".TP\n.BR %s \" = \" \"\\fI", k->key);
			roff(out, config_keys_type_text(k, t, sizeof(t)));
			fputs("\\fR\"\n", out);
			roff(out, k->help);
			fputs(".\n", out);
			if (k->def) {
				fputs("Default: ", out);
				roff(out, k->def);
				fputs(".\n", out);
			}
		}
	}
}

static void
keys_tsv(FILE *out)
{
	char t[256];
	for (size_t i = 0; i < config_keys_count; i++) {
		const struct config_key *k = &config_keys[i];
		const struct config_section *sec = config_keys_section(k->section);
		fprintf(out, "%s%s\t%s\t%s\t%s\t%s\n", k->section, sec && sec->named ? " NAME" : "",
			k->key, config_keys_type_text(k, t, sizeof(t)), k->def ? k->def : "",
			k->help);
	}
}

/* `config calendar [FILE]`: the file checked, and what it holds. */
static int
calendar_check(int argc, char **argv)
{
	char path[4200], err[1024];
	struct calendar cal;
	if (argc > 3 || (argc == 3 && argv[2][0] == '-')) {
		if (argc == 3 && (strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0)) {
			config_usage(stdout);
			return EX_OK;
		}
		config_usage(stderr);
		return EX_USAGE;
	}
	calendar_find(argc == 3 ? argv[2] : NULL, path, sizeof(path));
	enum mb_status st = calendar_load(path, &cal, err, sizeof(err));
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox config calendar: %s\n", err);
		calendar_deinit(&cal);
		return st == MB_NO_INPUT ? EX_NOINPUT : EX_CONFIG;
	}
	size_t off = 0;
	for (size_t i = 0; i < cal.n; i++)
		off += !cal.v[i].working;
	printf("%s: good: years %d-%d, %zu holidays, %zu make-up working days; source: %s\n",
	       path, cal.first_year, cal.last_year, off, cal.n - off, cal.source);
	calendar_deinit(&cal);
	return EX_OK;
}

int
cmd_config(int argc, char **argv)
{
	static const struct option opts[] = {
		{"man", no_argument, NULL, 'm'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	bool man = false;
	int c;

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		config_usage(stdout);
		return EX_OK;
	}
	if (argc >= 2 && strcmp(argv[1], "calendar") == 0)
		return calendar_check(argc, argv);
	if (argc < 2 || (strcmp(argv[1], "check") != 0 && strcmp(argv[1], "keys") != 0)) {
		config_usage(stderr);
		return EX_USAGE;
	}
	const char *cmd = strcmp(argv[1], "check") == 0 ? "config check" : "config keys";
	argc--;
	argv++;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'm': man = true; break;
		case 'h': config_usage(stdout); return EX_OK;
		default: return usage_bad_option(cmd, argc, argv);
		}
	}
	if (strcmp(cmd, "config keys") == 0) {
		if (optind != argc) {
			config_usage(stderr);
			return EX_USAGE;
		}
		if (man)
			keys_man(stdout);
		else
			keys_tsv(stdout);
		return EX_OK;
	}
	if (man || argc - optind != 1) {
		config_usage(stderr);
		return EX_USAGE;
	}
	struct config cfg;
	char err[1024];
	if (config_load(argv[optind], &cfg, err, sizeof(err)) != MB_OK) {
		fprintf(stderr, "mayorbox config check: %s\n", err);
		return EX_CONFIG;
	}
	struct deadlines dl;
	enum mb_status st = deadlines_read(&cfg, &dl, err, sizeof(err));
	deadlines_deinit(&dl);
	config_deinit(&cfg);
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox config check: %s\n", err);
		return EX_CONFIG;
	}
	printf("%s: good\n", argv[optind]);
	return EX_OK;
}
