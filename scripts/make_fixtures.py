"""Build the reader fixtures under tests/fixtures/ (a dev script, not needed at run time).

Needs python-docx (a runtime dependency anyway) and, for the .doc files and
the password-protected ones, LibreOffice (``apt-get install -y
libreoffice-writer-nogui``) with its Python UNO bridge (``/usr/bin/python3``
with ``import uno``; Debian ships it with LibreOffice).

Run from the repository root::

    python scripts/make_fixtures.py            # everything
    python scripts/make_fixtures.py --no-office  # skip what needs LibreOffice

What it writes (all under tests/fixtures/):

* ``tianshui-2017-30.docx`` / ``.doc`` - corpora/tianshui-2017-30.txt, one
  paragraph per line (.doc converted from the .docx by LibreOffice);
* ``tianshui-2017-30-numbered.docx`` - the same, but the markers of the
  一、 / (一) / 1. lines are Word automatic numbering (chineseCounting "%1、",
  chineseCounting "(%2)", decimal "%3."), not typed text;
* ``tianshui-2017-30-numbered.doc`` - that file converted by LibreOffice (the
  numbering becomes .doc list tables: LSTF/LVL and LFO);
* ``tianshui-2017-30.gb18030.txt``, ``.utf16.txt`` (BOM), ``.utf16le.txt`` (no BOM);
* ``zhenggai-qingdan.docx`` / ``.doc`` - a 整改措施清单: title paragraph, a
  6-column table (序号/整改任务/整改措施/牵头单位/责任单位/整改时限) with a
  header row and 22 data rows; 牵头单位 is vertically merged over data rows
  4-5, 12-13 and 18-20, one 整改措施 cell has two paragraphs; ``zhenggai-qingdan.json``
  holds the expected rows (the values each data row must carry);
* bad files: ``empty.docx`` (0 bytes), ``random.bin`` (4 KiB of seeded random
  bytes), ``truncated.doc`` / ``truncated.docx`` (first half of the Tianshui
  files), ``bomb.docx`` (a ~100 KB zip whose document.xml inflates to 100 MiB),
  ``xxe.docx`` (document.xml with an external entity to /etc/passwd),
  ``billion-laughs.docx`` (entity expansion DTD), ``encrypted.docx`` and
  ``encrypted.doc`` (password "secret"). The .doc is written by LibreOffice
  through UNO (storeToURL with a Password property: RC4 CryptoAPI, FIB
  fEncrypted set). LibreOffice 7.4 silently ignores that property for .docx,
  so the .docx is encrypted with msoffcrypto-tool (``pip install
  msoffcrypto-tool``, dev only; ECMA-376 agile encryption: an OLE2 file with
  EncryptionInfo and EncryptedPackage streams).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures"
TIANSHUI = ROOT / "corpora" / "tianshui-2017-30.txt"
PASSWORD = "secret"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CN = "一二三四五六七八九十"
LEVEL_RES = (
    re.compile(r"^\s*([一二三四五六七八九十]{1,3})、"),  # 一、
    re.compile(r"^\s*[(（]([一二三四五六七八九十]{1,3})[)）]"),  # (一)
    re.compile(r"^\s*(\d{1,2})\.(?!\d)"),  # 1.
)


def cn_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN.index(s[1]) + 1
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (CN.index(tens) + 1) * 10 + (CN.index(ones) + 1 if ones else 0)
    return CN.index(s) + 1


def add_text_paragraph(document, text: str):
    """One paragraph; tabs become w:tab through python-docx's run.text."""
    p = document.add_paragraph()
    if text:
        p.add_run(text)
    return p


# ------------------------------------------------------------------ Tianshui
def tianshui_lines() -> list[str]:
    return TIANSHUI.read_text(encoding="utf-8").split("\n")


def make_tianshui_docx(path: Path) -> None:
    document = docx.Document()
    lines = tianshui_lines()
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for line in lines:
        add_text_paragraph(document, line)
    document.save(path)


NUMBERING_LEVELS = (
    ("chineseCounting", "%1、"),
    ("chineseCounting", "(%2)"),
    ("decimal", "%3."),
)


