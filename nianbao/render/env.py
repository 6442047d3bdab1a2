"""The Jinja environment of the report templates (``nianbao/templates/report``), autoescaping on."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from . import text
from .findings_panel import cell_anchor
from .values import cell_view


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("nianbao", "templates/report"),
        autoescape=True,  # every template, whatever its name: narrative text is user input
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        paragraphs=text.paragraphs,
        cn_date=text.cn_date,
        cn_number=text.cn_number,
    )
    env.globals.update(cell_view=cell_view, cell_anchor=cell_anchor, ordinal_heading=text.ordinal_heading)
    return env


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context).strip()
