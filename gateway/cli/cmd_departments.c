/*
 * cmd_departments.c - `mayorbox departments list|add|set`: the directory of
 * the departments the office dispatches cases to (schema 011): each one's
 * name (as cases.department spells it), Chinese name, contact address (for
 * its notices) and member logins (mayorbox_department logins that see the
 * cases dispatched to it). Read by the office, changed by supervisors.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include <jansson.h>

#include "cli_exit.h"
#include "cli_labels.h"
#include "commands.h"
#include "config.h"
#include "db.h"
#include "table.h"
#include "usage.h"
#include "../service/cases.h"

static void
departments_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox departments list [--json] [--db CONNINFO] [--config FILE]\n"
		"       mayorbox departments add NAME [--zh TEXT] [--contact ADDRESS]\n"
		"       mayorbox departments set NAME [--zh TEXT] [--contact ADDRESS]\n"
		"                [--add-member LOGIN] [--remove-member LOGIN] [--active yes|no]\n"
		"\n"
		"The directory of departments the office dispatches cases to. NAME is the\n"
		"department as cases name it (the rules' departments.dir spells it); --zh its\n"
		"Chinese name; --contact the address its dispatch and supervision notices go\n"
		"to; a member is a PostgreSQL login in the role mayorbox_department, which then\n"
		"sees the non-confidential cases dispatched to its department, without the\n"
		"writers' identities, and may return one ('cases return'). A login belongs to\n"
		"one department (adding it elsewhere moves it). An inactive department's\n"
		"members see nothing. list is for the office; add and set for supervisors\n"
		"(77 otherwise).\n"
		"\n"
		"Exit: 0, 64 usage, 65 refused (a name twice, a wrong address), 66 no such\n"
		"department or member, 69 no database, 77 permission denied.\n");
}

static int
fail(const char *sub, enum mb_status st, const char *err)
{
	fprintf(stderr, "mayorbox departments %s: ", sub);
	table_cell(stderr, err, 0, 0);
	fputc('\n', stderr);
	return cli_exit(st);
}

static void
list_text(const json_t *arr)
{
	size_t i;
	const json_t *d;
	if (json_array_size(arr) == 0)
		printf("(no department in the directory: mayorbox departments add NAME)\n");
	json_array_foreach(arr, i, d) {
		const char *zh = json_string_value(json_object_get(d, "name_zh"));
		const char *contact = json_string_value(json_object_get(d, "contact"));
		table_cell(stdout, json_string_value(json_object_get(d, "name")), 0, 0);
		if (zh) {
			fputs(" (", stdout);
			table_cell(stdout, zh, 0, 0);
			fputs(")", stdout);
		}
		if (!json_is_true(json_object_get(d, "active")))
			fputs(" [inactive]", stdout);
		fputs("\n  contact: ", stdout);
		table_cell(stdout, contact ? contact : "-", 0, 0);
		fputs("\n  members:", stdout);
		size_t k;
		const json_t *m;
		if (json_array_size(json_object_get(d, "members")) == 0)
			fputs(" -", stdout);
		json_array_foreach(json_object_get(d, "members"), k, m) {
			fputc(' ', stdout);
			table_cell(stdout, json_string_value(m), 0, 0);
		}
		fputc('\n', stdout);
	}
}

int
cmd_departments(int argc, char **argv)
{
	static const struct option opts[] = {
		{"json", no_argument, NULL, 'j'},
		{"zh", required_argument, NULL, 'z'},
		{"contact", required_argument, NULL, 'C'},
		{"add-member", required_argument, NULL, 'a'},
		{"remove-member", required_argument, NULL, 'r'},
		{"active", required_argument, NULL, 'A'},
		{"db", required_argument, NULL, 'd'},
		{"config", required_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	if (argc < 2) {
		departments_usage(stderr);
		return EX_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		departments_usage(stdout);
		return EX_OK;
	}
	const char *sub = argv[1];
	bool list = strcmp(sub, "list") == 0, add = strcmp(sub, "add") == 0,
	     set = strcmp(sub, "set") == 0;
	if (!list && !add && !set) {
		fprintf(stderr, "mayorbox departments: unknown sub-command '%s' (list, add, set)\n",
			sub);
		return EX_USAGE;
	}
	struct cases_directory_change ch = {.active = -1};
	const char *db_opt = NULL, *config_path = NULL;
	bool json = false;
	char cmd[64];
	snprintf(cmd, sizeof(cmd), "departments %s", sub);
	optind = 1;
	int o;
	while ((o = getopt_long(argc - 1, argv + 1, "h", opts, NULL)) != -1) {
		switch (o) {
		case 'j': json = true; break;
		case 'z': ch.zh = optarg; break;
		case 'C': ch.contact = optarg; break;
		case 'a': ch.add_member = optarg; break;
		case 'r': ch.remove_member = optarg; break;
		case 'A':
			if (strcmp(optarg, "yes") != 0 && strcmp(optarg, "no") != 0) {
				fprintf(stderr, "mayorbox departments set: --active '%s': yes or no\n",
					optarg);
				return EX_USAGE;
			}
			ch.active = strcmp(optarg, "yes") == 0;
			break;
		case 'd': db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 'h': departments_usage(stdout); return EX_OK;
		default: return usage_bad_option(cmd, argc - 1, argv + 1);
		}
	}
	bool changes = ch.zh || ch.contact || ch.add_member || ch.remove_member || ch.active >= 0;
	int want = list ? 0 : 1;
	if (argc - 1 - optind != want || (list && changes) || (add && (ch.add_member
	    || ch.remove_member || ch.active >= 0)) || (set && !changes) || (!list && json)) {
		departments_usage(stderr);
		return EX_USAGE;
	}
	ch.name = want ? argv[1 + optind] : NULL;
	struct config cfg = {0};
	char err[1024];
	if (config_path && config_load(config_path, &cfg, err, sizeof(err)) != 0) {
		config_deinit(&cfg);
		return fail(sub, MB_CONFIG, err);
	}
	struct cases *c = cases_new(db_conninfo(db_opt, &cfg));
	cases_set_labels(c, &cli_labels);
	enum mb_status st;
	int ret = EX_OK;
	if (list) {
		json_t *arr = NULL;
		st = cases_directory(c, &arr, err, sizeof(err));
		if (st == MB_OK) {
			if (json) {
				ret = json_dumpf(arr, stdout, JSON_INDENT(2)) != 0 ? EX_IOERR : EX_OK;
				fputc('\n', stdout);
			} else {
				list_text(arr);
			}
			ret = fflush(stdout) != 0 && ret == EX_OK ? EX_IOERR : ret;
		}
		json_decref(arr);
	} else if (add) {
		st = cases_directory_add(c, ch.name, ch.zh, ch.contact, err, sizeof(err));
		if (st == MB_OK)
			printf("%s: added to the directory\n", ch.name);
	} else {
		st = cases_directory_set(c, &ch, err, sizeof(err));
		if (st == MB_OK)
			printf("%s: changed\n", ch.name);
	}
	if (st != MB_OK)
		ret = fail(sub, st, err);
	cases_free(&c);
	config_deinit(&cfg);
	return ret;
}
