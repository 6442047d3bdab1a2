"""The one Jinja environment of nianbao's pages: the report (``templates/report``) and the index (``templates/index``)."""

from __future__ import annotations

from functools import cache

from jinja2 import ChoiceLoader, Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined

from . import text
from .findings_panel import cell_anchor
from .values import cell_view


@cache
def environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([PackageLoader("nianbao", f"templates/{folder}") for folder in ("report", "index")]),
        autoescape=True,  # every template, whatever its name: narrative text is user input
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # Every fresh kernel of a batch renders a page: the templates' compiled code is kept (in a private folder
        # under the temporary directory, keyed by the template's source) instead of compiled in each kernel.
        bytecode_cache=FileSystemBytecodeCache(),
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


def render_page(name: str, **context) -> str:
    """A whole page, as the template writes it (no stripping)."""
    return environment().get_template(name).render(**context)
