"""Notices kept in writing tools and doc sites, exported to Markdown (family Q, session 14): 飞书/Lark, 语雀,
Obsidian, MkDocs Material, Docusaurus, and the other ways such tools write the same things (Notion, Logseq,
HackMD, GitBook, Typora). Each variant is written as the tool writes it; the values asserted are the notice's."""

from __future__ import annotations

import notice_parser
from notice_parser.model import walk_sections
from notice_parser.readers.markdown import looks_like_markdown, render


def _parse(text: str):
    return notice_parser.parse(text.encode("utf-8"), format="txt")  # as a .md file is read


def _roles(doc) -> dict[str, tuple[list[str], list[str], list[str]]]:
    for m in doc.measures:
        for u in m.lead_units + m.responsible_units + m.supporting_units:
            assert doc.text[u.span[0] : u.span[1]] == u.raw
    return {
        m.id: (
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    }


FEISHU = """# 关于印发《青川市2026年优化营商环境重点任务清单》的通知

> 📌 文号：青政办发〔2026〕12号

各县（市、区）人民政府，市政府各部门：

## 一、重点任务

### （一）提升政务服务效能

1. 推进“高效办成一件事”扩面增效。（牵头：@市政务服务中心；配合：@市发展改革委、@市司法局）
2. 深化企业开办“一网通办”。（牵头：@市市场监管局）

## 二、任务分解表

<table>
<tr><th>序号</th><th>任务</th><th>牵头单位</th><th>完成时限</th></tr>
<tr><td rowspan="2">1</td><td>建设企业服务平台<br/>实现诉求直达</td><td>@市工业和信息化局</td><td>2026年10月底前</td></tr>
<tr><td>开展惠企政策免申即享</td><td>@市财政局</td><td>2026年12月底前</td></tr>
</table>

---

青川市人民政府办公室

2026年3月2日
"""


def test_feishu_mention_chips_name_the_unit_without_their_at():
    doc = _parse(FEISHU)
    roles = _roles(doc)
    assert roles["1.1.1"] == (["市政务服务中心"], [], ["市发展改革委", "市司法局"])
    assert roles["1.1.2"] == (["市市场监管局"], [], [])
    assert roles["table1.row1"][0] == ["市工业和信息化局"]
    assert roles["table1.row2"][0] == ["市财政局"]
    assert doc.notice.doc_number == "青政办发〔2026〕12号"
    assert doc.notice.date == "2026-03-02"


def test_strikes_and_highlights_show_their_text():
    out = render("# 通知\n\n~~2026年底前~~2027年6月底前完成；==新建改建户厕1200户==，a == b，3~~5年")[0]
    assert out == "通知\n\n2026年底前2027年6月底前完成；新建改建户厕1200户，a == b，3~~5年"


def test_an_at_sign_is_dropped_only_before_a_name_or_a_date():
    out = render("# 通知\n\n联系邮箱：zwb@qc.gov.cn；请@市财政局于@2026年6月30日前报送。")[0]
    assert out == "通知\n\n联系邮箱：zwb@qc.gov.cn；请市财政局于2026年6月30日前报送。"


YUQUE = """<a name="ZtW3x"></a>
# 溪源县2026年农村人居环境整治提升工作方案
:::tips
**发文字号：**溪政办〔2026〕8号<br />**印发日期：**2026年2月14日
:::

<a name="Hk2aQ"></a>
## 一、重点任务
<a name="v9k2D"></a>
### （一）<font style="color:#DF2A3F;">推进农村厕所革命</font>
1. 新建改建农村户厕1200户，2026年10月底前完成。（牵头单位：县农业农村局；配合单位：县卫生健康局）

:::warning
各乡镇要于每月5日前报送工作进展。
:::

![image.png](https://cdn.nlark.com/yuque/0/2026/png/1/17000-abc.png#averageHue=%23f5f5f5&clientId=u1&from=paste&id=u2)
"""


def test_yuque_anchors_and_tips_blocks_leave_the_header_and_no_markup():
    doc = _parse(YUQUE)
    assert doc.notice.title == "溪源县2026年农村人居环境整治提升工作方案"
    assert doc.notice.doc_number == "溪政办〔2026〕8号"
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)] == [
        ("1", "重点任务"),
        ("1.1", "推进农村厕所革命"),
        ("1.1.1", "新建改建农村户厕1200户，2026年10月底前完成"),
    ]
    for mark in (":::", "<a", "font", "image.png", "averageHue"):
        assert mark not in doc.text
    assert "各乡镇要于每月5日前报送工作进展。" in doc.text


