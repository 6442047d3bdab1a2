"""The vocabulary of findings: severities and categories (spec §7). The codes are the contract; the labels are
what reviewers read."""

SEVERITY_LABELS: dict[str, str] = {"error": "错误", "warning": "警告"}
SEVERITIES = tuple(SEVERITY_LABELS)

CATEGORIES: dict[str, str] = {
    "arithmetic": "勾稽关系",
    "cross_year": "跨年衔接",
    "text_table": "文表一致",
    "format": "格式版本",
    "period": "统计期限",
    "organ": "单位名称",
    "blank": "空白单元格",
    "unit": "计量单位",
    "fees": "收费",
    "content": "内容质量",
    "contact": "联系方式",
    "wording": "文字规范",
    "integrity": "页面完整",
}
