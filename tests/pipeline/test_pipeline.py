"""End to end with real kernels: the master notebook under papermill, the batch, the published HTML."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml
from conftest import ROOT, make_project, soup
from conftest import run_nianbao as nianbao

from nianbao.pipeline import params

BIN = Path(sys.executable).parent
SEED = "data/2020/150724-bycg.yaml"


def page_text(html: str) -> str:
    """The visible text of a page: style sheets and scripts left out."""
    doc = soup(html)
    for hidden in doc.find_all(["style", "script"]):
        hidden.decompose()
    return doc.get_text()


def page_cells(html: str) -> dict[str, str]:
    """The text of every element carrying data-cell, by cell key."""
    return {el["data-cell"]: el.get_text(strip=True) for el in soup(html).find_all(attrs={"data-cell": True})}


def test_committed_notebook_is_clean_and_parameterised():
    nb = nbformat.read(str(ROOT / "notebooks" / "report.ipynb"), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    [p] = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert "dataset" in p.source and SEED in p.source
    r = subprocess.run([str(BIN / "papermill"), "--help-notebook", "notebooks/report.ipynb"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.returncode == 0
    for name in ("dataset", "township_id", "findings_path", "comparison"):
        assert re.search(rf"{name}: \w+ \(default", r.stdout), r.stdout
    assert "审核结果" in r.stdout  # the comments became help text
    tags = [c.metadata.get("tags", []) for c in code]
    assert sum("report" in t for t in tags) == 1 and sum("review-only" in t for t in tags) == 1
    [review] = [c for c in code if "review-only" in c.metadata.get("tags", [])]
    assert "findings_panel()" in review.source


def test_params_in_step_with_data():
    result = params.sync(ROOT, write=False)
    assert result.in_step, (result.created, result.updated, result.removed)
    assert len(result.unchanged) == len(list((ROOT / "data").glob("*/*.yaml")))
    p = yaml.safe_load((ROOT / "params/2020/150724-bycg.yaml").read_text(encoding="utf-8"))
    assert p == {"dataset": SEED, "township_id": "150724-bycg"}


def test_params_sync_keeps_hand_written_files(tmp_path):
    root = make_project(tmp_path, {"data/2020/010.yaml": "x", "params/2020/010.yaml": "dataset: mine.yaml\n",
                                   "params/2020/gone.yaml": params.HEADER + "\ndataset: data/2020/gone.yaml\n"})
    result = params.sync(root)
    assert result.kept_by_hand == [root / "params/2020/010.yaml"]
    assert (root / "params/2020/010.yaml").read_text() == "dataset: mine.yaml\n"
    assert result.removed == [root / "params/2020/gone.yaml"] and not (root / "params/2020/gone.yaml").exists()


def test_papermill_cli_by_hand_on_seed(tmp_path):
    out = tmp_path / "o.ipynb"
    findings = tmp_path / "f.json"
    r = subprocess.run([str(BIN / "papermill"), "notebooks/report.ipynb", str(out), "-f", "params/2020/150724-bycg.yaml",
                        "-p", "findings_path", str(findings)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    nb = nbformat.read(str(out), as_version=4)
    html = "".join(o.get("data", {}).get("text/html", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "巴彦嵯岗苏木人民政府2020年政府信息公开工作年度报告" in html
    # The seed's tables are consistent; what is said: no 2019 dataset to compare with, and no signing date.
    assert sorted(f["id"] for f in json.loads(findings.read_text(encoding="utf-8"))) == ["cross.previous_missing",
                                                                                         "period.unsigned"]


def test_invalid_dataset_in_notebook_shows_chinese_message_not_traceback(tmp_path):
    text = (ROOT / SEED).read_text(encoding="utf-8").replace("new: {natural: 0,", "new: {natural: -4,")
    root = make_project(tmp_path, {"data/2020/150724-bycg.yaml": text})
    r = subprocess.run([str(BIN / "papermill"), "notebooks/report.ipynb", "o.ipynb", "-p", "dataset", SEED],
                       cwd=root, capture_output=True, text=True, timeout=300)
    assert r.returncode != 0
    nb = nbformat.read(str(root / "o.ipynb"), as_version=4)
    [err] = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    shown = "\n".join(err.traceback)
    assert "件数不能为负数" in shown and "一、本年新收政府信息公开申请数量 · 自然人" in shown
    assert "File " not in shown and "Traceback" not in shown


def test_batch_renders_others_when_one_dataset_is_invalid(tmp_path):
    seed = (ROOT / SEED).read_text(encoding="utf-8")
    broken_identity = (ROOT / "data/2020/demo-001.yaml").read_text(encoding="utf-8")
    # Break 一+二=（七）+四 in the 自然人 column only: 一 goes up by 5, and so does 总计 to keep the row total.
    m = re.search(r"new: \{natural: (\d+),(.*?)total: (\d+)\}", broken_identity)
    broken_identity = broken_identity.replace(
        m.group(0), f"new: {{natural: {int(m.group(1)) + 5},{m.group(2)}total: {int(m.group(3)) + 5}}}")
    root = make_project(tmp_path, {
        "data/2020/150724-bycg.yaml": seed,
        "data/2020/demo-001.yaml": broken_identity,
        "data/2020/demo-002.yaml": (ROOT / "data/2020/demo-002.yaml").read_text(encoding="utf-8"),
        # demo-002 again under another id: in a batch, the two narratives are flagged as copies of each other.
        "data/2020/demo-902.yaml": (ROOT / "data/2020/demo-002.yaml").read_text(encoding="utf-8").replace(
            'id: "demo-002"', 'id: "demo-902"'),
        "data/2020/bad-01.yaml": seed.replace('id: "150724-bycg"', 'id: "bad-01"').replace("organ:", "orgn:"),
    })
    assert nianbao(root, "params").returncode == 0
    r = nianbao(root, "batch", "--jobs", "2", "--no-progress")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    assert "失败 1" in r.stdout and "bad-01" in r.stdout and "未知的字段“orgn”" in r.stdout
    out = root / "output" / "2020"
    for key in ("150724-bycg", "demo-001", "demo-002"):
        assert (out / "published" / f"{key}.html").is_file() and (out / "review" / f"{key}.html").is_file()
        assert (out / f"{key}.ipynb").is_file() and (out / f"{key}.findings.json").is_file()
    assert not list(out.rglob("bad-01.*"))

    findings = json.loads((out / "demo-001.findings.json").read_text(encoding="utf-8"))
    balance = [f for f in findings if f["id"] == "arith.t3.balance"]
    # 总计 rose with 自然人, so the identity breaks in both columns, and nothing else does.
    assert [(f["severity"], f["table"], f["column"]) for f in balance] == [("error", "t3", "natural"),
                                                                          ("error", "t3", "total")]
    assert [f["id"] for f in findings if f["severity"] == "error"] == ["arith.t3.balance"] * 2
    assert "一、本年新收政府信息公开申请数量" in balance[0]["message"] and "“自然人”列" in balance[0]["message"]
    assert {"id", "severity", "category", "message", "table", "row", "column", "evidence"} <= set(balance[0])

    copied = json.loads((out / "demo-902.findings.json").read_text(encoding="utf-8"))
    assert [f["id"] for f in copied] == ["content.copy_sibling", "cross.previous_missing"]
    assert "demo-002" in copied[0]["message"]

    index = (out / "index.html").read_text(encoding="utf-8")
    text = page_text(index)
    assert '<html lang="zh">' in index and 'href="published/150724-bycg.html"' in index
    assert 'href="review/150724-bycg.html"' in index and "审核页面" in text and "发布页面" in text
    assert "生成失败" in text and "未知的字段“orgn”" in text and "有错误" in text
    summary = {o["township_id"]: o for o in json.loads((out / "summary.json").read_text(encoding="utf-8"))["townships"]}
    assert summary["bad-01"]["ok"] is False and summary["demo-001"]["errors"] == 2

    # --fail-on error also fails when every report renders but one carries an error-level finding.
    (root / "data/2020/bad-01.yaml").unlink()
    assert nianbao(root, "params").returncode == 0
    assert nianbao(root, "batch", "--no-progress").returncode == 0
    assert nianbao(root, "batch", "--no-progress", "--fail-on", "error").returncode == 1


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The bundled seed and one 2021 township, rendered once by the batch: their published and review pages."""
    tmp = tmp_path_factory.mktemp("pub")
    files = {rel: (ROOT / rel).read_text(encoding="utf-8") for rel in (SEED, "data/2021/demo-010.yaml")}
    root = make_project(tmp, files)
    assert nianbao(root, "params").returncode == 0
    r = nianbao(root, "batch", "--no-progress")
    assert r.returncode == 0, r.stdout + r.stderr
    return tuple({p.stem: p.read_text(encoding="utf-8") for p in (root / "output").glob(f"*/{folder}/*.html")}
                 for folder in ("published", "review"))