OBSIDIAN = """---
title: 关于印发《临江区2026年安全生产重点工作任务》的通知
文号: 临安委〔2026〕3号
tags:
  - 安全生产
created: 2026-03-05
---

> [!info] 发文信息
> 发文机关：[[临江区安全生产委员会]]

## 一、总体目标

==到2026年底，生产安全事故起数同比下降10%以上==。%%待核实%%

## 二、重点任务

### （一）深化治本攻坚

- [ ] 开展重大事故隐患动态清零行动（牵头：[[区应急管理局]]；配合：[[区住房城乡建设局|区住建局]]、区交通运输局） 📅 2026-06-30
- [x] 完成治本攻坚三年行动中期评估（牵头：区安委办） ✅ 2026-03-01 ^a1b2c3

临江区安全生产委员会
2026年3月5日
"""


def test_obsidian_wikilinks_show_their_alias_and_tasks_their_text():
    doc = _parse(OBSIDIAN)
    roles = _roles(doc)
    assert roles["2.1-1"] == (["区应急管理局"], [], ["区住建局", "区交通运输局"])
    assert roles["2.1-2"] == (["区安委办"], [], [])
    assert doc.notice.doc_number == "临安委〔2026〕3号"
    assert doc.notice.issuers == ["临江区安全生产委员会"]
    for mark in ("[[", "]]", "==", "[ ]", "[x]", "%%", "待核实", "^a1b2c3"):
        assert mark not in doc.text
    assert "开展重大事故隐患动态清零行动" in doc.text and "📅 2026-06-30" in doc.text


MKDOCS = """---
description: 南屏市数字政府建设2026年工作要点
sidebar_position: 3
---

# 关于印发《南屏市数字政府建设2026年工作要点》的通知

!!! note "发文信息"
    文号：南数发〔2026〕5号

## 一、总体要求 {#goals}

## 二、重点任务 {#tasks}

1. 夯实数字基础设施。
    (1) 推进政务云资源整合，6月底前完成市级部门系统迁移上云。（牵头单位：市大数据局；配合单位：各县区）
    (2) 建设城市运行管理中心。（牵头单位：市城运中心）

??? tip "进度安排"
    各牵头单位于每月25日前报送进展。

=== "2026年"

    | 指标 | 目标值 | 责任单位 |
    | :--- | :---: | ---: |
    | 数据共享率 | ≥90% | 市大数据局 |
    | 一网通管覆盖率 | 100% | 市城运中心 |

<details><summary>附件</summary>

1. 南屏市数字政府建设任务分工表

</details>

南屏市大数据管理局
2026年4月10日
"""


def test_mkdocs_heading_attributes_admonitions_and_tabs():
    doc = _parse(MKDOCS)
    assert [(s.id, s.heading) for s in walk_sections(doc.sections)][:3] == [
        ("1", "总体要求"),
        ("2", "重点任务"),
        ("2.1", "夯实数字基础设施"),
    ]
    assert doc.notice.title == "关于印发《南屏市数字政府建设2026年工作要点》的通知"  # (the front matter has none)
    assert doc.notice.doc_number == "南数发〔2026〕5号"
    assert [a.title for a in doc.notice.attachments] == ["南屏市数字政府建设任务分工表"]
    roles = _roles(doc)
    assert roles["2.1.1"] == (["市大数据局"], [], ["各县区"])
    assert [roles[k][1] for k in ("table1.row1", "table1.row2")] == [["市大数据局"], ["市城运中心"]]
    lines = doc.text.split("\n")
    # an admonition's and a tab's title show, their bodies lose the four columns the tool indents them by
    assert "发文信息" in lines and "文号：南数发〔2026〕5号" in lines and "2026年" in lines
    assert "各牵头单位于每月25日前报送进展。" in lines
    for mark in ("{#", "!!!", "???", "===", "<details", "<summary"):
        assert mark not in doc.text


