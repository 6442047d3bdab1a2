"""Restore the held-out sets' texts, which stay outside the repository, from the search tool's answers.

Each benchmarks/*_labels.yaml names its texts by URL and sha256: the `search` tool's stored excerpt of that page
(corpus "pages"), verbatim. Replaying a set's queries (its header lists them) gives the excerpts back; paste each
answer (or only its labelled results) into a JSON file and run

    .venv/bin/python benchmarks/restore.py --into /work/wt ANSWER.json …

Every labelled result of the answers, whatever its set, is written to INTO/heldout<set>/<file> when its sha256 is
the label's (else beside it as <file>.mismatch, to compare with the answer). Then

    .venv/bin/python benchmarks/restore.py --into /work/wt --missing [SET …]

lists, per set, what is restored and what is still missing (URL, organ, year: a query to try), and
`benchmarks/accuracy.py --no-corpus --held-out /work/wt` measures every restored set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _labelled() -> dict[str, list[tuple[str, str, dict]]]:
    """URL → (set, id, label entry) of every labelled text (a page may be labelled in two sets)."""
    out: dict[str, list[tuple[str, str, dict]]] = {}
    for path in sorted(ROOT.glob("benchmarks/*_labels.yaml")):
        name = path.name.removesuffix("_labels.yaml").removeprefix("heldout")
        for key, entry in (yaml.safe_load(path.read_text(encoding="utf-8")).get("files") or {}).items():
            if isinstance(entry, dict) and entry.get("url"):
                out.setdefault(entry["url"], []).append((name, key, entry))
    return out


def _results(path: Path) -> list[dict]:
    """The results of a pasted answer: the whole answer ({"results": […]}), a list of results, or one result."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and "results" in data:
        return data["results"]
    return data if isinstance(data, list) else [data]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def restore(answers: list[Path], into: Path) -> None:
    labelled = _labelled()
    for answer in answers:
        for r in _results(answer):
            for name, key, entry in labelled.get(r.get("url"), ()):
                text = r.get("excerpt", "").encode("utf-8")
                target = into / f"heldout{name}" / (entry.get("file") or f"{key}.txt")
                target.parent.mkdir(parents=True, exist_ok=True)
                if entry.get("sha256") in (None, _sha(text)):
                    target.write_bytes(text)
                    print(f"{answer.name} #{r.get('rank')}: {name} {key} 已恢复")
                else:
                    target.with_name(target.name + ".mismatch").write_bytes(text)
                    print(f"{answer.name} #{r.get('rank')}: {name} {key} sha256 不符（{len(text)} 字节），另存为 .mismatch")


def missing(into: Path, wanted: list[str]) -> None:
    sets: dict[str, list[tuple[str, dict]]] = {}
    for rows in _labelled().values():
        for name, key, entry in rows:
            sets.setdefault(name, []).append((key, entry))
    for name in sorted(sets, key=lambda s: (int(re.sub(r"\D", "", s) or 0), s)):
        if wanted and name not in wanted:
            continue
        lost = [(key, e) for key, e in sets[name]
                if not (path := into / f"heldout{name}" / (e.get("file") or f"{key}.txt")).is_file()
                or e.get("sha256") not in (None, _sha(path.read_bytes()))]
        print(f"{name}: 已恢复 {len(sets[name]) - len(lost)}/{len(sets[name])}")
        for key, e in lost:
            print(f"    {key} {e.get('organ') or ''} {e.get('year') or ''} {e['url']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("answers", nargs="*", type=Path, help="search answers pasted as JSON")
    ap.add_argument("--into", type=Path, required=True, help="folder that holds heldout<set>/ (outside the repository)")
    ap.add_argument("--missing", nargs="*", metavar="SET", help="list what is not restored (of these sets, or of all)")
    args = ap.parse_args()
    if args.missing is None and not args.answers:
        sys.exit("restore.py：请给出粘贴的检索结果（JSON 文件），或用 --missing 列出尚未恢复的原文")
    restore(args.answers, args.into)
    if args.missing is not None:
        missing(args.into, args.missing)


if __name__ == "__main__":
    main()
