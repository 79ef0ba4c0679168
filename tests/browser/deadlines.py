"""Time limits in a browser (issue 15): the queue puts the overdue case
first, says how long it is overdue and how much time the others have left;
the 'overdue only' and 'my cases' filters; the statistics' columns per
department. Screenshot: build/screenshots/queue-deadlines.png."""
import re

from selenium.webdriver.common.by import By

from _common import ENV, URL, check, run, rows, shot, signin, submit


def left(d):
    return [td.text for td in d.find_elements(By.CSS_SELECTOR, "table.queue tbody td.left")]


def body(d):
    late = ENV["MB_LATE"]
    signin(d, ENV["MB_CLERK"], ENV["MB_CLERK_PW"])
    d.get(URL + "/cases")
    check("the queue's first row is the case past its time limit (%s)" % late,
          lambda: rows(d)[0] == late)
    check("its time-left cell says how long it is overdue, in Chinese",
          lambda: re.fullmatch(r"超期 \d+天\d+小时", left(d)[0]) is not None
          and d.find_element(By.CSS_SELECTOR, "table.queue tbody td.left .overdue").is_displayed())
    check("the other open cases show the time they have left",
          lambda: any(re.fullmatch(r"\d+(天\d+小时|小时\d+分钟)", t) for t in left(d)[1:]))
    check("screenshot of the queue by time limit (build/screenshots/queue-deadlines.png)",
          lambda: shot(d, "queue-deadlines.png"))
    d.find_element(By.CSS_SELECTOR, "input[name=overdue]").click()
    submit(d, d.find_element(By.CSS_SELECTOR, "form.filter"))
    check("ticking 'overdue only' leaves that case alone", lambda: rows(d) == [late]
          and "overdue=1" in d.current_url)
    d.get(URL + "/cases?mine=1")
    check("'my cases' of a clerk who took none: no row", lambda: rows(d) == [])
    d.get(URL + "/stats")
    heads = [th.text for th in d.find_elements(By.CSS_SELECTOR, "table.stats thead th")]
    check("the statistics' tables count on time, overdue, returned, supervised, handled again "
          "and the satisfaction rate",
          lambda: all(w in heads for w in ("按时办结", "超期", "退回", "督办", "重办", "满意率")))


run(body)
