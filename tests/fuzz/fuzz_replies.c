/*
 * fuzz_replies.c - libFuzzer target for what the gateway does with a
 * hostile letter before and after filing it: the follow-up clues (our case
 * number in the subject, our tokens, a delivery report's fields), who gets
 * an acknowledgement, whether its sender is authenticated (its
 * Authentication-Results headers), and the acknowledgement composed from
 * the letter's own name, subject and Message-ID.
 *
 * Aborts when a promise breaks: the composed message must read back as one
 * message to one recipient, the writer's subject and name must never start
 * a header of their own, an unauthenticated sender's name is never
 * repeated, and a refusal must say why.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "mime.h"
#include "replies.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct replies_config rc;

static void
config_once(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	struct config_entry v[] = {
		{"smtp", "from", "mayor@city.example", 1},
		{"smtp", "from_name", "市长信箱", 2},
		{"replies", "own_addresses", "office@city.example", 3},
		{"replies", "authserv_id", "mx.city.example", 4},
	};
	struct config cfg = {.path = "fuzz.conf", .v = v, .count = 4};
	char err[256];
	if (replies_config_load(&cfg, &rc, err, sizeof(err)) != MB_OK)
		abort();
	rc.enabled = true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	config_once();
	struct letter *l = NULL;
	char perr[256];
	(void)mime_parse(data, size, &l, perr, sizeof(perr));
	if (l == NULL)
		abort();

	char number[32], token[REPLIES_TOKEN_LEN + 1], action[32], status[32];
	if (replies_subject_case(&rc, l->subject, number, sizeof(number))
	    && strlen(number) < 11)
		abort();
	if (replies_find_token((const char *)data, size, token)
	    && (strlen(token) != REPLIES_TOKEN_LEN || strncmp(token, "mb.", 3) != 0))
		abort();
	replies_report_fields((const char *)data, size, action, sizeof(action), status,
			      sizeof(status));

	const char *why = NULL;
	const struct letter_address *to = replies_ack_recipient(&rc, l, &why);
	if (to == NULL && why == NULL)
		abort();	/* no acknowledgement without a reason */
	bool echo = replies_sender_authenticated(&rc, l);
	if (to != NULL) {
		struct replies_mail m = {
			.kind = "acknowledgement",
			.token = "mb.0123456789abcdef0123456789abcdef",
			.case_number = "2026-000123",
			.recipient = to->address,
			.recipient_name = to->name,
			.reply_to_id = l->message_id,
			.subject = l->subject,
			.language = letter_language_name(l->language),
			.echo = echo,
		};
		struct buf out;
		buf_init(&out, 8 * 1024 * 1024);
		char err[512] = "";
		enum mb_status cst = replies_compose(&rc, &m, 1796000000LL, &out, err, sizeof(err));
		if (cst == MB_OK) {
			struct letter *back = NULL;
			if (mime_parse(out.data, out.len, &back, perr, sizeof(perr)) != MB_OK)
				abort();
			/* one message, to the one recipient, with our Message-ID */
			if (back->to_count != 1 || back->message_id == NULL
			    || strcmp(back->message_id,
				      "mb.0123456789abcdef0123456789abcdef@city.example") != 0)
				abort();
			if (strstr(back->subject, "[12345-2026-000123]") == NULL)
				abort();
			/* nothing of an unauthenticated sender's is repeated */
			if (!echo && (back->to[0].name != NULL || back->in_reply_to != NULL
				      || strstr(back->subject, "Letter received") == NULL))
				abort();
			/* the writer's text never makes a header line of its own */
			size_t hdr = (size_t)(strstr(out.data, "\r\n\r\n") - out.data);
			for (size_t i = 0; i + 1 < hdr; i++)
				if (out.data[i] == '\n' && out.data[i + 1] != ' '
				    && strncmp(out.data + i + 1, "To:", 3) != 0
				    && strncmp(out.data + i + 1, "Subject:", 8) != 0
				    && strncmp(out.data + i + 1, "Date:", 5) != 0
				    && strncmp(out.data + i + 1, "Message-ID:", 11) != 0
				    && strncmp(out.data + i + 1, "In-Reply-To:", 12) != 0
				    && strncmp(out.data + i + 1, "References:", 11) != 0
				    && strncmp(out.data + i + 1, "Auto-Submitted:", 15) != 0
				    && strncmp(out.data + i + 1, "X-Auto-Response-Suppress:", 25) != 0
				    && strncmp(out.data + i + 1, "MIME-Version:", 13) != 0
				    && strncmp(out.data + i + 1, "Content-Type:", 13) != 0
				    && strncmp(out.data + i + 1, "Content-Transfer-Encoding:", 26) != 0)
					abort();
			letter_free(&back);
		} else if (err[0] == '\0' || (cst != MB_REFUSED && cst != MB_LIMIT)) {
			abort();	/* a refusal says why, as the contract's codes */
		}
		buf_deinit(&out);
	}
	letter_free(&l);
	return 0;
}
