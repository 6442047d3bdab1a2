"""PDF and Word files from producers we do not control, read back cell by cell.

1. Real PDFs (``benchmarks/real_pdf_labels.yaml``): district reports of the 2021 format, published as
   WPS-made PDFs, never read by the project before. Every labelled cell is compared; the errors the
   catalog finds are compared with the ones we marked (found / marked, and false errors).
   The files come from a folder (``--real DIR``) or from the stored copy of the public repository
   named in the labels (``/work/.mirror/<owner>+<name>/repo``, as the ``fetch`` tool leaves it).
2. A foreign producer on every bundled 2021 dataset: our Word document opened and exported by
   LibreOffice (PDF, and Word re-saved by LibreOffice): different text layer, fonts, line breaks,
   table rules. Every cell is compared with the dataset.

Run: .venv/bin/python benchmarks/foreign_pdf.py [--real DIR]   (part 2 needs soffice: libreoffice-writer)
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from accuracy import expand_cells  # noqa: E402  (benchmarks/ is on the path when run as a script)

from nianbao import checks  # noqa: E402
from nianbao.cells import plain  # noqa: E402
from nianbao.importer import import_report  # noqa: E402
from nianbao.load import load_dataset  # noqa: E402
from nianbao.publish.docx import to_docx  # noqa: E402

LABELS = ROOT / "benchmarks" / "real_pdf_labels.yaml"


def _real_file(name: str, entry: dict, source: dict, folder: Path | None) -> Path | None:
    if folder is not None:
        path = folder / Path(entry["path"]).name
        return path if path.exists() else None
    mirror = Path("/work/.mirror") / source["repo"].replace("/", "+") / "repo"
    if not mirror.exists():
        return None
    blob = subprocess.run(["git", "-C", str(mirror), "show", f"{source['commit']}:{entry['path']}"],
                          capture_output=True)
    if blob.returncode:
        return None
    path = Path(tempfile.mkdtemp(prefix="nianbao-real-")) / f"{name}.pdf"
    path.write_bytes(blob.stdout)
    return path


def real(folder: Path | None) -> None:
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    exact = total = marked = found = false = 0
    for name, entry in labels["files"].items():
        path = _real_file(name, entry, labels["source"], folder)
        if path is None:
            print(f"{name}: 找不到文件（给出 --real 文件夹，或先 fetch {labels['source']['repo']}）")
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
            print(f"{name}: 文件与标注的 sha256 不同，跳过")
            continue
        result = import_report(path, partial=True)
        got = result.cells_json["cells"]
        want = expand_cells("2021", entry["cells"])
        wrong = {k: (got.get(k, "缺失"), v) for k, v in want.items() if got.get(k, "缺失") != v}
        exact += len(want) - len(wrong)
        total += len(want)
        ds, source = checks.from_import(result, str(path))
        errors = [f.id for f in checks.run_checks(ds, source=source) if f.severity == "error"]
        expected = list(entry["errors"])
        hits = [e for e in errors if e in expected and not expected.remove(e)]
        marked += len(entry["errors"])
        found += len(hits)
        false += len(errors) - len(hits)
        print(f"{name}: 单元格 {len(want) - len(wrong)}/{len(want)} 一致；错误 {errors}")
        for k, (g, w) in list(wrong.items())[:10]:
            print(f"    {k}: 读到 {g!r}，应为 {w!r}")
    if total:
        print(f"真实 PDF：单元格 {exact}/{total} 一致；标注的错误找到 {found}/{marked}；误报错误 {false}")


def _soffice(src: Path, to: str, out: Path, profile: Path) -> Path:
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", to, "--outdir", str(out), str(src)], check=True, capture_output=True, timeout=300)
    return out / f"{src.stem}.{to.split(':')[0]}"


def libreoffice() -> None:
    if not shutil.which("soffice"):
        print("LibreOffice：没有 soffice，跳过（apt-get install libreoffice-writer）")
        return
    tmp = Path(tempfile.mkdtemp(prefix="nianbao-lo-"))
    exact = {"pdf": 0, "docx": 0}
    total = 0
    for f in sorted((ROOT / "data" / "2021").glob("*.yaml")):
        ds = load_dataset(f)
        want = {k: plain(v) for k, v in ds.cells.items()}
        ours = to_docx(ds, tmp / "ours" / f"{f.stem}.docx")
        made = {"pdf": _soffice(ours, "pdf", tmp / "pdf", tmp / "profile"),
                "docx": _soffice(ours, "docx:MS Word 2007 XML", tmp / "docx", tmp / "profile")}
        total += len(want)
        for kind, path in made.items():
            got = import_report(path).cells_json["cells"]
            exact[kind] += sum(got.get(k) == v for k, v in want.items())
    print(f"LibreOffice 导出（{len(list((ROOT / 'data' / '2021').glob('*.yaml')))} 个 2021 年数据集）："
          f"PDF 单元格 {exact['pdf']}/{total} 一致，Word 单元格 {exact['docx']}/{total} 一致")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, help="folder holding the labelled PDFs")
    args = parser.parse_args()
    real(args.real)
    libreoffice()


if __name__ == "__main__":
    main()
