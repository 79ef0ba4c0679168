/*
 * cmd_parse.c - `mayorbox parse [--json] FILE|-`: one e-mail or form
 * submission, read into a letter and printed.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cli_exit.h"
#include "commands.h"
#include "letter_file.h"
#include "letter_json.h"
#include "usage.h"

static void
parse_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox parse [--json] FILE|-\n"
		"\n"
		"Reads one e-mail message (.eml) or one web-form submission (JSON), told\n"
		"apart by content, and prints the letter mayorbox makes of it.\n"
		"\n"
		"  --json   print the letter as one JSON object\n"
		"  -h, --help\n"
		"\n"
		"Exit: 0 read (warnings or not), 65 not a letter, 66 cannot open.\n");
}

int
cmd_parse(int argc, char **argv)
{
	static const struct option opts[] = {
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	bool json = false;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'j':
			json = true;
			break;
		case 'h':
			parse_usage(stdout);
			return EX_OK;
		default:
			return usage_bad_option("parse", argc, argv);
		}
	}
	if (argc - optind != 1) {
		parse_usage(stderr);
		return EX_USAGE;
	}
	char err[1024];
	struct letter *l = NULL;
	enum mb_status st = letter_file_parse(argv[optind], &l, err, sizeof(err));
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox parse: %s\n", err);
		return cli_exit(st);
	}
	int ret = EX_OK;
	if (json) {
		json_t *o = letter_json(l);
		if (json_dumpf(o, stdout, JSON_INDENT(2)) != 0)
			ret = EX_IOERR;
		fputc('\n', stdout);
		json_decref(o);
	} else {
		letter_print(l, stdout);
	}
	if (fflush(stdout) != 0)
		ret = EX_IOERR;
	letter_free(&l);
	return ret;
}