def add_numbering(document) -> str:
    """Add a 3-level list (一、 / (一) / 1.) to numbering.xml and return its numId."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        f'<w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(NUMBERING_LEVELS)
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return str(nid)


def make_tianshui_numbered_docx(path: Path) -> int:
    """Lines whose marker Word numbering would reproduce get numPr instead of the typed marker."""
    document = docx.Document()
    num_id = add_numbering(document)
    counters = [0, 0, 0]
    lines = tianshui_lines()
    if lines and lines[-1] == "":
        lines = lines[:-1]
    numbered = 0
    for line in lines:
        for level, rx in enumerate(LEVEL_RES):
            m = rx.match(line)
            if not m:
                continue
            value = cn_value(m.group(1))
            if value != counters[level] + 1 or (level and counters[level - 1] == 0):
                break  # Word's counter would show another number: keep it typed
            counters[level] = value
            for deeper in range(level + 1, 3):
                counters[deeper] = 0
            p = add_text_paragraph(document, line[m.end() :])
            p_pr = p._p.get_or_add_pPr()
            p_pr.insert(
                0,
                parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'),
            )
            numbered += 1
            break
        else:
            add_text_paragraph(document, line)
    document.save(path)
    return numbered


# ------------------------------------------------------------------ 整改清单
UNITS = [
    "市环保局",
    "市林业局",
    "市水务局",
    "市国土资源局",
    "市住建局",
    "市工信委",
    "市发改委",
    "市农牧局",
    "市交通局",
    "市公安局",
    "市财政局",
    "市城管执法局",
    "市卫计委",
    "市安监局",
]
COUNTIES = "秦州区委和区政府、麦积区委和区政府、甘谷县委和县政府、武山县委和县政府、清水县委和县政府、秦安县委和县政府、张家川县委和县政府"

CHECKLIST_ROWS = [
    (
        "牢固树立绿色发展理念",
        "将生态文明建设理论纳入党委（党组）理论学习中心组学习内容，每年组织开展党政领导干部生态环境保护专题培训班。",
        "市委组织部",
        "市委宣传部、市人社局、市环保局",
        "2017年12月底前",
    ),
    (
        "把生态环境保护放在优先位置",
        "市委常委会会议、市政府常务会议每季度研究一次生态环境保护与建设工作。",
        "市委办公室、市政府办公室",
        "各县区委和县区政府",
        "长期坚持",
    ),
    (
        "加大生态环境保护宣传力度",
        "在市级新闻媒体设置环保宣传教育专栏，组织开展生态环境保护“进学校、进企业、进社区”活动。",
        "市委宣传部",
        "市教育局、市民政局、市文化旅游局",
        "长期坚持",
    ),
    (
        "全面落实“党政同责、一岗双责”",
        "建立健全涵盖党委、政府领导班子成员及其部门的生态环境保护责任体系。",
        "市委办公室、市政府办公室",
        "各县区委和县区政府、市环委会各成员单位",
        "2017年9月底前",
    ),
    (
        "全面落实绿色发展指标",
        "把资源消耗、环境损害、生态效益等指标纳入经济社会发展综合评价体系。",
        None,
        "市统计局、市发改委",
        "2017年12月底前",
    ),
    (
        "强化大气污染防治",
        "加强燃煤锅炉整治，2017年底前城市建成区10蒸吨以下燃煤锅炉全部淘汰。",
        "市环保局",
        "市工信委、市住建局、市质监局",
        "2017年12月底前",
    ),
    (
        "深入推进水污染防治",
        "实施渭河干流及藉河等支流综合治理，城市建成区消除黑臭水体。",
        "市水务局",
        "市环保局、市住建局",
        "2018年6月底前",
    ),
    (
        "积极推动土壤污染防治",
        "开展土壤污染状况详查，完成土壤环境质量国控监测点位设置。",
        "市环保局",
        "市国土资源局、市农牧局",
        "2018年12月底前",
    ),
    (
        "加强固体废物监督管理",
        "规范危险废物收集、贮存、转移和处置，建立危险废物管理台账。",
        "市环保局",
        "市卫计委、市工信委",
        "长期坚持",
    ),
    (
        "规范城乡生活垃圾和污水处理",
        "加快县城污水处理厂提标改造，推进乡镇垃圾收集转运体系建设。",
        "市住建局",
        "各县区政府、市城管执法局",
        "2018年12月底前",
    ),
    (
        "加强农村面源污染防治",
        "推广测土配方施肥，开展农药化肥使用量零增长行动。",
        "市农牧局",
        "市环保局、市水务局",
        "2020年12月底前",
    ),
    (
        "加快划定生态保护红线",
        "按照全省统一部署，完成生态保护红线划定工作。",
        "市环保局、市林业局",
        "市国土资源局、市林业局、市水务局",
        "2017年12月底前",
    ),
    (
        "加强自然保护区监督管理",
        "全面清理自然保护区内违法违规建设项目，2018年底前全部整改到位。",
        None,
        "市林业局、市国土资源局",
        "2018年12月底前",
    ),
    (
        "开展矿山生态恢复治理",
        "对关闭矿山开展地质环境恢复治理，落实矿山地质环境治理恢复保证金制度。",
        "市国土资源局",
        "市安监局、市环保局",
        "2019年6月底前",
    ),
    (
        "强化水利开发及河道采砂管理",
        "全面排查小水电站生态流量下泄情况，严厉打击非法采砂。",
        "市水务局",
        "市公安局、市交通局",
        "长期坚持",
    ),
    (
        "优化布局严控环境风险",
        "对化工、冶炼等重点企业开展环境风险评估，落实环境应急预案备案。",
        "市环保局",
        "市工信委、市安监局",
        "2017年11月底前",
    ),
    (
        "加强尾矿库安全综合管控",
        "开展尾矿库环境风险隐患排查，建立“一库一档”。",
        "市安监局",
        "市环保局、市国土资源局",
        "2017年10月底前",
    ),
    (
        "加强环境监管能力建设",
        "推进环境监管网格化管理，配齐配强乡镇环保监管人员。",
        "市环保局",
        "市编办、市财政局、市人社局",
        "2018年6月底前",
    ),
    (
        "确保交办环境信访投诉问题整改到位",
        "对中央环境保护督察组交办的信访件逐件核查，办结一件、销号一件。",
        None,
        COUNTIES,
        "2017年8月底前",
    ),
    (
        "开展重点行业达标计划",
        "督促火电、水泥、钢铁等重点行业企业全面稳定达标排放。",
        None,
        "市工信委、市发改委",
        "2017年12月底前",
    ),
    (
        "稳妥推进省以下环保机构监测监察执法垂直管理制度改革",
        "按照省上安排部署，推进环保机构垂直管理改革。",
        "市编办",
        "市环保局、市人社局、市财政局",
        "按省上要求",
    ),
    (
        "开展市级环境保护督察",
        "建立市级环境保护督察制度，每两年对各县区开展一轮督察。",
        "市委办公室、市政府办公室",
        "市环保局",
        "2017年12月底前",
    ),
]
#: 整改措施 of this data row (1-based) is written as two paragraphs
TWO_PARAGRAPH_ROW = 6
TWO_PARAGRAPH_SECOND = "城市建成区全面禁止新建燃煤锅炉。"
HEADER = ("序号", "整改任务", "整改措施", "牵头单位", "责任单位", "整改时限")


def make_checklist_docx(path: Path) -> list[dict]:
    document = docx.Document()
    add_text_paragraph(document, "天水市贯彻落实中央环境保护督察反馈意见整改措施清单")
    table = document.add_table(rows=1 + len(CHECKLIST_ROWS), cols=len(HEADER))
    table.style = "Table Grid"
    for c, h in enumerate(HEADER):
        table.cell(0, c).text = h
    expected = []
    lead_above = None
    merge_from = None
    for r, (task, measure, lead, resp, deadline) in enumerate(CHECKLIST_ROWS, start=1):
        values = [str(r), task, measure, lead or "", resp, deadline]
        for c, v in enumerate(values):
            table.cell(r, c).text = v
        if r == TWO_PARAGRAPH_ROW:
            table.cell(r, 2).add_paragraph(TWO_PARAGRAPH_SECOND)
            measure = measure + "\n" + TWO_PARAGRAPH_SECOND
        if lead is None:
            lead = lead_above
            merge_from = merge_from or r - 1
        else:
            if merge_from is not None:
                merge_down(table, merge_from, r - 1, 3)
            merge_from = None
            lead_above = lead
        expected.append(
            {
                "row": r,
                "序号": str(r),
                "整改任务": task,
                "整改措施": measure,
                "牵头单位": lead,
                "责任单位": resp,
                "整改时限": deadline,
            }
        )
    if merge_from is not None:
        merge_down(table, merge_from, len(CHECKLIST_ROWS), 3)
    add_text_paragraph(document, "注：各县区、各部门于每月25日前报送整改进展情况。")
    document.save(path)
    return expected


def merge_down(table, top: int, bottom: int, col: int) -> None:
    """Vertically merge ``col`` from row ``top`` to ``bottom`` as Word does.

    python-docx's merge() appends the (empty) paragraphs of the covered cells
    to the top cell; Word keeps only the top cell's text, so drop those.
    """
    merged = table.cell(top, col).merge(table.cell(bottom, col))
    paragraphs = merged.paragraphs
    for p in paragraphs[1:]:
        if not p.text:
            p._p.getparent().remove(p._p)


# ------------------------------------------------------------------ bad files
DOCUMENT_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
BODY = f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{{}}</w:t></w:r></w:p></w:body></w:document>'


def replace_document_xml(src: Path, dst: Path, document_xml: bytes) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = document_xml if info.filename == "word/document.xml" else zin.read(info)
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def make_bomb(src: Path, dst: Path, size: int = 100 * 1024 * 1024) -> None:
    """document.xml = a valid start, then ``size`` bytes of spaces inside a w:t (deflates ~1000:1)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "word/document.xml":
                head = (
                    DOCUMENT_XML_HEAD + f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t xml:space="preserve">'
                ).encode()
                tail = b"</w:t></w:r></w:p></w:body></w:document>"
                big = zipfile.ZipInfo("word/document.xml", info.date_time)
                big.compress_type = zipfile.ZIP_DEFLATED
                with zout.open(big, "w", force_zip64=True) as fh:
                    fh.write(head)
                    block = b" " * (1 << 20)
                    for _ in range(size >> 20):
                        fh.write(block)
                    fh.write(tail)
            else:
                zout.writestr(info, zin.read(info))


