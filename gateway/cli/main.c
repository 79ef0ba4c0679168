/*
 * main.c - the mayorbox program: sub-commands in the manner of git.
 */
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include <sodium.h>

#include "commands.h"

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} commands[] = {
	{"parse", cmd_parse, "read one e-mail or form submission and print the letter"},
	{"classify", cmd_classify, "classify letters with the rule files"},
	{"hot", cmd_hot, "group letter files into hot issues (letters on one matter), as cases hot does"},
	{"rules", cmd_rules, "check the rule files; test them on labelled letters or reviewed cases; diff two rule sets on filed letters"},
	{"db", cmd_db, "db migrate: create or update the database schema; db status: applied and pending"},
	{"config", cmd_config, "config check FILE, config keys: the configuration's sections and keys"},
	{"ingest", cmd_ingest, "file e-mail and form files (and folders) as cases"},
	{"keygen", cmd_keygen, "make the key pair that seals confidential identities"},
	{"run", cmd_run, "the gateway: poll the mailbox, the web form, the spool; file every letter"},
	{"unseal", cmd_unseal, "open a confidential case's identity with the secret key"},
	{"cases", cmd_cases, "list, show, reclassify, assign, close, reopen cases; stats"},
	{"departments", cmd_departments, "the directory of departments: list, add, set (members, contact)"},
	{"mail", cmd_mail, "mail test ADDRESS: send a test message through [smtp]"},
	{"web", cmd_web, "the clerks' web console: sign in with a PostgreSQL login"},
};

static void
usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox [--version] [--help] COMMAND [ARGS]\n"
		"\n"
		"The ingestion gateway of the mayor's mailbox.\n"
		"\n"
		"Commands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\n'mayorbox COMMAND --help' tells more of each.\n");
}

int
main(int argc, char **argv)
{
	if (sodium_init() < 0) {
		fprintf(stderr, "mayorbox: libsodium failed to start\n");
		return EX_SOFTWARE;
	}
	opterr = 0;	/* a wrong option is one line of ours (usage.c) */
	if (argc < 2) {
		usage(stderr);
		return EX_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0
	    || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return EX_OK;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
		printf("mayorbox %s\n", MAYORBOX_VERSION);
		return EX_OK;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "mayorbox: '%s' is not a command; see 'mayorbox --help'\n", argv[1]);
	return EX_USAGE;
}
