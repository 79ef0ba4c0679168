"""The hot issues in a browser (issue 15): a supervisor follows the queue's
link to /hot and finds the letters of one matter grouped (the bus route
written about by many, tests/hot/h2), largest first, with its places and
words and links to its cases; a case link opens the case; no confidential
case is named on the page. Screenshot: build/screenshots/hot.png."""
from selenium.webdriver.common.by import By

from _common import ENV, URL, check, run, shot, signin, wait


def body(d):
    signin(d, ENV["MB_SUP"], ENV["MB_SUP_PW"])
    d.get(URL + "/cases")
    d.find_element(By.CSS_SELECTOR, "a[href='/hot']").click()
    wait(d, lambda: d.current_url.endswith("/hot"))
    groups = d.find_elements(By.CSS_SELECTOR, "section.hot-group")
    sizes = [int(g.get_attribute("data-size")) for g in groups]
    check("the page lists groups of at least three cases, largest first (%s)" % sizes,
          lambda: sizes and min(sizes) >= 3 and sizes == sorted(sizes, reverse=True))
    first = groups[0]
    links = first.find_elements(By.CSS_SELECTOR, "ul.hot-cases a")
    check("the largest group links each of its cases (%d)" % len(links),
          lambda: len(links) == sizes[0])
    check("... and says where and what (places and words)",
          lambda: "218" in first.text or "文华路" in first.text or "wenhua" in first.text.lower())
    page = d.page_source
    check("no confidential case is named on the page (%s)" % ENV["MB_CONF"],
          lambda: ENV["MB_CONF"] not in page)
    check("screenshot of the hot issues (build/screenshots/hot.png)",
          lambda: shot(d, "hot.png"))
    number = links[0].text
    links[0].click()
    wait(d, lambda: d.current_url.endswith("/cases/" + number))
    check("a group's case link opens that case (%s)" % number, lambda: number in d.page_source)


run(body)