def test_published_html_has_no_code_prompts_or_tracebacks(published):
    publish, review = published
    for html in [*publish.values(), *review.values()]:
        assert '<html lang="zh">' in html
        text = page_text(html)
        for leak in ("open_report", "import ", "findings_path", "Traceback", "In [", "Out[", "warnings.filter"):
            assert leak not in text, leak
        assert not re.search(r'class="[^"]*jp-(InputArea|InputPrompt|OutputPrompt)', html)


def test_published_html_title_and_official_labels(published):
    publish, _ = published
    seed = publish["150724-bycg"]
    assert "<title>巴彦嵯岗苏木人民政府2020年政府信息公开工作年度报告</title>" in seed
    text = page_text(seed)
    for label in ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
                  "第二十条第（九）项", "采购总金额", "本年增/减", "（六）其他处理", "未经复议直接起诉",
                  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"):
        assert label in text, label
    text21 = page_text(publish["demo-010"])
    for label in ("本年收费金额（单位：万元）", "行政规范性文件",
                  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"):
        assert label in text21, label
    assert "第二十条第（九）项" not in text21


def test_seed_figures_in_the_right_cells(published):
    publish, _ = published
    cells = page_cells(publish["150724-bycg"])
    assert cells["t2.procurement.projects"] == "4"
    assert cells["t2.procurement.amount"] == "981.93万元"
    assert cells["t2.punishment.change"] == "增80"
    assert cells["t2.licensing.change"] == "增13"
    assert cells["t2.other_services.change"] == "增1"
    t3 = {k: v for k, v in cells.items() if k.startswith("t3.")}
    t4 = {k: v for k, v in cells.items() if k.startswith("t4.")}
    assert len(t3) == 161 and set(t3.values()) == {"0"}
    assert len(t4) == 15 and set(t4.values()) == {"0"}


def test_review_block_only_in_review_mode(published):
    publish, review = published
    assert "审核意见" not in page_text(publish["demo-010"])
    text = page_text(review["demo-010"])
    assert "审核意见" in text and "arith.t4.total" in text


def test_notebook_runs_as_is_from_its_own_folder_like_jupyterlab(tmp_path):
    """JupyterLab starts the kernel in notebooks/: the default dataset path still resolves."""
    out = tmp_path / "lab.ipynb"
    r = subprocess.run([str(BIN / "papermill"), "notebooks/report.ipynb", str(out), "--cwd", "notebooks"],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    nb = nbformat.read(str(out), as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "审核意见" in html and "巴彦嵯岗苏木人民政府2020年政府信息公开工作年度报告" in html
