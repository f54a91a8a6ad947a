"""Invented .docx notices whose section markers come only from Word automatic numbering, written as Word writes
them (numbering.xml, styles.xml), for tests/test_word_numbering_families.py and scripts/make_numbering_fixtures.py
(which has LibreOffice save them as .doc, .rtf and Word 2003 XML).

* :func:`plan_docx` — a 通知 issuing a 方案 and an annex. The headings are Heading 1/2 paragraphs: the styles carry
  ``w:numPr`` (Heading 1 with the numId only: level 0), the list's levels name the styles (``w:lvl/w:pStyle``),
  and that list's abstractNum holds no levels of its own but a ``w:numStyleLink`` to a numbering style whose own
  list defines them (``w:styleLink``): 一、 "%1、" chineseCounting, （一） "（%2）", 1. "%3." decimal (items numbered
  by a direct ``w:numPr``), ① "%4" decimalEnclosedCircleChinese, each with suffix "nothing". The annex restarts
  with another w:num of the same list that overrides the start of every level (``w:lvlOverride/w:startOverride``).
* :func:`regulation_docx` — a 管理办法 in chapters and articles: "第%1章" and "第%2条" (chineseCounting, suffix
  "space"), the article level with ``w:lvlRestart w:val="0"`` (never restarts: the articles count on across the
  chapters), items "（%3）" inside the articles.
"""

from __future__ import annotations

