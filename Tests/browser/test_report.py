#!/usr/bin/env python3
"""Browser test of `chainmap report`: opens the page from file:// in headless Chromium and checks the page
contract (docs/report.md). Needs Debian's chromium and chromium-driver and PyPI's selenium (`make browser-test`
installs them).

    python3 Tests/browser/test_report.py [--chainmap .build/debug/chainmap] [--out out/browser]
    python3 Tests/browser/test_report.py --open-time REPORT.html   # time to open a page (no checks)

Writes the reports and screenshots into --out (screenshots in OUT/screenshots). Ends with "N passed, N failed"
and exits 1 when a check failed.
"""
import argparse
import json
import os
import subprocess
import sys
import time
import traceback
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOSTILE = os.path.join(ROOT, "Tests/ChainMapReportTests/Fixtures/hostile")


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed += 1
            print(f"FAIL {name} {detail}")

    def run(self, name, body):
        try:
            body()
        except Exception:  # a crashed check is a failed check
            self.failed += 1
            print(f"FAIL {name}: exception")
            traceback.print_exc()


def browser():
    options = webdriver.ChromeOptions()
    for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"):
        if os.path.exists(path):
            options.binary_location = path
            break
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1500,1000", "--lang=zh-CN"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    options.set_capability("unhandledPromptBehavior", "ignore")
    driver_path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if os.path.exists(p)), None)
    service = Service(driver_path) if driver_path else Service()
    return webdriver.Chrome(options=options, service=service)


def url_of(path, fragment=""):
    return "file://" + urllib.parse.quote(os.path.abspath(path)) + (("#" + fragment) if fragment else "")


