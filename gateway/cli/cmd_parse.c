/*
 * cmd_parse.c - `mayorbox parse [--json] FILE|-`: one e-mail or form
 * submission, read into a letter and printed.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <sodium.h>

#include "commands.h"
#include "usage.h"
#include "letter_json.h"
#include "limits.h"
#include "readfile.h"
#include "reader.h"

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
	const char *path = argv[optind];
	char err[512];
	char *data;
	size_t len;
	switch (readfile(path, MB_INPUT_MAX, &data, &len, err, sizeof(err))) {
	case READFILE_OK:
		break;
	case READFILE_CANNOT_OPEN:
		fprintf(stderr, "mayorbox parse: %s\n", err);
		return EX_NOINPUT;
	case READFILE_TOO_LARGE:
		fprintf(stderr, "mayorbox parse: %s\n", err);
		return EX_DATAERR;
	default:
		fprintf(stderr, "mayorbox parse: %s\n", err);
		return EX_IOERR;
	}

	struct letter *l = NULL;
	enum mb_status st = reader_parse(data, len, &l, err, sizeof(err));
	int ret = EX_OK;
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox parse: %s: %s\n", path, err);
		ret = EX_DATAERR;
		goto out;
	}
	unsigned char sha[32];
	char hex[65], key[80];
	crypto_hash_sha256(sha, (const unsigned char *)data, len);
	letter_sha256_hex(sha, hex);
	snprintf(key, sizeof(key), "file:%s", hex);
	l->source_key = strdup(key);
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
out:
	letter_free(&l);
	free(data);
	return ret;
}
