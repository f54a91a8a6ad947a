"""The tables a tracker imports, as (Chinese header, width, kind) columns and
rows of plain values, built from the ledger. The csv and xlsx exporters
write these same tables, so a column means the same in both.

Kinds: ``text`` (short), ``wrap`` (long text, wrapped), ``date`` (an ISO
date, an Excel date in a workbook), ``int`` and ``num``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..ledger import ROLES, deadline_iso, ledger, measure_rows, target_text
from ..model import NoticeDocument

JOIN = "、"  # between unit names, as a notice writes them
LINES = "\n"  # between deadlines or targets: one per line in a cell


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"


@dataclass
class Table:
    sheet: str
    columns: list[Column]
    rows: list[list]


def file_label(doc: NoticeDocument) -> str:
    """The 文件 column: the input's file name (standard input stays '-')."""
    name = doc.source.name
    return name if name in ("-", "<text>", "<bytes>") else Path(name).name


LEDGER_COLUMNS = [
    Column("文件", 18),
    Column("编号", 10),
    Column("所属章节", 28, "wrap"),
    Column("任务", 30, "wrap"),
    Column("单位", 22, "wrap"),
    Column("规范名称", 30, "wrap"),
    Column("行政区划代码", 12),
    Column("群体", 6),
    Column("角色", 6),
    Column("完成时限", 12, "date"),
    Column("时限原文", 22, "wrap"),
    Column("时限(ISO)", 22, "wrap"),
    Column("目标", 30, "wrap"),
    Column("原文", 60, "wrap"),
    Column("单位原文", 22, "wrap"),
]


def _yes_no(flag) -> str:
    return "" if flag is None else ("是" if flag else "否")


def ledger_table(docs: list[NoticeDocument]) -> Table:
    """责任分解: the ledger, one row per measure × unit × role."""
    rows = []
    for doc in docs:
        label = file_label(doc)
        for r in ledger(doc):
            rows.append(
                [
                    label,
                    r["measure_id"],
                    r["section_path"],
                    r["heading"] or "",
                    r["unit"],
                    r["canonical"] or "",
                    r["adcode"] or "",
                    _yes_no(r["group"]),
                    r["role"],
                    r["due"],
                    LINES.join(r["deadlines_raw"]),
                    LINES.join(r["deadlines"]),
                    LINES.join(r["targets"]),
                    r["text"],
                    r["unit_raw"],
                ]
            )
    return Table("责任分解", LEDGER_COLUMNS, rows)


TASK_COLUMNS = [
    Column("文件", 18),
    Column("编号", 10),
    Column("所属章节", 28, "wrap"),
    Column("任务", 30, "wrap"),
    Column("原文", 60, "wrap"),
    Column("牵头单位", 24, "wrap"),
    Column("责任单位", 30, "wrap"),
    Column("配合单位", 24, "wrap"),
    Column("完成时限", 12, "date"),
    Column("时限原文", 22, "wrap"),
    Column("目标", 30, "wrap"),
]


def task_table(docs: list[NoticeDocument]) -> Table:
    """任务清单: one row per measure."""
    rows = []
    for doc in docs:
        label = file_label(doc)
        for r in measure_rows(doc):
            rows.append(
                [
                    label,
                    r["measure_id"],
                    r["section_path"],
                    r["heading"] or "",
                    r["text"],
                    JOIN.join(r["lead_units"]),
                    JOIN.join(r["responsible_units"]),
                    JOIN.join(r["supporting_units"]),
                    r["due"],
                    LINES.join(r["deadlines_raw"]),
                    LINES.join(r["targets"]),
                ]
            )
    return Table("任务清单", TASK_COLUMNS, rows)


DEADLINE_KINDS = {"by": "完成时间", "from": "起始时间", "during": "期间", "recurring": "定期", "within": "期限"}

DEADLINE_COLUMNS = [
    Column("文件", 18),
    Column("章节编号", 10),
    Column("所属任务", 14, "wrap"),
    Column("类型", 10),
    Column("原文", 30, "wrap"),
    Column("日期", 12, "date"),
    Column("起始日期", 12, "date"),
    Column("ISO", 22),
]


def _measures_at(doc: NoticeDocument, span: tuple[int, int]) -> str:
    return JOIN.join(m.id for m in doc.measures if m.span[0] <= span[0] and span[1] <= m.span[1])


