"""Account for everything (issue 8): every time expression and counted
number is held by an item or skipped with a recorded reason."""

from __future__ import annotations

from pathlib import Path

import notice_parser
from notice_parser.cli import main
from notice_parser.extract import accounting

COUNTY = Path(__file__).parent / "fixtures" / "notices" / "county-2023-yanglao-fuwu.txt"


def _status(doc):
    return {(e.kind, e.text): (e.status, e.reason) for e in accounting.account(doc)}


def test_every_time_expression_and_number_of_the_county_plan_is_accounted():
    got = _status(notice_parser.parse(COUNTY))
    assert got[("time", "2023年3月6日")] == ("header", None)
    assert got[("time", "2022年")] == ("skipped", "status_date")
    assert got[("number", "41.2万人")] == ("skipped", "status")
    assert got[("number", "5.2%")] == ("skipped", "status")
    assert got[("time", "十三五")] == ("skipped", "past_plan_period")
    assert got[("number", "500万元")] == ("skipped", "eligibility")
    assert got[("number", "4000张")] == ("item", None)
    assert got[("time", "9月份")] == ("item", None)
    assert [k for k, (s, _) in got.items() if s == "unaccounted"] == []


def test_names_titles_and_irregular_words_are_skipped_with_a_reason():
    doc = notice_parser.parse_text(
        "一、任务\n（一）开通“24小时”服务热线，落实《2021年工作方案》，领导小组不定期召开会议，"
        "树牢“四个意识”，每5所幼儿园配备1名督学。\n"
    )
    got = _status(doc)
    assert got[("time", "2021年")] == ("skipped", "title_or_plan_name")
    assert got[("time", "定期")] == ("skipped", "irregular")
    assert got[("number", "四个")] == ("skipped", "cn_numeral_name_or_vague")
    assert got[("number", "5所")] == ("skipped", "ratio_base")


def test_a_registered_kind_is_accounted_too_and_left_unaccounted_when_nothing_holds_it():
    accounting.register_kind(
        "probe", lambda text: [(i, i + 2) for i in range(len(text)) if text.startswith("牵头", i)], lambda doc: []
    )
    try:
        doc = notice_parser.parse_text("一、任务\n（一）完成整改。（市环保局牵头）\n")
        probe = [e for e in accounting.account(doc) if e.kind == "probe"]
        assert [(e.text, e.status) for e in probe] == [("牵头", "unaccounted")]
        assert accounting.unaccounted_share(accounting.account(doc), {"probe"}) == (1, 1)
    finally:
        del accounting.KINDS["probe"]


def test_explain_lists_each_expression_with_its_item_or_reason(capsys):
    assert main([str(COUNTY), "--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"# {COUNTY}"
    assert "number\t159-165\t41.2万人\tskipped (status)" in out
    assert out[-1].startswith("# 0 of ") and out[-1].endswith(" unaccounted")


def test_explain_on_a_missing_file_is_one_line_and_exit_2(capsys):
    assert main(["no/such/file.txt", "--explain"]) == 2
    assert capsys.readouterr().err == "parse-notice: no/such/file.txt: no such file\n"
