"""A case's page and its actions in a browser (the page and its forms are
issue 14's case page): open a case, reclassify it, assign it, close it with
an answer (preview, then confirm), reopen it; screenshot of the case
(build/screenshots/case.png). Each step checks the page's one-line message
(p.flash) and the case's state through GET /api/cases/NUMBER. Without the
case page (GET /cases/NUMBER 404 for a case the clerk may see) every step
is a SKIP that says so."""
import json

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from _common import ENV, URL, check, run, shot, signin, skip, status, submit

STEPS = ["open the case", "reclassify", "assign", "close: the preview", "close: confirmed",
         "reopen"]


def api(d, number):
    d.get(URL + "/api/cases/" + number)
    doc = json.loads(d.find_element(By.TAG_NAME, "body").text)
    return doc.get("case", doc)


def form(d, number, action):
    return d.find_element(By.CSS_SELECTOR, 'form[action="/cases/%s/%s"]' % (number, action))


def pick(select, value):
    """The option of value, by its value or, without one, its text."""
    for o in select.options:
        if (o.get_attribute("value") or o.text) == value:
            o.click()
            return
    raise ValueError("no option %s" % value)


def flash(d):
    """The page's one-line message, when it says success (not role=alert)."""
    f = [x for x in d.find_elements(By.CSS_SELECTOR, "p.flash") if x.get_attribute("role") != "alert"]
    return f and f[0].text.strip()


def body(d):
    n = ENV["MB_ACTION"]
    signin(d, ENV["MB_CLERK"], ENV["MB_CLERK_PW"])
    d.get(URL + "/cases/" + n)
    if status(d) == 404:
        for s in STEPS:
            skip("case page not built (%s: GET /cases/%s is 404)" % (s, n))
        return
    page = URL + "/cases/" + n
    check("open the case: its page shows its number", lambda: n in d.page_source and status(d) == 200)
    check("screenshot of a case (build/screenshots/case.png)", lambda: shot(d, "case.png"))
    before = api(d, n)["category"]
    after = "suggestion" if before != "suggestion" else "consultation"
    d.get(page)
    f = form(d, n, "reclassify")
    pick(Select(f.find_element(By.CSS_SELECTOR, "select[name=category]")), after)
    f.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("浏览器测试改类")
    submit(d, f)
    check("reclassify: a one-line message, the category changed (%s to %s)" % (before, after),
          lambda: flash(d) and api(d, n)["category"] == after)
    d.get(page)
    f = form(d, n, "assign")
    dept = f.find_element(By.CSS_SELECTOR, "input[name=department]")
    dept.clear()  # it may hold the case's department
    dept.send_keys(ENV["MB_DEPT"])
    submit(d, f)
    check("assign: a one-line message, the department set (%s)" % ENV["MB_DEPT"],
          lambda: flash(d) and (api(d, n).get("department") or "").lower() == ENV["MB_DEPT"].lower())
    d.get(page)
    f = form(d, n, "close")
    answer = "您好，您反映的问题已转交有关部门处理。"
    f.find_element(By.CSS_SELECTOR, "textarea[name=answer]").send_keys(answer)
    submit(d, f)
    check("close: the preview shows the exact mail, the answer in it, nothing closed yet",
          lambda: answer in d.find_element(By.CSS_SELECTOR, "pre#preview").text
          and fetch_status(d, n) != "closed")
    confirm = [x for x in d.find_elements(By.CSS_SELECTOR, "form")
               if x.find_elements(By.CSS_SELECTOR, 'input[name=confirm][value="1"]')]
    submit(d, confirm[0])
    check("close: confirmed, a one-line message, the case closed",
          lambda: flash(d) and api(d, n)["status"] == "closed")
    d.get(page)
    submit(d, form(d, n, "reopen"))
    check("reopen: a one-line message, the case open again",
          lambda: flash(d) and api(d, n)["status"] != "closed")


def fetch_status(d, n):
    """The case's status asked from the page shown (it stays shown)."""
    doc = d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch('/api/cases/' + arguments[0]).then(r => r.json()).then(done, e => done(null));", n)
    return (doc.get("case", doc) or {}).get("status")


run(body)
