"""HTML of the report (title, preamble, six sections, official tables, signature, review block).

Layout comes from the format description (:mod:`nianbao.render.layout`); words and
markup live in the Jinja templates under ``nianbao/templates/report``.
"""

from .report import (
    colophon_html,
    findings_panel_html,
    generated_on,
    preamble_html,
    report_html,
    report_title,
    section_html,
    signature_html,
    title_html,
    wrap_html,
)

__all__ = [
    "report_html",
    "report_title",
    "title_html",
    "preamble_html",
    "section_html",
    "signature_html",
    "findings_panel_html",
    "wrap_html",
    "colophon_html",
    "generated_on",
]