import io
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_CT = (
    _DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
_RELS = (
    _DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOC_RELS = (
    _DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    "</Relationships>"
)


def package(body: str, numbering: str, styles: str) -> bytes:
    """The .docx of a body, its numbering part's content and its styles part's content (the same bytes each time:
    the entries carry a fixed date)."""
    parts = {
        "[Content_Types].xml": _CT,
        "_rels/.rels": _RELS,
        "word/_rels/document.xml.rels": _DOC_RELS,
        "word/document.xml": f'{_DECL}<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
        "word/numbering.xml": f'{_DECL}<w:numbering xmlns:w="{W}">{numbering}</w:numbering>',
        "word/styles.xml": f'{_DECL}<w:styles xmlns:w="{W}">{styles}</w:styles>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def para(text: str, *, style: str | None = None, num: str | None = None, ilvl: int | None = None) -> str:
    """A paragraph of one run; ``style`` its paragraph style, ``num``/``ilvl`` a direct w:numPr."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        lvl = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        ppr += f'<w:numPr>{lvl}<w:numId w:val="{num}"/></w:numPr>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def lvl(ilvl: int, fmt: str, text: str, *, suff: str = "nothing", style: str | None = None, extra: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}{pstyle}'
        f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
    )


def _style(sid: str, name: str, kind: str = "paragraph", ppr: str = "") -> str:
    return f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/><w:pPr>{ppr}</w:pPr></w:style>'


# ------------------------------------------------------------------ the plan
PLAN_STYLES = (
    _style("Normal", "Normal")
    + _style("Heading1", "heading 1", ppr='<w:numPr><w:numId w:val="1"/></w:numPr>')
    + _style("Heading2", "heading 2", ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>')
    + _style("PlanList", "方案编号", kind="numbering", ppr='<w:numPr><w:numId w:val="2"/></w:numPr>')
)
PLAN_NUMBERING = (
    # the list the heading styles point at: its levels are the numbering style's
    '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="PlanList"/></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="PlanList"/>'
    + lvl(0, "chineseCounting", "%1、", style="Heading1")
    + lvl(1, "chineseCounting", "（%2）", style="Heading2")
    + lvl(2, "decimal", "%3.")
    + lvl(3, "decimalEnclosedCircleChinese", "%4")
    + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    # the annex: every level starts again
    '<w:num w:numId="4"><w:abstractNumId w:val="0"/>'
    + "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="1"/></w:lvlOverride>' for k in range(4))
    + "</w:num>"
)
PLAN_COVER = (
    "鹭岛区民政局关于印发《鹭岛区2026年社区养老服务提升方案》的通知",
    "鹭民发〔2026〕7号",
    "各街道办事处，局机关各科室：",
    "现将《鹭岛区2026年社区养老服务提升方案》印发给你们，请认真贯彻执行。",
    "附件：鹭岛区2026年社区养老服务提升工作要求",
    "鹭岛区民政局",
    "2026年3月9日",
    "鹭岛区2026年社区养老服务提升方案",
)
#: (text, style, num, ilvl) of the plan's and the annex's paragraphs after the cover
PLAN_BODY: tuple[tuple[str, str | None, str | None, int | None], ...] = (
    ("总体目标", "Heading1", None, None),
    ("到2026年底，全区社区养老服务站覆盖率达到90%以上。", None, None, None),
    ("重点任务", "Heading1", None, None),
    ("完善设施网络", "Heading2", None, None),
    (
        "新建社区养老服务站。新建站点12个，于2026年9月底前完成。（牵头单位：区民政局；配合单位：区财政局）",
        None,
        "1",
        2,
    ),
    (
        "改造老年助餐点。完成助餐点改造20个，于2026年10月底前完成。（牵头单位：区民政局；配合单位：各街道办事处）",
        None,
        "1",
        2,
    ),
    ("提升服务质量", "Heading2", None, None),
    ("开展护理培训。全年培训养老护理员300人次。（牵头单位：区人力资源社会保障局；配合单位：区民政局）", None, "1", 2),
    ("培训分两批进行：", None, None, None),
    ("上半年培训150人次。（责任单位：各街道办事处）", None, "1", 3),
    ("下半年培训150人次。（责任单位：各街道办事处）", None, "1", 3),
    ("各街道要结合实际细化措施。", None, None, None),
    ("保障措施", "Heading1", None, None),
    ("加强组织领导。区民政局每季度召开一次调度会。（责任单位：区民政局）", None, "1", 1),
    ("附件", None, None, None),
    ("鹭岛区2026年社区养老服务提升工作要求", None, None, None),
    ("报送要求", None, "4", 0),
    ("报送方式。各街道于每月5日前报送进展情况。（责任单位：各街道办事处）", None, "4", 1),
)
#: the sections the plan's reader sees: (id, marker, heading)
PLAN_SECTIONS = [
    ("1.1", "一、", "总体目标"),
    ("1.2", "二、", "重点任务"),
    ("1.2.1", "（一）", "完善设施网络"),
    ("1.2.1.1", "1.", "新建社区养老服务站"),
    ("1.2.1.2", "2.", "改造老年助餐点"),
    ("1.2.2", "（二）", "提升服务质量"),
    ("1.2.2.1", "1.", "开展护理培训"),
    ("1.2.2.1.1", "①", "上半年培训150人次"),
    ("1.2.2.1.2", "②", "下半年培训150人次"),
    ("1.3", "三、", "保障措施"),
    ("1.3.1", "（一）", "加强组织领导"),
    ("2.1", "一、", "报送要求"),
    ("2.1.1", "（一）", "报送方式"),
]


def plan_docx() -> bytes:
    body = "".join(para(t) for t in PLAN_COVER)
    body += "".join(para(t, style=s, num=n, ilvl=k) for t, s, n, k in PLAN_BODY)
    return package(body, PLAN_NUMBERING, PLAN_STYLES)


# ------------------------------------------------------------ the regulation
REGULATION_NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    + lvl(0, "chineseCounting", "第%1章", suff="space")
    + lvl(1, "chineseCounting", "第%2条", suff="space", extra='<w:lvlRestart w:val="0"/>')
    + lvl(2, "chineseCounting", "（%3）")
    + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)
REGULATION_COVER = (
    "鹭岛区社区养老服务站运营管理办法",
    "（2026年4月1日鹭岛区民政局印发）",
)
REGULATION_BODY: tuple[tuple[str, int | None], ...] = (
    ("总则", 0),
    ("为规范社区养老服务站运营管理，制定本办法。", 1),
    ("本办法适用于本区各社区养老服务站。", 1),
    ("运营管理", 0),
    ("运营单位应当履行以下职责：", 1),
    ("建立服务台账，于每月5日前报送街道办事处；", 2),
    ("每季度开展一次服务满意度测评。", 2),
    ("运营补贴按季度审核拨付。（牵头单位：区民政局；配合单位：区财政局）", 1),
    ("附则", 0),
    ("本办法自2026年5月1日起施行。", 1),
)
REGULATION_SECTIONS = [
    ("1", "第一章", "总则"),
    ("1.1", "第一条", "为规范社区养老服务站运营管理，制定本办法"),
    ("1.2", "第二条", "本办法适用于本区各社区养老服务站"),
    ("2", "第二章", "运营管理"),
    ("2.3", "第三条", "运营单位应当履行以下职责"),
    ("2.3.1", "（一）", "建立服务台账，于每月5日前报送街道办事处"),
    ("2.3.2", "（二）", "每季度开展一次服务满意度测评"),
    ("2.4", "第四条", "运营补贴按季度审核拨付"),
    ("3", "第三章", "附则"),
    ("3.5", "第五条", "本办法自2026年5月1日起施行"),
]


def regulation_docx() -> bytes:
    body = "".join(para(t) for t in REGULATION_COVER)
    body += "".join(para(t, num="1", ilvl=k) for t, k in REGULATION_BODY)
    return package(body, REGULATION_NUMBERING, _style("Normal", "Normal"))
