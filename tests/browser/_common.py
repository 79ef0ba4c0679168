"""What the browser tests share (tests/browser.sh runs every tests/browser/*.py
but this one): headless Chromium driven by chromedriver through
python3-selenium, TAP lines without numbers (browser.sh numbers them),
signing in, the HTTP status of the page shown, bounded waits for a state.

Environment (set by tests/browser.sh): MB_URL, MB_CLERK, MB_CLERK_PW,
MB_SUP, MB_SUP_PW, MB_SHOTS (the screenshots' folder), MB_PROFILES (where
Chromium's throw-away profiles go), and the numbers each test needs.
"""
import os
import sys
import tempfile
import traceback

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

URL = os.environ["MB_URL"]
ENV = os.environ
WAIT = 30  # seconds at most for any state


def driver(lang="zh-CN"):
    o = webdriver.ChromeOptions()
    o.binary_location = ENV.get("MB_CHROMIUM", "/usr/bin/chromium")
    o.add_argument("--headless=new")
    if os.geteuid() == 0:
        o.add_argument("--no-sandbox")
    profile = tempfile.mkdtemp(prefix="chromium-", dir=ENV.get("MB_PROFILES"))
    for a in ("--user-data-dir=" + profile, "--window-size=1280,1400", "--disable-gpu",
              "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--disable-default-apps", "--no-proxy-server",
              "--disable-features=Translate,OptimizationHints,MediaRouter",
              "--lang=" + lang):
        o.add_argument(a)
    o.add_experimental_option("prefs", {"intl.accept_languages": lang})
    service = Service(ENV.get("MB_CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=o)


def ok(cond, desc):
    print(("ok - " if cond else "not ok - ") + desc, flush=True)
    return bool(cond)


def skip(why):
    print("ok # SKIP " + why, flush=True)


def check(desc, fn):
    """One test: fn() returns True or a falsy value; an exception fails it."""
    try:
        return ok(fn(), desc)
    except Exception:
        ok(False, desc)
        for line in traceback.format_exc().splitlines()[-6:]:
            print("# " + line, flush=True)
        return False


def status(d):
    """The HTTP status of the page the browser shows (Navigation Timing)."""
    return d.execute_script(
        "const e = performance.getEntriesByType('navigation')[0];"
        "return e ? e.responseStatus : null;")


def wait(d, fn):
    return WebDriverWait(d, WAIT).until(lambda _: fn())


def submit(d, form):
    """Clicks form's submit button and waits for the next page."""
    old = d.find_element(By.TAG_NAME, "html")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(d, lambda: _stale(old) and d.execute_script("return document.readyState") == "complete")


def _stale(el):
    try:
        el.tag_name
        return False
    except Exception:
        return True


def signin(d, user, password):
    d.get(URL + "/login")
    d.find_element(By.NAME, "user").send_keys(user)
    d.find_element(By.NAME, "password").send_keys(password)
    submit(d, d.find_element(By.CSS_SELECTOR, "form[action='/login']"))


def alert_present(d):
    try:
        d.switch_to.alert
        return True
    except NoAlertPresentException:
        return False


def rows(d):
    """The numbers of the queue's rows."""
    return [a.text for a in d.find_elements(By.CSS_SELECTOR, "table.queue tbody tr td:first-child a")]


def total(d):
    return int(d.find_element(By.ID, "total").get_attribute("data-total"))


def search(d, words):
    box = d.find_element(By.NAME, "q")
    box.clear()
    box.send_keys(words)
    submit(d, d.find_element(By.CSS_SELECTOR, "form.filter"))


def shot(d, name):
    os.makedirs(ENV["MB_SHOTS"], exist_ok=True)
    path = os.path.join(ENV["MB_SHOTS"], name)
    d.save_screenshot(path)
    return os.path.getsize(path) > 1000 and open(path, "rb").read(8) == b"\x89PNG\r\n\x1a\n"


def run(body):
    d = driver()
    try:
        body(d)
    except Exception:
        ok(False, "the test ran to its end")
        for line in traceback.format_exc().splitlines()[-8:]:
            print("# " + line, flush=True)
    finally:
        d.quit()
    sys.exit(0)
