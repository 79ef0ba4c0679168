/*
 * cmd_mail.c - `mayorbox mail SUBCOMMAND`: outgoing mail by hand.
 *
 *   mayorbox mail test ADDRESS [--config FILE]
 *
 * sends a short plain-text message through the [smtp] section (smtp.c) so
 * that an operator can check the server, TLS, the password and the sender
 * address before acknowledgements go out. Other subcommands go in the
 * table below.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include <sodium.h>

#include "buf.h"
#include "cli_exit.h"
#include "commands.h"
#include "usage.h"
#include "config.h"
#include "replies.h"
#include "smtp.h"

#define MAIL_TEST_MESSAGE_MAX	(64u * 1024)
#define MAIL_DEFAULT_CONFIG	MAYORBOX_SYSCONFDIR "/mayorbox.conf"

static void
mail_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox mail test ADDRESS [--config FILE]\n"
		"\n"
		"Outgoing mail through the [smtp] section of the configuration (see\n"
		"mayorbox.conf.example).\n"
		"\n"
		"  test ADDRESS   send a short plain-text test message to ADDRESS\n"
		"  --config FILE  default " MAIL_DEFAULT_CONFIG "\n"
		"\n"
		"Exit: 0 sent; 75 temporary failure (no connection, time-out, 4xx: try\n"
		"again later); 69 refused permanently by the server (5xx); 78 bad\n"
		"configuration, no [smtp] section, certificate not trusted or\n"
		"authentication refused; 64 usage.\n");
}

/* The test message, CRLF or bare LF line ends (smtp_send makes them all CRLF). Returns
 * false when it does not fit MAIL_TEST_MESSAGE_MAX. */
static bool
mail_test_message(const struct smtp_config *sc, const char *to, struct buf *b)
{
	char hex[17];
	unsigned char rnd[8];
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(hex, sizeof(hex), rnd, sizeof(rnd));
	const char *domain = strrchr(sc->from, '@') + 1;	/* checked at load */

	replies_put_mailbox(b, "From", sc->from_name, sc->from);
	replies_put_mailbox(b, "To", NULL, to);
	buf_append_str(b, "Subject: mayorbox: test message\n");
	replies_put_date(b, (long long)time(NULL));
	buf_append_str(b, "Message-ID: <mbtest.");
	buf_append_str(b, hex);
	buf_append_str(b, "@");
	buf_append_str(b, domain);
	buf_append_str(b, ">\n"
		       "MIME-Version: 1.0\n"
		       "Content-Type: text/plain; charset=UTF-8\n"
		       "Content-Transfer-Encoding: 7bit\n"
		       "Auto-Submitted: auto-generated\n"
		       "\n"
		       "This is a test message from mayorbox, the gateway of the mayor's\n"
		       "mailbox, sent with `mayorbox mail test` to check its [smtp] settings.\n"
		       "No reply is needed.\n"
		       "\n"
		       "The next two lines begin with a dot; they must arrive as sent:\n"
		       ".\n"
		       ".. two dots begin this line\n");
	return !b->overflowed;
}

static int
mail_test(int argc, char **argv)
{
	static const struct option opts[] = {
		{"config", required_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *config_path = MAIL_DEFAULT_CONFIG;
	struct config cfg = {0};
	struct smtp_config sc = {0};
	struct buf msg;
	char err[1024];
	int c, rc = EX_SOFTWARE;
	bool have_sc = false;

	buf_init(&msg, MAIL_TEST_MESSAGE_MAX);
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': config_path = optarg; break;
		case 'h': mail_usage(stdout); return EX_OK;
		default: return usage_bad_option("mail test", argc, argv);
		}
	}
	if (optind + 1 != argc) {
		mail_usage(stderr);
		return EX_USAGE;
	}
	const char *to = argv[optind];
	if (!replies_address_ok(to)) {
		fprintf(stderr, "mayorbox mail test: %s: not an address (local@domain)\n", to);
		return EX_USAGE;
	}
	if (config_load(config_path, &cfg, err, sizeof(err)) != MB_OK) {
		fprintf(stderr, "mayorbox mail test: %s\n", err);
		return EX_CONFIG;
	}
	bool present = false;
	enum mb_status st = smtp_config_load(&cfg, &sc, &present, err, sizeof(err));
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox mail test: %s\n", err);
		rc = cli_exit(st);
		goto out;
	}
	if (!present) {
		fprintf(stderr, "mayorbox mail test: %s: no [smtp] section: outgoing mail is off\n",
			config_path);
		rc = EX_CONFIG;
		goto out;
	}
	have_sc = true;
	if (!mail_test_message(&sc, to, &msg)) {
		fprintf(stderr, "mayorbox mail test: the message is over %u bytes\n",
			MAIL_TEST_MESSAGE_MAX);
		rc = EX_SOFTWARE;
		goto out;
	}
	switch (smtp_send(&sc, to, msg.data, msg.len, err, sizeof(err))) {
	case MB_OK:
		printf("sent to %s through %s:%d\n", to, sc.host, sc.port);
		rc = EX_OK;
		break;
	case MB_TEMPORARY:
	case MB_CONNECTION:
		fprintf(stderr, "mayorbox mail test: not sent, try again later: %s\n", err);
		rc = EX_TEMPFAIL;
		break;
	case MB_BAD_LETTER:
		fprintf(stderr, "mayorbox mail test: refused: %s\n", err);
		rc = EX_UNAVAILABLE;
		break;
	default:
		fprintf(stderr, "mayorbox mail test: not sent, check the configuration: %s\n", err);
		rc = EX_CONFIG;
		break;
	}
out:
	if (have_sc)
		smtp_config_deinit(&sc);
	buf_deinit(&msg);
	config_deinit(&cfg);
	return rc;
}

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} mail_commands[] = {
	{"test", mail_test},
};

int
cmd_mail(int argc, char **argv)
{
	if (argc < 2) {
		mail_usage(stderr);
		return EX_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0
	    || strcmp(argv[1], "help") == 0) {
		mail_usage(stdout);
		return EX_OK;
	}
	for (size_t i = 0; i < sizeof(mail_commands) / sizeof(mail_commands[0]); i++)
		if (strcmp(argv[1], mail_commands[i].name) == 0)
			return mail_commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "mayorbox mail: '%s' is not a subcommand; see 'mayorbox mail --help'\n",
		argv[1]);
	return EX_USAGE;
}
