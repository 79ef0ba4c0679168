/*
 * cmd_keygen.c - `mayorbox keygen [--outbox] DIR`: the key pair that seals
 * confidential identities (the public key goes in the gateway's
 * configuration; the secret key, mode 0600, stays with supervisors, never on
 * the gateway), or with --outbox the gateways' own pair, which seals mail
 * to confidential writers while it waits in the outbox.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "cli_exit.h"
#include "commands.h"
#include "seal.h"

int
cmd_keygen(int argc, char **argv)
{
	char err[1024];
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		printf("usage: mayorbox keygen [--outbox] DIR\n\n"
		       "Writes DIR/confidential.pub (for [confidential] public_key_file) and\n"
		       "DIR/confidential.key (mode 0600: the supervisors' secret key, which opens\n"
		       "confidential identities; keep it off the gateway). Never overwrites.\n\n"
		       "  --outbox  writes DIR/outbox.key (mode 0600, for [replies] outbox_key_file\n"
		       "            of every gateway) and DIR/outbox.pub: mail to a confidential\n"
		       "            writer waits in the outbox sealed to it.\n");
		return EX_OK;
	}
	bool outbox = argc == 3 && strcmp(argv[1], "--outbox") == 0;
	if (argc != 2 && !outbox) {
		fprintf(stderr, "usage: mayorbox keygen [--outbox] DIR\n");
		return EX_USAGE;
	}
	const char *dir = argv[argc - 1];
	enum mb_status st = seal_keygen_named(dir, outbox ? "outbox" : "confidential", err,
					      sizeof(err));
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox keygen: %s\n", err);
		/* a pair there already (MB_REFUSED) or one that could not be
		 * written (MB_IO): either way an output not created */
		return st == MB_REFUSED || st == MB_IO ? EX_CANTCREAT : cli_exit(st);
	}
	if (outbox)
		printf("%s/outbox.key  secret key (0600): [replies] outbox_key_file of the gateways\n"
		       "%s/outbox.pub  its public key (the gateway publishes it in the database)\n",
		       dir, dir);
	else
		printf("%s/confidential.pub  public key: [confidential] public_key_file of the "
		       "gateway\n%s/confidential.key  secret key (0600): for supervisors only\n",
		       dir, dir);
	return EX_OK;
}
