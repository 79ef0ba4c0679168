"""A department's login in the console (issue 15): it signs in and sees
exactly the cases dispatched to its department (not the confidential one
dispatched to it too), a case page without any writer's identity, and on
an assigned case two forms: it replies with its result and returns the
other case to the office. A clerk sends its answer back with a reason,
which the department then reads on its page; it answers again. Every
clerk's or supervisor's action POSTed from the department's session (with
its own valid CSRF token) is refused 403 by the database and changes
nothing; so is the directory. Screenshot: build/screenshots/department_case.png."""
import json

from selenium.webdriver.common.by import By

from _common import ENV, URL, check, driver, rows, run, shot, signin, status, submit


def form(d, number, action):
    return d.find_elements(By.CSS_SELECTOR, 'form[action="/cases/%s/%s"]' % (number, action))


def flash(d):
    f = [x for x in d.find_elements(By.CSS_SELECTOR, "p.flash") if x.get_attribute("role") != "alert"]
    return f and f[0].text.strip()


def api(d, number):
    """The case's JSON as the session sees it, asked from the page shown."""
    return d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/api/cases/' + arguments[0]).then(r => r.json()).then(done, e => done(null));",
        number)


def post(d, path, fields):
    """A POST from the page shown, with the session's CSRF token: its status."""
    return d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "const csrf = document.querySelector('input[name=csrf]').value;"
        "const b = new URLSearchParams(Object.assign({csrf: csrf}, arguments[1]));"
        "fetch(arguments[0], {method: 'POST', body: b, redirect: 'manual'})"
        ".then(r => done(r.status), e => done(String(e)));", path, fields)


def get_status(d, path):
    return d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => done(r.status), e => done(String(e)));", path)


def state(d, number):
    return ((api(d, number) or {}).get("department_answer") or {}).get("state")


OFFICE_ACTIONS = {
    "reclassify": {"category": "complaint"},
    "assign": {"department": ENV["MB_DEPT_NAME"]},
    "take": {},
    "supervise": {"note": "部门自己督办"},
    "close": {"answer": "部门直接答复写信人", "confirm": "1"},
    "department-answer": {},
    "send-back": {"reason": "部门自己退回"},
    "visit": {"result": "satisfied"},
}


