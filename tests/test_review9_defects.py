"""Defects of review 9 (session 9 commits), each with the reviewer's reproducer and realistic variants of
its family, asserting the values a reader of the notice expects."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import id_roles

import notice_parser
from notice_parser.extract.clauses import chain_role


def _roles(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    doc = notice_parser.parse_text(text)
    return id_roles(doc)


def _deadlines(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = notice_parser.parse_text(text)
    return [(d.kind, getattr(d, "duration", None), getattr(d, "period", None)) for d in doc.deadlines]


# 3. a sentence that opens with a causative or policy verb (鼓励, 引导, 支持, 督促 …) is a task, not a unit list


@pytest.mark.parametrize(
    "sentence",
    [
        "鼓励金融机构积极参与。",  # the reviewer's reproducers
        "督促各县（市、区）人民政府抓好落实。",
        "引导民营企业积极参与。",
        "支持龙头企业牵头。",
        "重点支持省级以上研发机构参与。",
        "推动各级工会组织积极参与。",  # variants of the family
        "动员社会力量广泛参与。",
        "指导各乡镇人民政府抓好落实。",
        "吸引社会资本参与。",
        "请各县区人民政府负责落实。",
        "组织行业协会积极参与。",
    ],
)
def test_a_sentence_opening_with_a_policy_verb_is_no_clause(sentence):
    assert _roles(f"一、任务\n（一）完成整改任务。{sentence}\n") == []


def test_a_unit_whose_name_holds_a_policy_verb_still_reads():
    # the verb stops a unit list only at its start: 市推动… is not a unit name anyway, but a list that
    # starts with a unit is read as before
    assert _roles("一、任务\n（一）完成整改任务。市住房城乡建设局牵头，市财政局配合。\n") == [
        ("1.1", ["市住房城乡建设局"], [], ["市财政局"])
    ]


# 4. a weak supporting verb (协调, 协同) after 牵头 or 负责 does not decide the role


@pytest.mark.parametrize(
    ("chain", "role"),
    [
        ("牵头协调", "lead"),
        ("负责协调", "responsible"),
        ("牵头负责协调", "lead"),
        ("牵头协同", "lead"),
        ("负责协同", "responsible"),
        ("协调", "supporting"),  # alone, it helps (省邮政管理局协调, 舟山海关协同)
        ("协同", "supporting"),
        ("统筹协调", "lead"),
        ("协同推进", "responsible"),
        ("配合协调", "supporting"),
    ],
)
def test_the_role_of_a_chain_that_ends_in_a_weak_supporting_verb(chain, role):
    assert chain_role(chain) == role


def test_a_lead_that_coordinates_stays_the_lead():
    text = (
        "一、任务\n（一）推进工业污染治理。2025年底前完成重点行业超低排放改造。"
        "（市生态环境局牵头协调，市工业和信息化局配合）\n"
        "（二）推进交通污染治理。（市交通运输局负责协调，市公安局配合）\n"
        "（三）推进寄递包装治理。（市商务局牵头，省邮政管理局协调）\n"
    )
    assert _roles(text) == [
        ("1.1", ["市生态环境局"], [], ["市工业和信息化局"]),
        ("1.2", [], ["市交通运输局"], ["市公安局"]),
        ("1.3", ["市商务局"], [], ["省邮政管理局"]),
    ]


# 7. an N. that opens a line is a list marker, never the integer part of a decimal


def test_a_list_marker_before_a_count_is_not_part_of_a_decimal():
    text = (
        "一、压缩办理时限\n1.5个工作日内完成企业开办。\n2.3个工作日内完成不动产登记。\n3.0.5个工作日内完成印章刻制。\n"
    )
    assert _deadlines(text) == [("within", "P5D", None), ("within", "P3D", None), ("within", "P0.5D", None)]


def test_list_markers_with_limits_and_full_width_points():
    text = (
        "一、压缩办理时限\n１．10个工作日内完成施工许可审批。\n"
        "2.审批时限压缩至15个工作日以内。\n3.整改时限一般不超过30天。\n"
    )
    assert [d[1] for d in _deadlines(text)] == ["P10D", "P15D", "P30D"]


def test_a_decimal_count_inside_a_sentence_stays_a_decimal():
    text = "一、压缩办理时限\n（一）企业开办。全程网办，1.5个工作日内办结。\n"
    assert _deadlines(text) == [("within", "P1.5D", None)]


# 8. a rate unit before 每 makes a rate only after a number


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("两市双方每季度召开一次联席会议。", "quarter"),  # the reviewer's reproducers
        ("各地方每月开展一次专项检查。", "month"),
        ("合作双方每年召开一次工作会议。", "year"),
        ("甲乙两方每半年会商一次。", "half_year"),
    ],
)
def test_a_word_ending_in_a_unit_character_is_no_rate(sentence, period):
    assert _deadlines(f"一、任务\n（一）加强协作。{sentence}\n") == [("recurring", None, period)]


@pytest.mark.parametrize(
    "sentence",
    ["新建供水规模1000立方米每日以上的水厂。", "处理能力达到50吨每天。", "年处置能力达到100万吨每年。"],
)
def test_a_number_and_unit_before_every_is_a_rate(sentence):
    assert _deadlines(f"一、任务\n（一）提升能力。{sentence}\n") == []


# 9. the word cut works in a process whose working directory was removed


def test_the_word_cut_works_when_the_working_directory_is_gone(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    code = (
        f"import os\nos.chdir({str(gone)!r})\nos.rmdir({str(gone)!r})\n"
        "from notice_parser.extract import wordcut\n"
        "print('|'.join(wordcut._cut('市生态环境局负责推进大气污染防治')))\n"
    )
    src = os.path.dirname(os.path.dirname(os.path.abspath(notice_parser.__file__)))
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "empty-cache"), "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "负责" in done.stdout.strip().split("|")
    assert "".join(done.stdout.strip().split("|")) == "市生态环境局负责推进大气污染防治"
