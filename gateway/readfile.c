/*
 * readfile.c - bounded whole-file reads (see readfile.h).
 */
#include "readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"

enum readfile_status
readfile(const char *path, size_t max, char **data_r, size_t *len_r, char *err, size_t errlen)
{
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	struct buf b;
	char chunk[65536];
	enum readfile_status st = READFILE_OK;

	*data_r = NULL;
	*len_r = 0;
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return READFILE_CANNOT_OPEN;
	}
	buf_init(&b, max);
	for (;;) {
		ssize_t r = read(fd, chunk, sizeof(chunk));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			snprintf(err, errlen, "%s: %s", path, strerror(errno));
			st = errno == EISDIR ? READFILE_CANNOT_OPEN : READFILE_IO;
			break;
		}
		if (r == 0)
			break;
		if (buf_append(&b, chunk, (size_t)r) != MB_OK) {
			snprintf(err, errlen, "%s: larger than %zu bytes (MB_INPUT_MAX)", path, max);
			st = READFILE_TOO_LARGE;
			break;
		}
	}
	if (fd != STDIN_FILENO)
		close(fd);
	if (st != READFILE_OK) {
		buf_deinit(&b);
		return st;
	}
	*data_r = buf_take(&b, len_r);
	return READFILE_OK;
}
