/*
 * casepage.c - one case in the console (casepage.h): the page rendered from
 * the document of cases_show() (the one `cases show --json` prints and GET
 * /api/cases/NUMBER serves), the downloads of its attachments, the actions
 * through the service's use cases. Every value goes through page.h.
 *
 * Sealed identities are not opened here: the office's secret key would
 * have to reach this network service (or the browser run crypto code that
 * the server ships), while `mayorbox cases show NUMBER --key FILE` in a
 * terminal opens them with the key where it lives and records the opening.
 */
#include "casepage.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "../service/case_visit.h"
#include "../service/cases.h"
#include "casefmt.h"
#include "rulesdir.h"
#include "ruleset.h"
#include "xalloc.h"
#include "web.h"
#include "web_p.h"

/* ------------------------------------------------------------ words */

enum cw {
	CW_CASE,
	CW_NO_SUCH_CASE,
	CW_DB_AWAY,
	CW_CATEGORY,
	CW_NEEDS_REVIEW,
	CW_STATUS,
	CW_DEPARTMENT,
	CW_PRIORITY,
	CW_DUE,
	CW_OVERDUE,
	CW_OWNER,
	CW_CONFIDENTIAL,
	CW_YES,
	CW_NO,
	CW_REVEALED,
	CW_REVIEW,
	CW_AUTOMATIC,
	CW_RECEIVED,
	CW_UPDATED,
	CW_CLOSED,
	CW_ANSWER,
	CW_ANSWER_SEALED,
	CW_SEALED_NOTE,
	CW_SEALED_NOTE2,
	CW_LETTER,
	CW_OF,
	CW_SOURCE,
	CW_LANGUAGE,
	CW_WRITTEN,
	CW_FROM,
	CW_PHONE,
	CW_SUBJECT,
	CW_MESSAGE_ID,
	CW_ANONYMOUS,
	CW_DISTRICT,
	CW_SEALED,
	CW_ATTACHMENTS,
	CW_NO_NAME,
	CW_BYTES,
	CW_RULES,
	CW_RULE,
	CW_FIELD,
	CW_WEIGHT,
	CW_WORDS,
	CW_MODEL,
	CW_WARNINGS,
	CW_TEXT,
	CW_TEXT_SEALED,
	CW_HISTORY,
	CW_AT,
	CW_WHO,
	CW_WHAT,
	CW_DETAIL,
	CW_OUTBOX,
	CW_KIND,
	CW_ATTEMPTS,
	CW_QUEUED,
	CW_BY,
	CW_SENT,
	CW_LAST_ERROR,
	CW_REPORTS,
	CW_ACTION,
	CW_NONE,
	CW_ACTIONS,
	CW_RECLASSIFY,
	CW_NOTE,
	CW_ASSIGN,
	CW_CLOSE,
	CW_NO_MAIL,
	CW_PREVIEW,
	CW_REOPEN,
	CW_PREVIEW_TITLE,
	CW_PREVIEW_INTRO,
	CW_PREVIEW_NONE,
	CW_CONFIRM,
	CW_BACK,
	CW_DONE_RECLASSIFIED,
	CW_DONE_CONFIRMED,
	CW_DONE_ASSIGNED,
	CW_DONE_CLOSED_QUEUED,
	CW_DONE_CLOSED_NO_MAIL,
	CW_DONE_REOPENED,
	CW_FAILED,
	CW_BACK_TO_QUEUE,
	CW_DEPT_ANSWER,
	CW_PENDING,
	CW_APPROVED,
	CW_SENT_BACK,
	CW_SUBMITTED,
	CW_SENT_BACK_REASON,
	CW_SEND_DEPT_ANSWER,
	CW_SEND_BACK,
	CW_REASON,
	CW_REPLY,
	CW_RETURN,
	CW_TAKE,
	CW_SUPERVISE,
	CW_VISIT,
	CW_SATISFIED,
	CW_BASIC,
	CW_UNSATISFIED,
	CW_DONE_TAKEN,
	CW_DONE_SUPERVISED,
	CW_DONE_MAILED,
	CW_DONE_VISITED,
	CW_DONE_REPLIED,
	CW_DONE_RETURNED,
	CW_DONE_SENT_BACK,
	CW_NOTHING_TO_DO,
	CW_COUNT
};

