#!/usr/bin/env python3
"""Drives payer-server's lookup page in headless Chromium as a person would, through the DevTools protocol over
a pipe (standard library only): type into the form's fields, press Enter, read the verdict from the answered
page, follow its link to the filing checklist and read the verdict there; then print the contact sheet to PDF.

    python3 browser-drive.py BASE_URL PDF_OUT       # e.g. http://127.0.0.1:8080 /tmp/sheet.pdf

Prints one "ok - ..." or "not ok - ..." line per check and exits 1 if any failed. browser-test.sh runs it.
"""
import base64
import json
import re
import os
import subprocess
import sys
import tempfile
import time

base, pdf_out = sys.argv[1], sys.argv[2]


class Browser:
    """Chromium with --remote-debugging-pipe: commands go to its fd 3, replies and events come from its fd 4,
    each message JSON ended by a NUL byte."""

    def __init__(self):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        self.profile = tempfile.mkdtemp(prefix="payer-browser-")

        # In the child: the pipe ends at fds 3 and 4, whatever numbers they had (dup2 makes them inheritable; the
        # pipe's own fds are close-on-exec).
        def remap():
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "--window-size=412,915", "about:blank"],
            preexec_fn=remap, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.next_id = 0
        self.buffer = b""
        self.events = []
        self.session = None

    def send(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, event, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for index, seen in enumerate(self.events):
                if seen.get("method") == event:
                    del self.events[: index + 1]
                    return seen
            self.events.append(self.read())
        raise TimeoutError(event)

    def open_page(self):
        targets = self.send("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")

    def navigate(self, url):
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        return self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})["result"].get("value")

    def type_into(self, element_id, text):
        self.evaluate(f"document.getElementById({json.dumps(element_id)}).focus()")
        self.evaluate(f"document.getElementById({json.dumps(element_id)}).value = ''")
        self.send("Input.insertText", {"text": text})

    def press_enter(self):
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "nativeVirtualKeyCode": 13}
            if kind == "keyDown":
                params["text"] = "\r"
            self.send("Input.dispatchKeyEvent", params)

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        subprocess.run(["rm", "-rf", self.profile])


failures = 0


def check(name, condition, detail=""):
    global failures
    print(("ok - " if condition else "not ok - ") + name + ("" if condition else f" ({detail})"))
    failures += 0 if condition else 1


browser = Browser()
try:
    browser.open_page()
    browser.navigate(base + "/")
    check("the form's date of service defaults to a date", bool(browser.evaluate("document.getElementById('date').value")))
    check("the payer field offers the known payers",
          browser.evaluate("[...document.querySelectorAll('#payer-list option')].map(o => o.value).includes('medicare-ffs')") is True)
    # Fill the form as the desk would: type the payer, the code and the date, pick the setting, press Enter.
    browser.type_into("payer", "medicare-ffs")
    browser.evaluate("document.getElementById('date').value = '2024-01-01'")
    browser.evaluate("document.getElementById('setting').value = 'hospital-outpatient'")
    browser.type_into("code", "64490")
    browser.events.clear()
    browser.press_enter()
    browser.wait_for("Page.loadEventFired")
    search = browser.evaluate("location.search")
    check("submitting the form asks by GET on the same page", "payer=medicare-ffs" in (search or "") and "code=64490" in search, search)
    verdict = browser.evaluate("(document.querySelector('.verdict') || {}).textContent")
    check("the answered page shows the verdict REQUIRED", verdict == "REQUIRED", f"verdict {verdict!r}")
    size = browser.evaluate("parseFloat(getComputedStyle(document.querySelector('.verdict')).fontSize)")
    check("the verdict is in large type", (size or 0) >= 28, f"{size}px")
    check("the page fits a phone's width without scrolling sideways",
          browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1") is True)
    # From the answer to its filing checklist, as the desk would: follow the link, read the verdict there.
    href = browser.evaluate("(document.querySelector('a[href^=\"/checklist?\"]') || {}).href")
    check("the answer links to the filing checklist", bool(href), "no /checklist link")
    browser.events.clear()
    browser.evaluate("document.querySelector('a[href^=\"/checklist?\"]').click()")
    browser.wait_for("Page.loadEventFired")
    check("the link opens /checklist with the same question",
          browser.evaluate("location.pathname + location.search") == "/checklist?payer=medicare-ffs&code=64490&date=2024-01-01&setting=hospital-outpatient",
          browser.evaluate("location.href"))
    verdict = browser.evaluate("(document.querySelector('.verdict') || {}).textContent")
    check("the checklist shows the verdict REQUIRED", verdict == "REQUIRED", f"verdict {verdict!r}")
    boxes = browser.evaluate("[...document.querySelectorAll('ul.checklist input[type=checkbox]')].filter(b => b.labels.length === 1).length")
    check("every box on the checklist has its label", (boxes or 0) >= 10 and boxes == browser.evaluate("document.querySelectorAll('ul.checklist input').length"), f"{boxes} labelled")
    # The approval date typed into the checklist's own form fills in the approval's last day.
    browser.evaluate("document.getElementById('approved_on').value = '2024-01-05'")
    browser.events.clear()
    browser.evaluate("document.querySelector('form.approval').requestSubmit()")
    browser.wait_for("Page.loadEventFired")
    valid_to = browser.evaluate("[...document.querySelectorAll('ul.checklist li')].map(li => li.textContent).find(t => t.startsWith('Valid to:'))")
    check("the approval date given on the checklist computes the approval's last day",
          "2024-05-04 (120 calendar days from the decision)" in (valid_to or ""), repr(valid_to))
    # Print the contact sheet as the desk would pin it up.
    browser.navigate(base + "/payers/medicare-ffs")
    result = browser.send("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True}, timeout=60)
    data = base64.b64decode(result["data"])
    with open(pdf_out, "wb") as out:
        out.write(data)
    check("the contact sheet prints to a PDF", data.startswith(b"%PDF-") and len(data) > 1000, f"{len(data)} bytes")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    check("the contact sheet prints on one page through the DevTools protocol too", pages == 1, f"{pages} pages")
finally:
    browser.close()
sys.exit(1 if failures else 0)
