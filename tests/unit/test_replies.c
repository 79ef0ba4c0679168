/*
 * test_replies.c - acknowledgement decisions, follow-up clues and composed
 * messages (gateway/mail/replies.c). Composed messages are read back with our own
 * MIME parser: what we send must be what a citizen's mail program shows.
 */
#include "testutil.h"

#include "config.h"
#include "limits.h"
#include "mime.h"
#include "replies.h"
#include "visit_mail.h"

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
	assert_int_equal(replies_config_load(&cfg, rc, err, sizeof(err)), MB_OK);
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
	char e[256];
	enum mb_status st = mime_parse(s, strlen(s), &l, e, sizeof(e));
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
		/* From only: a Reply-To would let anyone have us mail anyone */
		{"From: Zhang <zhang@example.net>\r\nReply-To: z2@example.net\r\n\r\nhi\r\n",
		 "zhang@example.net"},
		{"From: nobody\r\nReply-To: victim@example.net\r\n\r\nhi\r\n", NULL},
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
	assert_int_equal(replies_compose(rc, m, 1796000000LL, b, err, sizeof(err)), MB_OK);
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
		.echo = true,
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

/* An unauthenticated sender's acknowledgement (echo false) repeats nothing
 * of theirs: not the subject, not the display name, not the Message-ID;
 * only our text and the case number. */
static void
compose_no_echo(void **state)
{
	(void)state;
	struct replies_config rc;
	load(&rc, "12345", "");
	static const char *const spam[] = {"CHEAP PILLS http://spam.example", "便宜发票 加微信 888"};
	struct replies_mail m = {
		.kind = "acknowledgement",
		.token = "mb.0123456789abcdef0123456789abcdef",
		.case_number = "2026-000123",
		.recipient = "victim@example.net",
		.recipient_name = spam[1],
		.reply_to_id = "http-spam.example-buy@example.net",
		.subject = spam[0],
		.language = "en",
	};
	struct letter *l = compose(&rc, &m);
	assert_int_equal(l->to_count, 1);
	assert_string_equal(l->to[0].address, "victim@example.net");
	assert_null(l->to[0].name);
	assert_string_equal(l->subject, "Letter received 来信已收到 [12345-2026-000123]");
	assert_null(l->in_reply_to);
	assert_int_equal(l->references_count, 0);
	for (size_t i = 0; i < 2; i++) {
		CASE_TRUE(i, strstr(l->text, spam[i]) == NULL);
		CASE_TRUE(i, memmem(l->raw, l->raw_len, "spam", 4) == NULL);
	}
	assert_non_null(strstr(l->text, "2026-000123"));
	/* a Message-ID that could not go in a header is not refused: unused */
	m.reply_to_id = "a@b>\r\nBcc: x@y";
	l = compose(&rc, &m);
	assert_null(l->in_reply_to);
	replies_config_deinit(&rc);
}

/* Authentication-Results (RFC 8601): only our authserv-id counts, the
 * topmost of ours decides, dmarc=pass or an aligned spf=pass. */
