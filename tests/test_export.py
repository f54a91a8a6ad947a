"""The ledger and the tracker exports (--to jsonl|csv|xlsx) as a user gets them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess

import openpyxl
import pytest
from conftest import CORPORA, ROOT

import notice_parser
from notice_parser.cli import main
from notice_parser.ledger import ledger

TIANSHUI = CORPORA / "tianshui-2017-30.txt"
CHECKLIST = ROOT / "tests" / "fixtures" / "zhenggai-qingdan.docx"
ROLE_WORD = {"lead_units": "牵头", "responsible_units": "责任", "supporting_units": "配合"}


def json_triples(path) -> list[tuple[str, str, str]]:
    """(measure id, unit name, role word) read from the JSON output, not from the ledger."""
    data = json.loads(notice_parser.to_json(notice_parser.parse(path)))
    return [
        (m["id"], u["name"], ROLE_WORD[field])
        for m in data["measures"]
        for field in ("lead_units", "responsible_units", "supporting_units")
        for u in m[field]
    ]


def test_ledger_has_one_plain_row_per_measure_unit_and_role():
    doc = notice_parser.parse_text(
        "一、任务\n（一）治理扬尘，2017年8月底前完成，每年考核一次。"
        "（牵头单位：市环保局；责任单位：市住建局、市城管局；配合单位：市公安局）\n"
    )
    rows = ledger(doc)
    assert [(r["measure_id"], r["unit"], r["role"], r["role_code"]) for r in rows] == [
        ("1.1", "市环保局", "牵头", "lead"),
        ("1.1", "市住建局", "责任", "responsible"),
        ("1.1", "市城管局", "责任", "responsible"),
        ("1.1", "市公安局", "配合", "supporting"),
    ]
    first = rows[0]
    assert first["section_path"] == "一、任务 > （一）治理扬尘，2017年8月底前完成，每年考核一次"
    assert first["due"] == "2017-08-31"
    assert first["deadlines"] == ["2017-08-31", "R/P1Y"]
    assert first["deadlines_raw"] == ["2017年8月底前", "每年"]
    assert first["text"].startswith("（一）治理扬尘") and first["text"].endswith("市公安局）")
    assert first["unit_raw"] == "市环保局"
    assert json.loads(json.dumps(rows, ensure_ascii=False)) == rows  # plain data only


def test_ledger_of_tianshui_keeps_the_measures_units_in_order():
    doc = notice_parser.parse(TIANSHUI)
    rows = [r for r in ledger(doc) if r["measure_id"] == "3.7.2"]
    assert [(r["unit"], r["role"]) for r in rows if r["role"] == "责任"] == [
        ("秦州区委", "责任"),
        ("麦积区委", "责任"),
        ("秦州区政府", "责任"),
        ("麦积区政府", "责任"),
    ]
    assert [(r["measure_id"], r["unit"], r["role"]) for r in ledger(doc)] == json_triples(TIANSHUI)


def test_xlsx_workbook_sheets_rows_and_layout(tmp_path):
    out = tmp_path / "t.xlsx"
    assert main([str(TIANSHUI), "--to", "xlsx", "-o", str(out)]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]  # no temporary left behind
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["任务清单", "责任分解", "时限", "目标", "单位汇总"]
    tasks, split = wb["任务清单"], wb["责任分解"]
    assert [c.value for c in tasks[1]] == [
        "文件",
        "编号",
        "所属章节",
        "任务",
        "原文",
        "牵头单位",
        "责任单位",
        "配合单位",
        "完成时限",
        "时限原文",
        "目标",
    ]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:"), ws.title
    header = [c.value for c in split[1]]
    col = {h: i for i, h in enumerate(header)}
    body = list(split.iter_rows(min_row=2, values_only=True))
    assert [(r[col["编号"]], r[col["单位"]], r[col["角色"]]) for r in body] == json_triples(TIANSHUI)
    assert {r[col["文件"]] for r in body} == {"tianshui-2017-30.txt"}
    measures = notice_parser.parse(TIANSHUI).measures
    task_rows = list(tasks.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in task_rows] == [m.id for m in measures]
    row = next(r for r in task_rows if r[1] == "3.7.4.2")
    assert row[5] == "市水务局、市国土资源局"
    assert row[8] == dt.datetime(2017, 6, 30)  # a real Excel date, not text
    assert tasks.cell(row=2, column=5).alignment.wrap_text is True
    assert 60 <= tasks.column_dimensions["E"].width < 61  # XlsxWriter adds the cell padding
    # rows are as tall as their wrapped text needs (8 lines at most): a long 原文 gets 8 lines of 15 pt
    assert tasks.row_dimensions[2].height == 120
    assert split.row_dimensions[1].height is None  # the header row keeps its height


def test_xlsx_converts_with_libreoffice_headless(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("SKIP reason: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
    out = tmp_path / "t.xlsx"
    assert main([str(TIANSHUI), "--to", "xlsx", "-o", str(out)]) == 0
    # UTF-8 (76), every sheet (-1) into <name>-<sheet>.csv
    filt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    profile = f"-env:UserInstallation=file://{tmp_path}/lo"
    r = subprocess.run(
        [soffice, profile, "--headless", "--convert-to", filt, "--outdir", str(tmp_path / "csv"), str(out)],
        capture_output=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr.decode(errors="replace")
    with open(tmp_path / "csv" / "t-责任分解.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    col = {h: i for i, h in enumerate(rows[0])}
    assert [(r[col["编号"]], r[col["单位"]], r[col["角色"]]) for r in rows[1:]] == json_triples(TIANSHUI)
    with open(tmp_path / "csv" / "t-任务清单.csv", encoding="utf-8", newline="") as f:
        tasks = list(csv.reader(f))
    assert [r[1] for r in tasks[1:]] == [m.id for m in notice_parser.parse(TIANSHUI).measures]
    assert next(r for r in tasks if r[1] == "3.7.4.2")[8] == "2017-06-30"


def test_several_inputs_go_into_one_workbook_with_a_file_column(tmp_path, capsys):
    out = tmp_path / "both.xlsx"
    assert main([str(TIANSHUI), str(CHECKLIST), "-o", str(out), "-q"]) == 0  # --to from the extension
    wb = openpyxl.load_workbook(out, read_only=True)
    files = [r[0] for r in wb["任务清单"].iter_rows(min_row=2, values_only=True)]
    assert files.count("zhenggai-qingdan.docx") == 22
    assert files.count("tianshui-2017-30.txt") == len(notice_parser.parse(TIANSHUI).measures)
    units = {r[0]: r for r in wb["单位汇总"].iter_rows(min_row=2, values_only=True)}
    assert any("zhenggai-qingdan.docx:table1.row" in (r[10] or "") for r in units.values())


def test_csv_is_the_ledger_in_utf8_with_a_bom(tmp_path):
    out = tmp_path / "t.csv"
    assert main([str(TIANSHUI), "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][:5] == ["文件", "编号", "所属章节", "任务", "单位"]
    col = {h: i for i, h in enumerate(rows[0])}
    assert [(r[col["编号"]], r[col["单位"]], r[col["角色"]]) for r in rows[1:]] == json_triples(TIANSHUI)


def test_jsonl_is_one_notice_per_line(tmp_path):
    out = tmp_path / "all.jsonl"
    assert main([str(TIANSHUI), str(CHECKLIST), "--to", "jsonl", "-o", str(out), "-q"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert [d["source"]["format"] for d in docs] == ["txt", "docx"]
    assert docs[0]["notice"]["doc_number"] == "市委发〔2017〕30号"


def test_export_usage_errors_are_one_line_and_write_nothing(tmp_path, capsys):
    assert main([str(TIANSHUI), "--to", "xlsx"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--to xlsx needs -o" in err
    assert main([str(TIANSHUI), "--to", "csv", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a directory" in err
    bad = tmp_path / "random.doc"
    bad.write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "bad.xlsx"
    assert main([str(bad), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "random.doc" in err and "Traceback" not in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["random.doc"]


def test_one_unreadable_input_does_not_stop_the_others(tmp_path, capsys):
    bad = tmp_path / "random.doc"
    bad.write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "t.csv"
    assert main([str(bad), str(TIANSHUI), "-o", str(out), "-q"]) == 3
    assert "random.doc" in capsys.readouterr().err
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert {r[0] for r in rows[1:]} == {"tianshui-2017-30.txt"}
