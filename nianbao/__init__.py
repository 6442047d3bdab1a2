"""nianbao — reproducible 政府信息公开工作年度报告 for every township.

Data flows one way: load → validate → check → render → publish.
"""

__version__ = "0.1.0"
