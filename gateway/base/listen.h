/*
 * listen.h - a listening address from the configuration: "HOST:PORT",
 * "[V6]:PORT", ":PORT" (every address), names never looked up.
 */
#ifndef MB_LISTEN_H
#define MB_LISTEN_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

/* listen into *ss; false with the reason in err, which starts with what
 * ("[metrics] listen"). */
bool listen_parse(const char *what, const char *listen, struct sockaddr_storage *ss, char *err,
		  size_t errlen);

/* 127.0.0.0/8 or ::1. */
bool listen_is_loopback(const struct sockaddr_storage *ss);

#endif
