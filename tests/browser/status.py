"""The citizens' status page (/status, issue 15) in the browser, signed in
as nobody: the case number and access code typed into the form, the
status and the answer shown, the return visit answered by a click, and a
wrong code answered like any wrong number. The case (MB_STATUS_CASE) is
closed by tests/browser.sh just before, with the access code
MB_STATUS_CODE set for it; its writer is MB_STATUS_NAME, never shown."""
import os

from selenium.webdriver.common.by import By

from _common import ENV, URL, check, driver, status, submit

CASE = ENV["MB_STATUS_CASE"]
CODE = ENV["MB_STATUS_CODE"]
NAME = ENV["MB_STATUS_NAME"]
SHOTS = ENV["MB_SHOTS"]


def look_up(d, number, code):
    d.get(URL + "/status")
    d.find_element(By.NAME, "number").send_keys(number)
    d.find_element(By.NAME, "code").send_keys(code)
    submit(d, d.find_element(By.CSS_SELECTOR, "form[action='/status']"))


def main():
    d = driver()
    try:
        def right():
            look_up(d, CASE, CODE)
            page = d.page_source
            d.save_screenshot(os.path.join(SHOTS, "status.png"))
            return (status(d) == 200 and d.find_element(By.ID, "status").text == "已办结"
                    and "站台雨棚" in d.find_element(By.ID, "answer").text
                    and NAME not in page and d.find_elements(By.ID, "visit"))
        check("the number and code typed in: status, answer, the visit offered, no name "
              "(build/screenshots/status.png)", right)

        def visit():
            form = d.find_element(By.ID, "visit")
            form.find_element(By.CSS_SELECTOR, "input[name=visit][value='1']").click()
            submit(d, form)
            return (d.find_elements(By.ID, "thanks") and not d.find_elements(By.ID, "visit")
                    and d.find_elements(By.ID, "visited"))
        check("the visit answered with a click: thanks, and it is not offered again", visit)

        def wrong():
            look_up(d, CASE, "zzzz-zzzz-zzzz")
            a = d.find_element(By.TAG_NAME, "main").text
            look_up(d, "1999-000000", CODE)
            b = d.find_element(By.TAG_NAME, "main").text
            return status(d) == 200 and a == b and d.find_elements(By.ID, "none")
        check("a wrong code and a wrong number show the same page", wrong)
    finally:
        d.quit()


main()
