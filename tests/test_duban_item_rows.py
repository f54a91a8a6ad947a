"""A 督办通知单 whose items each carry their own key rows (extract/cards.py): a two-column Word/HTML table with no
header row — the form's own rows first (督办事项 | the matter's title, 督办类别, 事项来源, 领导批示), then per item
its name row (事项一 | 推进…。将…), its 承办单位 (牵头：X、Y　　配合：A、B) and its 办理时限, and after the last item
the form's 督办要求 (1.… ⏎ 2.…), 反馈方式 and 联系人. The items are keyed 事项一 / 督办事项（一）/ 第一项 / 事项1;
the form's bookkeeping rows (督办类别, 反馈方式, 督办编号) are keys the reader passes over, not values with no key.
Invented fixtures (all fail at fbc4f77: the table was read as no form at all)."""

from __future__ import annotations

import pytest
from conftest import id_roles
from form_parts import form_docx, form_html

import notice_parser
from notice_parser.model import walk_sections

HEAD = ["某川市人民政府督查室", "督 办 通 知 单", "川督〔2026〕第5号", "签发人：李某"]
FORM = [
    ("督办事项", "市政府第4次常务会议议定事项落实"),
    ("督办类别", "市政府常务会议议定事项（重点督办）　　督办层级：B类"),
    ("事项来源", "2026年2月26日市政府第4次常务会议纪要"),
    ("领导批示", "请督查室跟踪督办，确保按期办结。——市长 某某 2026年3月2日"),
]
ITEMS = [
    (
        "加快城区停车设施建设。新增公共停车泊位不少于3000个，智慧停车平台接入率达到90%以上。",
        "牵头：市住房和城乡建设局、市公安局　　配合：市自然资源和规划局、市城市管理局",
        "2026年7月31日前完成选址；2026年12月31日前全部建成",
    ),
    (
        "整治农贸市场环境秩序。城区农贸市场标准化改造完成率达到100%。",
        "牵头：市商务局　　配合：市市场监督管理局，各区人民政府负责本辖区市场整治",
        "每月10日前报送进展；2026年10月31日前完成",
    ),
    (
        "提升公园绿地服务水平。新建口袋公园不少于12个。",
        "牵头：市园林绿化局　　配合：市财政局，其他相关部门参与",
        "2026年9月30日前",
    ),
]
TAIL = [
    ("督办要求", "1.各承办单位于3月20日前报送工作方案。\n2.牵头单位负责统筹协调，配合单位主动对接。"),
    ("反馈方式", "各承办单位按事项分别书面反馈，电子件同步上传督查督办系统。"),
    ("联系人", "市政府督查室　王某　电话：0000-7654321"),
]
KEYS = {
    "事项一": ["事项一", "事项二", "事项三"],
    "督办事项（一）": ["督办事项（一）", "督办事项（二）", "督办事项（三）"],
    "第一项": ["第一项", "第二项", "第三项"],
    "事项1": ["事项1", "事项2", "事项3"],
}


def _rows(keys: list[str]) -> list[tuple[str, str]]:
    rows = list(FORM)
    for key, (matter, units, due) in zip(keys, ITEMS, strict=True):
        rows += [(key, matter), ("承办单位", units), ("办理时限", due)]
    return rows + TAIL


_AFTER = ["某川市人民政府督查室（盖章）", "2026年3月5日", "抄送：市委督查室。"]


def _docx(rows: list[tuple[str, str]]) -> bytes:
    return form_docx(HEAD, rows, _AFTER)


def _html(rows: list[tuple[str, str]]) -> bytes:
    return form_html(HEAD, rows, _AFTER)


@pytest.mark.parametrize("keys", sorted(KEYS))
@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_items_each_followed_by_their_own_key_rows(fmt, keys):
    rows = _rows(KEYS[keys])
    doc = notice_parser.parse(_docx(rows) if fmt == "docx" else _html(rows), format=fmt)
    assert doc.notice.doc_number == "川督〔2026〕第5号"
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "加快城区停车设施建设"),
        ("2", "整治农贸市场环境秩序"),
        ("3", "提升公园绿地服务水平"),
        ("3.1", "各承办单位于3月20日前报送工作方案"),
        ("3.2", "牵头单位负责统筹协调，配合单位主动对接"),
    ]
    got = [(i, sorted(a), sorted(b), sorted(c)) for i, a, b, c in id_roles(doc)]
    assert got == [
        ("1", ["市住房和城乡建设局", "市公安局"], [], ["市城市管理局", "市自然资源和规划局"]),
        ("2", ["市商务局"], ["各区人民政府"], ["市市场监督管理局"]),
        ("3", ["市园林绿化局"], [], ["其他相关部门", "市财政局"]),
    ]
    found = {(d.section_id, d.kind, getattr(d, "date", None) or getattr(d, "period", None)) for d in doc.deadlines}
    assert {
        ("1", "by", "2026-07-31"),
        ("1", "by", "2026-12-31"),
        ("2", "recurring", "month"),
        ("2", "by", "2026-10-31"),
        ("3", "by", "2026-09-30"),
    } <= found
    targets = {(t.section_id, t.value, t.unit) for t in doc.targets}
    assert {("1", 3000, "个"), ("1", 90, "%"), ("2", 100, "%"), ("3", 12, "个")} <= targets