static const char *const cwords[CW_COUNT][2] = {
	[CW_CASE] = {"案件", "Case"},
	[CW_NO_SUCH_CASE] = {"没有这个案件。", "There is no such case."},
	[CW_DB_AWAY] = {"数据库暂时无法连接，请稍后再试。",
			"The database cannot be reached now: try again later."},
	[CW_CATEGORY] = {"类别", "Category"},
	[CW_NEEDS_REVIEW] = {"（待复核）", " (needs review)"},
	[CW_STATUS] = {"状态", "Status"},
	[CW_DEPARTMENT] = {"部门", "Department"},
	[CW_PRIORITY] = {"优先级", "Priority"},
	[CW_DUE] = {"办理时限", "Due"},
	[CW_OVERDUE] = {"（已超期）", " (overdue)"},
	[CW_OWNER] = {"承办人", "Owner"},
	[CW_CONFIDENTIAL] = {"保密", "Confidential"},
	[CW_YES] = {"是", "yes"},
	[CW_NO] = {"否", "no"},
	[CW_REVEALED] = {"是（身份已打开：已记录）", "yes (identity revealed: recorded)"},
	[CW_REVIEW] = {"复核", "Review"},
	[CW_AUTOMATIC] = {"自动邮件", "Automatic"},
	[CW_RECEIVED] = {"收到", "Received"},
	[CW_UPDATED] = {"更新", "Updated"},
	[CW_CLOSED] = {"办结", "Closed"},
	[CW_ANSWER] = {"答复", "Answer"},
	[CW_ANSWER_SEALED] = {"答复已密封。", "The answer is sealed."},
	[CW_SEALED_NOTE] = {"写信人身份已密封。控制台不打开密封身份（办公室私钥不交给网络服务）："
			    "督办人员请在终端运行",
			    "The writer's identity is sealed. The console does not open sealed "
			    "identities (the office's secret key never reaches a network "
			    "service): a supervisor runs, in a terminal,"},
	[CW_SEALED_NOTE2] = {"（打开会被记录）。", "(the opening is recorded)."},
	[CW_LETTER] = {"来信", "Letter"},
	[CW_OF] = {"/", "of"},
	[CW_SOURCE] = {"来源", "Source"},
	[CW_LANGUAGE] = {"语言", "Language"},
	[CW_WRITTEN] = {"写于", "Written"},
	[CW_FROM] = {"写信人", "From"},
	[CW_PHONE] = {"电话", "phone"},
	[CW_SUBJECT] = {"主题", "Subject"},
	[CW_MESSAGE_ID] = {"Message-ID", "Message-ID"},
	[CW_ANONYMOUS] = {"匿名", "Anonymous"},
	[CW_DISTRICT] = {"区域", "District"},
	[CW_SEALED] = {"已密封", "sealed"},
	[CW_ATTACHMENTS] = {"附件", "Attachments"},
	[CW_NO_NAME] = {"（无文件名）", "(no name)"},
	[CW_BYTES] = {"字节", "bytes"},
	[CW_RULES] = {"命中规则", "Rules"},
	[CW_RULE] = {"规则", "Rule"},
	[CW_FIELD] = {"字段", "Field"},
	[CW_WEIGHT] = {"权重", "Weight"},
	[CW_WORDS] = {"匹配文字", "Matched words"},
	[CW_MODEL] = {"模型（重新分类）", "Model (classified again)"},
	[CW_WARNINGS] = {"解析警告", "Warnings"},
	[CW_TEXT] = {"正文", "Text"},
	[CW_TEXT_SEALED] = {"正文已密封（督办人员在终端用 --key 打开）。",
			    "The text is sealed (a supervisor opens it with --key in a terminal)."},
	[CW_HISTORY] = {"办理记录", "History"},
	[CW_AT] = {"时间", "At"},
	[CW_WHO] = {"操作人", "Who"},
	[CW_WHAT] = {"事项", "What"},
	[CW_DETAIL] = {"说明", "Detail"},
	[CW_OUTBOX] = {"发件箱", "Outbox"},
	[CW_KIND] = {"类型", "Kind"},
	[CW_ATTEMPTS] = {"尝试次数", "Attempts"},
	[CW_QUEUED] = {"排队时间", "Queued"},
	[CW_BY] = {"排队人", "By"},
	[CW_SENT] = {"发送时间", "Sent"},
	[CW_LAST_ERROR] = {"最近错误", "Last error"},
	[CW_REPORTS] = {"投递报告", "Delivery reports"},
	[CW_ACTION] = {"动作", "Action"},
	[CW_NONE] = {"（无）", "(none)"},
	[CW_ACTIONS] = {"办理", "Actions"},
	[CW_RECLASSIFY] = {"改类", "Reclassify"},
	[CW_NOTE] = {"备注", "Note"},
	[CW_ASSIGN] = {"转办", "Assign"},
	[CW_CLOSE] = {"办结", "Close"},
	[CW_NO_MAIL] = {"不发邮件（已通过其他方式答复）", "no mail (answered by other means)"},
	[CW_PREVIEW] = {"预览答复邮件", "Preview the answer"},
	[CW_REOPEN] = {"重新办理", "Reopen"},
	[CW_PREVIEW_TITLE] = {"办结预览", "Closing: preview"},
	[CW_PREVIEW_INTRO] = {"确认后案件办结，以下邮件将进入发件箱（日期和 Message-ID 在发送时加上）：",
			      "On confirming, the case is closed and this mail is queued (its Date "
			      "and Message-ID are added when it is sent):"},
	[CW_PREVIEW_NONE] = {"确认后案件办结，不发邮件：", "On confirming, the case is closed "
			     "and no mail is sent: "},
	[CW_CONFIRM] = {"确认办结", "Close the case"},
	[CW_BACK] = {"返回案件", "Back to the case"},
	[CW_DONE_RECLASSIFIED] = {"已改类：", "Reclassified: "},
	[CW_DONE_CONFIRMED] = {"类别已确认：", "Category confirmed: "},
	[CW_DONE_ASSIGNED] = {"已转办：", "Assigned: "},
	[CW_DONE_CLOSED_QUEUED] = {"已办结，答复邮件已进入发件箱：", "Closed; the answer is "
				   "queued to "},
	[CW_DONE_CLOSED_NO_MAIL] = {"已办结，未发邮件：", "Closed without mail: "},
	[CW_DONE_REOPENED] = {"已重新办理。", "Reopened."},
	[CW_FAILED] = {"未办理：", "Not done: "},
	[CW_BACK_TO_QUEUE] = {"来信队列", "Queue"},
	[CW_DEPT_ANSWER] = {"承办单位答复", "The department's answer"},
	[CW_PENDING] = {"待办公室审核", "waits for the office's review"},
	[CW_APPROVED] = {"已由办公室发给写信人", "sent to the writer by the office"},
	[CW_SENT_BACK] = {"已退回，请重新答复", "sent back: to be answered again"},
	[CW_SUBMITTED] = {"提交", "Submitted"},
	[CW_SENT_BACK_REASON] = {"退回原因", "Why it was sent back"},
	[CW_SEND_DEPT_ANSWER] = {"发送承办单位的答复（办结）", "Send the department's answer "
				 "(closes the case)"},
	[CW_SEND_BACK] = {"退回承办单位", "Send back"},
	[CW_REASON] = {"原因", "Reason"},
	[CW_REPLY] = {"答复办理结果", "Reply with the result"},
	[CW_RETURN] = {"退回办公室", "Return to the office"},
	[CW_TAKE] = {"认领", "Take"},
	[CW_SUPERVISE] = {"督办", "Supervise"},
	[CW_VISIT] = {"记录电话回访", "Record a return visit"},
	[CW_SATISFIED] = {"满意", "satisfied"},
	[CW_BASIC] = {"基本满意", "basically satisfied"},
	[CW_UNSATISFIED] = {"不满意", "not satisfied"},
	[CW_DONE_TAKEN] = {"已认领：", "Taken by "},
	[CW_DONE_SUPERVISED] = {"已督办", "Supervised"},
	[CW_DONE_MAILED] = {"，已通知承办单位", "; its department is mailed"},
	[CW_DONE_VISITED] = {"回访已记录：", "Visit recorded: "},
	[CW_DONE_REPLIED] = {"答复已提交，等待办公室审核。", "Your answer waits for the office's "
			     "review."},
	[CW_DONE_RETURNED] = {"案件已退回办公室，不再在贵单位的队列中：", "Returned to the office; "
			      "it is no longer in your queue: "},
	[CW_DONE_SENT_BACK] = {"答复已退回：", "The answer is sent back to "},
	[CW_NOTHING_TO_DO] = {"此案件当前没有需要贵单位办理的事项。", "There is nothing for you "
			      "to do on this case now."},
};

