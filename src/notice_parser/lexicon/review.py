"""Words of the review page (``notice_parser.review``): labels shown to a
clerk, and what makes a passage worth a second look when nothing was
extracted from it."""

from __future__ import annotations

#: item kinds as named in the legend and tooltips
KIND_LABELS: dict[str, str] = {
    "measure": "任务",
    "unit": "单位",
    "deadline": "时限",
    "target": "目标",
    "warning": "警告",
    "unextracted": "未提取",
}

#: roles as named on unit chips and tooltips
ROLE_LABELS: dict[str, str] = {
    "lead": "牵头",
    "responsible": "责任",
    "supporting": "配合",
}

#: side-panel headings and header-field names
PANEL_LABELS: dict[str, str] = {
    "header": "文件信息",
    "title": "标题",
    "doc_number": "文号",
    "issuers": "发文机关",
    "recipients": "主送",
    "date": "成文日期",
    "plan_title": "印发文件",
    "attachments": "附件",
    "measures": "任务",
    "filter": "按单位筛选",
    "all_units": "全部单位",
    "warnings": "警告",
}

#: a body line holding one of these but overlapping no extracted item is
#: marked 未提取: a role word, a date, or a number with a counter
SUSPECT_PATTERN = r"""(?x)
    牵头 | 负责 | 配合 | 协办 | 责任单位 | 责任部门
  | \d+\s*年 | \d+\s*月 | 年底 | 月底 | 年内
  | \d+(?:\.\d+)?\s*(?:%|％|个|家|项|所|条|座|人|户|公里|平方米|万|亿)
"""
