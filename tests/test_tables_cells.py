"""How a task table's cells are written, and how they come back as text.

* A 责任单位 cell separates its units by spaces, by <br> (or <p>) and by 、 at
  once, and a name may carry an aside naming it again or its role:
  市发改委（市公共资源交易管理办公室）⏎市住建局 市交通运输局 (phrases of
  tests/redteam5/nanping-2025-yingshang-huanjing): each line break between unit
  names separates units; a break inside a name (a PDF wrap) does not.
* pdftotext of a ruled table gives each cell's wrapped lines one after another
  (市城市管理局⏎、市住房和城⏎乡建设局, 2025年9⏎月30日前) with the page number and
  the running header where a page breaks (tests/redteam4/qinzhou-2025-laji-fenlei-pdf).
* A crawled page runs the table into one line, a space between cells and nothing
  between rows: …2025年6月30日前2 工程建设… (tests/redteam4/jingmen-2025-yingshang-huanjing-gongjian).
"""

from __future__ import annotations

import notice_parser


def _roles(m):
    return ([u.name for u in m.lead_units], [u.name for u in m.responsible_units], [u.name for u in m.supporting_units])


def _grounded(doc):
    for m in doc.measures:
        for u in [*m.lead_units, *m.responsible_units, *m.supporting_units]:
            assert doc.text[u.span[0] : u.span[1]] == u.raw


def _html_rows(cells: list[str]) -> list[tuple]:
    rows = "".join(
        f"<tr><td>{k}</td><td>任务{k}</td><td>{cell}</td><td>2025年12月底前</td></tr>"
        for k, cell in enumerate(cells, start=1)
    )
    page = (
        "<html><body><p>某市2025年优化营商环境重点任务清单</p><table>"
        "<tr><th>序号</th><th>重点任务</th><th>责任单位</th><th>完成时限</th></tr>"
        f"{rows}</table><p>注：责任单位中排在第一位的为牵头单位，其他为配合单位。</p></body></html>"
    )
    doc = notice_parser.parse(page.encode(), format="html")
    _grounded(doc)
    return [_roles(m) for m in doc.measures]


def test_a_unit_cell_split_by_spaces_line_breaks_and_commas_at_once():
    assert _html_rows(
        [
            "市数据管理局 市行政服务中心管委会<br>市市场监管局、市税务局<br>各县（市、区）人民政府",
            "市发改委（市公共资源交易管理办公室）<br>市住建局 市交通运输局 市水利局",
            "市中级人民法院、市检察院<br>市市场监管局（市知识产权局）",
            "市商务局 国家税务总局南平市税务局<br>武夷山海关",
            "<p>市发展改革委（牵头）</p><p>市工信局</p>",
            "人民银行南平市分行、国家金融监督管理总局南平监管分局<br>市财政局、市金融办",
            "市工信局、市工商联<br>县直机关",
        ]
    ) == [
        (
            ["市数据管理局"],
            [],
            ["市行政服务中心管委会", "市市场监管局", "市税务局", "各县（市、区）人民政府"],
        ),
        (["市发改委（市公共资源交易管理办公室）"], [], ["市住建局", "市交通运输局", "市水利局"]),
        (["市中级人民法院"], [], ["市检察院", "市市场监管局（市知识产权局）"]),
        (["市商务局"], [], ["国家税务总局南平市税务局", "武夷山海关"]),
        (["市发展改革委"], [], ["市工信局"]),  # the cell names its lead: the others are what the note says (配合)
        (["人民银行南平市分行"], [], ["国家金融监督管理总局南平监管分局", "市财政局", "市金融办"]),
        (["市工信局"], [], ["市工商联", "县直机关"]),
    ]


PDF = """钦州市人民政府办公室关于印发钦州市2025年城乡生活垃圾分类工作实施方案的通知
各县、区人民政府，市直各委、办、局：
现将《钦州市2025年城乡生活垃圾分类工作实施方案》印发给你们，请认真组织实施。
钦州市人民政府办公室
2025年4月3日

— 5 —
\f钦政办发〔2025〕15号

附件

钦州市2025年城乡生活垃圾分类重点任务
分工表

序号
重点任务
牵头单位
责任单位
完成时限

1
新建改造投放点
850个
钦州市住房和
城乡建设局
钦南区、钦北区
人民政府
2025年9
月30日前

2
公共场所分类垃
圾桶替换

— 6 —
\f钦政办发〔2025〕15号

市城市管理局
市交通运输局、
市林业局
2025年6
月底前

3
大件及装修垃圾
堆放点建设
市城市管理局
、市住房和城
乡建设局
钦南区、钦北区
人民政府
11月中旬

4
垃圾分类主题宣
传200场次
市委宣传部
市教育局、市城
市管理局
每月

5
餐厨垃圾处理项
目（二期）
市发展改革委
市城市管理局、
市生态环境局
2025年1
2月31日前

— 7 —
\f钦政办发〔2025〕15号

抄送：市委各部门。
"""


