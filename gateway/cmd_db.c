/*
 * cmd_db.c - `mayorbox db migrate [--db CONNINFO] [--config FILE]
 * [--schema DIR]`: the schema migrations, each once, in order.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "commands.h"
#include "config.h"
#include "db.h"

static void
db_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox db migrate [--db CONNINFO] [--config FILE] [--schema DIR]\n"
		"\n"
		"Applies the schema migrations (schema/NNN_name.sql) not yet applied, in\n"
		"order, each in its own transaction, recorded in schema_migrations. Safe\n"
		"to run again, and when two run at once (an advisory lock).\n"
		"\n"
		"  --db CONNINFO  PostgreSQL (default: [database] conninfo of --config, else\n"
		"                 libpq's PGHOST, PGDATABASE, ... variables)\n"
		"  --schema DIR   the migrations (default: $MAYORBOX_SCHEMA, else beside the program)\n"
		"\n"
		"Exit: 0 applied (or nothing to do), 65 a migration failed, 69 no database,\n"
		"78 bad configuration.\n");
}

int
cmd_db(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},
		{"config", required_argument, NULL, 'c'},
		{"schema", required_argument, NULL, 's'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL, *config_path = NULL, *schema_opt = NULL;
	char err[1024], dir[4096];
	int c;

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		db_usage(stdout);
		return EX_OK;
	}
	if (argc < 2 || strcmp(argv[1], "migrate") != 0) {
		db_usage(stderr);
		return EX_USAGE;
	}
	argc--;
	argv++;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 's': schema_opt = optarg; break;
		case 'h': db_usage(stdout); return EX_OK;
		default: db_usage(stderr); return EX_USAGE;
		}
	}
	if (optind != argc) {
		db_usage(stderr);
		return EX_USAGE;
	}
	struct config cfg = {0};
	if (config_path && config_load(config_path, &cfg, err, sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox db migrate: %s\n", err);
		return EX_CONFIG;
	}
	PGconn *db = db_connect(db_conninfo(db_opt, &cfg), err, sizeof(err));
	config_deinit(&cfg);
	if (db == NULL) {
		fprintf(stderr, "mayorbox db migrate: %s\n", err);
		return EX_UNAVAILABLE;
	}
	int ret = EX_OK;
	if (db_migrate(db, db_schema_dir(schema_opt, dir, sizeof(dir)), stdout, err,
		       sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox db migrate: %s\n", err);
		ret = EX_DATAERR;
	}
	PQfinish(db);
	return ret;
}
