"""A 整改 block written with 【】 labels (liyang-2026, red team 12: 【问题4】…, 【整改措施】…, 【整改时限】…) is text of the
body: its time limit and its target belong to the block's section, and the next group heading still counts on."""

from __future__ import annotations

import notice_parser
from notice_parser.model import walk_sections

TEXT = (
    "一、项目建设方面\n问题1：市第二水厂扩建工程受征地拆迁影响。\n整改时限：2026年12月31日前\n"
    "二、民生实事方面\n【问题2】城区新建公办幼儿园3所，其中城南幼儿园因设计变更未能按期开工。\n"
    "【整改措施】优化设计审批流程，采用“容缺受理”方式加快施工许可办理。\n【整改时限】2027年8月底前建成投用\n"
    "【整改目标】新增公办学位540个，公办园在园幼儿占比提高到60%。\n三、安全生产方面\n问题3：部分老旧小区消防通道被占用。\n"
)


def test_bracket_labelled_block_lines_stay_in_their_section():
    doc = notice_parser.parse_text(TEXT)
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "1.1", "2", "2.2", "3", "3.3"]
    by_raw = {d.raw: d.section_id for d in doc.deadlines}
    assert by_raw["2027年8月底前"] == "2.2"
    assert {t.value: t.section_id for t in doc.targets}[540] == "2.2"
