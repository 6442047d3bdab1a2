"""The per-year index page of a batch: every township, its status and counts, linked."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(loader=PackageLoader("nianbao", "templates/index"), autoescape=select_autoescape(["j2", "html"]),
                   trim_blocks=True, lstrip_blocks=True)


def write_index(out_dir: Path, year: str, outcomes: list) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = [o for o in outcomes if not o.ok]
    page = _env.get_template("year.html.j2").render(
        year=year,
        outcomes=outcomes,
        total=len(outcomes),
        failed=len(failed),
        with_errors=sum(1 for o in outcomes if o.ok and o.errors),
    )
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
