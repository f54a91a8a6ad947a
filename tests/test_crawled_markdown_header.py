"""Notice fields of crawled pages and docs-tool exports stored as Markdown (round 18: angzhou's Jina-Reader page,
fuyu's 飞书 台账). Each variant is written as the tool writes it; the fields asserted are the notice's own."""

from __future__ import annotations

import pytest

import notice_parser

_BODY = "一、工作目标\n\n到2025年底，优良天数比率达到85%。\n"

# Jina Reader: Title:/URL Source:/Published Time:/Markdown Content:, nav bullets, crumbs as links, no title
# in the page body (its <h1> dropped): the title is the header's, without the site's name; the crumb is no title
JINA_NO_BODY_TITLE = (
    "Title: 某市生态环境局关于开展2025年夏季臭氧污染防治攻坚的通知_某市生态环境局\n"
    "URL Source: http://sthjj.moushi.gov.cn/zwgk/tzgg/202506/t20250603_1.html\n"
    "Published Time: 2025-06-03T09:00:00+08:00\n\nMarkdown Content:\n"
    "*   [首页](http://sthjj.moushi.gov.cn/)\n*   [政务公开](http://sthjj.moushi.gov.cn/zwgk/)\n"
    "*   [通知公告](http://sthjj.moushi.gov.cn/zwgk/tzgg/)\n\n"
    "[首页](http://sthjj.moushi.gov.cn/) > [政务公开](http://sthjj.moushi.gov.cn/zwgk/) > "
    "[通知公告](http://sthjj.moushi.gov.cn/zwgk/tzgg/)\n\n"
    "某环发〔2025〕12号\n\n各区生态环境分局，局机关各处室：\n\n现将有关事项通知如下。\n\n"
    + _BODY
    + "\n某市生态环境局\n\n2025年6月1日\n"
)
# Jina Reader with the page's bold title, a 当前位置 crumb, and 字体/打印/关闭 buttons whose javascript: links hold
# parentheses (doZoom(16), window.print()): the buttons render to chrome, the bold line is the title
JINA_BUTTONS = (
    "Title: 某县应急管理局关于做好汛期安全生产工作的通知-某县人民政府\n"
    "URL Source: http://www.mouxian.gov.cn/art/2025/6/5/art_1_2.html\n"
    "Published Time: Thu, 05 Jun 2025 08:00:00 GMT\n\nMarkdown Content:\n"
    "当前位置：[首页](http://www.mouxian.gov.cn/)>[政务公开](http://www.mouxian.gov.cn/zwgk/)>"
    "[部门文件](http://www.mouxian.gov.cn/bmwj/)\n\n**某县应急管理局关于做好汛期安全生产工作的通知**\n\n"
    "【字体：[大](javascript:doZoom(16)) [中](javascript:doZoom(14)) [小](javascript:doZoom(12))】"
    "[【打印】](javascript:window.print()) [【关闭】](javascript:window.close())\n\n"
    "某应急〔2025〕7号\n\n各乡镇人民政府，县直有关单位：\n\n现将有关事项通知如下。\n\n"
    + _BODY
    + "\n某县应急管理局\n\n2025年6月4日\n"
)
# angzhou's buttons: 字号：[[大]](javascript:void(0);) — a link text in brackets, a target with parentheses
JINA_BRACKETED_BUTTONS = (
    "Title: 某市市场监督管理局关于印发《某市电梯安全筑底行动实施方案》的通知_某市市场监督管理局\n"
    "URL Source: http://scjg.moushi.gov.cn/zwgk/tzgg/202505/t20250512_1.html\n"
    "Published Time: 2025-05-12T16:30:00+08:00\n\nMarkdown Content:\n"
    "某市市场监督管理局关于印发《某市电梯安全筑底行动实施方案》的通知_某市市场监督管理局\n===============\n\n"
    "[首页](http://scjg.moushi.gov.cn/) > [政务公开](http://scjg.moushi.gov.cn/zwgk/) > "
    "[通知公告](http://scjg.moushi.gov.cn/zwgk/tzgg/)\n\n"
    "**某市市场监督管理局关于印发《某市电梯安全筑底行动实施方案》的通知**\n\n"
    "发布时间：2025-05-12 16:30 来源：特种设备安全监察处\n\n"
    "字号：[[大]](javascript:void(0);)[[中]](javascript:void(0);)[[小]](javascript:void(0);) "
    "[打印](javascript:window.print()) [关闭](javascript:window.close())\n\n"
    "某市监发〔2025〕19号\n\n各区市场监督管理局，市局各处室、各直属单位：\n\n"
    "现将《某市电梯安全筑底行动实施方案》印发给你们，请认真抓好贯彻落实。\n\n某市市场监督管理局\n\n2025年5月9日\n\n"
    "**某市电梯安全筑底行动实施方案**\n\n" + _BODY
)
# a Readability reader view saved as text: Title/Byline/Site Name over the article; the 主送 line under it is
# the notice's, not a field of that header
READABILITY = (
    "Title: 某区教育局关于做好2025年秋季学期开学工作的通知\nByline: 某区教育局\nSite Name: 某区人民政府\n\n"
    "各中小学校：\n\n现将有关事项通知如下。\n\n一、做好开学准备\n\n（一）开展安全检查。\n\n某区教育局\n\n2025年8月20日\n"
)
# Firecrawl / markdownify: a skip link, nav bullets, crumbs glued by > with no blanks, the title as # heading
FIRECRAWL = (
    "[跳转到主要内容](#main)\n\n*   [首页](https://www.moushi.gov.cn/)\n*   [信息公开](https://www.moushi.gov.cn/xxgk/)\n\n"
    "[首页](https://www.moushi.gov.cn/)>[信息公开](https://www.moushi.gov.cn/xxgk/)>"
    "[通知公告](https://www.moushi.gov.cn/xxgk/tzgg/)\n\n# 某市水利局关于做好2025年防汛工作的通知\n\n"
    "发布日期：2025-04-12 来源：某市水利局 浏览次数：123\n\n某水发〔2025〕8号\n\n各区县水利局：\n\n"
    "现将有关事项通知如下：\n\n一、压实防汛责任\n\n某市水利局\n\n2025年4月10日\n"
)
# a docs tool's export (飞书, 语雀): the document's name as its # heading, a quote block of properties, no 关于 title
FEISHU = (
    "# 某区2025年民生实事项目推进任务台账\n\n> 发文单位：某区人民政府办公室\n"
    "> 日期：2025年3月12日　｜　最后编辑：区政府办 张三　｜　来源：飞书云文档导出\n\n"
    "各街道办事处、区直有关单位：\n\n现将任务台账印发，请抓好推进。\n\n"
    "| 序号 | 任务名称 | 责任单位 |\n|:---:|---|---|\n| **一** | **教育惠民** | |\n| 1.1 | 新建学校 | 区教育局（牵头）、区财政局 |\n\n"
    "某区人民政府办公室\n\n2025年3月12日\n"
)
# 语雀 with YAML front matter above the # heading
YUQUE = (
    "---\ntitle: 某镇2025年秸秆禁烧工作责任清单\nauthor: 张三\n---\n\n# 某镇2025年秸秆禁烧工作责任清单\n\n"
    "各村（社区），镇直各单位：\n\n现将责任清单印发给你们。\n\n一、工作目标\n\n内容。\n"
)
# a static site's front matter (Hugo: publishDate, a key longer than ten letters) and a reader service's date in
# English (RFC 2822): the notice's date where it shows no signature date
HUGO = (
    "---\ntitle: 某县水利局关于做好防汛工作的通知\npublishDate: 2025-05-06T09:00:00+08:00\nlastmod: 2025-05-07\n"
    "author: 张三\n---\n\n各乡镇水利站：\n\n现将有关事项通知如下。\n\n## 一、压实责任\n\n内容。\n"
)
JINA_RFC_DATE = (
    "Title: 某县水利局关于做好防汛工作的通知\n\nURL Source: http://www.mouxian.gov.cn/art/2025/5/6/art_1.html\n\n"
    "Published Time: Tue, 06 May 2025 01:00:00 GMT\n\nMarkdown Content:\n各乡镇水利站：\n\n现将有关事项通知如下。\n\n"
    "一、压实责任\n\n内容。\n"
)
# a Markdown notice whose first heading is the body's 一、: no title taken from it
NO_TITLE = "## 一、总体要求\n\n内容。\n\n## 二、重点任务\n\n1. 治理。\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            JINA_NO_BODY_TITLE,
            {
                "title": "某市生态环境局关于开展2025年夏季臭氧污染防治攻坚的通知",
                "doc_number": "某环发〔2025〕12号",
                "recipients": ["各区生态环境分局", "局机关各处室"],
                "date": "2025-06-01",
            },
            id="jina-no-body-title",
        ),
        pytest.param(
            JINA_BUTTONS,
            {
                "title": "某县应急管理局关于做好汛期安全生产工作的通知",
                "doc_number": "某应急〔2025〕7号",
                "date": "2025-06-04",
            },
            id="jina-buttons",
        ),
        pytest.param(
            JINA_BRACKETED_BUTTONS,
            {
                "title": "某市市场监督管理局关于印发《某市电梯安全筑底行动实施方案》的通知",
                "doc_number": "某市监发〔2025〕19号",
                "issuers": ["某市市场监督管理局"],
                "date": "2025-05-09",
                "plan_title": "某市电梯安全筑底行动实施方案",
            },
            id="jina-bracketed-buttons",
        ),
        pytest.param(
            READABILITY,
            {
                "title": "某区教育局关于做好2025年秋季学期开学工作的通知",
                "issuers": ["某区教育局"],
                "recipients": ["各中小学校"],
                "date": "2025-08-20",
            },
            id="readability",
        ),
        pytest.param(
            FIRECRAWL,
            {
                "title": "某市水利局关于做好2025年防汛工作的通知",
                "doc_number": "某水发〔2025〕8号",
                "date": "2025-04-10",
            },
            id="firecrawl",
        ),
        pytest.param(
            FEISHU,
            {
                "title": "某区2025年民生实事项目推进任务台账",
                "issuers": ["某区人民政府办公室"],
                "date": "2025-03-12",
                "plan_title": None,
            },
            id="feishu",
        ),
        pytest.param(
            YUQUE,
            {"title": "某镇2025年秸秆禁烧工作责任清单", "recipients": ["各村（社区）", "镇直各单位"]},
            id="yuque",
        ),
        pytest.param(NO_TITLE, {"title": None}, id="first-heading-is-a-section"),
        pytest.param(
            HUGO,
            {"title": "某县水利局关于做好防汛工作的通知", "issuers": ["某县水利局"], "date": "2025-05-06"},
            id="hugo-publishdate",
        ),
        pytest.param(JINA_RFC_DATE, {"recipients": ["各乡镇水利站"], "date": "2025-05-06"}, id="jina-rfc-date"),
    ],
)
def test_notice_fields_of_crawled_and_exported_markdown(text, expected):
    doc = notice_parser.parse(text.encode("utf-8"), format="txt")  # as a .md file is read
    notice = doc.notice.model_dump()
    for field, value in expected.items():
        assert notice[field] == value, field


def test_crumb_and_button_links_render_to_their_text():
    doc = notice_parser.parse(JINA_BRACKETED_BUTTONS.encode("utf-8"), format="txt")
    assert "首页 > 政务公开 > 通知公告" in doc.text
    assert "字号：[大][中][小] 打印 关闭" in doc.text
    assert "javascript" not in doc.text
