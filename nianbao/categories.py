"""Categories of findings (spec §7): the codes are the contract, 类别 is what reviewers read."""

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
