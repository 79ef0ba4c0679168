/*
 * position.h - where a source stands: one source_state row, as the store
 * keeps it (store/positions.c) and a source is given it (sources/source.h).
 */
#ifndef MB_POSITION_H
#define MB_POSITION_H

struct source_position {
	long long uidvalidity;	/* IMAP: of the mailbox last filed from; -1: none */
	long long last_uid;	/* IMAP: every UID up to it is filed; 0: none */
	char *cursor;		/* web form: the feed's cursor; NULL: none (owned) */
};

#endif
