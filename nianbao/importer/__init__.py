"""Import a published 政府信息公开工作年度报告 (scraped text, HTML, PDF or Word) into a township-year dataset.

``import_report(path)`` → :class:`ImportResult` with the dataset mapping (``raw``), the
validated dataset (or None), the flat cells JSON, the import log and the texts before
and after normalisation. Modules: decode (bytes → text), html (HTML → lines), pdf and docx
(documents → the same lines), normalise, tokens, tables (cells by the labels of the format
descriptions), structure (organ, year, period, contact, headings), narrative, report (the
pipeline), result, log.
"""

from .log import ImportLog, LogEntry
from .reader import import_report
from .result import ImportResult

__all__ = ["import_report", "ImportResult", "LogEntry", "ImportLog"]