static void
authenticated(void **state)
{
	(void)state;
	struct replies_config rc;
	struct config_entry v[] = {
		{"smtp", "from", "mayor@city.example", 3},
		{"replies", "authserv_id", "mx.city.example", 4},
	};
	struct config cfg;
	char err[256];
	make_config(&cfg, v, 2);
	assert_int_equal(replies_config_load(&cfg, &rc, err, sizeof(err)), MB_OK);
#define FROM "From: Zhang <zhang@example.net>\r\nSubject: x\r\n"
#define BODY "\r\nhi\r\n"
	static const struct {
		const char *msg;
		bool want;
	} t[] = {
		/* 0: ours, dmarc=pass */
		{"Authentication-Results: mx.city.example; dmarc=pass header.from=example.net\r\n"
		 FROM BODY, true},
		/* 1: a forged one naming another authserv-id is ignored */
		{"Authentication-Results: mx.spammer.example; dmarc=pass header.from=example.net\r\n"
		 FROM BODY, false},
		/* 2: forged (other id) above ours: ours decides */
		{"Authentication-Results: evil.example; dmarc=pass\r\n"
		 "Authentication-Results: mx.city.example; dmarc=fail header.from=example.net\r\n"
		 FROM BODY, false},
		/* 3: ours on top says fail; a forged one with our id below says pass */
		{"Authentication-Results: mx.city.example; dmarc=fail (p=reject) header.from=example.net\r\n"
		 "Received: from x by y\r\n"
		 "Authentication-Results: mx.city.example; dmarc=pass header.from=example.net\r\n"
		 FROM BODY, false},
		/* 4: ... and the other way round */
		{"Authentication-Results: mx.city.example; dmarc=pass header.from=example.net\r\n"
		 "Authentication-Results: mx.city.example; dmarc=fail header.from=example.net\r\n"
		 FROM BODY, true},
		/* 5: spf=fail refused; 6: spf=pass for the From's domain accepted */
		{"Authentication-Results: mx.city.example; spf=fail smtp.mailfrom=zhang@example.net\r\n"
		 FROM BODY, false},
		{"Authentication-Results: mx.city.example; spf=pass smtp.mailfrom=zhang@example.net\r\n"
		 FROM BODY, true},
		/* 7: spf=pass for another domain (the envelope is not the From) */
		{"Authentication-Results: mx.city.example; spf=pass smtp.mailfrom=x@spammer.example\r\n"
		 FROM BODY, false},
		/* 8: spf=pass without smtp.mailfrom (only helo) */
		{"Authentication-Results: mx.city.example; spf=pass smtp.helo=mail.example.net\r\n"
		 FROM BODY, false},
		/* 9: dmarc=pass for another From domain */
		{"Authentication-Results: mx.city.example; dmarc=pass header.from=spammer.example\r\n"
		 FROM BODY, false},
		/* 10: folded, comments, case, version, a quoted id, other methods first */
		{"authentication-results:   \"MX.City.Example\" 1 (our MX);\r\n"
		 "\tdkim=pass (2048-bit key; \"unprotected\") header.d=example.net header.s=s1;\r\n"
		 "  spf=softfail (domain of (nested) x) smtp.mailfrom=\"z z\"@example.net;\r\n"
		 "  DMARC/1 = Pass (p=none dis=none) Header.From = EXAMPLE.NET.\r\n"
		 FROM BODY, true},
		/* 11: Microsoft's non-RFC action=none, compauth, no space after ';' */
		{"Authentication-Results: mx.city.example; spf=pass (sender IP is 192.0.2.1)\r\n"
		 " smtp.mailfrom=example.net; dkim=none (message not signed)\r\n"
		 " header.d=none;dmarc=bestguesspass action=none header.from=example.net;"
		 "compauth=pass reason=109\r\n" FROM BODY, true},
		/* 12: "none": nothing was checked */
		{"Authentication-Results: mx.city.example; none\r\n" FROM BODY, false},
		/* 13: "dmarc=pass" inside a comment or a quoted string does not count */
		{"Authentication-Results: mx.city.example; dkim=fail (dmarc=pass) reason=\"dmarc=pass\"\r\n"
		 FROM BODY, false},
		/* 14: a prefix of our id is not our id */
		{"Authentication-Results: mx.city.example.evil.example; dmarc=pass\r\n" FROM BODY, false},
		/* 15: one in the body is not a header */
		{FROM "\r\nAuthentication-Results: mx.city.example; dmarc=pass\r\n", false},
		/* 16: bare LF lines */
		{"Authentication-Results: mx.city.example;\n dmarc=pass header.from=example.net\n"
		 "From: zhang@example.net\n\nhi\n", true},
		/* 17: smtp.mailfrom with angle brackets, a comment after it */
		{"Authentication-Results: mx.city.example; spf=pass smtp.mailfrom=<zhang@example.net>"
		 "(x)\r\n" FROM BODY, true},
		/* 18: an unclosed comment, an unclosed quote */
		{"Authentication-Results: mx.city.example; dmarc=fail (x\r\n" FROM BODY, false},
		{"Authentication-Results: mx.city.example; dmarc=pass reason=\"x\r\n" FROM BODY, true},
		/* 20: none at all */
		{FROM BODY, false},
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct letter *l = parse(t[i].msg);
		CASE_TRUE(i, replies_sender_authenticated(&rc, l) == t[i].want);
	}

	/* a header of ours longer than MB_HEADER_LINE_MAX is not trusted */
	size_t pad = MB_HEADER_LINE_MAX;
	char *big = keep(malloc(pad + 512));
	int head = snprintf(big, pad + 512, "Authentication-Results: mx.city.example; "
			    "dmarc=pass header.from=example.net (");
	memset(big + head, 'x', pad);
	snprintf(big + head + pad, 512, ")\r\n" FROM BODY);
	assert_false(replies_sender_authenticated(&rc, parse(big)));

	/* without authserv_id, nobody is authenticated */
	free(rc.authserv_id);
	rc.authserv_id = NULL;
	assert_false(replies_sender_authenticated(&rc, parse(t[0].msg)));
	replies_config_deinit(&rc);
#undef FROM
#undef BODY
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
		.echo = true,
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
	assert_int_equal(replies_compose(&rc, &m, 0, b, err, sizeof(err)), MB_REFUSED);
	m.recipient = "li@example.net";
	m.reply_to_id = "a@b>\r\nBcc: x@y";
	assert_int_equal(replies_compose(&rc, &m, 0, b, err, sizeof(err)), MB_REFUSED);
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
		{"acks_per_hour", "-1", "test.conf:9: acks_per_hour"},
		{"acks_per_hour", "many", "test.conf:9: acks_per_hour"},
		{"authserv_id", "", "test.conf:9: authserv_id"},
		{"authserv_id", "mx city", "test.conf:9: authserv_id"},
		{"authserv_id", "mx;dmarc=pass", "test.conf:9: authserv_id"},
		{"colour", "red", "test.conf:9: [replies] has no key \"colour\""},
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct config_entry v[] = {{"replies", (char *)t[i].key, (char *)t[i].value, 9}};
		struct config cfg;
		struct replies_config rc;
		char err[256] = "";
		make_config(&cfg, v, 1);
		CASE_TRUE(i, replies_config_load(&cfg, &rc, err, sizeof(err)) == MB_CONFIG);
		CASE_TRUE(i, strncmp(err, t[i].want, strlen(t[i].want)) == 0);
	}
	/* without [smtp], nothing goes out */
	struct config cfg;
	struct replies_config rc;
	char err[256];
	make_config(&cfg, NULL, 0);
	assert_int_equal(replies_config_load(&cfg, &rc, err, sizeof(err)), MB_OK);
	assert_false(rc.enabled);
	/* the defaults: 200 acknowledgements an hour, nobody authenticated */
	assert_int_equal(rc.acks_per_hour, REPLIES_ACKS_PER_HOUR_DEFAULT);
	assert_int_equal(rc.acks_per_hour, 200);
	assert_null(rc.authserv_id);
	replies_config_deinit(&rc);
	struct config_entry v[] = {{"replies", "acks_per_hour", "0", 1},
				   {"replies", "authserv_id", "mx-1.city.example", 2}};
	make_config(&cfg, v, 2);
	assert_int_equal(replies_config_load(&cfg, &rc, err, sizeof(err)), MB_OK);
	assert_int_equal(rc.acks_per_hour, 0);
	assert_string_equal(rc.authserv_id, "mx-1.city.example");
	replies_config_deinit(&rc);
}