def deadline_table(docs: list[NoticeDocument]) -> Table:
    """时限: every deadline of the notice, with the measures it belongs to."""
    rows = []
    for doc in docs:
        label = file_label(doc)
        for d in doc.deadlines:
            rows.append(
                [
                    label,
                    d.section_id or "",
                    _measures_at(doc, d.span),
                    DEADLINE_KINDS[d.kind],
                    d.raw,
                    getattr(d, "date", None),
                    getattr(d, "start", None),
                    deadline_iso(d),
                ]
            )
    return Table("时限", DEADLINE_COLUMNS, rows)


TARGET_COLUMNS = [
    Column("文件", 18),
    Column("章节编号", 10),
    Column("所属任务", 14, "wrap"),
    Column("指标", 30, "wrap"),
    Column("比较", 10),
    Column("数值", 12, "num"),
    Column("上限", 12, "num"),
    Column("单位", 10),
    Column("基期值", 12, "num"),
    Column("基期年份", 10, "int"),
    Column("目标年份", 10, "int"),
    Column("范围", 12),
    Column("约数", 6),
    Column("标记", 10),
    Column("目标", 30, "wrap"),
    Column("原文", 40, "wrap"),
]


def target_table(docs: list[NoticeDocument]) -> Table:
    """目标: every numeric target."""
    rows = []
    for doc in docs:
        label = file_label(doc)
        for t in doc.targets:
            rows.append(
                [
                    label,
                    t.section_id or "",
                    _measures_at(doc, t.span),
                    t.indicator or "",
                    t.comparator,
                    t.value,
                    t.value_max,
                    t.unit or "",
                    t.baseline,
                    t.baseline_year,
                    t.year,
                    t.scope or "",
                    "是" if t.approx else "",
                    t.flag or "",
                    target_text(t),
                    t.raw,
                ]
            )
    return Table("目标", TARGET_COLUMNS, rows)


UNIT_COLUMNS = [
    Column("单位", 30, "wrap"),
    Column("规范名称", 30, "wrap"),
    Column("行政区划代码", 12),
    Column("群体", 6),
    Column("文中写法", 30, "wrap"),
    Column("牵头", 8, "int"),
    Column("责任", 8, "int"),
    Column("配合", 8, "int"),
    Column("合计", 8, "int"),
    Column("文件", 24, "wrap"),
    Column("任务编号", 40, "wrap"),
]


def unit_table(docs: list[NoticeDocument]) -> Table:
    """单位汇总: each unit — by its canonical name, so that 市环保局 and
    天水市环境保护局 are one line; a group or an unresolved name by its
    name — with the measures it is named in and a count per role (a measure
    counts once per role however many spellings name the unit in it)."""
    summary: dict[str, dict] = {}
    several = len(docs) > 1
    for doc in docs:
        label = file_label(doc)
        for r in ledger(doc):
            key = r["canonical"] or r["unit"]
            s = summary.setdefault(
                key,
                {"canonical": r["canonical"], "adcode": r["adcode"], "group": r["group"], "names": [], "roles": {}},
            )
            if r["unit"] not in s["names"]:
                s["names"].append(r["unit"])
            measure = f"{label}:{r['measure_id']}" if several else r["measure_id"]
            s["roles"].setdefault(r["role_code"], [])
            if measure not in s["roles"][r["role_code"]]:
                s["roles"][r["role_code"]].append(measure)
            s.setdefault("files", [])
            if label not in s["files"]:
                s["files"].append(label)
    rows = []
    for key, s in summary.items():
        counts = [len(s["roles"].get(code, [])) for _f, code, _w in ROLES]
        measures = []
        for _f, code, _w in ROLES:
            measures += [m for m in s["roles"].get(code, []) if m not in measures]
        rows.append(
            [
                key,
                s["canonical"] or "",
                s["adcode"] or "",
                _yes_no(s["group"]),
                JOIN.join(s["names"]),
                *counts,
                len(measures),
                JOIN.join(s["files"]),
                JOIN.join(measures),
            ]
        )
    rows.sort(key=lambda row: (-int(row[8]), str(row[0])))
    return Table("单位汇总", UNIT_COLUMNS, rows)


def workbook_tables(docs: list[NoticeDocument]) -> list[Table]:
    """The sheets of the 台账 workbook, in order."""
    return [task_table(docs), ledger_table(docs), deadline_table(docs), target_table(docs), unit_table(docs)]
