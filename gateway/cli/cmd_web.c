/*
 * cmd_web.c - `mayorbox web [--config FILE]`: the clerks' console (web.h).
 */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "cli_exit.h"
#include "commands.h"
#include "config.h"
#include "log.h"
#include "usage.h"
#include "web.h"

static volatile sig_atomic_t web_stop;

static void
on_signal(int sig)
{
	(void)sig;
	web_stop = 1;
}

static void
web_usage(FILE *out)
{
	fprintf(out, "usage: mayorbox web [--config FILE]\n"
		     "\n"
		     "Serves the clerks' console on [web] listen (default " WEB_LISTEN_DEFAULT ").\n"
		     "Clerks and supervisors sign in with their own PostgreSQL login.\n");
}

int
cmd_web(int argc, char **argv)
{
	static const struct option opts[] = {
		{"config", required_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *config_path = NULL;
	int ch;
	while ((ch = getopt_long(argc, argv, "c:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			config_path = optarg;
			break;
		case 'h':
			web_usage(stdout);
			return EX_OK;
		default:
			return usage_bad_option("web", argc, argv);
		}
	}
	if (config_path == NULL)
		config_path = MAYORBOX_SYSCONFDIR "/mayorbox.conf";
	struct config cfg;
	char err[1024];
	if (config_load(config_path, &cfg, err, sizeof(err)) != MB_OK) {
		fprintf(stderr, "mayorbox web: %s\n", err);
		return EX_CONFIG;
	}
	struct web_config wc;
	enum mb_status st = web_config_load(&cfg, &wc, err, sizeof(err));
	config_deinit(&cfg);
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox web: %s: %s\n", config_path, err);
		return cli_exit(st);
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	st = web_serve(&wc, &web_stop, err, sizeof(err));
	web_config_deinit(&wc);
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox web: %s\n", err);
		return cli_exit(st);
	}
	return EX_OK;
}
