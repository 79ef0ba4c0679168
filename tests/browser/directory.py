"""The directory of departments edited in the console (issue 15): a
supervisor adds a department on /departments (name, Chinese name, contact)
and then changes it (contact, inactive), each change shown in the
directory; a clerk sees no form, and a clerk's POST with its own session
token is refused by the database (403) and changes nothing."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from _common import ENV, URL, check, driver, run, signin, submit

NAME = "Directory Test Bureau"


def row(d):
    for tr in d.find_elements(By.CSS_SELECTOR, "table.directory tbody tr"):
        if NAME in tr.text:
            return tr.text
    return None


def body(d):
    signin(d, ENV["MB_SUP"], ENV["MB_SUP_PW"])
    d.get(URL + "/departments")
    form = d.find_element(By.CSS_SELECTOR, "form.directory-add")
    form.find_element(By.NAME, "name").send_keys(NAME)
    form.find_element(By.NAME, "zh").send_keys("名录测试局")
    form.find_element(By.NAME, "contact").send_keys("dirtest@bureau.example")
    submit(d, form)
    check("a supervisor adds a department: in the directory with its Chinese name and contact",
          lambda: d.current_url.split("#")[0].endswith("/departments")
          and "名录测试局" in (row(d) or "") and "dirtest@bureau.example" in (row(d) or ""))
    form = d.find_element(By.CSS_SELECTOR, "form.directory-set")
    Select(form.find_element(By.NAME, "name")).select_by_value(NAME)
    form.find_element(By.NAME, "contact").send_keys("dirtest2@bureau.example")
    Select(form.find_element(By.NAME, "active")).select_by_value("no")
    submit(d, form)
    check("... changes its contact and makes it inactive (shown so)",
          lambda: "dirtest2@bureau.example" in (row(d) or "")
          and ("停用" in row(d) or "inactive" in row(d).lower()))

    c = driver()
    try:
        signin(c, ENV["MB_CLERK"], ENV["MB_CLERK_PW"])
        c.get(URL + "/departments")
        check("a clerk sees the directory without its forms",
              lambda: not c.find_elements(By.CSS_SELECTOR, "form.directory-add, form.directory-set"))
        code = c.execute_script(
            "const t = document.querySelector('form.signout input[name=csrf]').value;"
            "const x = new XMLHttpRequest(); x.open('POST', '/departments/set', false);"
            "x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');"
            "x.send('csrf=' + encodeURIComponent(t) + '&name=' + encodeURIComponent(arguments[0])"
            " + '&contact=evil%40example.com'); return x.status;", NAME)
        c.get(URL + "/departments")
        check("a clerk's POST to change it is refused (%s) and changes nothing" % code,
              lambda: code == 403 and "evil@example.com" not in c.page_source)
    finally:
        c.quit()


run(body)