def test_a_pdftotext_table_whose_cells_wrap_over_lines_and_pages():
    doc = notice_parser.parse(PDF.encode(), name="fenlei.txt")
    _grounded(doc)
    rows = [(m.heading, _roles(m), sorted(d.date for d in m.deadlines if d.kind == "by")) for m in doc.measures]
    assert rows == [
        (
            "新建改造投放点850个",
            (["钦州市住房和城乡建设局"], ["钦南区人民政府", "钦北区人民政府"], []),
            ["2025-09-30"],
        ),
        ("公共场所分类垃圾桶替换", (["市城市管理局"], ["市交通运输局", "市林业局"], []), ["2025-06-30"]),
        (
            "大件及装修垃圾堆放点建设",
            (["市城市管理局", "市住房和城乡建设局"], ["钦南区人民政府", "钦北区人民政府"], []),
            ["2025-11-20"],
        ),
        ("垃圾分类主题宣传200场次", (["市委宣传部"], ["市教育局", "市城市管理局"], []), []),
        ("餐厨垃圾处理项目（二期）", (["市发展改革委"], ["市城市管理局", "市生态环境局"], []), ["2025-12-31"]),
    ]


ONE_LINE = (
    "标题：荆门市优化营商环境攻坚行动方案\n"
    "为持续优化营商环境，制定本方案。附件：重点任务分工表 "
    "序号 重点任务 牵头单位 配合单位 完成时限1 企业开办“0.5日办结” 市市场监管局 市公安局、市税务局 "
    "2025年6月30日前2 工程建设项目审批提速 市住建局 市自然资源和规划局、市生态环境局 2025年9月30日前"
    "3 不动产登记“带押过户” 市自然资源和规划局 市税务局 长期坚持4 涉企行政检查“综合查一次” 市司法局 "
    "市直各执法部门 第二季度出台办法5 清理拖欠中小企业账款 市经信局 市财政局、市国资委 每季度调度，12月20日前"
    "6 政府性融资担保扩面 市财政局 市地方金融工作局、市担保集团 2025年12月底前\n"
)


def test_a_table_run_into_one_line_with_each_rows_number_glued_to_the_row_before():
    doc = notice_parser.parse_text(ONE_LINE)
    _grounded(doc)
    rows = [(m.id, m.heading, _roles(m)) for m in doc.measures if m.id.startswith("table")]
    assert rows == [
        ("table1.row1", "企业开办“0.5日办结”", (["市市场监管局"], [], ["市公安局", "市税务局"])),
        ("table1.row2", "工程建设项目审批提速", (["市住建局"], [], ["市自然资源和规划局", "市生态环境局"])),
        ("table1.row3", "不动产登记“带押过户”", (["市自然资源和规划局"], [], ["市税务局"])),
        ("table1.row4", "涉企行政检查“综合查一次”", (["市司法局"], [], ["市直各执法部门"])),
        ("table1.row5", "清理拖欠中小企业账款", (["市经信局"], [], ["市财政局", "市国资委"])),
        ("table1.row6", "政府性融资担保扩面", (["市财政局"], [], ["市地方金融工作局", "市担保集团"])),
    ]


def test_the_problem_column_of_a_zhenggai_qingdan_states_what_was_found_not_what_is_due():
    # phrases of tests/redteam4/zhouzhi-2024-ducha-zhenggai-qingdan (its gold: T6, D7)
    head = "<tr><th>序号</th><th>{}</th><th>整改措施</th><th>责任单位</th><th>整改时限</th><th>整改目标</th></tr>"
    row = (
        "<tr><td>1</td><td>12345热线群众诉求按期办结率偏低，一季度仅为82.6%，仍有12处违建未拆除。</td>"
        "<td>对12处违建逐一建档立卡，依法拆除。</td><td>县政务服务中心</td><td>2024年12月底前</td>"
        "<td>按期办结率提高到95%以上</td></tr>"
    )
    for problem in ("问题描述", "存在问题", "反馈问题"):
        page = f"<html><body><p>某县整改清单</p><table>{head.format(problem)}{row}</table></body></html>"
        doc = notice_parser.parse(page.encode(), format="html")
        (m,) = doc.measures
        assert [(t.value, t.raw) for t in m.targets] == [
            (12, "对12处违建逐一建档立卡"),
            (95, "按期办结率提高到95%以上"),
        ]
        assert all("一季度" not in d.raw for d in m.deadlines)
    # a header that names what is to be done as well is no problem column
    page = f"<html><body><p>某县整改清单</p><table>{head.format('问题及整改要求')}{row}</table></body></html>"
    (m,) = notice_parser.parse(page.encode(), format="html").measures
    # (its 仍有12处 is read; 一季度仅为82.6% is a problem's figure, a status wherever it stands: the gold's T6)
    assert [t.raw for t in m.targets][:2] == ["仍有12处违建未拆除", "对12处违建逐一建档立卡"]