/* The rules whose matched words a case shows and whose departments assign
 * offers: loaded once for the process (the console is restarted to take
 * new rules, as the gateway is), and held to its end. */
static pthread_once_t rules_once = PTHREAD_ONCE_INIT;
static struct ruleset *shared_rules;

static void
rules_load(void)
{
	char dir[4096];
	struct ruleset_problems probs = {0};
	if (rulesdir_load(rulesdir_find(NULL, dir, sizeof(dir)), &shared_rules, &probs) != MB_OK)
		shared_rules = NULL;	/* each session tries itself, and says why */
	ruleset_problems_deinit(&probs);
}

struct ruleset *
casepage_rules(void)
{
	pthread_once(&rules_once, rules_load);
	return shared_rules;
}

static const char *
CW(const struct req *r, enum cw w)
{
	return cwords[w][r->en ? 1 : 0];
}

static const char *
jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static bool
jtrue(const json_t *o, const char *k)
{
	return json_is_true(json_object_get(o, k));
}

/* ------------------------------------------------------------ the page */

static void
row(struct html *h, const char *label, const char *value)
{
	html_put(h, "<tr><th>{}</th><td>{}</td></tr>", label, value ? value : "-");
}

static void
row_time(struct html *h, const char *label, const char *iso)
{
	char t[64];
	cases_iso_local(iso, t, sizeof(t));
	row(h, label, t);
}

static void
put_head(struct req *r, struct html *h, const json_t *doc)
{
	/* a department's login: what its views give (schema 011), and no row
	 * that speaks of the office's own work (owner) or of confidentiality
	 * (its cases are never confidential: no marker to show) */
	bool dept = r->s->department;
	const char *number = jstr(doc, "number");
	char line[256];
	html_put(h, "<table class=\"case\">");
	snprintf(line, sizeof(line), "%s%s", jstr(doc, "category") ? jstr(doc, "category") : "-",
		 jtrue(doc, "needs_review") ? CW(r, CW_NEEDS_REVIEW) : "");
	row(h, CW(r, CW_CATEGORY), line);
	row(h, CW(r, CW_STATUS), jstr(doc, "status"));
	row(h, CW(r, CW_DEPARTMENT), jstr(doc, "department"));
	row(h, CW(r, CW_PRIORITY), jstr(doc, "priority"));
	/* the time limit (issue 15: due_at, overdue) and the owner */
	char due[64];
	cases_iso_local(jstr(doc, "due_at"), due, sizeof(due));
	snprintf(line, sizeof(line), "%s%s", due, jtrue(doc, "overdue") ? CW(r, CW_OVERDUE) : "");
	row(h, CW(r, CW_DUE), line);
	if (!dept) {
		row(h, CW(r, CW_OWNER), jstr(doc, "owner"));
		row(h, CW(r, CW_CONFIDENTIAL), !jtrue(doc, "confidential") ? CW(r, CW_NO)
					       : jtrue(doc, "identity_revealed") ? CW(r, CW_REVEALED)
					       : CW(r, CW_YES));
	}
	if (jtrue(doc, "confidential_review") && !dept)
		row(h, CW(r, CW_REVIEW), "sealed on weaker evidence: to be confirmed or released "
		    "by a supervisor");
	if (jtrue(doc, "automatic") && !dept)
		row(h, CW(r, CW_AUTOMATIC), "yes (a bounce or an auto-reply, not a citizen)");
	row_time(h, CW(r, CW_RECEIVED), jstr(doc, "received"));
	row_time(h, CW(r, CW_UPDATED), jstr(doc, "updated"));
	row_time(h, CW(r, CW_CLOSED), jstr(doc, "closed"));
	html_put(h, "</table>");
	if (jstr(doc, "answer"))
		html_put(h, "<h2>{}</h2><pre class=\"answer\">{}</pre>", CW(r, CW_ANSWER),
			 jstr(doc, "answer"));
	else if (jtrue(doc, "answer_sealed"))
		html_put(h, "<p>{}</p>", CW(r, CW_ANSWER_SEALED));
	bool sealed = jtrue(doc, "answer_sealed");
	size_t i;
	const json_t *lj;
	json_array_foreach(json_object_get(doc, "letters"), i, lj)
		sealed = sealed || jtrue(lj, "sealed");
	if (sealed && !dept)
		html_put(h, "<p class=\"sealed\" id=\"sealed\">{} <code>mayorbox cases show {} "
			    "--key FILE</code> {}</p>", CW(r, CW_SEALED_NOTE), number,
			 CW(r, CW_SEALED_NOTE2));
}

static void
put_writer(struct req *r, struct html *h, const json_t *lj)
{
	if (jtrue(lj, "sealed")) {
		row(h, CW(r, CW_FROM), CW(r, CW_SEALED));
		row(h, CW(r, CW_SUBJECT), CW(r, CW_SEALED));
		return;
	}
	if (r->s->department) {
		/* the views give no writer (schema 011): no row that would say so */
		html_put(h, "<tr><th>{}</th><td class=\"subject\">{}</td></tr>", CW(r, CW_SUBJECT),
			 jstr(lj, "subject") ? jstr(lj, "subject") : "-");
		return;
	}
	const json_t *f = json_object_get(lj, "from");
	const char *name = jstr(f, "name"), *addr = jstr(f, "address"), *phone = jstr(f, "phone");
	html_put(h, "<tr><th>{}</th><td class=\"from\">", CW(r, CW_FROM));
	if (!name && !addr && !phone)
		html_put(h, "-");
	if (name)
		html_put(h, "{}", name);
	if (addr)
		html_put(h, " &lt;{}&gt;", addr);
	if (phone)
		html_put(h, ", {} {}", CW(r, CW_PHONE), phone);
	html_put(h, "</td></tr>");
	html_put(h, "<tr><th>{}</th><td class=\"subject\">{}</td></tr>", CW(r, CW_SUBJECT),
		 jstr(lj, "subject") ? jstr(lj, "subject") : "-");
	if (jstr(lj, "message_id"))
		row(h, CW(r, CW_MESSAGE_ID), jstr(lj, "message_id"));
}

/* A letter's attachments (*k counts them over the case: the download's
 * index) and its rules. */