/* The preview of an answer (the console's close) is the composed mail,
 * readable: the same From, To, Subject, In-Reply-To and text as the wire
 * message once decoded, no Date or Message-ID, LF lines, nothing encoded;
 * and a name or subject still cannot add a header. */
static void
preview_answer(void **state)
{
	(void)state;
	struct replies_config rc;
	load(&rc, "12345", "");
	struct replies_mail m = {
		.kind = "answer",
		.token = "mb.00000000000000000000000000000002",
		.case_number = "2026-000010",
		.recipient = "liu@example.net",
		.recipient_name = "刘建军",
		.reply_to_id = "w1@example.net",
		.subject = "请求帮助讨回被拖欠三个月的工资",
		.body = "刘先生您好：\n已转劳动监察大队。\n",
		.language = "zh",
		.echo = true,
	};
	struct buf *p = new_buf(1 << 20);
	char err[256];
	assert_int_equal(replies_preview(&rc, &m, p, err, sizeof(err)), MB_OK);
	buf_putc(p, '\0');
	struct letter *l = compose(&rc, &m);
	char *text = strstr(p->data, "\n\n");
	assert_non_null(text);
	*text = '\0';
	text += 2;
	const char *head = p->data;
	assert_non_null(strstr(head, "From: 市长信箱 <mayor@city.example>\n"));
	assert_non_null(strstr(head, "To: 刘建军 <liu@example.net>\n"));
	char subject[256];
	snprintf(subject, sizeof(subject), "Subject: %s\n", l->subject);
	assert_non_null(strstr(head, subject));
	assert_non_null(strstr(head, "In-Reply-To: <w1@example.net>\n"));
	assert_null(strstr(head, "Date:"));
	assert_null(strstr(head, "Message-ID:"));
	assert_null(strstr(head, "=?UTF-8?"));
	assert_null(strchr(p->data, '\r'));
	assert_null(strchr(text, '\r'));
	/* the wire text (CRLF, base64) read back is the preview's (the
	 * parser keeps no final line end) */
	size_t tn = strlen(l->text);
	assert_memory_equal(text, l->text, tn);
	assert_string_equal(text + tn, "\n");
	assert_non_null(strstr(text, "已转劳动监察大队。\n"));
	assert_non_null(strstr(text, "（案件编号 2026-000010）"));

	m.recipient_name = "x\r\nBcc: all@example.net";
	m.subject = "Hi\r\nBcc: all@example.net";
	struct buf *q = new_buf(1 << 20);
	assert_int_equal(replies_preview(&rc, &m, q, err, sizeof(err)), MB_OK);
	buf_putc(q, '\0');
	assert_null(strstr(q->data, "\nBcc:"));
	m.recipient = "a@b.example>\r\nBcc: x@y";
	assert_int_equal(replies_preview(&rc, &m, q, err, sizeof(err)), MB_REFUSED);
	replies_config_deinit(&rc);
}

