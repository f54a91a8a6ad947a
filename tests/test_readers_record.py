"""Crawler exports: a crawler's JSON record (.json / .jsonl), a single-page portal's <script> state,
and tag-stripped text with its HTML entities left (readers.record, readers.entities).

The Tianshui notice is stored the ways crawlers and portals store a notice, and each copy must read
as the .txt does; smaller notices (real phrasing) check the record's own fields and the edges."""

from __future__ import annotations

import html
import json
import re

import pytest
from conftest import CORPORA
from test_formats_agree import summary

import notice_parser
from notice_parser.batch import expand_inputs
from notice_parser.cli import main
from notice_parser.emit import to_json
from notice_parser.errors import ReaderError
from notice_parser.readers.entities import decode_entities, entity_encoded, find_pipe_tables
from notice_parser.readers.record import find_record, looks_like_record
from notice_parser.readers.sniff import sniff_format

TIANSHUI = (CORPORA / "tianshui-2017-30.txt").read_text(encoding="utf-8")
TITLE = "中共天水市委天水市人民政府关于印发《天水市贯彻落实中央环境保护督察反馈意见整改方案》的通知"


def paragraphs(text: str) -> str:
    """The text as a CMS stores it: one <p> per line, an empty line as <p><br></p>."""
    return "".join(
        f"<p>{html.escape(line.strip())}</p>" if line.strip() else "<p><br></p>" for line in text.split("\n")
    )