def test_docusaurus_mdx_imports_components_and_fences():
    text = (
        "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n"
        "# 关于印发工作要点的通知\n\n## 一、重点任务 {#tasks}\n\n:::tip[落实要求]\n各单位按季度报送进展。\n:::\n\n"
        '<Tabs>\n<TabItem value="y2026" label="2026年">\n\n1. 推进政务云资源整合。（牵头单位：市大数据局）\n\n'
        "</TabItem>\n</Tabs>\n"
    )
    out = render(text)[0]
    assert out.split("\n") == [
        "", "", "", "关于印发工作要点的通知", "", "一、重点任务", "", "落实要求", "各单位按季度报送进展。", "", "",
        "", "2026年", "", "1. 推进政务云资源整合。（牵头单位：市大数据局）", "", "", "", "",
    ]  # fmt: skip


LOGSEQ = (
    "title:: 关于印发《东湖街道2026年城市更新重点任务》的通知\n"
    "文号:: 东街发〔2026〕6号\n"
    "\n"
    "- 各社区居委会，街道各科室：\n"
    "- 二、重点任务\n"
    "\t- （一）推进老旧小区改造\n"
    "\t\t- TODO 1. 完成[[幸福里小区]]等5个小区改造（牵头：[[城建科]]；配合：#[[物业管理中心]]）\n"
    "\t\t  DEADLINE: <2026-10-31 Sat>\n"
    "\t\t- DONE 2. 完成改造项目立项审批（牵头：城建科）\n"
    "\t\t  collapsed:: true\n"
    "- 东湖街道办事处\n"
    "- 2026年3月20日\n"
)


def test_a_logseq_outline_is_markdown_its_properties_a_header():
    assert looks_like_markdown(LOGSEQ)
    doc = _parse(LOGSEQ)
    assert doc.notice.title == "关于印发《东湖街道2026年城市更新重点任务》的通知"
    assert doc.notice.doc_number == "东街发〔2026〕6号"
    assert [s.id for s in walk_sections(doc.sections)] == ["2", "2.1", "2.1.1", "2.1.2"]
    roles = _roles(doc)
    assert roles["2.1.1"] == (["城建科"], [], ["物业管理中心"])
    assert "\t" not in doc.text  # (an outline's tabs are no table's cells)
    for mark in ("TODO", "DONE", "collapsed", "<2026", "::"):
        assert mark not in doc.text
    assert "DEADLINE: 2026-10-31" in doc.text


def test_gitbook_notion_and_hackmd_blocks():
    gitbook = (
        "---\ndescription: 石门县2026年防汛抗旱工作任务分工\n---\n\n"
        "# 关于印发《石门县2026年防汛抗旱工作任务分工》的通知\n\n"
        '{% hint style="info" %}\n文号：石防指〔2026〕2号\n{% endhint %}\n\n## 一、重点任务\n\n'
        '{% tabs %}\n{% tab title="汛前准备" %}\n1. 开展汛前隐患排查。（牵头单位：县水利局）\n{% endtab %}\n{% endtabs %}\n'
    )
    doc = _parse(gitbook)
    assert doc.notice.title == "关于印发《石门县2026年防汛抗旱工作任务分工》的通知"
    assert doc.notice.doc_number == "石防指〔2026〕2号"
    assert "{%" not in doc.text and "汛前准备" in doc.text.split("\n")
    notion = (
        "# 关于开展2026年“安全生产月”活动的通知\n\n发文字号: 宁应急〔2026〕15号\n\n<aside>\n"
        "💡 请各单位于6月5日前将活动方案报市安委办。\n\n</aside>\n\n## 一、活动安排\n\n"
        "- [ ]  **（一）开展安全宣传咨询日活动。**（牵头：市应急管理局；配合：各区应急管理局）\n"
    )
    doc = _parse(notion)
    assert doc.notice.doc_number == "宁应急〔2026〕15号"
    assert _roles(doc)["1.1"] == (["市应急管理局"], [], ["各区应急管理局"])
    assert "aside" not in doc.text and "[ ]" not in doc.text
    hackmd = (
        "# 关于做好2026年高校毕业生就业工作的通知\n\n[TOC]\n\n:::info\n**文号**：云人社发〔2026〕21号\n:::\n\n"
        "## 一、工作措施\n\n1. ==开发岗位不少于5000个==。（责任单位：省人社厅就业处）\n"
    )
    doc = _parse(hackmd)
    assert doc.notice.doc_number == "云人社发〔2026〕21号"
    assert [(t.indicator, t.value) for t in doc.targets] == [("开发岗位", 5000)]
    assert "[TOC]" not in doc.text and ":::" not in doc.text


