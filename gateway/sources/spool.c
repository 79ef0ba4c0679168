/*
 * spool.c - the spool-folder source: every file dropped into a folder is a
 * letter; once filed it is moved to the done folder (a failed one to the
 * quarantine folder), and a confidential one is unlinked: nothing of it is
 * left in plain text. Its source key is its content hash, so a file put
 * back, or dropped twice, is not filed twice.
 *
 * Only a regular file with one link is read, through the descriptor that
 * was checked (O_NOFOLLOW, O_NONBLOCK, fstat): a symbolic link, a hard link
 * (to a file the gateway may read and the dropper may not), a FIFO, a
 * device or a folder is moved to the quarantine folder unread (the entry
 * itself, never its target) and logged with its name and the reason.
 *
 *   [spool in]
 *   dir = /var/spool/mayorbox/in
 *   done_dir = /var/spool/mayorbox/done          ; default DIR/../done
 *   quarantine_dir = /var/spool/mayorbox/quarantine
 *   poll_seconds = 10
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


#include "letter.h"
#include "limits.h"
#include "log.h"
#include "readfile.h"
#include "source.h"
#include "xalloc.h"

#define SPOOL_PATH_MAX 4096
/* Names tried in the quarantine folder for an entry (NAME, NAME.1, ...). */
#define SPOOL_QUARANTINE_TRIES 100

struct spool {
	char *dir, *done, *quarantine;
	char **names;		/* the files of the batch in hand, by item */
	size_t names_count;
};

static void
spool_forget(struct spool *sp)
{
	for (size_t i = 0; i < sp->names_count; i++)
		free(sp->names[i]);
	free(sp->names);
	sp->names = NULL;
	sp->names_count = 0;
}

