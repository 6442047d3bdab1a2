"""Shared fixtures: every bundled township rendered once by the real batch (both pages of each)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from nianbao.paths import PUBLISHED

ROOT = Path(__file__).resolve().parents[1]
SEED = "data/2020/150724-bycg.yaml"
PAYLOAD_ID = "payload-01"

# Narrative and contact text that would run if it were not escaped.
PAYLOADS = {
    "script": "<script>window.__pwned = 'script'</script>",
    "img": "<img src=x onerror=\"window.__pwned = 'img'\">",
    "link": "<a href=\"javascript:window.__pwned = 'link'\">点此查看</a>",
    "raw": "<b>加粗</b><iframe src=\"https://example.com/\"></iframe>",
}


def payload_dataset() -> str:
    """The seed township with every narrative and the download location carrying a payload."""
    text = (ROOT / SEED).read_text(encoding="utf-8")
    text = text.replace('id: "150724-bycg"', f'id: "{PAYLOAD_ID}"')
    text = text.replace("organ: 巴彦嵯岗苏木人民政府", "organ: 巴彦嵯岗苏木人民政府<script>window.__pwned = 'organ'</script>")
    text = text.replace("download: 鄂温克旗政府门户网站", "download: \"javascript:window.__pwned = 'download'\"")
    text = text.replace("  other: |\n", "  other: |\n    " + "".join(PAYLOADS.values()) + "\n")
    text = text.replace("      2020年，巴彦嵯岗苏木", "      " + PAYLOADS["script"] + PAYLOADS["img"] + "2020年，巴彦嵯岗苏木")
    return text


def make_project(tmp_path: Path, datasets: dict[str, str]) -> Path:
    """A throw-away project folder (``tmp_path/proj``): the master notebook and the given data files."""
    root = tmp_path / "proj"
    (root / "notebooks").mkdir(parents=True)
    shutil.copy(ROOT / "notebooks" / "report.ipynb", root / "notebooks")
    shutil.copy(ROOT / "pyproject.toml", root)
    for rel, text in datasets.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def soffice(package: str) -> str:
    """LibreOffice's command; CI must have it (``.ci/run`` installs ``package``), elsewhere the test is skipped."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI 中必须有 LibreOffice（.ci/run 用 apt-get 安装 {package}）")
        pytest.skip(f"没有安装 LibreOffice（soffice）：apt-get install {package} 后运行本测试")
    return found


def soup(source: str | Path) -> BeautifulSoup:
    """The one HTML parser of the tests: markup, or a page file, parsed by html.parser."""
    html = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    return BeautifulSoup(html, "html.parser")


def run_nianbao(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nianbao", *args], cwd=root, capture_output=True, text=True,
                          timeout=900)


def bundled_datasets() -> dict[str, str]:
    files = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*/*.yaml"))}
    files[f"data/2020/{PAYLOAD_ID}.yaml"] = payload_dataset()
    return files


@dataclass
class Rendered:
    root: Path
    output: Path  # the output tree of one `nianbao batch`: published/ and review/ pages of every township
    datasets: dict  # the inputs: path relative to the project → text

    def page(self, rel: str, mode: str = PUBLISHED) -> Path:
        """A township's page: ``rel`` is "<year>/<id>.html"; ``mode`` its folder (published or review)."""
        year, name = rel.split("/")
        return self.output / year / mode / name

    def pages(self, mode: str = PUBLISHED) -> list[Path]:
        """Township pages of one kind (not the index pages)."""
        return sorted(self.output.glob(f"*/{mode}/*.html"))

    def indexes(self) -> list[Path]:
        return sorted(self.output.glob("*/index.html"))


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> Rendered:
    """Every bundled dataset plus a script-payload dataset through one `nianbao batch`: each township runs
    once and gives both pages."""
    datasets = bundled_datasets()
    root = make_project(tmp_path_factory.mktemp("bundled"), datasets)
    r = run_nianbao(root, "params")
    assert r.returncode == 0, r.stderr
    r = run_nianbao(root, "batch", "--no-progress")
    assert "失败 0" in r.stdout, r.stdout + r.stderr
    return Rendered(root, root / "output", datasets)