XXE = DOCUMENT_XML_HEAD + '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' + BODY.format("&xxe;")
LAUGHS = (
    DOCUMENT_XML_HEAD
    + '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>\n"
    + BODY.format("&lol9;")
)


# ------------------------------------------------------------------ LibreOffice
UNO_SCRIPT = r"""
import sys, time, subprocess, uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

jobs = [line.split("\t") for line in sys.argv[2].split("\n") if line]
port = sys.argv[1]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for _ in range(100):
    try:
        ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.2)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
for src, dst, filt, password in jobs:
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
    args = [prop("FilterName", filt), prop("Overwrite", True)]
    if password:
        args.append(prop("Password", password))
    doc.storeToURL(uno.systemPathToFileUrl(dst), tuple(args))
    doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
"""


def office_convert(jobs: list[tuple[Path, Path, str, str]]) -> None:
    """Run LibreOffice headless and store each (src, dst, filter, password) through UNO."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) not found: apt-get install -y libreoffice-writer-nogui")
    port = "2083"
    with tempfile.TemporaryDirectory() as profile:
        proc = subprocess.Popen(
            [
                soffice,
                "--headless",
                "--invisible",
                "--norestore",
                f"-env:UserInstallation=file://{profile}",
                f"--accept=socket,host=127.0.0.1,port={port};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            spec = "\n".join("\t".join(map(str, job)) for job in jobs)
            subprocess.run(["/usr/bin/python3", "-c", UNO_SCRIPT, port, spec], check=True, timeout=300)
        finally:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-office", action="store_true", help="skip the files LibreOffice writes")
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)

    ts_docx = OUT / "tianshui-2017-30.docx"
    make_tianshui_docx(ts_docx)
    n = make_tianshui_numbered_docx(OUT / "tianshui-2017-30-numbered.docx")
    print(f"numbered docx: {n} markers as Word numbering")
    text = TIANSHUI.read_text(encoding="utf-8")
    (OUT / "tianshui-2017-30.gb18030.txt").write_bytes(text.encode("gb18030"))
    (OUT / "tianshui-2017-30.utf16.txt").write_bytes(text.encode("utf-16"))
    (OUT / "tianshui-2017-30.utf16le.txt").write_bytes(text.encode("utf-16-le"))

    ql_docx = OUT / "zhenggai-qingdan.docx"
    expected = make_checklist_docx(ql_docx)
    (OUT / "zhenggai-qingdan.json").write_text(
        json.dumps({"header": list(HEADER), "rows": expected}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )

    (OUT / "empty.docx").write_bytes(b"")
    (OUT / "random.bin").write_bytes(random.Random(5).randbytes(4096))
    data = ts_docx.read_bytes()
    (OUT / "truncated.docx").write_bytes(data[: len(data) // 2])
    make_bomb(ts_docx, OUT / "bomb.docx")
    replace_document_xml(ts_docx, OUT / "xxe.docx", XXE.encode())
    replace_document_xml(ts_docx, OUT / "billion-laughs.docx", LAUGHS.encode())

    import msoffcrypto

    with ts_docx.open("rb") as fh, (OUT / "encrypted.docx").open("wb") as out:
        msoffcrypto.OfficeFile(fh).encrypt(PASSWORD, out)

    if not args.no_office:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            jobs = [
                (ts_docx, tmp / "tianshui-2017-30.doc", "MS Word 97", ""),
                (ql_docx, tmp / "zhenggai-qingdan.doc", "MS Word 97", ""),
                (OUT / "tianshui-2017-30-numbered.docx", tmp / "tianshui-2017-30-numbered.doc", "MS Word 97", ""),
                (ts_docx, tmp / "encrypted.doc", "MS Word 97", PASSWORD),
            ]
            office_convert(jobs)
            for _, dst, _, _ in jobs:
                shutil.copyfile(dst, OUT / dst.name)
        doc = (OUT / "tianshui-2017-30.doc").read_bytes()
        (OUT / "truncated.doc").write_bytes(doc[: len(doc) // 2])
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>9}  {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
