"""The analyst's day in a real JupyterLab driven by a real browser (Playwright, Debian's chromium):
`nianbao lab` starts Lab on a working copy, Run All shows the report and the review block; a broken
figure in the dataset, run again, gives a finding whose link lands on the cell; the master notebook
is never touched."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, make_project

CHROMIUM = "/usr/bin/chromium"
SEED = "data/2020/150724-bycg.yaml"
TOKEN = "nianbao-test-token"

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail(f"CI：{CHROMIUM} 不存在，浏览器测试必须运行（.ci/run 会安装 chromium）", pytrace=False)
    pytest.skip(f"{CHROMIUM} 未安装（apt-get install chromium fonts-noto-cjk）；CI 中不会跳过", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def lab(tmp_path):
    """`nianbao lab` on the seed's working copy, JupyterLab on a free local port; stopped after the test."""
    root = make_project(tmp_path, {SEED: (ROOT / SEED).read_text(encoding="utf-8")})
    port = free_port()
    jupyter = tmp_path / "jupyter"  # Lab's settings and workspaces of this test only
    env = {**os.environ, "JUPYTER_TOKEN": TOKEN, "JUPYTER_CONFIG_DIR": str(jupyter / "config"),
           "JUPYTER_RUNTIME_DIR": str(jupyter / "runtime"), "JUPYTERLAB_WORKSPACES_DIR": str(jupyter / "workspaces")}
    log = (tmp_path / "lab.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "nianbao", "lab", "2020/150724-bycg", "--no-browser", "--port",
                             str(port)], cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=5)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError((tmp_path / "lab.log").read_text(encoding="utf-8")) from None
                time.sleep(0.5)
        yield root, base
    finally:
        proc.terminate()  # Lab (nianbao lab became it) shuts its kernels down on the way out
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def run_all(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile("^Run$")).click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile("^Run All Cells$")).click()


def wait_ran(page, after: int = 0) -> int:
    """Wait until every code cell has run since execution count ``after``; the highest count."""
    return page.wait_for_function("""after => {
        const counts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
            .map(p => /^\\[(\\d+)\\]:$/.exec(p.textContent.trim())).map(m => m ? Number(m[1]) : 0);
        return counts.length > 0 && counts.every(n => n > after) && Math.max(...counts);
    }""", arg=after, timeout=180_000).json_value()


def test_lab_flow_in_a_real_browser(lab, tmp_path):
    root, base = lab
    master = (root / "notebooks/report.ipynb").read_bytes()
    copy = root / "lab/2020/150724-bycg.ipynb"
    assert copy.is_file()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{base}/lab/tree/lab/2020/150724-bycg.ipynb?token={TOKEN}")
        page.locator(".jp-NotebookPanel").first.wait_for(timeout=120_000)
        # the kernel has started and says so in the status bar
        expect(page.locator(".jp-StatusBar-TextItem", has_text="Idle").first).to_be_visible(timeout=120_000)
        run_all(page)
        ran = wait_ran(page)
        output = page.locator(".jp-OutputArea-output")
        title = output.locator(".nianbao-report h1.title")
        expect(title).to_have_text("巴彦嵯岗苏木人民政府2020年政府信息公开工作年度报告", timeout=60_000)
        review = output.locator("section.review")
        expect(review).to_be_visible()
        assert not page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count()
        # The review table sizes its columns to content: 序号 and 级别 narrow, 问题 wide.
        widths = page.evaluate("""() => Object.fromEntries(['seq', 'severity', 'message'].map(c =>
            [c, document.querySelector('section.review td.' + c).getBoundingClientRect().width]))""")
        assert widths["seq"] * 4 < widths["message"] and widths["severity"] * 3 < widths["message"], widths
        page.screenshot(path=str(tmp_path / "lab-seed.png"))

        # A figure breaks in the dataset: run again, the finding appears, its link lands on the cell.
        data = root / SEED
        text = data.read_text(encoding="utf-8")
        broken = re.sub(r"(new: \{natural: )(\d+)", lambda m: f"{m[1]}{int(m[2]) + 5}", text, count=1)
        assert broken != text
        data.write_text(broken, encoding="utf-8")
        run_all(page)
        wait_ran(page, after=ran)
        finding = output.locator("tr.finding[data-finding='arith.t3.balance']").first
        expect(finding).to_be_visible(timeout=60_000)
        link = finding.locator("td.cells a").first
        target = link.get_attribute("href")[1:]
        link.click()
        cell = page.locator(f"td[id='{target}']")
        expect(cell).to_be_in_viewport(timeout=10_000)
        flagged = cell.evaluate("el => getComputedStyle(el).backgroundColor")
        assert flagged not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"), flagged
        page.screenshot(path=str(tmp_path / "lab-finding.png"))
        browser.close()
    assert (root / "notebooks/report.ipynb").read_bytes() == master  # the master notebook is never touched
