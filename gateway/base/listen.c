/*
 * listen.c - a listening address from the configuration (listen.h): the
 * metrics' and the console's.
 */
#include "listen.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>

#include "config.h"

bool
listen_parse(const char *what, const char *listen, struct sockaddr_storage *ss, char *err, size_t errlen)
{
	char host[128];
	const char *colon = strrchr(listen, ':');
	long port;
	memset(ss, 0, sizeof(*ss));
	if (colon == NULL || !config_parse_long(colon + 1, 1, 65535, &port)) {
		snprintf(err, errlen, "%s: is HOST:PORT (127.0.0.1:9345, [::1]:9345)", what);
		return false;
	}
	size_t hl = (size_t)(colon - listen);
	if (hl >= sizeof(host)) {
		snprintf(err, errlen, "%s: the host is too long", what);
		return false;
	}
	memcpy(host, listen, hl);
	host[hl] = '\0';
	if (hl >= 2 && host[0] == '[' && host[hl - 1] == ']') {
		struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
		host[hl - 1] = '\0';
		if (inet_pton(AF_INET6, host + 1, &a6->sin6_addr) != 1)
			goto bad;
		a6->sin6_family = AF_INET6;
		a6->sin6_port = htons((uint16_t)port);
		return true;
	}
	struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
	a4->sin_family = AF_INET;
	a4->sin_port = htons((uint16_t)port);
	if (hl == 0 || strcmp(host, "*") == 0) {
		a4->sin_addr.s_addr = htonl(INADDR_ANY);
		return true;
	}
	if (strcmp(host, "localhost") == 0)
		snprintf(host, sizeof(host), "127.0.0.1");
	if (inet_pton(AF_INET, host, &a4->sin_addr) == 1)
		return true;
bad:
	snprintf(err, errlen, "%s: %s is not an IP address (names are not looked up)",
		 what, host);
	return false;
}

bool
listen_is_loopback(const struct sockaddr_storage *ss)
{
	if (ss->ss_family == AF_INET) {
		const struct sockaddr_in *a4 = (const struct sockaddr_in *)ss;
		return (ntohl(a4->sin_addr.s_addr) >> 24) == 127;
	}
	if (ss->ss_family == AF_INET6) {
		const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)ss;
		return IN6_IS_ADDR_LOOPBACK(&a6->sin6_addr);
	}
	return false;
}