static enum mb_status
spool_open(struct source *s, char *err, size_t errlen)
{
	struct spool *sp = s->priv;
	struct stat st;
	if (stat(sp->dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "%s: spool folder %s: %s", s->name, sp->dir,
			 errno ? strerror(errno) : "not a folder");
		return MB_CONNECTION;
	}
	if ((mkdir(sp->done, 0750) != 0 && errno != EEXIST)
	    || (mkdir(sp->quarantine, 0750) != 0 && errno != EEXIST)) {
		snprintf(err, errlen, "%s: cannot make %s or %s: %s", s->name, sp->done,
			 sp->quarantine, strerror(errno));
		return MB_CONNECTION;
	}
	return MB_OK;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

enum spool_entry {
	SPOOL_ENTRY_FILE,	/* a regular file with one link, open */
	SPOOL_ENTRY_GONE,	/* vanished or unreadable now: next round */
	SPOOL_ENTRY_SYMLINK,
	SPOOL_ENTRY_HARDLINK,
	SPOOL_ENTRY_FIFO,
	SPOOL_ENTRY_DEVICE,
	SPOOL_ENTRY_FOLDER,
	SPOOL_ENTRY_OTHER,
};

static const char *const spool_entry_why[] = {
	[SPOOL_ENTRY_FILE] = "a file",
	[SPOOL_ENTRY_GONE] = "gone",
	[SPOOL_ENTRY_SYMLINK] = "a symbolic link (not followed)",
	[SPOOL_ENTRY_HARDLINK] = "a file with more than one link (a hard link)",
	[SPOOL_ENTRY_FIFO] = "a FIFO",
	[SPOOL_ENTRY_DEVICE] = "a device",
	[SPOOL_ENTRY_FOLDER] = "a folder",
	[SPOOL_ENTRY_OTHER] = "not a regular file",
};

static enum spool_entry
spool_entry_kind(mode_t m)
{
	if (S_ISLNK(m))
		return SPOOL_ENTRY_SYMLINK;
	if (S_ISFIFO(m))
		return SPOOL_ENTRY_FIFO;
	if (S_ISCHR(m) || S_ISBLK(m))
		return SPOOL_ENTRY_DEVICE;
	if (S_ISDIR(m))
		return SPOOL_ENTRY_FOLDER;
	return S_ISREG(m) ? SPOOL_ENTRY_FILE : SPOOL_ENTRY_OTHER;
}

/* Opens path for reading when it is a regular file with one link; what it
 * is otherwise. lstat first, so a device is never opened; then the checks
 * again on the descriptor (the entry may have been swapped in between). */
static enum spool_entry
spool_entry_open(const char *path, int *fd_r)
{
	struct stat ls, fs;
	*fd_r = -1;
	if (lstat(path, &ls) != 0)
		return SPOOL_ENTRY_GONE;
	enum spool_entry e = spool_entry_kind(ls.st_mode);
	if (e == SPOOL_ENTRY_FILE && ls.st_nlink != 1)
		e = SPOOL_ENTRY_HARDLINK;
	if (e != SPOOL_ENTRY_FILE)
		return e;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return errno == ELOOP ? SPOOL_ENTRY_SYMLINK : SPOOL_ENTRY_GONE;
	if (fstat(fd, &fs) != 0) {
		close(fd);
		return SPOOL_ENTRY_GONE;
	}
	e = spool_entry_kind(fs.st_mode);
	if (e == SPOOL_ENTRY_FILE && fs.st_nlink != 1)
		e = SPOOL_ENTRY_HARDLINK;
	if (e == SPOOL_ENTRY_FILE && (fs.st_dev != ls.st_dev || fs.st_ino != ls.st_ino))
		e = SPOOL_ENTRY_GONE;	/* replaced meanwhile: looked at again next round */
	if (e != SPOOL_ENTRY_FILE) {
		close(fd);
		return e;
	}
	/* reads block from here on (a regular file never waits anyway) */
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		(void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	*fd_r = fd;
	return SPOOL_ENTRY_FILE;
}

/* Moves the entry name (itself: a link is renamed, its target is not
 * touched) into the quarantine folder, under a new name when one of that
 * name is there. */
static void
spool_quarantine_entry(struct source *s, const char *name, const char *why)
{
	struct spool *sp = s->priv;
	char from[SPOOL_PATH_MAX], dest[SPOOL_PATH_MAX];
	int r = -1;
	snprintf(from, sizeof(from), "%s/%s", sp->dir, name);
	for (unsigned k = 0; k < SPOOL_QUARANTINE_TRIES; k++) {
		if (k == 0)
			snprintf(dest, sizeof(dest), "%s/%s", sp->quarantine, name);
		else
			snprintf(dest, sizeof(dest), "%s/%s.%u", sp->quarantine, name, k);
		r = renameat2(AT_FDCWD, from, AT_FDCWD, dest, RENAME_NOREPLACE);
		if (r == 0 || errno != EEXIST)
			break;
	}
	if (r == 0)
		log_event(LOG_WARN, "spool_entry_quarantined", "source", s->name, "file", name,
			  "why", why, NULL);
	else
		log_event(LOG_ERROR, "spool_entry_not_quarantined", "source", s->name, "file", name,
			  "why", why, "error", strerror(errno), NULL);
}

static enum mb_status
spool_fetch(struct source *s, const struct source_position *at, size_t max,
	    struct source_batch *b, char *err, size_t errlen)
{
	struct spool *sp = s->priv;
	(void)at;	/* the position of a spool is its files */
	spool_forget(sp);
	DIR *d = opendir(sp->dir);
	if (d == NULL) {
		snprintf(err, errlen, "%s: %s: %s", s->name, sp->dir, strerror(errno));
		return MB_CONNECTION;
	}
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;	/* hidden: files still being written, by convention */
		names = xreallocarray(names, n + 1, sizeof(char *));
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof(char *), cmp_str);
	for (size_t i = 0; i < n; i++) {
		char path[SPOOL_PATH_MAX], rerr[512];
		snprintf(path, sizeof(path), "%s/%s", sp->dir, names[i]);
		if (b->count >= max) {
			free(names[i]);
			continue;
		}
		int fd = -1;
		enum spool_entry kind = spool_entry_open(path, &fd);
		if (kind != SPOOL_ENTRY_FILE) {
			if (kind != SPOOL_ENTRY_GONE)
				spool_quarantine_entry(s, names[i], spool_entry_why[kind]);
			free(names[i]);
			continue;
		}
		char *data = NULL;
		size_t len = 0;
		enum mb_status rs = readfile_fd(fd, names[i], MB_INPUT_MAX, &data, &len, rerr,
						      sizeof(rerr));
		if (rs == MB_LIMIT) {
			/* filed from its start, marked for a clerk; the file itself
			 * goes to quarantine whole */
			data = xmalloc(MB_MESSAGE_SIZE_MAX + 1);
			len = 0;
			if (lseek(fd, 0, SEEK_SET) == 0)
				while (len < MB_MESSAGE_SIZE_MAX) {
					ssize_t r = read(fd, data + len, MB_MESSAGE_SIZE_MAX - len);
					if (r < 0 && errno == EINTR)
						continue;
					if (r <= 0)
						break;
					len += (size_t)r;
				}
			data[len] = '\0';
		}
		close(fd);
		if (rs != MB_OK && rs != MB_LIMIT) {
			free(names[i]);
			continue;	/* unreadable: next round */
		}
		char hex[LETTER_SHA256_HEX], key[LETTER_FILE_KEY_MAX];
		letter_content_hash(data, len, hex);
		letter_file_key(hex, key);
		struct source_item *it = source_batch_add(b, data, len, xstrdup(key), b->count);
		if (rs == MB_LIMIT) {
			it->oversized = true;
			it->warning = xstrdup("oversized: only the start of the file was read "
					      "(MB_INPUT_MAX)");
		}
		sp->names = xreallocarray(sp->names, sp->names_count + 1, sizeof(char *));
		sp->names[sp->names_count++] = names[i];
	}
	free(names);
	return MB_OK;
}

static enum mb_status
spool_ack(struct source *s, const struct source_batch *b, char *err, size_t errlen)
{
	struct spool *sp = s->priv;
	enum mb_status st = MB_OK;
	for (size_t i = 0; i < b->count && i < sp->names_count; i++) {
		const char *to = NULL;
		char from[SPOOL_PATH_MAX], dest[SPOOL_PATH_MAX];
		snprintf(from, sizeof(from), "%s/%s", sp->dir, sp->names[i]);
		if (b->v[i].state == SOURCE_ITEM_FILED && b->v[i].confidential) {
			/* nothing confidential left at the source (an oversized one
			 * too: what was filed of it is sealed) */
			if (unlink(from) != 0 && errno != ENOENT) {
				snprintf(err, errlen, "%s: cannot remove %s: %s", s->name,
					 b->v[i].source_key, strerror(errno));
				st = MB_TEMPORARY;
			}
			continue;
		}
		if (b->v[i].state == SOURCE_ITEM_FILED)
			to = b->v[i].oversized ? sp->quarantine : sp->done;
		else if (b->v[i].state == SOURCE_ITEM_FAILED)
			to = sp->quarantine;
		if (to == NULL)
			continue;
		snprintf(dest, sizeof(dest), "%s/%s", to, sp->names[i]);
		if (rename(from, dest) != 0 && errno != ENOENT) {
			snprintf(err, errlen, "%s: cannot move %s to %s: %s", s->name, sp->names[i], to,
				 strerror(errno));
			st = MB_TEMPORARY;
		}
	}
	spool_forget(sp);
	return st;
}

static void
spool_wait(struct source *s, int timeout_ms, volatile int *stop)
{
	(void)s;
	for (int waited = 0; waited < timeout_ms && !*stop; waited += 100)
		usleep(100 * 1000);
}

static void
spool_close(struct source *s)
{
	struct spool *sp = s->priv;
	if (sp == NULL)
		return;
	spool_forget(sp);
	free(sp->dir);
	free(sp->done);
	free(sp->quarantine);
	free(sp);
	s->priv = NULL;
}

static const struct source_ops spool_ops = {
	.kind = "spool",
	.open = spool_open,
	.fetch = spool_fetch,
	.ack = spool_ack,
	.wait = spool_wait,
	.close = spool_close,
};

enum mb_status
spool_source_new(const struct config *cfg, const char *section, struct source *s, char *err,
		 size_t errlen)
{
	const char *dir = config_get(cfg, section, "dir");
	const char *name = strchr(section, ' ');
	if (dir == NULL || *dir == '\0') {
		snprintf(err, errlen, "%s: [%s]: key \"dir\" is missing", cfg->path, section);
		return MB_FATAL;
	}
	struct spool *sp = xcalloc(1, sizeof(*sp));
	char buf[SPOOL_PATH_MAX];
	sp->dir = xstrdup(dir);
	const char *done = config_get(cfg, section, "done_dir");
	const char *quar = config_get(cfg, section, "quarantine_dir");
	snprintf(buf, sizeof(buf), "%s/../done", dir);
	sp->done = xstrdup(done ? done : buf);
	snprintf(buf, sizeof(buf), "%s/../quarantine", dir);
	sp->quarantine = xstrdup(quar ? quar : buf);
	const char *poll = config_get(cfg, section, "poll_seconds");
	if (poll) {
		char *end;
		long v = strtol(poll, &end, 10);
		if (*end != '\0' || v < 1 || v > 86400) {
			snprintf(err, errlen, "%s: [%s]: poll_seconds: a number of seconds, 1 to 86400",
				 cfg->path, section);
			free(sp->dir), free(sp->done), free(sp->quarantine), free(sp);
			return MB_FATAL;
		}
		s->poll_seconds = (int)v;
	}
	snprintf(buf, sizeof(buf), "spool:%s", name ? name + 1 : "default");
	s->name = xstrdup(buf);
	s->ops = &spool_ops;
	s->priv = sp;
	return MB_OK;
}
