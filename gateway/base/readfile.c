/*
 * readfile.c - bounded whole-file reads (see readfile.h).
 */
#include "readfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "buf.h"

enum mb_status
readfile_fd(int fd, const char *name, size_t max, char **data_r, size_t *len_r, char *err,
	    size_t errlen)
{
	struct buf b;
	char chunk[65536];
	enum mb_status st = MB_OK;

	*data_r = NULL;
	*len_r = 0;
	if (errlen)
		err[0] = '\0';
	buf_init(&b, max);
	for (;;) {
		ssize_t r = read(fd, chunk, sizeof(chunk));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			snprintf(err, errlen, "%s: %s", name, strerror(errno));
			st = errno == EISDIR ? MB_NO_INPUT : MB_IO;
			break;
		}
		if (r == 0)
			break;
		if (buf_append(&b, chunk, (size_t)r) != MB_OK) {
			snprintf(err, errlen, "%s: larger than %zu bytes (MB_INPUT_MAX)", name, max);
			st = MB_LIMIT;
			break;
		}
	}
	sodium_memzero(chunk, sizeof(chunk));
	if (st != MB_OK) {
		buf_deinit(&b);
		return st;
	}
	*data_r = buf_take(&b, len_r);
	return MB_OK;
}

enum mb_status
readfile(const char *path, size_t max, char **data_r, size_t *len_r, char *err, size_t errlen)
{
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);

	*data_r = NULL;
	*len_r = 0;
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return MB_NO_INPUT;
	}
	enum mb_status st = readfile_fd(fd, path, max, data_r, len_r, err, errlen);
	if (fd != STDIN_FILENO)
		close(fd);
	return st;
}

enum mb_status
readfile_secret(const char *path, size_t max, char **data_r, size_t *len_r, char *err,
		size_t errlen)
{
	struct stat st;

	*data_r = NULL;
	*len_r = 0;
	/* O_NONBLOCK: a FIFO put in the key's place does not hang start-up */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return MB_NO_INPUT;
	}
	enum mb_status rs = MB_NO_INPUT;
	if (fstat(fd, &st) != 0)
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		snprintf(err, errlen, "%s: not a regular file", path);
	else if (st.st_mode & (S_IRGRP | S_IROTH))
		snprintf(err, errlen, "%s: readable by group or others; chmod 600", path);
	else if (st.st_mode & (S_IWGRP | S_IWOTH))
		snprintf(err, errlen, "%s: writable by group or others; chmod 600", path);
	else
		rs = readfile_fd(fd, path, max, data_r, len_r, err, errlen);
	close(fd);
	return rs;
}
