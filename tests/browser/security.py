"""What the console refuses, seen from a browser: a hostile subject shows as
text and runs nothing; a POST whose form lost its CSRF token is 403 and
changes nothing; a wrong password gets no session cookie; to a clerk a
confidential case's page and API answer 404."""
import json

from selenium.webdriver.common.by import By

from _common import ENV, URL, alert_present, check, driver, ok, rows, run, search, signin, skip, \
    status, submit


def body(d):
    signin(d, ENV["MB_CLERK"], ENV["MB_CLERK_PW"])
    search(d, "alert")
    subj = [td.text for td in d.find_elements(By.CSS_SELECTOR, "table.queue tbody tr td:last-child")]
    check("a subject holding <script>alert(1)</script> shows it as text",
          lambda: any("<script>alert(1)</script>" in s for s in subj))
    check("... and runs nothing (no alert, no script element on the page)",
          lambda: not alert_present(d)
          and d.execute_script("return document.scripts.length") == 0)
    # the sign-out form without its token
    d.execute_script("document.querySelector('form.signout input[name=csrf]').remove()")
    submit(d, d.find_element(By.CSS_SELECTOR, "form.signout"))
    check("a POST whose form lost its csrf field: 403, said in words",
          lambda: status(d) == 403 and "未作任何更改" in d.page_source)
    d.get(URL + "/cases")
    check("... and nothing changed: still signed in",
          lambda: status(d) == 200 and d.find_element(By.CSS_SELECTOR, ".who b").text == ENV["MB_CLERK"])
    # a case the clerk may not see, and one they may
    conf, pub = ENV["MB_CONF"], ENV["MB_PUB"]
    d.get(URL + "/api/cases/" + pub)
    pub_ok = status(d) == 200
    d.get(URL + "/api/cases/" + conf)
    c404, cbody = status(d), d.find_element(By.TAG_NAME, "body").text
    d.get(URL + "/api/cases/2026-999999999")
    check("to a clerk a confidential case's API answers 404, as a number never given (a public one 200)",
          lambda: pub_ok and c404 == 404 and json.loads(cbody) == {"error": "no such case"}
          and d.find_element(By.TAG_NAME, "body").text == cbody)
    d.get(URL + "/cases/" + pub)
    if status(d) == 200:
        d.get(URL + "/cases/" + conf)
        check("... and its page answers 404 and names nothing of it",
              lambda: status(d) == 404 and conf not in d.page_source)
    else:
        d.get(URL + "/cases/" + conf)
        ok(status(d) == 404, "... and its page answers 404")
        skip("case page not built: a public case's page is 404 too, so the 404 above proves nothing yet")
    # a wrong password, in a browser of its own
    d2 = driver()
    try:
        signin(d2, ENV["MB_CLERK"], "not-the-password")
        check("a wrong password: no session cookie, said in words (403)",
              lambda: d2.get_cookie("mb_session") is None and status(d2) == 403
              and "用户名或密码不正确" in d2.page_source)
    finally:
        d2.quit()


run(body)