def test_a_writing_tools_marks_make_a_text_markdown_and_plain_text_stays_plain():
    assert looks_like_markdown("- [ ] 开展隐患排查（牵头：[[区应急管理局]]）\n- [x] 完成评估")
    assert looks_like_markdown("一、任务\n\n:::tips\n内容\n:::\n")
    assert not looks_like_markdown("一、总体要求\n（一）指导思想。\n附件：1.X清单")
    assert not looks_like_markdown("一、任务\n- 加强组织领导。\n- 强化督促检查。")


def _deadlines(doc) -> list[tuple[str | None, str, str]]:
    for d in doc.deadlines:
        assert doc.text[d.span[0] : d.span[1]] == d.raw
    return [(d.section_id, d.kind, getattr(d, "date", None) or getattr(d, "period", "")) for d in doc.deadlines]


def test_a_task_tools_due_and_start_dates_are_deadlines_its_done_date_none():
    # Obsidian Tasks (kongyang, redteam22): 📅 due → by, 🛫 start and ⏳ scheduled → from, ✅ done: no limit
    obsidian = (
        "## 一、重点任务\n\n### （一）扎实推进农村厕所革命\n\n"
        "- [x] 完成2026年度新改建户厕问题摸排整改（牵头：县农业农村局；配合：县卫生健康局） ✅ 2026-11-28\n"
        "- [ ] 建立户厕粪污收运体系（牵头：县农业农村局） 🛫 2027-03-01 📅 2027-08-31\n"
        "- [ ] 开展户厕“回头看”质量抽查（负责：县卫生健康局） ⏳ 2027-06-01 📅 2027-07-31\n"
        "- [ ] 下达第一批专项资金（牵头：县财政局） 🗓️ 2027-03-31\n"
    )
    assert _deadlines(_parse(obsidian)) == [
        ("1.1", "from", "2027-03-01"),
        ("1.1", "by", "2027-08-31"),
        ("1.1", "from", "2027-06-01"),
        ("1.1", "by", "2027-07-31"),
        ("1.1", "by", "2027-03-31"),
    ]
    # a recurrence (🔁 every quarter, kongyang 2.4-1; every 2 weeks; every month on the 5th)
    repeat = (
        "## 一、重点任务\n\n- [ ] 开展村庄清洁行动“红黑榜”评比（牵头：县农业农村局） 🔁 every quarter\n"
        "- [ ] 开展河道巡查（牵头：县水利局） 🔁 every 2 weeks\n- [ ] 召开调度会（牵头：县委办） 🔁 every month on the 5th\n"
    )
    assert _deadlines(_parse(repeat)) == [
        ("1", "recurring", "quarter"),
        ("1", "recurring", "week"),
        ("1", "recurring", "month"),
    ]
    # Dataview's inline fields and Logseq's scheduling lines say the same
    dataview = (
        "## 一、重点任务\n\n- [ ] 建设监测预警平台（牵头：区数据局） [due:: 2026-12-31] [completion:: 2026-11-02]\n"
    )
    assert _deadlines(_parse(dataview)) == [("1", "by", "2026-12-31")]
    logseq = (
        "- 一、重点任务\n\t- TODO 1. 完成幸福里小区改造（牵头：城建科）\n\t  DEADLINE: <2026-10-31 Sat>\n"
        "\t- LATER 2. 加装电梯20部（牵头：城建科）\n\t  SCHEDULED: <2026-05-01 Fri>\n"
    )
    assert _deadlines(_parse(logseq)) == [("1.1", "by", "2026-10-31"), ("1.2", "from", "2026-05-01")]


