/*
 * cmd_keygen.c - `mayorbox keygen DIR`: the key pair that seals confidential
 * identities. The public key goes in the gateway's configuration; the
 * secret key (mode 0600) stays with supervisors, never on the gateway.
 */
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "commands.h"
#include "seal.h"

int
cmd_keygen(int argc, char **argv)
{
	char err[1024];
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		printf("usage: mayorbox keygen DIR\n\n"
		       "Writes DIR/confidential.pub (for [confidential] public_key_file) and\n"
		       "DIR/confidential.key (mode 0600: the supervisors' secret key, which opens\n"
		       "confidential identities; keep it off the gateway). Never overwrites.\n");
		return EX_OK;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: mayorbox keygen DIR\n");
		return EX_USAGE;
	}
	if (seal_keygen(argv[1], err, sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox keygen: %s\n", err);
		return EX_CANTCREAT;
	}
	printf("%s/confidential.pub  public key: [confidential] public_key_file of the gateway\n"
	       "%s/confidential.key  secret key (0600): for supervisors only\n", argv[1], argv[1]);
	return EX_OK;
}
