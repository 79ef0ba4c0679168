/*
 * cmd_run.c - `mayorbox run [--config FILE] [--once]`: the gateway.
 */
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <sysexits.h>

#include "cli_exit.h"
#include "commands.h"
#include "usage.h"
#include "daemon.h"
#include "log.h"

static void
run_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox run [--config FILE] [--rules DIR] [--log-level LEVEL] [--once]\n"
		"\n"
		"The gateway: polls every source of the configuration ([imap NAME],\n"
		"[webform NAME], [spool NAME]; see mayorbox.conf.example) and files each\n"
		"letter exactly once, acknowledging it at its source only after it is\n"
		"committed. SIGTERM or SIGINT finish the batch in hand and stop; SIGHUP\n"
		"reloads the configuration and the rules (a broken rule set is reported\n"
		"and the old one kept). Logs in logfmt on standard error.\n"
		"\n"
		"  --config FILE  default " MAYORBOX_SYSCONFDIR "/mayorbox.conf\n"
		"  --rules DIR    overrides [rules] dir\n"
		"  --log-level LEVEL  debug, info, warn or error (overrides [gateway]\n"
		"                 log_level; default info)\n"
		"  --once         poll every source once, file what is there, exit\n"
		"\n"
		"Exit: 0 done; 64 usage; 75 a source or the database was unavailable\n"
		"(--once); 78 bad configuration or rules, no source, or a database whose\n"
		"schema is older or newer than this program's (run 'mayorbox db migrate').\n");
}

int
cmd_run(int argc, char **argv)
{
	static const struct option opts[] = {
		{"config", required_argument, NULL, 'c'},
		{"rules", required_argument, NULL, 'r'},
		{"once", no_argument, NULL, 'o'},
		{"log-level", required_argument, NULL, 'l'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *config = MAYORBOX_SYSCONFDIR "/mayorbox.conf", *rules = NULL, *level = NULL;
	bool once = false;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': config = optarg; break;
		case 'r': rules = optarg; break;
		case 'o': once = true; break;
		case 'l': level = optarg; break;
		case 'h': run_usage(stdout); return EX_OK;
		default: return usage_bad_option("run", argc, argv);
		}
	}
	if (optind != argc) {
		run_usage(stderr);
		return EX_USAGE;
	}
	enum log_level lv;
	if (level && !log_level_parse(level, &lv)) {
		fprintf(stderr, "mayorbox run: --log-level %s: is debug, info, warn or error; see "
			"'mayorbox run --help'\n", level);
		return EX_USAGE;
	}
	return cli_exit(daemon_run(config, rules, level, once));
}