def test_a_boxs_numbered_items_are_no_sections():
    # 语雀 (kunlan, redteam22): the cover's :::tips 重点要求 holds 1. 2. before the plan's 一、
    body = (
        "## 一、工作目标\n\n全年新改建农村公路3000公里。\n\n## 二、重点任务\n\n1.推进骨干路网建设。（厅公路处牵头）\n"
    )
    boxes = [
        ":::tips\n**重点要求**<br />1. 各市（州）于2027年1月20日前报厅公路处。<br />2. 每月5日前报送上月进展。\n:::\n",
        '!!! note "重点要求"\n    1. 各市（州）于2027年1月20日前报厅公路处。\n    2. 每月5日前报送上月进展。\n',
        "> [!tip] 重点要求\n> 1. 各市（州）于2027年1月20日前报厅公路处。\n> 2. 每月5日前报送上月进展。\n",
        "> 📌 **重点要求**\n> 1. 各市（州）于2027年1月20日前报厅公路处。\n> 2. 每月5日前报送上月进展。\n",
        '{% hint style="warning" %}\n1. 各市（州）于2027年1月20日前报厅公路处。\n2. 每月5日前报送上月进展。\n{% endhint %}\n',
        "<aside>\n1. 各市（州）于2027年1月20日前报厅公路处。\n2. 每月5日前报送上月进展。\n</aside>\n",
    ]
    for box in boxes:
        doc = _parse("# 昆澜省交通运输厅关于印发工作要点的通知\n\n各市（州）交通运输局：\n\n" + box + "\n" + body)
        assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1"], box
        assert {d.section_id for d in doc.deadlines if d.raw.startswith(("2027年1月", "每月"))} == {None}, box
    # inside a section, a box's items are the box's own list: its text belongs to the section it stands in
    inside = body + "\n:::warning\n1. 各市（州）于2027年12月10日前报送年度工作总结。\n2. 每季度通报一次。\n:::\n"
    doc = _parse("# 通知\n\n" + inside)
    assert [s.id for s in walk_sections(doc.sections)] == ["1", "2", "2.1"]
    assert ("2.1", "by", "2027-12-10") in _deadlines(doc)
    # a plain quote (a forwarded or cited text) is no box: its numbered items are what they are
    quoted = (
        "# 通知\n\n> 一、工作目标\n>\n> 全年新改建农村公路3000公里。\n>\n> 二、重点任务\n>\n> 1.推进骨干路网建设。\n"
    )
    assert [s.id for s in walk_sections(_parse(quoted).sections)] == ["1", "2", "2.1"]


def test_the_signature_under_an_appended_table_dates_the_notice():
    # 飞书 (chuchuan, redteam22): 主送 in the callout (no 主送 line: the closing signature dates the notice),
    # **附：…分工表**, an HTML table, a rule, then the signature and its date
    text = FEISHU.replace("## 二、任务分解表\n", "**附：2027年度重点任务分工表**\n").replace(
        "> 📌 文号：青政办发〔2026〕12号\n\n各县（市、区）人民政府，市政府各部门：\n",
        "> 📌 **发文信息**\n> 文号：青政办发〔2026〕12号\n> 主送：各县（市、区）人民政府，市政府各部门\n",
    )
    assert "2026年3月2日" in text and "<table>" in text and "主送：" in text
    doc = _parse(text)
    assert doc.notice.date == "2026-03-02" and doc.notice.issuers == ["青川市人民政府办公室"]
    # with no date under the signature, the callout's 发文日期 dates it
    undated = text.replace("青川市人民政府办公室\n\n2026年3月2日\n", "青川市人民政府办公室\n").replace(
        "> 主送：", "> 发文日期：2026年3月2日\n> 主送："
    )
    assert "2026年3月2日" in undated and "2026年3月2日\n\n" not in undated
    assert _parse(undated).notice.date == "2026-03-02"