static void
put_parts(struct req *r, struct html *h, const char *number, const json_t *lj, long *k)
{
	size_t i;
	const json_t *a;
	const json_t *att = json_object_get(lj, "attachments");
	if (json_array_size(att) > 0)
		html_put(h, "<h3>{}</h3><ul class=\"attachments\">", CW(r, CW_ATTACHMENTS));
	json_array_foreach(att, i, a) {
		char idx[24], size[32];
		snprintf(idx, sizeof(idx), "%ld", ++*k);
		snprintf(size, sizeof(size), "%" JSON_INTEGER_FORMAT,
			 json_integer_value(json_object_get(a, "size")));
		const char *fn = jstr(a, "filename");
		if (jtrue(a, "sealed"))
			html_put(h, "<li>({})", CW(r, CW_SEALED));
		else
			html_put(h, "<li><a href=\"/cases/{}/attachments/{}\" download>{}</a>", number,
				 idx, fn ? fn : CW(r, CW_NO_NAME));
		html_put(h, " {} · {} {}</li>", jstr(a, "content_type"), size, CW(r, CW_BYTES));
	}
	if (json_array_size(att) > 0)
		html_put(h, "</ul>");
	const json_t *rules = json_object_get(lj, "rules");
	if (json_array_size(rules) > 0) {
		html_put(h, "<h3>{}</h3><table class=\"rules\"><thead><tr><th>{}</th><th>{}</th>"
			    "<th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
			 CW(r, CW_RULES), CW(r, CW_RULE), CW(r, CW_FIELD), CW(r, CW_CATEGORY),
			 CW(r, CW_WEIGHT), CW(r, CW_WORDS));
		json_array_foreach(rules, i, a) {
			char w[32];
			snprintf(w, sizeof(w), "%+" JSON_INTEGER_FORMAT,
				 json_integer_value(json_object_get(a, "weight")));
			html_put(h, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td>", jstr(a, "rule"),
				 jstr(a, "field"), jstr(a, "category") ? jstr(a, "category")
								       : "(no category)", w);
			if (jstr(a, "words"))
				html_put(h, "<td class=\"words\">“{}”</td></tr>", jstr(a, "words"));
			else
				html_put(h, "<td>({})</td></tr>", jstr(a, "note"));
		}
		html_put(h, "</tbody></table>");
	}
	if (jstr(lj, "rules_note"))
		html_put(h, "<p class=\"note\">({})</p>", jstr(lj, "rules_note"));
	const json_t *m = json_object_get(lj, "model");
	if (m && jstr(m, "why"))
		html_put(h, "<p class=\"model\">{}: {}</p>", CW(r, CW_MODEL), jstr(m, "why"));
}

static void
put_letter(struct req *r, struct html *h, const char *number, const json_t *lj, size_t i,
	   size_t nl, long *k)
{
	char t[64], id[24], ord[48];
	cases_iso_local(jstr(lj, "received"), t, sizeof(t));
	snprintf(id, sizeof(id), "%zu", i + 1);
	snprintf(ord, sizeof(ord), "%zu %s %zu", i + 1, CW(r, CW_OF), nl);
	html_put(h, "<section class=\"letter\" id=\"letter-{}\"><h2>{} {}</h2>"
		    "<table class=\"letter-head\">", id, CW(r, CW_LETTER), ord);
	row(h, CW(r, CW_RECEIVED), t);
	if (jstr(lj, "written"))
		row_time(h, CW(r, CW_WRITTEN), jstr(lj, "written"));
	html_put(h, "<tr><th>{}</th><td>{}, {}</td></tr>", CW(r, CW_SOURCE), jstr(lj, "source"),
		 jstr(lj, "source_name"));
	row(h, CW(r, CW_LANGUAGE), jstr(lj, "language") ? jstr(lj, "language") : "?");
	put_writer(r, h, lj);
	if (jtrue(lj, "anonymous") && !r->s->department)
		row(h, CW(r, CW_ANONYMOUS), CW(r, CW_YES));
	if (jstr(lj, "district"))
		row(h, CW(r, CW_DISTRICT), jstr(lj, "district"));
	html_put(h, "</table>");
	put_parts(r, h, number, lj, k);
	size_t j;
	const json_t *w, *warn = json_object_get(lj, "warnings");
	if (json_array_size(warn) > 0) {
		html_put(h, "<h3>{}</h3><ul class=\"warnings\">", CW(r, CW_WARNINGS));
		json_array_foreach(warn, j, w)
			html_put(h, "<li>{}</li>", json_string_value(w));
		html_put(h, "</ul>");
	}
	if (jtrue(lj, "sealed"))
		html_put(h, "<p>{}</p>", CW(r, CW_TEXT_SEALED));
	else
		html_put(h, "<h3>{}</h3><pre class=\"text\">{}</pre>", CW(r, CW_TEXT),
			 jstr(lj, "text") ? jstr(lj, "text") : "");
	html_put(h, "</section>");
}

static void
put_history(struct req *r, struct html *h, const json_t *doc)
{
	size_t i;
	const json_t *e;
	html_put(h, "<h2>{}</h2><table class=\"history\"><thead><tr><th>{}</th><th>{}</th>"
		    "<th>{}</th><th>{}</th></tr></thead><tbody>", CW(r, CW_HISTORY), CW(r, CW_AT),
		 CW(r, CW_WHO), CW(r, CW_WHAT), CW(r, CW_DETAIL));
	json_array_foreach(json_object_get(doc, "history"), i, e) {
		char t[64], summary[1024];
		cases_iso_local(jstr(e, "at"), t, sizeof(t));
		html_put(h, "<tr><td>{}</td><td>{}</td><td>{}</td>", t, jstr(e, "who"),
			 jstr(e, "what"));
		if (cases_event_summary(jstr(e, "what"), json_object_get(e, "detail"), summary,
					sizeof(summary))) {
			html_put(h, "<td>{}</td></tr>", summary);
		} else {
			char *d = json_dumps(json_object_get(e, "detail"), JSON_COMPACT | JSON_SORT_KEYS);
			html_put(h, "<td>{}</td></tr>", d && strcmp(d, "{}") != 0 ? d : "");
			free(d);
		}
	}
	html_put(h, "</tbody></table>");
}

