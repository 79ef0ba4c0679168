"""The queue in a browser: a clerk signs in, searches by a phone number and
by Chinese words, filters by category; screenshots of the queue and the
statistics page (build/screenshots/queue.png, stats.png)."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from _common import ENV, URL, check, run, rows, search, shot, signin, submit, total, wait


def body(d):
    lift = ENV["MB_LIFT"]
    signin(d, ENV["MB_CLERK"], ENV["MB_CLERK_PW"])
    check("a clerk signs in with the PostgreSQL password and lands on the queue",
          lambda: d.current_url.endswith("/cases")
          and d.find_element(By.CSS_SELECTOR, ".who b").text == ENV["MB_CLERK"]
          and len(rows(d)) == 50)
    check("screenshot of the queue (build/screenshots/queue.png)", lambda: shot(d, "queue.png"))
    search(d, "13600001111")
    check("searching a phone number (written 136-0000-1111) finds the writer's case",
          lambda: rows(d) == [lift] and total(d) == 1)
    search(d, "梧桐 停运")
    check("searching Chinese words finds it", lambda: lift in rows(d))
    search(d, "电梯故障")
    check("... and a Chinese phrase inside a sentence", lambda: lift in rows(d))
    shot(d, "queue-search.png")
    search(d, "")
    Select(d.find_element(By.NAME, "category")).select_by_visible_text("complaint")
    submit(d, d.find_element(By.CSS_SELECTOR, "form.filter"))
    # the filtered page, whatever the browser did first (a state, not a time)
    wait(d, lambda: "category=complaint" in d.current_url and rows(d))
    cats = [td.text for td in d.find_elements(By.CSS_SELECTOR, "table.queue tbody tr td:nth-child(3)")]
    check("filtering by category: every row a complaint, all of them counted (%s)" % ENV["MB_COMPLAINTS"],
          lambda: cats and set(cats) == {"complaint"} and total(d) == int(ENV["MB_COMPLAINTS"])
          and "category=complaint" in d.current_url)
    nxt = d.find_elements(By.CSS_SELECTOR, "a[rel=next]")
    if nxt:
        nxt[0].click()
        check("the next page keeps the filter",
              lambda: "category=complaint" in d.current_url and "page=2" in d.current_url)
    d.get(URL + "/stats")
    check("the statistics page draws four charts",
          lambda: len([s for s in d.find_elements(By.CSS_SELECTOR, "svg.chart") if s.is_displayed()]) == 4
          and len(d.find_elements(By.CSS_SELECTOR, "svg.chart rect")) > 8)
    check("screenshot of the statistics (build/screenshots/stats.png)", lambda: shot(d, "stats.png"))


run(body)
