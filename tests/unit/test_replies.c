/*
 * test_replies.c - acknowledgement decisions, follow-up clues and composed
 * messages (gateway/replies.c). Composed messages are read back with our own
 * MIME parser: what we send must be what a citizen's mail program shows.
 */
#include "testutil.h"

#include "config.h"
#include "mime.h"
#include "replies.h"

/* A [smtp] + [replies] configuration built in memory (config.h's struct). */
static void
make_config(struct config *cfg, struct config_entry *v, size_t n)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->path = "test.conf";
	cfg->v = v;
	cfg->count = n;
}

static void
load(struct replies_config *rc, const char *tag, const char *own)
{
	struct config_entry v[] = {
		{"smtp", "from", "mayor@city.example", 3},
		{"smtp", "from_name", "市长信箱", 4},
		{"replies", "tag", (char *)tag, 6},
		{"replies", "own_addresses", (char *)own, 7},
	};
	struct config cfg;
	char err[256];
	make_config(&cfg, v, 4);
	assert_int_equal(replies_config_load(&cfg, rc, err, sizeof(err)), 0);
}

static void
robots(void **state)
{
	(void)state;
	static const struct {
		const char *addr;
		bool robot;
	} t[] = {
		{"MAILER-DAEMON@mx.example.org", true},
		{"postmaster@example.org", true},
		{"no-reply@shop.example", true},
		{"noreply+abc@shop.example", true},
		{"DoNotReply@bank.example", true},
		{"bounces-123@list.example", true},
		{"owner-citylist@list.example", true},
		{"zhang@example.net", false},
		{"noreen@example.net", false},	/* "no" + "reen": a person */
		{"daemonia@example.net", false},
		{"bouncer.li@example.net", false},
		{"owner@example.net", false},
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		CASE_TRUE(i, replies_robot_address(t[i].addr) == t[i].robot);
}

static void
subject_case(void **state)
{
	(void)state;
	struct replies_config rc;
	load(&rc, "12345", "");
	static const struct {
		const char *subject;
		const char *want;	/* NULL: none */
	} t[] = {
		{"Re: 路灯坏了 [12345-2026-000123]", "2026-000123"},
		{"[12345-2026-1234567] more", "2026-1234567"},
		{"关于[12345-2026-000001]的补充", "2026-000001"},
		{"[12346-2026-000123]", NULL},		/* another office's tag */
		{"[12345-2026-00012]", NULL},		/* too few digits */
		{"[12345-26-000123]", NULL},
		{"12345-2026-000123", NULL},		/* not in brackets */
		{"[12345-2026-000123", NULL},
		{"[[12345-2026-000777]", "2026-000777"},
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		char out[32];
		bool got = replies_subject_case(&rc, t[i].subject, out, sizeof(out));
		CASE_TRUE(i, got == (t[i].want != NULL));
		if (got)
			CASE_STR(i, out, t[i].want);
	}
	replies_config_deinit(&rc);
}

static void
tokens(void **state)
{
	(void)state;
	char tok[REPLIES_TOKEN_LEN + 1];
	const char *s = "Message-ID: <mb.0123456789abcdef0123456789abcdef@city.example>";
	assert_true(replies_find_token(s, strlen(s), tok));
	assert_string_equal(tok, "mb.0123456789abcdef0123456789abcdef");
	/* upper-case hex, too short, no "@", glued to a word: not ours */
	const char *no[] = {
		"<mb.0123456789ABCDEF0123456789abcdef@city.example>",
		"<mb.0123456789abcdef0123456789abcde@city.example>",
		"<mb.0123456789abcdef0123456789abcdef>",
		"<xmb.0123456789abcdef0123456789abcdef@city.example>",
		"",
	};
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		CASE_TRUE(i, !replies_find_token(no[i], strlen(no[i]), tok));
}

static void
report_fields(void **state)
{
	(void)state;
	const char *r = "Content-Type: message/delivery-status\r\n\r\n"
			"Reporting-MTA: dns; mx.example.net\r\n\r\n"
			"Final-Recipient: rfc822; a@example.net\r\n"
			"Action: FAILED\r\nStatus: 5.1.1 (bad mailbox)\r\n";
	char action[32], status[32];
	replies_report_fields(r, strlen(r), action, sizeof(action), status, sizeof(status));
	assert_string_equal(action, "failed");
	assert_string_equal(status, "5.1.1");
	replies_report_fields("X: y\r\n", 6, action, sizeof(action), status, sizeof(status));
	assert_string_equal(action, "");
	assert_string_equal(status, "");
}

static struct letter *
parse(const char *s)
{
	struct letter *l = NULL;
	const char *e;
	enum mb_status st = mime_parse(s, strlen(s), &l, &e);
	keep_letter(l);
	assert_int_equal(st, MB_OK);
	return l;
}

static void
ack_recipient(void **state)
{
	(void)state;
	struct replies_config rc;
	load(&rc, "12345", "office@city.example, hotline@city.example");
	rc.enabled = true;
	static const struct {
		const char *msg;
		const char *want;	/* NULL: no acknowledgement */
	} t[] = {
		{"From: Zhang <zhang@example.net>\r\nSubject: x\r\n\r\nhi\r\n", "zhang@example.net"},
		{"From: Zhang <zhang@example.net>\r\nReply-To: z2@example.net\r\n\r\nhi\r\n",
		 "z2@example.net"},
		{"From: Zhang <zhang@example.net>\r\nAuto-Submitted: auto-replied\r\n\r\nhi\r\n", NULL},
		{"From: a@example.net\r\nPrecedence: bulk\r\n\r\nhi\r\n", NULL},
		{"Return-Path: <>\r\nFrom: a@example.net\r\n\r\nhi\r\n", NULL},
		{"From: MAILER-DAEMON@mx.example.net\r\n\r\nhi\r\n", NULL},
		{"From: no-reply@shop.example\r\nReply-To: zhang@example.net\r\n\r\nhi\r\n", NULL},
		{"From: Office <OFFICE@city.example>\r\n\r\nhi\r\n", NULL},
		{"From: mayor@city.example\r\n\r\nhi\r\n", NULL},
		{"From: nobody\r\nSubject: x\r\n\r\nhi\r\n", NULL},
		/* not one address we could write to as it is (found by fuzz_replies) */
		{"From: china.rep.confidentia,@example.eu\r\n\r\nhi\r\n", NULL},
		{"From: a..b@example.eu\r\n\r\nhi\r\n", NULL},
		{"From: \"a b\"@example.eu\r\n\r\nhi\r\n", NULL},
		{"From: a@b@example.eu\r\n\r\nhi\r\n", NULL},
		{"From: o'brien+city@example.ie\r\n\r\nhi\r\n", "o'brien+city@example.ie"},
		{"From: 张三@例子.中国\r\n\r\nhi\r\n", "张三@例子.中国"},
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct letter *l = parse(t[i].msg);
		const char *why = NULL;
		const struct letter_address *a = replies_ack_recipient(&rc, l, &why);
		if (t[i].want == NULL) {
			CASE_TRUE(i, a == NULL && why != NULL);
		} else {
			CASE_TRUE(i, a != NULL);
			CASE_STR(i, a->address, t[i].want);
		}
	}
	rc.enabled = false;
	assert_null(replies_ack_recipient(&rc, parse("From: z@example.net\r\n\r\nhi\r\n"),
					  &(const char *){NULL}));
	replies_config_deinit(&rc);
}

static struct letter *
compose(struct replies_config *rc, const struct replies_mail *m)
{
	struct buf *b = new_buf(1 << 20);
	char err[256];
	assert_int_equal(replies_compose(rc, m, 1796000000LL, b, err, sizeof(err)), 0);
	/* every line ends in CRLF and is at most 78 characters + CRLF */
	for (size_t i = 0, col = 0; i < b->len; i++) {
		if (b->data[i] == '\n') {
			assert_true(i > 0 && b->data[i - 1] == '\r');
			col = 0;
		} else {
			assert_true(++col <= 79);
		}
	}
	return parse(b->data);
}

static void
compose_ack(void **state)
{
	(void)state;
	struct replies_config rc;
	load(&rc, "12345", "");
	struct replies_mail m = {
		.kind = "acknowledgement",
		.token = "mb.0123456789abcdef0123456789abcdef",
		.case_number = "2026-000123",
		.recipient = "zhang@example.net",
		.recipient_name = "张三",
		.reply_to_id = "a1@example.net",
		.subject = "我家楼下的路灯坏了一个多月了，晚上出行很不安全，请尽快维修",
		.language = "zh",
	};
	struct letter *l = compose(&rc, &m);
	assert_string_equal(l->from.address, "mayor@city.example");
	assert_string_equal(l->from.name, "市长信箱");
	assert_string_equal(l->to[0].address, "zhang@example.net");
	assert_string_equal(l->to[0].name, "张三");
	assert_string_equal(l->subject, "Re: 我家楼下的路灯坏了一个多月了，晚上出行很不安全，"
			    "请尽快维修 [12345-2026-000123]");
	assert_string_equal(l->message_id, "mb.0123456789abcdef0123456789abcdef@city.example");
	assert_string_equal(l->in_reply_to, "a1@example.net");
	assert_true(l->auto_submitted);
	assert_non_null(strstr(l->text, "案件编号为 2026-000123"));
	assert_non_null(strstr(l->text, "[12345-2026-000123]"));
	assert_int_equal(l->warnings_count, 0);

	/* confidential: neither the subject nor the name of the case is said */
	m.confidential = true;
	m.subject = NULL;
	m.language = "en";
	l = compose(&rc, &m);
	assert_null(strstr(l->subject, "路灯"));
	assert_non_null(strstr(l->subject, "[12345-2026-000123]"));
	assert_true(strncmp(l->text, "Hello", 5) == 0);
	replies_config_deinit(&rc);
}

static void
compose_answer(void **state)
{
	(void)state;
	struct replies_config rc;
	load(&rc, "A1", "");
	struct replies_mail m = {
		.kind = "answer",
		.token = "mb.00000000000000000000000000000001",
		.case_number = "2026-000009",
		.recipient = "li@example.net",
		.recipient_name = "Li \"Lee\" Wei",
		.subject = "Street light",
		.body = ".\nThe light was repaired on 27 November.\n.hidden dot line\n",
		.language = "en",
	};
	struct letter *l = compose(&rc, &m);
	assert_string_equal(l->to[0].name, "Li \"Lee\" Wei");
	assert_string_equal(l->subject, "Re: Street light [A1-2026-000009]");
	assert_non_null(strstr(l->text, "repaired on 27 November"));
	assert_non_null(strstr(l->text, ".hidden dot line"));
	assert_non_null(strstr(l->text, "(Case number 2026-000009)"));
	assert_null(l->in_reply_to);

	/* a writer's name or subject cannot inject a header: CR LF become spaces */
	m.recipient_name = "x\r\nBcc: all@example.net";
	m.subject = "Hi\r\nBcc: all@example.net\r\n\r\nbody";
	l = compose(&rc, &m);
	assert_int_equal(l->to_count, 1);
	assert_non_null(strstr(l->to[0].name, "Bcc: all@example.net"));
	assert_non_null(strstr(l->subject, "Bcc: all@example.net"));
	assert_non_null(strstr(l->subject, "body"));
	assert_null(strstr(l->text, "Bcc"));
	assert_null(memmem(l->raw, l->raw_len, "\nBcc:", 5));
	/* an address that would break the header is refused, not sent */
	struct buf *b = new_buf(1 << 16);
	char err[256];
	m.recipient_name = NULL;
	m.recipient = "a@b.example>\r\nBcc: x@y";
	assert_int_equal(replies_compose(&rc, &m, 0, b, err, sizeof(err)), -1);
	m.recipient = "li@example.net";
	m.reply_to_id = "a@b>\r\nBcc: x@y";
	assert_int_equal(replies_compose(&rc, &m, 0, b, err, sizeof(err)), -1);
	replies_config_deinit(&rc);
}

static void
config_errors(void **state)
{
	(void)state;
	static const struct {
		const char *key, *value, *want;
	} t[] = {
		{"tag", "12 345", "test.conf:9: tag"},
		{"per_sender_per_day", "-1", "test.conf:9: per_sender_per_day"},
		{"acknowledge", "maybe", "test.conf:9: acknowledge"},
		{"own_addresses", "office", "test.conf:9: own_addresses"},
		{"colour", "red", "test.conf:9: [replies] has no key \"colour\""},
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct config_entry v[] = {{"replies", (char *)t[i].key, (char *)t[i].value, 9}};
		struct config cfg;
		struct replies_config rc;
		char err[256] = "";
		make_config(&cfg, v, 1);
		CASE_TRUE(i, replies_config_load(&cfg, &rc, err, sizeof(err)) == -1);
		CASE_TRUE(i, strncmp(err, t[i].want, strlen(t[i].want)) == 0);
	}
	/* without [smtp], nothing goes out */
	struct config cfg;
	struct replies_config rc;
	char err[256];
	make_config(&cfg, NULL, 0);
	assert_int_equal(replies_config_load(&cfg, &rc, err, sizeof(err)), 0);
	assert_false(rc.enabled);
	replies_config_deinit(&rc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(robots), T(subject_case), T(tokens), T(report_fields), T(ack_recipient),
		T(compose_ack), T(compose_answer), T(config_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