static void
put_mail(struct req *r, struct html *h, const json_t *doc)
{
	size_t i;
	const json_t *e, *ob = json_object_get(doc, "outbox"), *rep = json_object_get(doc, "reports");
	html_put(h, "<h2>{}</h2>", CW(r, CW_OUTBOX));
	if (json_array_size(ob) == 0)
		html_put(h, "<p>{}</p>", CW(r, CW_NONE));
	else
		html_put(h, "<table class=\"outbox\"><thead><tr><th>{}</th><th>{}</th><th>{}</th>"
			    "<th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
			 CW(r, CW_KIND), CW(r, CW_STATUS), CW(r, CW_ATTEMPTS), CW(r, CW_QUEUED),
			 CW(r, CW_BY), CW(r, CW_SENT), CW(r, CW_LAST_ERROR));
	json_array_foreach(ob, i, e) {
		char q[64], s[64], n[32];
		cases_iso_local(jstr(e, "created_at"), q, sizeof(q));
		cases_iso_local(jstr(e, "sent_at"), s, sizeof(s));
		snprintf(n, sizeof(n), "%" JSON_INTEGER_FORMAT,
			 json_integer_value(json_object_get(e, "attempts")));
		html_put(h, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
			    "<td>{}</td></tr>", jstr(e, "kind"), jstr(e, "status"), n, q,
			 jstr(e, "created_by"), s, jstr(e, "last_error"));
	}
	if (json_array_size(ob) > 0)
		html_put(h, "</tbody></table>");
	html_put(h, "<h2>{}</h2>", CW(r, CW_REPORTS));
	if (json_array_size(rep) == 0)
		html_put(h, "<p>{}</p>", CW(r, CW_NONE));
	else
		html_put(h, "<table class=\"reports\"><thead><tr><th>{}</th><th>{}</th><th>{}</th>"
			    "<th>{}</th></tr></thead><tbody>", CW(r, CW_RECEIVED), CW(r, CW_KIND),
			 CW(r, CW_ACTION), CW(r, CW_STATUS));
	json_array_foreach(rep, i, e) {
		char t[64];
		cases_iso_local(jstr(e, "received"), t, sizeof(t));
		html_put(h, "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", t,
			 jstr(e, "kind"), jstr(e, "action") ? jstr(e, "action") : "-",
			 jstr(e, "status") ? jstr(e, "status") : "-");
	}
	if (json_array_size(rep) > 0)
		html_put(h, "</tbody></table>");
}

/* The department's answer (schema 014): its state, when the office sent it
 * back why (016), its text. */
static void
put_department_answer(struct req *r, struct html *h, const json_t *doc)
{
	const json_t *da = json_object_get(doc, "department_answer");
	if (!json_is_object(da))
		return;
	const char *state = jstr(da, "state") ? jstr(da, "state") : "";
	char t[64];
	cases_iso_local(jstr(da, "submitted_at"), t, sizeof(t));
	html_put(h, "<section id=\"department-answer\" data-state=\"{}\"><h2>{}</h2>"
		    "<table class=\"department-answer\">", state, CW(r, CW_DEPT_ANSWER));
	row(h, CW(r, CW_DEPARTMENT), jstr(da, "department"));
	row(h, CW(r, CW_STATUS), strcmp(state, "pending") == 0 ? CW(r, CW_PENDING)
				: strcmp(state, "approved") == 0 ? CW(r, CW_APPROVED)
				: strcmp(state, "sent back") == 0 ? CW(r, CW_SENT_BACK) : state);
	row(h, CW(r, CW_SUBMITTED), t);
	html_put(h, "</table>");
	if (jstr(da, "reason"))
		html_put(h, "<p class=\"sent-back\" id=\"sent-back\"><b>{}</b>: <span>{}</span></p>",
			 CW(r, CW_SENT_BACK_REASON), jstr(da, "reason"));
	html_put(h, "<pre class=\"department-answer\">{}</pre></section>",
		 jstr(da, "text") ? jstr(da, "text") : "");
}

/* A form of one action: POST /cases/NUMBER/ACTION with the CSRF token,
 * what is between, and its button (html_put's templates: literals). */
static void
form_open(struct html *h, const char *number, const char *action, const char *csrf)
{
	html_put(h, "<form method=\"post\" action=\"/cases/{}/{}\">"
		    "<input type=\"hidden\" name=\"csrf\" value=\"{}\">", number, action, csrf);
}

static void
form_close(struct html *h, const char *button)
{
	html_put(h, " <button type=\"submit\">{}</button></form>", button);
}

/* A department's two actions on a case dispatched to it (assigned): its
 * answer (at most CASES_REPLY_MAX bytes: the service says so past it) and
 * its return to the office. Nothing of the office's. */
static void
put_department_actions(struct req *r, struct html *h, const json_t *doc)
{
	const char *number = jstr(doc, "number"), *csrf = r->s->csrf;
	html_put(h, "<h2>{}</h2><div class=\"actions\">", CW(r, CW_ACTIONS));
	if (jstr(doc, "status") == NULL || strcmp(jstr(doc, "status"), "assigned") != 0) {
		html_put(h, "<p>{}</p></div>", CW(r, CW_NOTHING_TO_DO));
		return;
	}
	form_open(h, number, "reply", csrf);
	html_put(h, "<label>{} <textarea name=\"answer\" rows=\"10\" cols=\"72\" required "
		    "maxlength=\"1048576\"></textarea></label>", CW(r, CW_REPLY));
	form_close(h, CW(r, CW_REPLY));
	form_open(h, number, "return", csrf);
	html_put(h, "<label>{} <input name=\"reason\" required maxlength=\"4000\" size=\"60\">"
		    "</label>", CW(r, CW_REASON));
	form_close(h, CW(r, CW_RETURN));
	html_put(h, "</div>");
}