/* A return visit's answer read from a reply: the first unquoted line's
 * digit or words, a short note after it, nothing past the quote. */
static void
visit_answers(void **state)
{
	(void)state;
	static const struct {
		const char *text, *result, *note;
	} t[] = {
		{"3", "unsatisfied", ""},
		{"  1\r\n", "satisfied", ""},
		{"\n\n2.\n> 您好：\n> 1 满意\n", "basic", ""},
		{"３", "unsatisfied", ""},
		{"不满意，路灯还是不亮", "unsatisfied", "，路灯还是不亮"},
		{"基本满意", "basic", ""},
		{"满意", "satisfied", ""},
		{"2 基本满意，谢谢\n\n-- \n张三\n", "basic", "基本满意，谢谢"},
		{"3\nstill broken\nOn Mon, Dec 1, 2026 Mayor wrote:\n> Hello", "unsatisfied",
		 "still broken"},
		{"4", NULL, NULL},
		{"12", NULL, NULL},
		{"谢谢", NULL, NULL},
		{"> 3\n", NULL, NULL},
		{"", NULL, NULL},
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		const char *result = NULL;
		char note[VISIT_NOTE_MAX + 1];
		bool yes = visit_mail_answer(t[i].text, strlen(t[i].text), &result, note,
					     sizeof(note));
		CASE_TRUE(i, yes == (t[i].result != NULL));
		if (t[i].result) {
			CASE_TRUE(i, strcmp(result, t[i].result) == 0);
			CASE_TRUE(i, strcmp(note, t[i].note) == 0);
		}
	}
	/* past VISIT_NOTE_MAX of the writer's own text: a letter, not an answer */
	char longer[VISIT_NOTE_MAX + 16];
	memset(longer, 'x', sizeof(longer) - 1);
	longer[0] = '3';
	longer[1] = '\n';
	longer[sizeof(longer) - 1] = '\0';
	const char *result;
	char note[64];
	assert_false(visit_mail_answer(longer, strlen(longer), &result, note, sizeof(note)));
}