def serialize_javascript(value) -> str:
    """JSON as serialize-javascript writes a page's state: < > / as \\u003C \\u003E \\u002F."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


SHELL = (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>天水市人民政府门户网站</title></head>'
    '<body><div id="app"><header><a href="/">首页</a><a href="/zwgk/">政务公开</a></header>'
    '<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府文件</div>'
    '<main><div class="page-loading"><p>页面加载中，请稍候……</p></div></main>'
    "<footer><p>主办：天水市人民政府办公室</p></footer></div>{scripts}</body></html>"
)


def _copies() -> dict[str, bytes]:
    body = paragraphs(TIANSHUI)
    detail = {"id": "7c2e91f4", "title": TITLE, "docNo": "市委发〔2017〕30号", "publishTime": "2017-07-06 10:15:33"}
    flight = '1:HL["/_next/static/css/a.css"]\n2:' + json.dumps(
        {"article": {**detail, "content": body}}, ensure_ascii=False
    )
    half = len(flight) // 2
    return {
        # a crawler's record, ensure_ascii on: the body only in "content"
        "record.json": json.dumps(
            {
                "id": 20170705030,
                "title": TITLE,
                "url": "http://www.tianshui.gov.cn/a.html",
                "pub_date": "2017-07-06 16:42",
                "source": "天水市人民政府",
                "doc_no": "市委发〔2017〕30号",
                "content": body,
                "attachments": [{"name": "整改措施清单.pdf", "url": "http://www.tianshui.gov.cn/a.pdf"}],
            },
        ).encode(),
        # JSON Lines, one record, Chinese field names, the body a plain text
        "record.jsonl": (
            json.dumps({"标题": TITLE, "发文字号": "市委发〔2017〕30号", "正文": TIANSHUI}, ensure_ascii=False) + "\n"
        ).encode(),
        # an API response: the record two objects down, the body a list of paragraphs
        "api.json": json.dumps(
            {
                "code": 200,
                "msg": "success",
                "data": {
                    "detail": {**detail, "body": TIANSHUI.split("\n")},
                    "related": [{"title": "关于另一件事的通知"}],
                },
            },
            ensure_ascii=False,
        ).encode(),
        # the HTML stored escaped, as some CMS exports keep it: &lt;p&gt;…&lt;/p&gt;
        "escaped.json": json.dumps(
            {"title": TITLE, "docNo": "市委发〔2017〕30号", "content": html.escape(body)}
        ).encode(),
        # a WordPress-style record: {"content": {"rendered": "<p>…"}}
        "rendered.json": json.dumps({"id": 5, "title": {"rendered": TITLE}, "content": {"rendered": body}}).encode(),
        # a portal saved before it rendered: Vuex/Redux state with serialize-javascript escapes
        "state.html": SHELL.format(
            scripts="<script>window.__INITIAL_STATE__="
            + serialize_javascript({"route": {"path": "/zwgk/wj"}, "article": {"detail": {**detail, "content": body}}})
            + ";(function(){var s;(s=document.currentScript).parentNode.removeChild(s);}())</script>"
            '<script src="./app.5c03b7e1.js" defer></script>'
        ).encode(),
        # the state handed to JSON.parse as one string literal
        "json-parse.html": SHELL.format(
            scripts="<script>window.__INITIAL_STATE__=JSON.parse("
            + json.dumps(json.dumps({"article": {"detail": {**detail, "content": body}}}, ensure_ascii=False)).replace(
                "<", "\\u003C"
            )
            + ")</script>"
        ).encode(),
        # Nuxt 2: a function whose object literal has bare names
        "nuxt.html": SHELL.format(
            scripts='<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{detail:{title:'
            + json.dumps(TITLE, ensure_ascii=False)
            + ',fileNo:"市委发〔2017〕30号",content:'
            + serialize_javascript(body)
            + ',views:a}}],state:{site:b}}}(417,"天水市人民政府门户网站"));</script>'
        ).encode(),
        # Next.js pages router: the state as JSON in a script of its own
        "next-data.html": SHELL.format(
            scripts='<script id="__NEXT_DATA__" type="application/json">'
            + json.dumps(
                {"props": {"pageProps": {"article": {**detail, "contentHtml": body}}}, "page": "/zwgk/[id]"},
                ensure_ascii=False,
            ).replace("</", "<\\/")
            + "</script>"
        ).encode(),
        # Next.js app router: the payload streamed in string chunks
        "next-flight.html": SHELL.format(
            scripts="<script>(self.__next_f=self.__next_f||[]).push([0])</script>"
            + "".join(
                "<script>self.__next_f.push([1,"
                + json.dumps(chunk, ensure_ascii=False).replace("<", "\\u003c")
                + "])</script>"
                for chunk in (flight[:half], flight[half:])
            )
        ).encode(),
    }


COPIES = _copies()


@pytest.fixture(scope="module")
def reference():
    return summary(notice_parser.parse(CORPORA / "tianshui-2017-30.txt"))


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_tianshui_notice_stored_as_crawlers_and_portals_store_it_reads_as_the_txt(name, reference):
    doc = notice_parser.parse(COPIES[name], name=name)
    assert doc.source.format == ("html" if name.endswith(".html") else "json")
    got = summary(doc)
    for key in ("sections", "measures", "deadlines", "targets"):
        assert got[key] == reference[key], f"{name}: {key} differs from the .txt"
    assert len(got["measures"]) == 44
    notice = doc.notice
    assert notice.doc_number == "市委发〔2017〕30号"
    assert notice.date == "2017-07-05"  # the signature's date, not the record's publishing time
    assert notice.issuers == ["中共天水市委", "天水市人民政府"]
    assert notice.plan_title == "天水市贯彻落实中央环境保护督察反馈意见整改方案"
    # the visible shell (nav, breadcrumb, 页面加载中) is not the text; the state's notice is
    assert "页面加载中" not in doc.text and "当前位置" not in doc.text
    assert ("text_from_page_state" in [w.code for w in doc.warnings]) == name.endswith(".html")


def test_the_record_fields_give_what_the_body_does_not_show():
    body = (
        "<p>各乡镇人民政府，县政府各部门，县属国有林场：</p>"
        "<p>现将《蒲泉县2026—2027年度冬春季森林防灭火工作方案》印发给你们，请认真抓好落实。</p>"
        "<p>一、工作目标</p><p>森林火灾受害率控制在0.5‰以内，火灾发生后24小时扑灭率达到95%以上。</p>"
        "<p>二、重点工作</p><p>（一）落实林长制防火责任。2026年12月15日前完成责任书签订工作。"
        "牵头单位：县林业局；责任单位：各乡镇人民政府。</p>"
    )
    record = {"data": {"detail": {
        "title": "蒲泉县人民政府关于印发蒲泉县2026—2027年度冬春季森林防灭火工作方案的通知",
        "docNo": "蒲政发〔2026〕19号", "publisher": "蒲泉县人民政府", "writtenDate": "2026-12-01",
        "publishTime": "2026-12-02 10:15:33", "content": body,
    }, "prev": {"id": "5b1d0e", "title": "蒲泉县人民政府关于公布2026年度县级非物质文化遗产代表性项目名录的通知"}}}  # fmt: skip
    doc = notice_parser.parse(json.dumps(record).encode(), name="detail.json")
    assert doc.source.format == "json"
    assert doc.notice.title == "蒲泉县人民政府关于印发蒲泉县2026—2027年度冬春季森林防灭火工作方案的通知"
    assert doc.notice.doc_number == "蒲政发〔2026〕19号"
    assert doc.notice.issuers == ["蒲泉县人民政府"]
    assert doc.notice.date == "2026-12-01"  # 成文日期 before 发布时间
    assert doc.notice.recipients == ["各乡镇人民政府", "县政府各部门", "县属国有林场"]
    assert [m.id for m in doc.measures] == ["2.1"]
    assert [u.name for u in doc.measures[0].lead_units] == ["县林业局"]
    assert doc.text.startswith("各乡镇人民政府，县政府各部门，县属国有林场：\n")  # the body's text, spans index it


def test_find_record_takes_the_fields_of_the_bodys_own_object_first():
    source = (
        'window.__INITIAL_STATE__={"article":{"detail":{"title":"关于A的通知","docNo":"某政发〔2026〕1号",'
        '"content":"\\u003Cp\\u003E各乡镇人民政府：现将方案印发给你们，请结合实际认真贯彻执行，抓好落实。\\u003C\\u002Fp\\u003E"},'
        '"prev":{"title":"关于B的通知"},"next":{"title":"关于C的通知","content":"摘要"}}}'
    )
    record = find_record(source)
    assert record is not None
    assert record.body == "<p>各乡镇人民政府：现将方案印发给你们，请结合实际认真贯彻执行，抓好落实。</p>"
    assert record.fields == {"标题": "关于A的通知", "文号": "某政发〔2026〕1号"}


def test_a_rendered_page_that_keeps_its_state_is_read_from_what_it_shows():
    body = paragraphs(TIANSHUI)
    page = (
        f"<html><body><div class='article'>{body}</div><script>window.__INITIAL_STATE__="
        + serialize_javascript({"detail": {"title": "天水", "content": body}})
        + "</script></body></html>"
    )
    doc = notice_parser.parse(page.encode(), name="ssr.html")
    assert "text_from_page_state" not in [w.code for w in doc.warnings]
    assert len(doc.measures) == 44


def test_our_own_outputs_and_other_json_are_not_records(tmp_path):
    out = to_json(notice_parser.parse(COPIES["record.json"], name="record.json"))
    error = json.dumps({"source": "a.docx", "error": {"code": "unreadable", "message": "not a valid .docx"}})
    meta = json.dumps(
        {"slug": "x", "family": "crawler exports", "format": "json", "notations": ["正文只在content字段里"]}
    )
    assert looks_like_record(COPIES["record.json"]) and looks_like_record(COPIES["rendered.json"])
    for other in (out, error, meta):
        assert not looks_like_record(other.encode())
    with pytest.raises(ReaderError, match="own output"):
        notice_parser.parse(out.encode(), name="x.json")
    (tmp_path / "x.meta.json").write_text(meta, encoding="utf-8")
    with pytest.raises(ReaderError, match="no notice in it"):  # named .json: read as JSON, and no record in it
        notice_parser.parse(tmp_path / "x.meta.json")
    assert sniff_format(COPIES["record.json"]) == "json"  # its content's </p> does not make it HTML
    assert sniff_format(COPIES["record.jsonl"], hint="txt") == "txt"  # a name that says text is believed


def test_a_directory_parsed_into_itself_twice_reads_only_its_documents(tmp_path):
    (tmp_path / "tianshui.json").write_bytes(COPIES["record.json"])
    (tmp_path / "tianshui.meta.json").write_text('{"slug": "tianshui", "format": "json"}', encoding="utf-8")
    (tmp_path / "notes.txt").write_text(TIANSHUI, encoding="utf-8")
    before = (tmp_path / "tianshui.json").read_bytes()
    for _ in range(2):
        assert [i.name for i in expand_inputs([str(tmp_path)])] == [
            str(tmp_path / "notes.txt"),
            str(tmp_path / "tianshui.json"),
        ]
        assert main([str(tmp_path), "-o", str(tmp_path), "-q"]) == 0
        assert (tmp_path / "tianshui.json").read_bytes() == before  # never written over
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "notes.json", "notes.txt", "tianshui-2.json", "tianshui.json", "tianshui.meta.json"
    ]  # fmt: skip
    out = json.loads((tmp_path / "tianshui-2.json").read_text(encoding="utf-8"))
    assert out["source"]["format"] == "json" and len(out["measures"]) == 44


# --------------------------------------------------------------------------- entities and " | " rows


def entity_encoded_copy(text: str) -> str:
    """The text as a crawler that strips tags but not entities saves it: &#12288; indents, &nbsp; blank
    paragraphs, &ldquo; &rdquo; quotes, &lt; &amp; &mdash;."""
    text = html.escape(text, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;").replace("—", "&mdash;")
    lines = [re.sub(r"^ +", lambda m: "&#12288;" * (len(m.group(0)) // 2 or 1), ln) for ln in text.split("\n")]
    return "\n".join(ln if ln.strip() else "&nbsp;" for ln in lines)


def test_tag_stripped_text_with_its_entities_reads_as_the_txt(reference):
    encoded = entity_encoded_copy(TIANSHUI)
    assert "&#12288;" in encoded and "&nbsp;" in encoded and entity_encoded(encoded)
    doc = notice_parser.parse(encoded.encode(), name="tianshui.txt")
    got = summary(doc)
    for key in ("sections", "measures", "deadlines", "targets"):
        assert got[key] == reference[key], f"{key} differs from the .txt"
    assert doc.notice.title == TITLE and doc.notice.doc_number == "市委发〔2017〕30号"
    assert "&" not in doc.text  # the text holds the characters, and every span indexes it
    assert "entities_decoded" in [w.code for w in doc.warnings]


def test_entities_are_decoded_only_in_a_text_plainly_encoded():
    assert decode_entities("漏损率&lt;9%，口袋公园&amp;街头绿地，&ldquo;十大行动&rdquo;&mdash;&mdash;") == (
        "漏损率<9%，口袋公园&街头绿地，“十大行动”——"
    )
    assert decode_entities("&amp;lt;0.5&amp;permil;&#x3000;&nbsp;&unknown;") == "<0.5‰\u3000\u00a0&unknown;"
    plain = "一、工作目标\n研发（R&amp;D）经费投入强度达到2.5%，&copy2024。\n"
    assert not entity_encoded(plain)
    assert notice_parser.parse(plain.encode(), name="a.txt").text == plain  # left as written


def test_rows_a_crawler_joined_with_bars_are_a_task_table():
    text = (
        "各区县（市）人民政府，市政府各部门：\n"
        "一、重点任务\n（一）老旧小区改造提质行动。2027年3月底前全部开工。（市住房城乡建设局牵头，市财政局配合）\n"
        "附件：磐宁市2027年城市更新重点项目清单\n"
        "序号 | 项目名称 | 建设内容及规模 | 完成时限 | 责任单位\n"
        "1 | 城镇老旧小区改造 | 改造小区230个，惠及4.2万户 | 2027年11月底前 | 市住房城乡建设局\n"
        "2 | 燃气管道老化更新 | 更新中压管道150公里 | 2027年10月底前 | 市城市管理局\n"
        "3 | 易涝积水点整治 | 整治积水点32处 | 2027年5月底前 | 市城市管理局、市水利局\n"
    )
    (table,) = find_pipe_tables(text)
    assert [text[c.span[0] : c.span[1]] for c in table.rows[3]] == [
        "3", "易涝积水点整治", "整治积水点32处", "2027年5月底前", "市城市管理局、市水利局"
    ]  # fmt: skip
    doc = notice_parser.parse(text.encode(), name="a.txt")
    rows = {m.id: [u.name for u in m.responsible_units] for m in doc.measures if m.id.startswith("table")}
    assert rows == {
        "table1.row1": ["市住房城乡建设局"],
        "table1.row2": ["市城市管理局"],
        "table1.row3": ["市城市管理局", "市水利局"],
    }
    assert find_pipe_tables("首页 | 政务公开 | 政府文件\n当前位置：首页\n") == []  # one line of nav is no table


def test_a_record_in_gb18030_or_utf16_is_found_and_its_fields_lose_their_entities():
    record = {
        "title": "磐宁市人民政府办公室关于印发磐宁市2027年城市更新&ldquo;十大行动&rdquo;工作方案的通知",
        "content": "<p>各区县（市）人民政府，市政府各部门、各直属单位：</p><p>现将工作方案印发给你们，请认真组织实施。</p>"
        "<p>一、重点任务</p><p>（一）老旧小区改造提质行动。2027年3月底前全部开工。（市住房城乡建设局牵头，市财政局配合）</p>",
    }
    text = json.dumps(record, ensure_ascii=False)
    for data in (text.encode("gb18030"), text.encode("utf-16")):
        assert looks_like_record(data) and sniff_format(data) == "json"
        doc = notice_parser.parse(data, name="x.json")
        assert doc.notice.title == "磐宁市人民政府办公室关于印发磐宁市2027年城市更新“十大行动”工作方案的通知"
        assert [u.name for u in doc.measures[0].lead_units] == ["市住房城乡建设局"]
