"""Review 12's defects (items 2, 3, 4, 5, 7, 8), each as a rule for its family: the reviewer's reproduction
(/tmp/rev12out/v/) and other ways offices write the same thing. The fixtures are invented; each asserts values."""

from __future__ import annotations

import pytest

import notice_parser


def _txt(text: str):
    return notice_parser.parse(text.encode("utf-8"), name="x.txt").notice


BODY = "一、整改要求\n各区县要于2026年6月30日前完成整改（市政务服务局牵头，各区县人民政府负责）。\n"

# --- item 5: a 文号 whose kind word is a bulletin's genre is no masthead -----------------------------------


@pytest.mark.parametrize(
    ("red_head", "number", "title", "issuer"),
    [
        # the reviewer's tb1.txt
        (
            "某市人民政府办公室文件",
            "某政办通报〔2026〕3号",
            "某市人民政府办公室关于2026年第一季度政务服务工作情况的通报",
            "某市人民政府办公室",
        ),
        (
            "青禾县安全生产委员会办公室文件",
            "青安委办通报〔2025〕12号",
            "青禾县安全生产委员会办公室关于2025年上半年安全生产工作情况的通报",
            "青禾县安全生产委员会办公室",
        ),
        (
            "青禾市人民政府办公室文件",
            "青政办简报[2026]第4号",
            "青禾市人民政府办公室关于全市防汛工作情况的通报",
            "青禾市人民政府办公室",
        ),
    ],
)
def test_a_doc_number_whose_kind_is_a_genre_is_no_masthead(red_head, number, title, issuer) -> None:
    n = _txt(
        f"{red_head}\n{number}\n\n{title}\n\n各区县人民政府，市政府各部门：\n　　现将有关情况通报如下。\n"
        + BODY
        + f"\n{issuer}\n2026年4月10日\n"
    )
    assert (n.doc_number, n.title, n.issuers, n.date) == (number, title, [issuer], "2026-04-10")
    assert n.recipients == ["各区县人民政府", "市政府各部门"]


def test_minutes_numbered_like_a_doc_number_under_their_name_keep_their_masthead() -> None:
    """The issue on its own line under the name (〔2026〕5号 with no code before it) is still a masthead's."""
    n = _txt("青禾县人民政府常务会议纪要\n〔2026〕5号\n\n关于研究春耕生产有关事项的会议纪要\n\n会议议定如下：\n" + BODY)
    assert (n.doc_number, n.issuers, n.title) == (
        "〔2026〕5号",
        ["青禾县人民政府"],
        "关于研究春耕生产有关事项的会议纪要",
    )


# --- item 4: a mark after a 、-run that a comma sets apart in a role cell covers the run ------------------------


def _rows(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    doc = notice_parser.parse(text.encode("utf-8"), name="x.txt")
    return [
        (
            m.id,
            [u.name for u in m.lead_units],
            [u.name for u in m.responsible_units],
            [u.name for u in m.supporting_units],
        )
        for m in doc.measures
    ]


def _table(*cells: str) -> str:
    head = "某市2026年重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n"
    return head + "".join(f"{k}\t任务{k}\t{c}\t2026年12月底前\n" for k, c in enumerate(cells, 1))


def test_a_mark_after_a_run_set_apart_by_a_comma_covers_the_run() -> None:
    assert _rows(
        _table(
            "市发改委（牵头），市财政局、市审计局（配合）",  # the reviewer's wc.txt row 3
            "县水利局（牵头），县财政局、县自然资源局、县生态环境局（配合）",
            "区住建局，区城管局、区市场监管局（配合）",  # no lead mark: the first group keeps the column's role
        )
    ) == [
        ("table1.row1", ["市发改委"], [], ["市财政局", "市审计局"]),
        ("table1.row2", ["县水利局"], [], ["县财政局", "县自然资源局", "县生态环境局"]),
        ("table1.row3", [], ["区住建局"], ["区城管局", "区市场监管局"]),
    ]


def test_a_mark_on_the_last_unit_of_a_cell_that_is_one_run_marks_that_unit_alone() -> None:
    """redteam13 mindong: 道路运输事业发展中心、省公安厅交警总队（配合） — marking the run would leave the 责任单位
    column's role to none of the cell's units."""
    assert _rows(_table("市财政局、市审计局（配合）", "道路运输事业发展中心、省公安厅交警总队（配合）")) == [
        ("table1.row1", [], ["市财政局"], ["市审计局"]),
        ("table1.row2", [], ["道路运输事业发展中心"], ["省公安厅交警总队"]),
    ]


# --- item 3: a division sentence among a paragraph's other sentences is running text ----------------------------


def test_a_division_sentence_in_a_safeguards_paragraph_gives_no_measure() -> None:
    """The reviewer's meta.html 三、强化保障; ANNOTATE: responsibility written as running text is not a clause."""
    html = (
        "<html><body><p>各区县人民政府，市政府各部门：</p><p>现就有关事项通知如下：</p><p>一、开展隐患排查</p>"
        "<p>各区县要于2026年12月31日前完成辖区燃气管网隐患排查（市住建局牵头，各区县人民政府负责）。</p>"
        "<p>二、加强执法检查</p><p>市应急局要每季度开展一次联合执法检查（市应急局负责，市住建局配合）。</p>"
        "<p>三、强化保障</p><p>所需经费由市财政局负责保障。日常调度工作由市住建局负责，市应急局、市市场监管局配合。</p>"
        "</body></html>"
    )
    doc = notice_parser.parse(html.encode("utf-8"), name="x.html")
    assert [(m.id, [u.name for u in m.responsible_units]) for m in doc.measures] == [
        ("1", ["各区县人民政府"]),
        ("2", ["市应急局"]),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "（一）加强组织领导。成立工作专班，办公室设在市住建局。领导小组办公室日常工作由市住建局负责，各成员单位配合。",
        "（二）强化经费保障。所需经费纳入年度预算。资金拨付和绩效评价由市财政局负责，各区县财政部门配合。",
        "（三）加强督导考核。督查结果纳入年度考核。日常督导由市政府督查室牵头，市住建局、市应急局参与。",
    ],
)
def test_safeguard_paragraphs_that_divide_their_work_in_running_text_give_no_measure(paragraph) -> None:
    assert _rows(f"三、保障措施\n{paragraph}\n") == []


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("（一）项目开工、完工进度由市住建局负责核查，市城管局配合；", ("2.1", [], ["市住建局"], ["市城管局"])),
        ("（一）燃气管网改造由市住建局牵头，各区县政府负责落实；", ("2.1", ["市住建局"], ["各区县政府"], [])),
    ],
)
def test_an_item_of_a_division_list_is_a_clause(item, expected) -> None:
    """shamei 第六条: 按照以下分工…： and each item a division sentence of its own."""
    text = f"一、总则\n内容。\n二、分工\n市直有关部门按照以下分工承担日常调度工作：\n{item}\n"
    assert _rows(text) == [expected]