/* The forms of the actions, each with the session's CSRF token. */
static void
put_actions(struct req *r, struct html *h, const json_t *doc, char **departments, size_t nd)
{
	const char *number = jstr(doc, "number"), *csrf = r->s->csrf;
	if (r->s->department) {
		put_department_actions(r, h, doc);
		return;
	}
	html_put(h, "<h2>{}</h2><div class=\"actions\">", CW(r, CW_ACTIONS));
	/* the department's answer waiting for review: sent, or sent back */
	const char *da_state = jstr(json_object_get(doc, "department_answer"), "state");
	if (da_state && strcmp(da_state, "pending") == 0) {
		form_open(h, number, "department-answer", csrf);
		form_close(h, CW(r, CW_SEND_DEPT_ANSWER));
		form_open(h, number, "send-back", csrf);
		html_put(h, "<label>{} <input name=\"reason\" required maxlength=\"4000\" "
			    "size=\"60\"></label>", CW(r, CW_REASON));
		form_close(h, CW(r, CW_SEND_BACK));
	}
	const char *status = jstr(doc, "status") ? jstr(doc, "status") : "";
	if (strcmp(status, "closed") != 0) {
		form_open(h, number, "take", csrf);
		form_close(h, CW(r, CW_TAKE));
	}
	if (strcmp(status, "answered") != 0 && strcmp(status, "closed") != 0) {
		form_open(h, number, "supervise", csrf);
		html_put(h, "<label>{} <input name=\"note\" required maxlength=\"4000\" "
			    "size=\"40\"></label>", CW(r, CW_NOTE));
		form_close(h, CW(r, CW_SUPERVISE));
	}
	html_put(h, "<form method=\"post\" action=\"/cases/{}/reclassify\">"
		    "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
		    "<label>{} <select name=\"category\">", number, csrf, CW(r, CW_CATEGORY));
	for (size_t i = 0; cases_categories[i]; i++) {
		if (jstr(doc, "category") && strcmp(jstr(doc, "category"), cases_categories[i]) == 0)
			html_put(h, "<option selected>{}</option>", cases_categories[i]);
		else
			html_put(h, "<option>{}</option>", cases_categories[i]);
	}
	html_put(h, "</select></label> <label>{} <input name=\"note\" maxlength=\"4000\"></label> "
		    "<button type=\"submit\">{}</button></form>", CW(r, CW_NOTE),
		 CW(r, CW_RECLASSIFY));
	html_put(h, "<form method=\"post\" action=\"/cases/{}/assign\">"
		    "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
		    "<label>{} <input name=\"department\" list=\"departments\" required "
		    "value=\"{}\"></label><datalist id=\"departments\">", number, csrf,
		 CW(r, CW_DEPARTMENT), jstr(doc, "department"));
	for (size_t i = 0; i < nd; i++)
		html_put(h, "<option value=\"{}\">", departments[i]);
	html_put(h, "</datalist> <button type=\"submit\">{}</button></form>", CW(r, CW_ASSIGN));
	if (jstr(doc, "status") && strcmp(jstr(doc, "status"), "closed") == 0) {
		form_open(h, number, "visit", csrf);
		html_put(h, "<label>{} <select name=\"result\"><option value=\"satisfied\">{}</option>"
			    "<option value=\"basic\">{}</option><option value=\"unsatisfied\">{}"
			    "</option></select></label> <label>{} <input name=\"note\" "
			    "maxlength=\"4000\"></label>", CW(r, CW_VISIT), CW(r, CW_SATISFIED),
			 CW(r, CW_BASIC), CW(r, CW_UNSATISFIED), CW(r, CW_NOTE));
		form_close(h, CW(r, CW_VISIT));
		html_put(h, "<form method=\"post\" action=\"/cases/{}/reopen\">"
			    "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
			    "<button type=\"submit\">{}</button></form>", number, csrf,
			 CW(r, CW_REOPEN));
	} else {
		html_put(h, "<form method=\"post\" action=\"/cases/{}/close\">"
			    "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
			    "<label>{} <textarea name=\"answer\" rows=\"8\" cols=\"72\"></textarea>"
			    "</label><label><input type=\"checkbox\" name=\"no_mail\" value=\"1\"> {}"
			    "</label><button type=\"submit\">{}</button></form>", number, csrf,
			 CW(r, CW_ANSWER), CW(r, CW_NO_MAIL), CW(r, CW_PREVIEW));
	}
	html_put(h, "</div>");
}

/* The case page of doc, with flash (NULL: none) at the top. */
static void
put_case(struct req *r, struct html *h, const json_t *doc, const char *flash, bool failed,
	 char **departments, size_t nd)
{
	const char *number = jstr(doc, "number");
	char title[64];
	snprintf(title, sizeof(title), "%s %s", CW(r, CW_CASE), number ? number : "");
	web_page_open(r, h, title);
	html_put(h, "<p class=\"crumbs\"><a href=\"/cases\">{}</a></p><h1>{}</h1>",
		 CW(r, CW_BACK_TO_QUEUE), title);
	if (flash && failed)
		html_put(h, "<p class=\"flash message\" role=\"alert\">{}{}</p>", CW(r, CW_FAILED),
			 flash);
	else if (flash)
		html_put(h, "<p class=\"flash message\" role=\"status\">{}</p>", flash);
	put_head(r, h, doc);
	const json_t *letters = json_object_get(doc, "letters"), *lj;
	size_t nl = json_array_size(letters), i;
	long k = 0;
	json_array_foreach(letters, i, lj)
		put_letter(r, h, number, lj, i, nl, &k);
	if (jstr(doc, "rules_note"))
		html_put(h, "<p class=\"note\">({})</p>", jstr(doc, "rules_note"));
	put_department_answer(r, h, doc);
	put_history(r, h, doc);
	if (!r->s->department)
		put_mail(r, h, doc);	/* a department's views have none (schema 011) */
	put_actions(r, h, doc, departments, nd);
	web_page_close(h);
}

/* ------------------------------------------------------------ answers */

static unsigned
http_code(enum mb_status st)
{
	switch (st) {
	case MB_OK: return MHD_HTTP_OK;
	case MB_USAGE: return MHD_HTTP_BAD_REQUEST;
	case MB_REFUSED: return MHD_HTTP_CONFLICT;
	case MB_NO_INPUT: return MHD_HTTP_NOT_FOUND;
	case MB_DENIED: return MHD_HTTP_FORBIDDEN;
	default: return MHD_HTTP_SERVICE_UNAVAILABLE;
	}
}

/* A case the login may not see, one that does not exist, a number that is
 * not one: the same words, the same bytes. */
static enum MHD_Result
not_found(struct req *r, bool api)
{
	if (api)
		return web_answer_json(r, MHD_HTTP_NOT_FOUND, json_pack("{s:s}", "error",
									 "no such case"));
	return web_answer_message(r, MHD_HTTP_NOT_FOUND, CW(r, CW_NO_SUCH_CASE));
}

/* The case page (after an action: flash, and code), on c. */
static enum MHD_Result
case_answer(struct req *r, struct cases *c, const char *number, unsigned code, const char *flash,
	    bool failed)
{
	char err[1024], warning[256];
	json_t *doc = NULL;
	enum mb_status st = cases_show(c, number, NULL, NULL, &doc, warning, sizeof(warning), err,
				       sizeof(err));
	char **departments = NULL;
	size_t nd = 0;
	if (st == MB_OK && cases_departments(c, NULL, &departments, &nd, err, sizeof(err)) != MB_OK)
		nd = 0;		/* the datalist is a help: the page goes without */
	if (st == MB_NO_INPUT || st == MB_USAGE)
		return not_found(r, false);
	if (st != MB_OK)
		return web_answer_message(r, http_code(st), CW(r, CW_DB_AWAY));
	struct html h;
	html_init(&h, WEB_PAGE_MAX);
	put_case(r, &h, doc, flash, failed, departments, nd);
	json_decref(doc);
	cases_names_free(&departments, &nd);
	enum MHD_Result ret = web_answer_page(r, code, &h);
	html_deinit(&h);
	return ret;
}