def wait_ready(driver):
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def network_requests(driver):
    """URLs of requests the page attempted beyond its own file (and data: URLs)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"]).get("message", {})
        if message.get("method") == "Network.requestWillBeSent":
            url = message.get("params", {}).get("request", {}).get("url", "")
            if not (url.startswith("file:") or url.startswith("data:")):
                urls.append(url)
    return urls


def alert_open(driver):
    try:
        driver.switch_to.alert
        return True
    except NoAlertPresentException:
        return False


def displayed(driver, record_id):
    """Whether the live SVG node of record_id is displayed (None when it is not in the live view)."""
    return driver.execute_script(
        """var id = arguments[0];
           var g = Array.prototype.find.call(document.querySelectorAll('#viewport g.node, #viewport g.cluster'),
                                             function (x) { return x.id === id; });
           if (!g) return null;
           return getComputedStyle(g).display !== 'none' && !g.closest('.filtered');""", record_id)


def data(driver):
    return driver.execute_script("return JSON.parse(document.getElementById('chainmap-data').textContent);")


def detail_text(driver):
    return driver.find_element(By.ID, "detail").text


def search(driver, text):
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def xupu_checks(driver, checks, page, shots):
    driver.get(url_of(page))
    wait_ready(driver)
    payload = data(driver)
    checks.check("xupu: page loads with the overview drawn", displayed(driver, payload["chains"][0][0]) is not None)
    driver.save_screenshot(os.path.join(shots, "xupu-overview.png"))

    # Every record node drawn carries its id and data-kind.
    kinds = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#viewport g.node[data-kind]'), function (g) { return [g.id, g.getAttribute('data-kind')]; });")
    by_id = {r["id"]: r for r in payload["records"]}
    drawn = [pair for pair in kinds if pair[0] in by_id]
    checks.check("xupu: record nodes carry id and data-kind", len(drawn) > 40 and all(by_id[i]["kind"] == k for i, k in drawn),
                 f"{len(drawn)} nodes")

    # Search 湘维 + Enter: its detail with its sources.
    search(driver, "湘维")
    WebDriverWait(driver, 10).until(lambda d: "湖南湘维有限公司" in detail_text(d))
    text = detail_text(driver)
    checks.check("xupu: search 湘维 + Enter shows its detail", "湖南湘维有限公司" in text and "xiangwei" in text)
    checks.check("xupu: the detail lists its sources", "溆浦县科技局2024年工作总结" in text and "§二(三)" in text, text[:300])
    checks.check("xupu: selecting sets location.hash", driver.execute_script("return location.hash") == "#xiangwei")
    checks.check("xupu: the detail lists neighbours by relation, clickable",
                 len(driver.find_elements(By.CSS_SELECTOR, "#detail .relation button.linkish")) > 0)
    checks.check("xupu: the selected node is highlighted in a drawn view",
                 driver.execute_script("return !!document.querySelector('#viewport g.node.selected')") is True)
    driver.save_screenshot(os.path.join(shots, "xupu-search-xiangwei.png"))

    # Hovering a node shows its full name and kind.
    node = next(g for g in driver.find_elements(By.CSS_SELECTOR, "#viewport g.node[data-kind='enterprise']") if g.is_displayed())
    record = by_id[node.get_attribute("id")]
    ActionChains(driver).move_to_element(node).perform()
    tip = driver.find_element(By.ID, "tooltip")
    checks.check("xupu: hovering a node shows its full name and kind", tip.is_displayed() and record["name"] in tip.text
                 and payload["kinds"][record["kind"]] in tip.text, tip.text)

    # Hovering a tie shows its relation and the two names.
    edge = next((g for g in driver.find_elements(By.CSS_SELECTOR, "#viewport g.edge[id]")
                 if g.is_displayed() and g.get_attribute("id").count(";") == 2
                 and all(end in by_id for end in g.get_attribute("id").split(";")[::2])), None)
    if edge is None:
        checks.check("xupu: a drawn tie between two records to hover", False)
    else:
        start, kind, end = edge.get_attribute("id").split(";")
        path = edge.find_element(By.CSS_SELECTOR, "path")
        ActionChains(driver).move_to_element(path).perform()
        tip = driver.find_element(By.ID, "tooltip").text
        checks.check("xupu: hovering a tie shows its relation and the two names",
                     by_id[start]["name"] in tip and by_id[end]["name"] in tip and payload["relations"][kind] in tip, tip)

    # Clicking a neighbour selects it.
    first = driver.find_elements(By.CSS_SELECTOR, "#detail .relation button.linkish")[0]
    target = first.get_attribute("title")
    first.click()
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return location.hash") == "#" + urllib.parse.quote(target, safe=""))
    checks.check("xupu: clicking a neighbour opens it", target in detail_text(driver))

    # Deep link to a segment.
    segment = next(r for r in payload["records"] if r["kind"] == "segment")
    driver.get(url_of(page, urllib.parse.quote(segment["id"], safe="")))
    wait_ready(driver)
    WebDriverWait(driver, 10).until(lambda d: segment["name"] in detail_text(d))
    checks.check("xupu: report.html#<segment> shows that segment", segment["name"] in detail_text(driver))
    checks.check("xupu: the deep-linked segment is selected in the drawing",
                 driver.execute_script("var s = document.querySelector('#viewport g.node.selected'); return s ? s.id : null") == segment["id"])
    driver.save_screenshot(os.path.join(shots, "xupu-deeplink-segment.png"))

    # Zoom buttons, keyboard fit.
    driver.find_element(By.CSS_SELECTOR, "button.view-tab[data-view='0']").click()
    before = driver.execute_script("return document.querySelector('#viewport svg').getAttribute('viewBox')")
    driver.find_element(By.ID, "zoom-in").click()
    zoomed = driver.execute_script("return document.querySelector('#viewport svg').getAttribute('viewBox')")
    viewport = driver.find_element(By.ID, "viewport")
    viewport.click()
    viewport.send_keys(Keys.ARROW_RIGHT)
    panned = driver.execute_script("return document.querySelector('#viewport svg').getAttribute('viewBox')")
    viewport.send_keys("0")
    fitted = driver.execute_script("return document.querySelector('#viewport svg').getAttribute('viewBox')")
    checks.check("xupu: zoom button, arrow key and fit (0) change the view and restore it",
                 before != zoomed and zoomed != panned and [float(x) for x in fitted.split()] == [float(x) for x in before.split()],
                 f"{before} | {zoomed} | {panned} | {fitted}")

    # Chain filter.
    chain_id = payload["chains"][0][0]
    other_id = payload["chains"][1][0] if len(payload["chains"]) > 1 else None
    own = [r["id"] for r in payload["records"] if r["kind"] == "segment" and r["chains"] == [chain_id]]
    others = [r["id"] for r in payload["records"] if r["kind"] == "segment" and r["chains"] == [other_id]]
    checks.check("xupu: before filtering, the chain's segments are shown", own and all(displayed(driver, i) for i in own))
    box = driver.find_element(By.CSS_SELECTOR, "input[data-chain='%s']" % chain_id)
    box.click()
    checks.check("xupu: unticking a chain hides its nodes", all(displayed(driver, i) is False for i in own), str(own[:3]))
    checks.check("xupu: unticking a chain leaves the others", others and all(displayed(driver, i) for i in others))
    driver.save_screenshot(os.path.join(shots, "xupu-chain-filtered.png"))
    box.click()
    checks.check("xupu: ticking it again shows them", all(displayed(driver, i) for i in own))

    # Kind filter and overlays.
    kind_box = driver.find_element(By.CSS_SELECTOR, "input[data-kind-filter='segment']")
    kind_box.click()
    checks.check("xupu: unticking a kind hides its nodes", all(displayed(driver, i) is False for i in own))
    kind_box.click()
    driver.find_element(By.CSS_SELECTOR, "input[data-overlay='gaps']").click()
    checks.check("xupu: the gaps overlay switches off",
                 driver.execute_script("return document.getElementById('sec-map').classList.contains('hide-gaps')") is True)
    driver.find_element(By.CSS_SELECTOR, "input[data-overlay='gaps']").click()

    # A chain view.
    driver.find_element(By.CSS_SELECTOR, "button.view-tab[data-view='1']").click()
    checks.check("xupu: a chain view draws", driver.execute_script("return document.querySelectorAll('#viewport g.node').length") > 5)
    driver.save_screenshot(os.path.join(shots, "xupu-chain-view.png"))

    # Report tables.
    gap_rows = driver.execute_script("return document.querySelectorAll('#gaps-body tbody tr').length")
    checks.check("xupu: the gap list has rows", gap_rows > 0, str(gap_rows))
    header = driver.find_element(By.CSS_SELECTOR, "#gaps-body th")
    header.click()
    checks.check("xupu: gap tables sort by a column", "sorted-" in (header.get_attribute("class") or ""))
    checks.check("xupu: indicators are drawn as SVG charts", len(driver.find_elements(By.CSS_SELECTOR, "figure.indicator svg.chart rect.bar")) > 0)
    checks.check("xupu: candidates per open demand are listed", len(driver.find_elements(By.CSS_SELECTOR, "#candidates-body table")) > 0)
    driver.find_element(By.ID, "sec-indicators").screenshot(os.path.join(shots, "xupu-indicators.png"))

    # Print media hides the controls.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = all(not driver.find_element(By.CSS_SELECTOR, selector).is_displayed()
                 for selector in ("#search", "#toolbar", "#sidebar", "#zoom-in", "#detail"))
    checks.check("xupu: print media hides the controls", hidden)
    driver.save_screenshot(os.path.join(shots, "xupu-print-media.png"))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True})
    with open(os.path.join(shots, "xupu-print.pdf"), "wb") as handle:
        import base64
        handle.write(base64.b64decode(pdf["data"]))
    checks.check("xupu: printing (A4 PDF) works", len(pdf.get("data", "")) > 1000)

    errors = console_errors(driver)
    checks.check("xupu: no console errors", not errors, str(errors[:3]))
    requests = network_requests(driver)
    checks.check("xupu: no network request attempted", not requests, str(requests[:5]))


def hostile_checks(driver, checks, page, shots):
    driver.get(url_of(page))
    wait_ready(driver)
    checks.check("hostile: no dialog on load", not alert_open(driver))
    title = driver.find_element(By.TAG_NAME, "h1").text
    checks.check("hostile: the title shows its markup literally", title == "示例县</script><script>alert(1)</script>图谱", title)
    counts = driver.execute_script(
        """return { img: document.querySelectorAll('img').length, iframe: document.querySelectorAll('iframe').length,
                    b: document.querySelectorAll('b').length, scripts: document.querySelectorAll('script').length,
                    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
                    jslinks: Array.prototype.filter.call(document.querySelectorAll('a[href]'), function (a) {
                      return !/^https?:/i.test(a.getAttribute('href')); }).length };""")
    checks.check("hostile: no injected element, handler or javascript: link", counts == {
        "img": 0, "iframe": 0, "b": 0, "scripts": 2, "handlers": 0, "jslinks": 0}, str(counts))

    search(driver, "示例茶业")
    WebDriverWait(driver, 10).until(lambda d: "示例茶业" in detail_text(d))
    text = detail_text(driver)
    checks.check("hostile: a name with <script> shows literally in the detail", "示例茶业<script>alert(1)</script>" in text, text[:200])
    checks.check("hostile: a source title with <img onerror> shows literally", "<img src=x onerror=alert(1)>工作总结" in text, text[:400])
    links = driver.execute_script("return Array.prototype.map.call(document.querySelectorAll('#detail a'), function (a) { return a.getAttribute('href'); });")
    checks.check("hostile: the javascript: source URL is not a link", all(link.startswith("https://") for link in links), str(links))

    search(driver, "<script>")
    checks.check("hostile: searching for <script> lists records literally",
                 "<script>" in driver.find_element(By.ID, "search-results").text)

    evil = "evil<svg/onload=alert(1)>"
    driver.get(url_of(page, urllib.parse.quote(evil, safe="")))
    wait_ready(driver)
    WebDriverWait(driver, 10).until(lambda d: evil in detail_text(d))
    checks.check("hostile: a deep link to an id full of markup opens it", "<iframe src=javascript:alert(1)>恶意</iframe>" in detail_text(driver))
    checks.check("hostile: its node is drawn with that id", displayed(driver, evil) is True)
    driver.save_screenshot(os.path.join(shots, "hostile-detail.png"))
    for view in driver.find_elements(By.CSS_SELECTOR, "button.view-tab"):
        view.click()
    checks.check("hostile: no dialog after using the page", not alert_open(driver))
    errors = console_errors(driver)
    checks.check("hostile: no console errors (no CSP violation)", not errors, str(errors[:3]))
    requests = network_requests(driver)
    checks.check("hostile: no network request attempted", not requests, str(requests[:5]))


def earlier_xupu(folder):
    """A copy of graphs/xupu as it was "before": one enterprise more (its name is markup), a demand still open,
    one indicator value fewer and one cooperation not yet signed."""
    import shutil
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "graphs/xupu"), folder)

    def edit(name, change):
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        changed = change(text)
        assert changed != text, name
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(changed)

    edit("organizations.csv", lambda t: t + "oldco,enterprise,<img src=x onerror=alert(1)>旧企业,,county,,,,report-2024 §二(三),2023-12\n")
    edit("demands.csv", lambda t: t.replace("pva-pvb-resin,matched,", "pva-pvb-resin,open,"))
    edit("map.yaml", lambda t: t.replace("values: {2022: 2.72, 2023: 4.54}", "values: {2022: 2.72}"))
    edit("relations.csv", lambda t: "\n".join(line for line in t.split("\n") if not line.startswith("xiangwei,hnust,cooperates,")))


def since_checks(driver, checks, page, shots):
    driver.get(url_of(page))
    wait_ready(driver)
    checks.check("since: no dialog on load", not alert_open(driver))
    section = driver.find_element(By.ID, "sec-since")
    text = section.text
    checks.check("since: the section is titled with the earlier map's date", "自 2024-12 以来的变化" in text, text[:80])
    checks.check("since: the removed record's markup name shows literally", "<img src=x onerror=alert(1)>旧企业" in text)
    checks.check("since: the demand's status move shows in words", "PVA、PVB新材料研究" in text and "待解决" in text and "已对接" in text)
    checks.check("since: the closed indicator gap and the indicator move are listed", "指标落后于目标" in text and "全社会研发经费投入" in text)
    checks.check("since: the candidate that became a tie is listed", "已成为实际合作的候选 (1)" in text)
    checks.check("since: no img element was made", driver.execute_script("return document.querySelectorAll('img').length") == 0)
    section.screenshot(os.path.join(shots, "xupu-since.png"))
    link = section.find_element(By.CSS_SELECTOR, "button.linkish[title='d-xiangwei-pvb']")
    link.click()
    WebDriverWait(driver, 10).until(lambda d: "PVA、PVB新材料研究" in detail_text(d))
    checks.check("since: a record in the section opens its detail", driver.execute_script("return location.hash") == "#d-xiangwei-pvb")
    errors = console_errors(driver)
    checks.check("since: no console errors", not errors, str(errors[:3]))
    requests = network_requests(driver)
    checks.check("since: no network request attempted", not requests, str(requests[:5]))


def open_time(page):
    driver = browser()
    try:
        start = time.monotonic()
        driver.get(url_of(page))
        wait_ready(driver)
        wall = time.monotonic() - start
        ready = driver.execute_script("return document.documentElement.getAttribute('data-ready-ms')")
        # Navigation start is 0 in the Navigation Timing Level 2 entry; paints come from the paint timeline.
        timing = driver.execute_script("""var n = performance.getEntriesByType('navigation')[0] || {};
            var p = {}; performance.getEntriesByType('paint').forEach(function (e) { p[e.name] = e.startTime; });
            return { load: n.loadEventEnd, domContentLoaded: n.domContentLoadedEventEnd,
                     firstPaint: p['first-paint'], firstContentfulPaint: p['first-contentful-paint'] };""")
        size = os.path.getsize(page)
        print(f"{page}: {size / 1e6:.1f} MB; opened in {wall:.2f} s wall (driver); page script done at "
              f"{int(ready) / 1000:.2f} s, load event end {timing['load'] / 1000:.2f} s, DOMContentLoaded "
              f"{timing['domContentLoaded'] / 1000:.2f} s, first paint {(timing['firstPaint'] or 0) / 1000:.2f} s, "
              f"first contentful paint {(timing['firstContentfulPaint'] or 0) / 1000:.2f} s after navigation start")
        errors = console_errors(driver)
        if errors:
            print("console errors:", errors[:3])
            return 1
        return 0
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chainmap", default=os.path.join(ROOT, ".build/debug/chainmap"))
    parser.add_argument("--out", default=os.path.join(ROOT, "out/browser"))
    parser.add_argument("--open-time", metavar="REPORT")
    arguments = parser.parse_args()
    if arguments.open_time:
        return open_time(arguments.open_time)

    shots = os.path.join(arguments.out, "screenshots")
    os.makedirs(shots, exist_ok=True)
    xupu = os.path.join(arguments.out, "xupu.html")
    hostile = os.path.join(arguments.out, "hostile.html")
    subprocess.run([arguments.chainmap, "report", os.path.join(ROOT, "graphs/xupu"), "-o", xupu], check=True)
    subprocess.run([arguments.chainmap, "report", HOSTILE, "-o", hostile], check=True)
    earlier = os.path.join(arguments.out, "xupu-earlier")
    earlier_xupu(earlier)
    since = os.path.join(arguments.out, "xupu-since.html")
    subprocess.run([arguments.chainmap, "report", os.path.join(ROOT, "graphs/xupu"), "--since", earlier, "-o", since], check=True)

    checks = Checks()
    driver = browser()
    try:
        checks.run("xupu", lambda: xupu_checks(driver, checks, xupu, shots))
        checks.run("hostile", lambda: hostile_checks(driver, checks, hostile, shots))
        checks.run("since", lambda: since_checks(driver, checks, since, shots))
    finally:
        driver.quit()
    print(f"screenshots in {shots}")
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
