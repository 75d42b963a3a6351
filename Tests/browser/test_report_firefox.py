#!/usr/bin/env python3
"""The report page in headless Firefox, without geckodriver: Firefox speaks WebDriver BiDi itself
(`--remote-debugging-port`), and this drives it over that WebSocket (websocket-client, which selenium brings).

    python3 Tests/browser/test_report_firefox.py OUT_DIR     # reads OUT_DIR/xupu.html, hostile.html, xupu-since.html

The pages are the ones test_report.py writes (run it first). Checks, in Firefox: the page script runs under its
Content-Security-Policy (data-ready), no console error, no request beyond file: and data:, search + Enter opens
the detail with its sources, a deep link selects a segment, a chain filter hides its nodes, hovering a node shows
its name and kind, the --since section, and the hostile page (no dialog, text literal, no injected element).
Screenshots go to OUT_DIR/screenshots/firefox-*.png. Ends with "N passed, N failed"; exits 1 on a failure.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

import websocket


class BiDi:
    def __init__(self, port):
        deadline = time.monotonic() + 60
        while True:
            try:
                self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}/session", timeout=60, suppress_origin=True)
                break
            except (ConnectionError, OSError, websocket.WebSocketException):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        self.next_id = 0
        self.events = []

    def send(self, method, params):
        self.next_id += 1
        ident = self.next_id
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("type") == "event":
                self.events.append(message)
                continue
            if message.get("id") == ident:
                if message.get("type") == "error":
                    raise RuntimeError(f"{method}: {message.get('error')}: {message.get('message')}")
                return message.get("result", {})

    def evaluate(self, context, expression):
        result = self.send("script.evaluate", {"expression": expression, "target": {"context": context},
                                               "awaitPromise": True, "resultOwnership": "none"})
        if result.get("type") == "exception":
            raise RuntimeError(result.get("exceptionDetails", {}).get("text", "exception"))
        return plain(result.get("result", {}))


def plain(value):
    """A BiDi remote value as a Python value (primitives, arrays and objects)."""
    kind = value.get("type")
    if kind in ("string", "number", "boolean"):
        return value.get("value")
    if kind in ("null", "undefined"):
        return None
    if kind == "array":
        return [plain(item) for item in value.get("value", [])]
    if kind == "object":
        return {key: plain(item) for key, item in value.get("value", [])}
    return value


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def url_of(path, fragment=""):
    return "file://" + urllib.parse.quote(os.path.abspath(path)) + (("#" + fragment) if fragment else "")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out/browser"
    shots = os.path.join(out, "screenshots")
    os.makedirs(shots, exist_ok=True)
    binary = shutil.which("firefox-esr") or shutil.which("firefox")
    if not binary:
        print("firefox-esr not installed")
        return 1
    profile = tempfile.mkdtemp(prefix="chainmap-ff-")
    port = free_port()
    process = subprocess.Popen([binary, "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", str(port),
                                "--window-size=1400,1000"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    passed = failed = 0

    def check(name, condition, detail=""):
        nonlocal passed, failed
        if condition:
            passed += 1
            print(f"ok   firefox: {name}")
        else:
            failed += 1
            print(f"FAIL firefox: {name} {detail}")

    try:
        bidi = BiDi(port)
        bidi.send("session.new", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": False}}})
        bidi.send("session.subscribe", {"events": ["log.entryAdded", "network.beforeRequestSent",
                                                   "browsingContext.userPromptOpened"]})
        context = bidi.send("browsingContext.getTree", {})["contexts"][0]["context"]

        def open_page(path, fragment=""):
            bidi.events.clear()
            bidi.send("browsingContext.navigate", {"context": context, "url": url_of(path, fragment), "wait": "complete"})
            deadline = time.monotonic() + 30
            while bidi.evaluate(context, "document.documentElement.getAttribute('data-ready')") != "true":
                if time.monotonic() > deadline:
                    raise RuntimeError("the page script did not finish")
                time.sleep(0.1)

        def screenshot(name):
            data = bidi.send("browsingContext.captureScreenshot", {"context": context})["data"]
            with open(os.path.join(shots, name), "wb") as handle:
                handle.write(base64.b64decode(data))

        def troubles():
            errors = [e["params"].get("text") for e in bidi.events
                      if e.get("method") == "log.entryAdded" and e["params"].get("level") == "error"]
            requests = [e["params"]["request"]["url"] for e in bidi.events if e.get("method") == "network.beforeRequestSent"
                        and not e["params"]["request"]["url"].startswith(("file:", "data:"))]
            prompts = [e for e in bidi.events if e.get("method") == "browsingContext.userPromptOpened"]
            return errors, requests, prompts

        def detail():
            return bidi.evaluate(context, "document.getElementById('detail').innerText")

        xupu = os.path.join(out, "xupu.html")
        open_page(xupu)
        check("the Xupu page's script ran under its CSP (data-ready)", True)
        # The console check can see an error: a probe logged here must arrive, then is forgotten.
        bidi.evaluate(context, "console.error('chainmap-probe')")
        bidi.evaluate(context, "1")
        check("console errors reach the test (probe)", "chainmap-probe" in str(troubles()[0]))
        bidi.events.clear()
        search = """(function (q) { var box = document.getElementById('search'); box.value = q;
            box.dispatchEvent(new Event('input'));
            box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); })('湘维')"""
        bidi.evaluate(context, search)
        text = detail()
        check("search 湘维 + Enter shows its detail with its sources",
              "湖南湘维有限公司" in text and "溆浦县科技局2024年工作总结" in text, text[:200])
        check("selecting sets location.hash", bidi.evaluate(context, "location.hash") == "#xiangwei")
        screenshot("firefox-xupu-search.png")
        tip = bidi.evaluate(context, """(function () {
            var g = document.querySelector('#viewport g.node#xiangwei');
            g.querySelector('path, polygon, ellipse').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            return document.getElementById('tooltip').textContent; })()""")
        check("hovering a node shows its full name and kind", tip == "湖南湘维有限公司 · 企业", tip)
        data = bidi.evaluate(context, "JSON.parse(document.getElementById('chainmap-data').textContent).records"
                                      ".filter(function (r) { return r.kind === 'segment'; }).slice(0, 1)")
        segment = data[0]
        open_page(xupu, urllib.parse.quote(segment["id"], safe=""))
        check("report.html#<segment> shows that segment", segment["name"] in detail())
        check("the deep-linked segment is selected in the drawing",
              bidi.evaluate(context, "(document.querySelector('#viewport g.node.selected') || {}).id") == segment["id"])
        hidden = bidi.evaluate(context, """(function () {
            var box = document.querySelector('input[data-chain]'); var chain = box.getAttribute('data-chain');
            document.querySelector('button.view-tab[data-view="0"]').click(); box.click();
            var D = JSON.parse(document.getElementById('chainmap-data').textContent);
            var own = D.records.filter(function (r) { return r.kind === 'segment' && r.chains.length === 1 && r.chains[0] === chain; });
            var nodes = own.map(function (r) { return document.querySelector('#viewport g.node[id="' + CSS.escape(r.id) + '"]'); });
            var result = nodes.length > 0 && nodes.every(function (g) { return g && getComputedStyle(g).display === 'none'; });
            box.click(); return result; })()""")
        check("unticking a chain hides its nodes", hidden is True)
        errors, requests, prompts = troubles()
        check("Xupu: no console error", not errors, str(errors[:3]))
        check("Xupu: no network request", not requests, str(requests[:3]))

        open_page(os.path.join(out, "xupu-since.html"))
        text = bidi.evaluate(context, "document.getElementById('sec-since').innerText")
        check("the --since section shows the changes, markup literally",
              "自 2024-12 以来的变化" in text and "<img src=x onerror=alert(1)>旧企业" in text and "已对接" in text, text[:200])
        bidi.evaluate(context, "document.getElementById('sec-since').scrollIntoView()")
        screenshot("firefox-since.png")

        open_page(os.path.join(out, "hostile.html"))
        title = bidi.evaluate(context, "document.querySelector('h1').textContent")
        check("hostile: the title shows its markup literally", title == "示例县</script><script>alert(1)</script>图谱", title)
        counts = bidi.evaluate(context, """({ img: document.querySelectorAll('img').length,
            iframe: document.querySelectorAll('iframe').length, scripts: document.querySelectorAll('script').length,
            handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length })""")
        check("hostile: no injected element or handler", counts == {"img": 0, "iframe": 0, "scripts": 2, "handlers": 0}, str(counts))
        errors, requests, prompts = troubles()
        check("hostile: no dialog", not prompts)
        check("hostile: no console error", not errors, str(errors[:3]))
        check("hostile: no network request", not requests, str(requests[:3]))
        screenshot("firefox-hostile.png")
        bidi.send("session.end", {})
    except Exception as error:  # a crashed run is a failed run
        failed += 1
        print(f"FAIL firefox: {error!r}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