static enum MHD_Result
attachment(struct req *r, struct cases *c, const struct casefmt_path *p)
{
	char err[512], disp[1024];
	struct case_file f;
	enum mb_status st = cases_attachment(c, p->number, p->index, &f, err, sizeof(err));
	if (st == MB_NO_INPUT || st == MB_USAGE)
		return not_found(r, false);
	if (st != MB_OK)
		return web_answer_message(r, http_code(st), CW(r, CW_DB_AWAY));
	casefmt_disposition(f.filename, disp, sizeof(disp));
	enum MHD_Result ret = web_answer_download(r, f.data, f.n, disp);
	cases_db_file_free(&f);
	return ret;
}

/* An action's outcome: for people (flash) and for programs (json). */
struct outcome {
	enum mb_status st;
	char flash[1400];
	json_t *json;		/* MB_OK */
	struct case_preview preview;
	bool previewing;
};

static const char *
field(const struct req *r, const char *name)
{
	return web_form_given(&r->form, name);
}

/* A close's outcome: the answer queued to whom, or why no mail. */
static void
closed_outcome(const struct req *r, const struct case_closed *x, struct outcome *o)
{
	if (x->queued)
		snprintf(o->flash, sizeof(o->flash), "%s%s", CW(r, CW_DONE_CLOSED_QUEUED),
			 x->address ? x->address : "");
	else
		snprintf(o->flash, sizeof(o->flash), "%s%s", CW(r, CW_DONE_CLOSED_NO_MAIL), x->why);
	o->json = cases_closed_json(x);
}

static void
do_action(const struct web_config *wc, struct req *r, struct cases *c,
	  const struct casefmt_path *p, struct outcome *o)
{
	char err[1200];
	const char *n = p->number;
	err[0] = '\0';
	switch (p->action) {
	case CASEFMT_RECLASSIFY: {
		struct case_reclassified x;
		const char *cat = field(r, "category");
		o->st = cases_reclassify(c, n, cat ? cat : "", field(r, "note"), &x, err, sizeof(err));
		if (o->st == MB_OK) {
			bool same = strcmp(x.before, x.after) == 0;
			snprintf(o->flash, sizeof(o->flash), "%s%s%s%s",
				 CW(r, same ? CW_DONE_CONFIRMED : CW_DONE_RECLASSIFIED),
				 same ? "" : x.before, same ? "" : " → ", x.after);
			o->json = cases_reclassified_json(&x);
		}
		break;
	}
	case CASEFMT_ASSIGN: {
		struct case_assigned x;
		const char *dept = field(r, "department");
		o->st = cases_assign(c, n, dept ? dept : "", false, NULL, &x, err, sizeof(err));
		if (o->st == MB_OK) {
			snprintf(o->flash, sizeof(o->flash), "%s%s (%s)", CW(r, CW_DONE_ASSIGNED),
				 x.department, x.status);
			o->json = cases_assigned_json(&x);
		} else {
			/* the names to choose from, after the service's words */
			for (size_t i = 0; i < x.known_n; i++) {
				size_t l = strlen(err);
				snprintf(err + l, sizeof(err) - l, "%s %s", i ? "," : "", x.known[i]);
			}
		}
		cases_assigned_deinit(&x);
		break;
	}
	case CASEFMT_CLOSE: {
		char *answer = field(r, "answer") ? xstrdup(field(r, "answer")) : NULL;
		if (answer)
			casefmt_lf(answer);
		bool no_mail = field(r, "no_mail") != NULL;
		struct cases_close_req req = {.answer = answer ? answer : no_mail ? NULL : "",
					      .no_mail = no_mail};
		if (field(r, "confirm") == NULL) {
			o->previewing = true;
			o->st = cases_close_preview(c, n, &req, &wc->replies, &o->preview, err,
						    sizeof(err));
		} else {
			struct case_closed x;
			o->st = cases_close(c, n, &req, &x, err, sizeof(err));
			if (o->st == MB_OK) {
				closed_outcome(r, &x, o);
			}
			cases_closed_deinit(&x);
		}
		free(answer);
		break;
	}
	case CASEFMT_REOPEN: {
		struct case_reopened x;
		o->st = cases_reopen(c, n, &x, err, sizeof(err));
		if (o->st == MB_OK) {
			snprintf(o->flash, sizeof(o->flash), "%s", CW(r, CW_DONE_REOPENED));
			if (x.cancelled > 0) {
				size_t l = strlen(o->flash);
				snprintf(o->flash + l, sizeof(o->flash) - l, " (%ld answer(s) waiting "
					 "cancelled)", x.cancelled);
			}
			o->json = cases_reopened_json(&x);
		}
		break;
	}
	case CASEFMT_TAKE: {
		struct case_taken x;
		o->st = cases_take(c, n, &x, err, sizeof(err));
		if (o->st == MB_OK) {
			snprintf(o->flash, sizeof(o->flash), "%s%s", CW(r, CW_DONE_TAKEN), x.owner);
			o->json = cases_taken_json(&x);
		}
		break;
	}
	case CASEFMT_SUPERVISE: {
		bool mailed = false;
		const char *note = field(r, "note");
		o->st = cases_supervise(c, n, note ? note : "", &mailed, err, sizeof(err));
		if (o->st == MB_OK) {
			snprintf(o->flash, sizeof(o->flash), "%s%s", CW(r, CW_DONE_SUPERVISED),
				 mailed ? CW(r, CW_DONE_MAILED) : "");
			o->json = json_pack("{s:s, s:b}", "number", n, "mailed", mailed);
		}
		break;
	}
	case CASEFMT_VISIT: {
		struct case_visited x;
		const char *result = field(r, "result");
		o->st = cases_visit(c, n, result ? result : "", field(r, "note"), &x, err,
				    sizeof(err));
		if (o->st == MB_OK) {
			snprintf(o->flash, sizeof(o->flash), "%s%s (%s)", CW(r, CW_DONE_VISITED),
				 x.result, x.recorded);
			o->json = cases_visited_json(&x);
		}
		break;
	}
	case CASEFMT_REPLY: {
		char dept[CASES_DEPARTMENT_MAX + 1];
		char *answer = xstrdup(field(r, "answer") ? field(r, "answer") : "");
		casefmt_lf(answer);
		o->st = cases_reply(c, n, answer, dept, sizeof(dept), err, sizeof(err));
		free(answer);
		if (o->st == MB_OK) {
			snprintf(o->flash, sizeof(o->flash), "%s", CW(r, CW_DONE_REPLIED));
			o->json = json_pack("{s:s, s:s, s:s}", "number", n, "department", dept,
					    "state", "pending");
		}
		break;
	}
	case CASEFMT_RETURN: {
		struct case_returned x;
		const char *reason = field(r, "reason");
		o->st = cases_return(c, n, reason ? reason : "", &x, err, sizeof(err));
		if (o->st == MB_OK) {
			snprintf(o->flash, sizeof(o->flash), "%s%s", CW(r, CW_DONE_RETURNED), n);
			o->json = json_pack("{s:s, s:s}", "number", n, "returned_by", x.department);
		}
		break;
	}
	case CASEFMT_SEND_BACK: {
		char dept[CASES_DEPARTMENT_MAX + 1];
		const char *reason = field(r, "reason");
		o->st = cases_send_back(c, n, reason ? reason : "", dept, sizeof(dept), err,
					sizeof(err));
		if (o->st == MB_OK) {
			snprintf(o->flash, sizeof(o->flash), "%s%s", CW(r, CW_DONE_SENT_BACK), dept);
			o->json = json_pack("{s:s, s:s, s:s}", "number", n, "department", dept,
					    "state", "sent back");
		}
		break;
	}
	case CASEFMT_DEPT_ANSWER: {
		/* as `cases close --department-answer`: the pending text,
		 * closed with it, then marked sent */
		char *answer = NULL;
		struct case_closed x = {0};
		o->st = cases_department_answer_text(c, n, &answer, err, sizeof(err));
		if (o->st == MB_OK) {
			struct cases_close_req req = {.answer = answer};
			o->st = cases_close(c, n, &req, &x, err, sizeof(err));
		}
		if (o->st == MB_OK)
			o->st = cases_department_answer_done(c, n, err, sizeof(err));
		if (o->st == MB_OK) {
			closed_outcome(r, &x, o);
		}
		cases_closed_deinit(&x);
		free(answer);
		break;
	}
	default:
		o->st = MB_USAGE;
		snprintf(err, sizeof(err), "no such action");
		break;
	}
	if (o->st != MB_OK)
		snprintf(o->flash, sizeof(o->flash), "%s", err);
}

