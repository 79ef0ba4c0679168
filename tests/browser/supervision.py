"""The supervision view in a browser (issue 15): a supervisor opens
/departments from the statistics page and finds the case past its time
limit, each department's handling (on time, overdue, returned, supervised,
handled again, satisfaction) and the directory. Screenshot:
build/screenshots/supervision.png."""
from selenium.webdriver.common.by import By

from _common import ENV, URL, check, run, shot, signin, wait


def body(d):
    signin(d, ENV["MB_SUP"], ENV["MB_SUP_PW"])
    d.get(URL + "/stats")
    d.find_element(By.CSS_SELECTOR, "a[href='/departments']").click()
    wait(d, lambda: d.current_url.endswith("/departments"))
    late = [a.text for a in d.find_elements(By.CSS_SELECTOR, "table.overdue-cases td a")]
    check("the supervision view lists the case past its time limit (%s)" % ENV["MB_LATE"],
          lambda: ENV["MB_LATE"] in late)
    heads = [th.text for th in d.find_elements(By.CSS_SELECTOR, "#handling table.stats thead th")]
    check("each department's handling: on time, overdue, returned, supervised, handled again, "
          "satisfaction", lambda: all(w in heads for w in ("按时办结", "超期", "退回", "督办", "重办", "满意率")))
    rows = [tr.text for tr in d.find_elements(By.CSS_SELECTOR, "table.directory tbody tr")]
    check("the directory names the department, its Chinese name and contact",
          lambda: any(ENV["MB_DIR_DEPT"] in t and "测试承办单位" in t and "dept@bureau.example" in t
                      for t in rows))
    check("screenshot of the supervision view (build/screenshots/supervision.png)",
          lambda: shot(d, "supervision.png"))


run(body)