def body(d):
    mine = ENV["MB_DEPT_CASES"].split()
    d1, d2 = mine
    ident = [w for w in ENV["MB_DEPT_IDENT"].split("|") if w]
    signin(d, ENV["MB_DEPT_LOGIN"], ENV["MB_DEPT_PW"])
    check("a department's login signs in to its queue, named as a department's",
          lambda: d.current_url.endswith("/cases") and status(d) == 200
          and "承办单位" in d.find_element(By.CSS_SELECTOR, ".who").text)
    check("its queue holds exactly the cases dispatched to it (%s), not the confidential one"
          % " ".join(mine), lambda: sorted(rows(d)) == sorted(mine) and ENV["MB_DEPT_CONF"] not in d.page_source)
    check("... with no filter that makes no sense for it (search, department, review, mine) "
          "and no statistics link",
          lambda: all(not d.find_elements(By.NAME, n) for n in ("q", "department", "needs_review", "mine"))
          and d.find_elements(By.NAME, "category") and not d.find_elements(By.CSS_SELECTOR, "a[href='/stats']"))
    d.get(URL + "/cases/" + ENV["MB_DEPT_CONF"])
    check("the confidential case dispatched to it: 404", lambda: status(d) == 404)
    d.get(URL + "/cases/" + d1)
    # the letter's own text may name its writer (as on paper, schema 011):
    # everything else on the page must not
    rest = d.execute_script(
        "const b = document.body.cloneNode(true);"
        "b.querySelectorAll('pre.text').forEach(e => e.remove());"
        "return b.innerHTML;")
    leaked = [w for w in ident if w in rest]
    check("its case page: 200, the letter's text, and outside it no writer's name, address, "
          "phone or Message-ID%s" % (" (found: %s)" % leaked if leaked else ""),
          lambda: status(d) == 200 and d.find_elements(By.CSS_SELECTOR, "pre.text")
          and ident and not leaked)
    heads = [th.text for th in d.find_elements(By.CSS_SELECTOR, "th")] + \
        [x.text for x in d.find_elements(By.CSS_SELECTOR, "h2")]
    check("... no writer, confidentiality, owner or outbox element on it",
          lambda: not d.find_elements(By.CSS_SELECTOR, "td.from, table.outbox, #sealed")
          and not any(w in heads for w in ("写信人", "Message-ID", "保密", "承办人", "匿名", "发件箱",
                                           "投递报告")))
    check("... two forms, reply and return, and none of the office's",
          lambda: form(d, d1, "reply") and form(d, d1, "return")
          and not any(form(d, d1, a) for a in list(OFFICE_ACTIONS) + ["reopen"]))
    # reply
    d.get(URL + "/cases/" + d1)
    answer = "经核查，问题已于本周处理完毕。The matter was dealt with this week."
    f = form(d, d1, "reply")[0]
    f.find_element(By.CSS_SELECTOR, "textarea[name=answer]").send_keys(answer)
    submit(d, f)
    check("it replies with its result: said, the answer pending for the office's review",
          lambda: flash(d) and d.find_element(By.ID, "department-answer").get_attribute("data-state") == "pending"
          and answer in d.find_element(By.CSS_SELECTOR, "pre.department-answer").text)
    # every office action from this session, its answer pending: the
    # database refuses each (no privilege on the office's functions)
    before = api(d, d1)
    codes = {a: post(d, "/cases/%s/%s" % (d1, a), f) for a, f in OFFICE_ACTIONS.items()}
    after = api(d, d1)
    check("each office action POSTed from the department's session is 403 (%s)"
          % ", ".join("%s %s" % kv for kv in codes.items()),
          lambda: all(c == 403 for c in codes.values()))
    check("... and changed nothing (status, department, category, owner, history, its answer)",
          lambda: all(before.get(k) == after.get(k) for k in
                      ("status", "department", "category", "owner", "history", "department_answer")))
    check("the directory (GET /departments) is 403 for it",
          lambda: get_status(d, "/departments") == 403)
    # return the other
    d.get(URL + "/cases/" + d2)
    f = form(d, d2, "return")[0]
    f.find_element(By.CSS_SELECTOR, "input[name=reason]").send_keys("不属于本单位职责")
    submit(d, f)
    check("it returns the other case to the office with a reason: said", lambda: status(d) == 200
          and d2 in d.find_element(By.CSS_SELECTOR, "p.message").text)
    d.get(URL + "/cases")
    check("... which leaves its queue (%s only)" % d1, lambda: rows(d) == [d1])
    # the clerk sends the answer back
    c = driver()
    try:
        signin(c, ENV["MB_CLERK"], ENV["MB_CLERK_PW"])
        c.get(URL + "/cases/" + d1)
        check("the office's case page shows the department's answer, with 'send' and 'send back'",
              lambda: answer in c.find_element(By.CSS_SELECTOR, "pre.department-answer").text
              and form(c, d1, "department-answer") and form(c, d1, "send-back"))
        reason = "请补充处理前后的现场照片"
        f = form(c, d1, "send-back")[0]
        f.find_element(By.CSS_SELECTOR, "input[name=reason]").send_keys(reason)
        submit(c, f)
        check("a clerk sends it back with a reason: said, sent back, the case still assigned",
              lambda: flash(c) and state(c, d1) == "sent back" and api(c, d1)["status"] == "assigned"
              and not form(c, d1, "send-back"))
        submit(c, form(c, d1, "take")[0])
        check("the clerk takes the case (the take form): said, the clerk its owner",
              lambda: flash(c) and api(c, d1)["owner"] == ENV["MB_CLERK"])
        f = form(c, d1, "supervise")[0]
        f.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("请尽快重新答复")
        submit(c, f)
        check("... and supervises it (the supervise form): said, recorded",
              lambda: flash(c) and any(e["what"] == "supervised" for e in api(c, d1)["history"]))
    except Exception:
        c.quit()
        raise
    d.get(URL + "/cases/" + d1)
    check("the department reads the reason on its case page, and the event in its history",
          lambda: reason in d.find_element(By.ID, "sent-back").text
          and "answer sent back" in d.find_element(By.CSS_SELECTOR, "table.history").text)
    check("screenshot of a department's case (build/screenshots/department_case.png)",
          lambda: shot(d, "department_case.png"))
    f = form(d, d1, "reply")[0]
    f.find_element(By.CSS_SELECTOR, "textarea[name=answer]").send_keys("已补充照片。" + answer)
    submit(d, f)
    check("it replies again: the new answer replaces it, pending, no reason shown",
          lambda: flash(d) and state(d, d1) == "pending" and not d.find_elements(By.ID, "sent-back"))
    try:
        c.get(URL + "/cases/" + d1)
        submit(c, form(c, d1, "department-answer")[0])
        check("the clerk sends the department's new answer (the form beside 'send back'): "
              "said, the case closed with its text, the answer approved",
              lambda: flash(c) and api(c, d1)["status"] == "closed" and state(c, d1) == "approved"
              and "已补充照片" in (api(c, d1).get("answer") or ""))
        f = form(c, d1, "visit")[0]
        f.find_element(By.CSS_SELECTOR, "select[name=result] option[value=basic]").click()
        submit(c, f)
        check("... and records a return visit by phone (the visit form): said, recorded",
              lambda: flash(c) and any(e["what"] == "visited" for e in api(c, d1)["history"]))
    finally:
        c.quit()
    d.get(URL + "/cases/" + d1)
    check("the department's page of the closed case: its answer approved, nothing for it to do",
          lambda: d.find_element(By.ID, "department-answer").get_attribute("data-state") == "approved"
          and not form(d, d1, "reply") and not form(d, d1, "return"))


run(body)