/* The visit question: its own subject (never the letter's), the three
 * answers, the status page, the writer's language first. */
static void
compose_visit(void **state)
{
	(void)state;
	struct replies_config rc;
	struct config_entry v[] = {
		{"smtp", "from", "mayor@city.example", 3},
		{"replies", "tag", "12345", 6},
		{"replies", "status_url", "https://12345.city.example/status", 7},
	};
	struct config cfg;
	char err[256];
	make_config(&cfg, v, 3);
	assert_int_equal(replies_config_load(&cfg, &rc, err, sizeof(err)), MB_OK);
	struct replies_mail m = {
		.kind = "visit",
		.token = "mb.00000000000000000000000000000003",
		.case_number = "2026-000011",
		.recipient = "liu@example.net",
		.recipient_name = "刘建军",
		.reply_to_id = "w1@example.net",
		.subject = "请求帮助讨回被拖欠三个月的工资",
		.language = "zh",
		.echo = true,
	};
	struct buf *p = new_buf(1 << 20);
	assert_int_equal(replies_preview(&rc, &m, p, err, sizeof(err)), MB_OK);
	buf_putc(p, '\0');
	assert_non_null(strstr(p->data, "Subject: 回访 Return visit [12345-2026-000011]\n"));
	assert_null(strstr(p->data, "拖欠"));
	const char *zh = strstr(p->data, "2 基本满意");
	const char *en = strstr(p->data, "2 basically satisfied");
	assert_non_null(zh);
	assert_non_null(en);
	assert_true(zh < en);
	assert_non_null(strstr(p->data, "https://12345.city.example/status"));
	replies_config_deinit(&rc);
}

/* For composing only, the outbox key file is not opened: a file that is not
 * there is no error, and no key is held. */
static void
config_compose_only(void **state)
{
	(void)state;
	struct config_entry v[] = {
		{"smtp", "from", "mayor@city.example", 3},
		{"replies", "outbox_key_file", "/nonexistent/outbox.key", 5},
	};
	struct config cfg;
	char err[256];
	struct replies_config rc;
	make_config(&cfg, v, 2);
	assert_int_equal(replies_config_load_compose(&cfg, &rc, err, sizeof(err)), MB_OK);
	assert_false(rc.have_outbox_key);
	assert_string_equal(rc.from, "mayor@city.example");
	replies_config_deinit(&rc);
	assert_int_equal(replies_config_load(&cfg, &rc, err, sizeof(err)), MB_CONFIG);
	assert_non_null(strstr(err, "outbox_key_file"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(robots), T(subject_case), T(tokens), T(report_fields), T(ack_recipient),
		T(compose_ack), T(compose_no_echo), T(authenticated), T(compose_answer),
		T(config_errors), T(preview_answer), T(config_compose_only), T(visit_answers),
		T(compose_visit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