/* The preview of a close: the mail in pre#preview, and the form that
 * closes, repeating the answer. */
static enum MHD_Result
preview_page(struct req *r, const char *number, const struct outcome *o)
{
	struct html h;
	char title[80];
	snprintf(title, sizeof(title), "%s %s", CW(r, CW_PREVIEW_TITLE), number);
	html_init(&h, WEB_PAGE_MAX);
	web_page_open(r, &h, title);
	html_put(&h, "<h1>{}</h1>", title);
	if (o->preview.mail)
		html_put(&h, "<p>{}</p><pre id=\"preview\">{}</pre>", CW(r, CW_PREVIEW_INTRO),
			 o->preview.mail);
	else
		html_put(&h, "<p id=\"no-mail\">{}{}</p>", CW(r, CW_PREVIEW_NONE), o->preview.why);
	const char *answer = field(r, "answer");
	char *lf = answer ? xstrdup(answer) : NULL;
	if (lf)
		casefmt_lf(lf);
	html_put(&h, "<form method=\"post\" action=\"/cases/{}/close\">"
		     "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
		     "<input type=\"hidden\" name=\"answer\" value=\"{}\">"
		     "<input type=\"hidden\" name=\"confirm\" value=\"1\">", number, r->s->csrf,
		 lf ? lf : "");
	free(lf);
	if (field(r, "no_mail"))
		html_put(&h, "<input type=\"hidden\" name=\"no_mail\" value=\"1\">");
	html_put(&h, "<button type=\"submit\">{}</button></form><p><a href=\"/cases/{}\">{}</a></p>",
		 CW(r, CW_CONFIRM), number, CW(r, CW_BACK));
	web_page_close(&h);
	enum MHD_Result ret = web_answer_page(r, MHD_HTTP_OK, &h);
	html_deinit(&h);
	return ret;
}

static enum MHD_Result
action(const struct web_config *wc, struct req *r, struct cases *c, const struct casefmt_path *p)
{
	struct outcome o;
	memset(&o, 0, sizeof(o));
	do_action(wc, r, c, p, &o);
	enum MHD_Result ret;
	if (o.st == MB_NO_INPUT && strstr(o.flash, "no such case")) {
		ret = not_found(r, p->api);
	} else if (p->api) {
		json_t *j = o.st != MB_OK ? json_pack("{s:s}", "error", o.flash)
			    : o.previewing ? json_pack("{s:s?}", "preview", o.preview.mail)
			    : json_incref(o.json);
		if (o.st == MB_OK && o.previewing && o.preview.mail == NULL)
			json_object_set_new(j, "why", json_string(o.preview.why));
		ret = web_answer_json(r, http_code(o.st), j);
	} else if (o.previewing && o.st == MB_OK) {
		ret = preview_page(r, p->number, &o);
	} else if (p->action == CASEFMT_RETURN && o.st == MB_OK) {
		/* no longer the department's to see: the words, and its queue */
		ret = web_answer_message(r, MHD_HTTP_OK, o.flash);
	} else {
		ret = case_answer(r, c, p->number, http_code(o.st), o.flash, o.st != MB_OK);
	}
	json_decref(o.json);
	cases_preview_deinit(&o.preview);
	return ret;
}

enum MHD_Result
casepage_route(const struct web_config *wc, struct req *r, const char *url, bool post)
{
	struct casefmt_path p;
	if (!casefmt_parse(url, post, &p))
		return not_found(r, strncmp(url, "/api/", 5) == 0);
	char err[512];
	struct cases *c = web_service_open(r, err, sizeof(err));
	if (c == NULL)
		return p.api ? web_answer_json(r, MHD_HTTP_SERVICE_UNAVAILABLE,
					       json_pack("{s:s}", "error", err))
			     : web_answer_message(r, MHD_HTTP_SERVICE_UNAVAILABLE, CW(r, CW_DB_AWAY));
	enum MHD_Result ret;
	if (p.action == CASEFMT_SHOW)
		ret = case_answer(r, c, p.number, MHD_HTTP_OK, NULL, false);
	else if (p.action == CASEFMT_ATTACHMENT)
		ret = attachment(r, c, &p);
	else
		ret = action(wc, r, c, &p);
	web_service_close(r, &c);
	return ret;
}