# --- item 8: the routing form's field rows are lexicon rows (OA_FORM_*_FIELDS) ------------------------------------

FORM = (
    "发文稿纸\n签  发\t同意印发。\n核  稿\t王丽  2026年11月7日\n拟稿单位\t应急管理办公室\n"
    "发文字号\t晏街发〔2026〕58号\n文件标题\t晏塘街道办事处关于做好冬季燃气安全工作的通知\n"
    "主送机关\t各社区居民委员会，街道各科室\n抄送机关\t区应急管理局\n印发份数\t30份\n\n"
)


def test_a_routing_form_s_other_field_labels_stand_in_for_a_missing_header() -> None:
    """发文字号, 文件标题, 主送机关 rows (the other labels OA systems print) give what the notice lacks."""
    body = "现就有关事项通知如下：\n一、开展排查\n各社区于12月31日前完成排查。（街道应急办负责）\n晏塘街道办事处\n2026年11月10日\n"
    n = _txt(FORM + body)
    assert n.doc_number == "晏街发〔2026〕58号"
    assert n.title == "晏塘街道办事处关于做好冬季燃气安全工作的通知"
    assert n.recipients == ["各社区居民委员会", "街道各科室"]


# --- item 2: an assignment that opens its item's task is running text, one that closes it a clause ----------------


@pytest.mark.parametrize(
    "item",
    [
        "（二）加快管网改造\n市住建局牵头，各区县政府负责，2026年底前完成燃气管道改造。",  # a title on its own line
        "（二）加快管网改造。市住建局牵头，各区县政府负责，2026年底前完成城镇燃气管道老化更新改造。",
        "1、区应急管理局牵头，各街道配合，2026年10月底前完成辖区危化品企业风险评估。",  # ruiyu: the item's first words
    ],
)
def test_an_assignment_that_opens_its_item_is_running_text(item) -> None:
    assert _rows(f"一、重点任务\n{item}\n") == []


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "（二）加快管网改造。全年改造老旧燃气管网240公里，同步更新用户设施。市住建局牵头，各区县政府负责，"
            "2026年底前完成城镇燃气管道老化更新改造。",
            ("1.2", ["市住建局"], ["各区县政府"], []),
        ),
        (
            "（二）加快管网改造。全年改造老旧燃气管网240公里，同步更新用户设施。市住建局牵头，各区县政府负责，2026年底前完成。",
            ("1.2", ["市住建局"], ["各区县政府"], []),
        ),
        (
            "（二）加快管网改造。市住建局牵头，各区县政府负责，2026年底前全部完成。",
            ("1.2", ["市住建局"], ["各区县政府"], []),
        ),
    ],
)
def test_an_assignment_that_closes_its_task_is_a_clause(item, expected) -> None:
    assert _rows(f"一、重点任务\n（一）开展排查。各地全面排查。（市住建局负责）\n{item}\n")[1:] == [expected]
