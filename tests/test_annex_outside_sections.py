"""Annex material after the numbered body lies outside every section (ANNOTATE: what sits outside every numbered
section carries section_id null): a task or indicator table after an annex head gives measures table<N>.row<M>, but
its deadlines and targets belong to no section, whatever the head is written as (附件 / 附件1 / 附件1 and a title opening
with a year after a space / 附表： / 附：) and
whatever the format. Phrases from wuxi-2025 (red team 5: 附：2025年全市生态环境主要指标分解表 after the last item of
七、) and tongxi-2025 (red team 9: the 整改任务清单 after 四、)."""

from __future__ import annotations

import pytest

import notice_parser

BODY = (
    "无锡市生态环境局2025年工作要点\n"
    "一、防范化解生态环境风险\n"
    "1. 加强核与辐射安全监管。完成全市放射源在线监控系统升级，每季度开展一次辐射安全隐患排查。责任单位：核与辐射安全监管处\n"
    "二、加强党的建设和队伍建设\n"
    "1. 深入推进全面从严治党，每季度召开一次党风廉政建设形势分析会。责任单位：机关党委、人事处\n"
)
ROWS = [
    ("序号", "指标", "2025年目标", "牵头单位", "配合单位"),
    ("1", "PM2.5平均浓度", "≤28微克/立方米", "大气环境处", "各市（县）区生态环境局（分局）"),
    ("2", "空气质量优良天数比率", "≥82%", "大气环境处", "市生态环境监测监控中心"),
    ("3", "受污染耕地安全利用率", "≥93%", "土壤生态环境处", "各市（县）区生态环境局（分局）"),
]
TITLE = "2025年全市生态环境主要指标分解表"


def _markdown(head: str) -> str:
    table = ["| " + " | ".join(ROWS[0]) + " |", "|" + "---|" * len(ROWS[0])]
    table += ["| " + " | ".join(r) + " |" for r in ROWS[1:]]
    return BODY + "\n---\n\n" + head + TITLE + "\n\n" + "\n".join(table) + "\n"


def _text(head: str) -> str:
    return BODY + "\n" + head + TITLE + "\n\n" + "\n".join("\t".join(r) for r in ROWS) + "\n"


def _html(head: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY.splitlines())
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    return (
        '<html><head><meta charset="utf-8"></head><body><div>'
        f"{paragraphs}<p>{head}{TITLE}</p><table border=1>{rows}</table></div></body></html>"
    )


@pytest.mark.parametrize("head", ["附：", "附:", "附件：", "附件1：", "附件1 ", "附表："])
@pytest.mark.parametrize(("suffix", "render"), [("md", _markdown), ("txt", _text), ("html", _html)])
def test_table_after_annex_head_is_outside_every_section(tmp_path, head, suffix, render):
    path = tmp_path / f"notice.{suffix}"
    path.write_text(render(head), encoding="utf-8")
    doc = notice_parser.parse(path)
    last = doc.sections[-1]
    assert last.id == "2"
    assert TITLE not in doc.text[last.span[0] : last.span[1]]
    assert [m.id for m in doc.measures if m.id.startswith("table")] == ["table1.row1", "table1.row2", "table1.row3"]
    in_table = [t for t in doc.targets if t.span[0] > doc.text.index(TITLE)]
    assert sorted(t.value for t in in_table) == [28, 82, 93]
    assert {t.section_id for t in in_table} == {None}
    # the items' own deadlines keep their sections
    assert {d.section_id for d in doc.deadlines} == {"1.1", "2.1"}
