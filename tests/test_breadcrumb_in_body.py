"""A breadcrumb with no 当前位置： label is page chrome only where a page puts it: a run of short channel
names (首页 > 政务公开 > 通知公告, the last maybe the page's title) on its own line, or in a one-line page
before the body's first sentence. A body sentence that tells the reader where to click (依次点击首页>办事服务>
技能补贴栏目在线提交申请，…) is the body's: its section, measure and deadline stay (REVIEW13 item 1)."""

from notice_parser import parse
from notice_parser.model import walk_sections
from notice_parser.segment.layout import is_chrome, split_virtual_lines

HEAD = "某市人力资源和社会保障局关于开展2025年度职业技能提升补贴申领工作的通知\n\n各县区人社局：\n\n一、申领方式\n\n"
TAIL = (
    "（二）现场申领。申请人到各县区人社局窗口办理，2025年6月30日前完成。（牵头单位：各县区人社局）\n\n"
    "二、工作要求\n\n各县区要加强宣传。\n\n某市人力资源和社会保障局\n2025年3月1日\n"
)


def _summary(text: str) -> tuple[list[str], list[tuple[str, list[str]]], list[tuple[str, str | None]]]:
    doc = parse(text.encode("utf-8"), format="txt", name="nav.txt")
    sections = [s.id for s in walk_sections(doc.sections)]
    measures = [(m.id, [u.name for u in m.lead_units]) for m in doc.measures]
    deadlines = [(d.section_id, d.date) for d in doc.deadlines]
    return sections, measures, deadlines


EXPECTED = (
    ["1", "1.1", "1.2", "2"],
    [("1.1", ["市职业能力建设处"]), ("1.2", ["各县区人社局"])],
    [("1.1", "2025-06-30"), ("1.2", "2025-06-30")],
)


def test_a_wrapped_click_path_stays_in_its_item():
    # the reviewer's v15: a hard wrap puts 首页> at the start of a line
    first = (
        "（一）网上申领。申请人登录市人社局门户网站，依次点击\n"
        "首页>办事服务>技能补贴栏目在线提交申请，2025年6月30日前完成。（牵头单位：市职业能力建设处）\n\n"
    )
    assert _summary(HEAD + first + TAIL) == EXPECTED


def test_a_wrapped_click_path_with_blanks_between_crumbs():
    # a variant: the writer spaces the arrows, and the line runs on after the last crumb
    first = (
        "（一）网上申领。申请人登录市人社局门户网站，依次点击\n"
        "首页 > 办事服务 > 技能补贴 栏目在线提交申请，2025年6月30日前完成。（牵头单位：市职业能力建设处）\n\n"
    )
    assert _summary(HEAD + first + TAIL) == EXPECTED


def test_a_quoted_click_path_in_a_one_line_page():
    # the reviewer's v8b: the notice on one line, the path in quotes
    first = (
        "（一）网上申领。申请人点击“首页>办事服务>技能补贴”栏目在线提交申请，2025年6月30日前完成。"
        "（牵头单位：市职业能力建设处）\n\n"
    )
    one_line = " ".join((HEAD + first + TAIL).split())
    assert "\n" not in one_line
    assert _summary(one_line) == EXPECTED


def test_other_separators_and_home_words_in_a_one_line_page():
    # variants: 网站首页» / 主页› in brackets, and a spaced path after the body's first sentence
    for path in (
        "在（网站首页»办事大厅»补贴申领）模块",
        "在【主页›个人办事›技能补贴】栏目",
        "点击 首页 > 办事服务 > 技能补贴 栏目",
    ):
        first = f"（一）网上申领。申请人登录市人社局门户网站，{path}在线提交申请，2025年6月30日前完成。（牵头单位：市职业能力建设处）\n\n"
        one_line = " ".join((HEAD + first + TAIL).split())
        assert _summary(one_line) == EXPECTED, path


def test_is_chrome_wants_short_crumbs_to_the_end_of_the_line():
    assert is_chrome("首页 > 政务公开 > 通知公告")
    assert is_chrome("网站首页»信息公开»部门文件")
    assert is_chrome("首页 > 政务公开 > 部门文件 > 省工业和信息化厅")
    assert is_chrome("首页 > 通知公告 > 某市人民政府办公室关于印发某市2025年农村人居环境整治提升工作方案的通知")
    assert not is_chrome("首页>办事服务>技能补贴栏目在线提交申请，2025年6月30日前完成。")
    assert not is_chrome("首页>办事服务>技能补贴”栏目在线提交申请")
    assert not is_chrome("首页>办事服务>技能补贴栏目在线提交申请")


def test_a_page_breadcrumb_before_the_title_is_still_chrome():
    text = (
        "首页 > 政务公开 > 通知公告 某县应急管理局关于做好汛期安全生产工作的通知 各乡镇人民政府：现将有关事项通知如下。"
    )
    lines = [ln.text for ln in split_virtual_lines(text, 0, len(text))]
    assert lines[:2] == ["首页 > 政务公开 > 通知公告", "某县应急管理局关于做好汛期安全生产工作的通知"]
    # the same crumbs after a sentence of the body are the body's words, cut at blanks as any other run
    later = "各乡镇人民政府：现将有关事项通知如下。请点击 首页 > 政务公开 > 通知公告 查看。"
    assert "首页 > 政务公开 > 通知公告" not in [ln.text for ln in split_virtual_lines(later, 0, len(later))]
