"""Section numbering markers of Chinese official documents, as data.

GB/T 9704 orders the levels 一、 → （一） → 1. → （1）; documents add ①, and
laws use 第一章 / 第一条. Each style is a row: a name, a pattern whose group
``num`` is the number as written, and its place in the conventional order
(``rank``), which decides the level of a style that first appears where no
line break marks it (texts that lost their line breaks).
"""

from __future__ import annotations

CN_NUM = "〇零一二三四五六七八九十百两"
#: the numerals a heading's, an item's or an annex's small number is written with where a rule
#: takes no zero, 百 or 两 (一、 … 十、; 十一 is two of them)
CN_ONE_TO_TEN = "一二三四五六七八九十"
#: 第一部分: a part of a document (laws also use 第一编)
PART_WORD = "部分"
#: separators allowed after an Arabic item number: 1.  1．  1、  1﹒ — and a
#: private-use glyph (U+E000–U+F8FF), which is what a full stop in a symbol
#: font becomes when text is extracted from Word or PDF (qingdao-2024: "1\ue010")
ARABIC_SEPARATORS = ".．、﹒\ue000-\uf8ff"
OPEN_PARENS = "（("
CLOSE_PARENS = "）)"

#: words that label a numbered block of a plan where a list marker would stand: 问题1：, 问题一：,
#: 问题（一） — a 整改方案's problems (zunyi-huichuan-2024: "问题1：食品安全属地管理责任落实不到位。")
LABELLED_ITEM_WORDS = ("问题",)
_LABELLED_ITEM = "|".join(LABELLED_ITEM_WORDS)
#: words of the labels a 整改 block's lines open with in 【】 (【问题4】…, 【整改措施】…, 【整改目标】…): the labels of the
#: body, never a repository's 【发布日期】-style metadata, so such a line closes no section (liyang-2026, red team 12)
BLOCK_LABEL_WORDS = ("问题", "措施", "目标", "任务", "要求", "成效")
#: particles no heading starts with: after 问题（1） they make the label a problem named in a sentence
LABEL_NOT_HEADING = "的之"

#: the space an OCR'd scan leaves inside a marker, between its number and its bracket or separator (一 、, 一 ., （ 一 ）,
#: ( 一 ), 1 、, 1 .): one space at most on each side, so a marker still reads as one token
_OCR_GAP = "[ \u3000]?"

#: the number of a part, chapter, section or article: 第十二条, and as crawled pages and 实施细则 write it, 第12条, 第１２条
_ORDINAL = f"[{CN_NUM}]+|[0-9０-９]{{1,3}}"

#: (name, regex with group ``num``, rank in the conventional hierarchy)
MARKER_STYLES: tuple[tuple[str, str, float], ...] = (
    ("part", rf"第(?P<num>{_ORDINAL})(?:{PART_WORD}|编)[ \u3000]*", -1),
    ("chapter", rf"第(?P<num>{_ORDINAL})章[ \u3000]*", 0),
    ("jie", rf"第(?P<num>{_ORDINAL})节[ \u3000]*", 0.5),
    ("article", rf"第(?P<num>{_ORDINAL})条[ \u3000]*", 1),
    # a labelled block: no place in the convention; it nests where it first appears (FLOATING_STYLES)
    (
        "labelled",
        rf"(?:{_LABELLED_ITEM})[{OPEN_PARENS}]?(?P<num>[0-9０-９]{{1,2}}|[{CN_ONE_TO_TEN}]{{1,3}})"
        # after the number: a closing parenthesis (not before 的/之: 问题（1）的整改由… names a problem), a
        # colon, or a space before the heading (问题1　食品…). Not 、 or a full stop: 问题1、2已整改 names
        # two problems, and in 存在的主要问题1.思想认识不到位 the 1. is a list marker of its own
        # (or the closing bracket of a label set in 【】: 【问题4】城区新建公办幼儿园…, liyang-2026)
        rf"(?:[{CLOSE_PARENS}](?:[：:]|(?![{LABEL_NOT_HEADING}]))|[：:]|】|(?=[ \u3000]+\S))"
        rf"[ \u3000]*",
        1.5,
    ),
    ("cn_dun", rf"(?P<num>[{CN_NUM}]{{1,3}}){_OCR_GAP}[、．.](?![{CN_NUM}]{{1,3}}[、级类])", 2),
    ("cn_paren", rf"[{OPEN_PARENS}]{_OCR_GAP}(?P<num>[{CN_NUM}]{{1,3}}){_OCR_GAP}[{CLOSE_PARENS}]", 3),
    # "3.5%" and "3.14" are numbers, but "3.2020年底前" is item 3 about 2020 and "2.10月15日前" item 2 about October
    # (liyang-2026)
    (
        "ar_dot",
        rf"(?P<num>[0-9０-９]{{1,3}}){_OCR_GAP}[{ARABIC_SEPARATORS}](?!(?![0-9]{{4}}年|1[0-2]月|[1-9]月)[0-9０-９%％])",
        4,
    ),
    ("ar_paren", rf"[{OPEN_PARENS}]{_OCR_GAP}(?P<num>[0-9０-９]{{1,3}}){_OCR_GAP}[{CLOSE_PARENS}]", 5),
    ("ar_half_paren", rf"(?P<num>[0-9０-９]{{1,2}})[{CLOSE_PARENS}]", 6),
    ("circled", r"(?P<num>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])", 7),
)

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

#: styles that number sections always under an item of one of the given styles, the level above them; under any
#: other section their lines are sections unless the run reads as the points of one task (``SHARED_LABEL_ENDS``).
#: ① is the level below （1）: ①②③ lines under (3) are sections (nanan-liucheng-2025, red team 4); under a 1、 or a
#: （一） whose task paragraphs lost their Word numbering, ①…；②…。 followed by 牵头单位： are the points of one
#: task (tongan-2025, red team 9); under 1. a ①…。 ②…。 run, each item with its own clause, is sections again
SUB_POINT_PARENTS: dict[str, frozenset[str]] = {"circled": frozenset({"ar_paren", "ar_half_paren"})}
#: the last words of the labels of the lines the points of one task share after their run (牵头单位：, 责任单位：,
#: 配合部门：, 完成时限：, 时间节点：, 责任人：, 责任领导：, also in 【】: 【责任单位】): a ①② run followed by such a
#: line enumerates one task's points, not sections (tongan-2025: ①…；②…；③…。 ⏎ 牵头单位：县住建局 ⏎ 责任单位：…)
SHARED_LABEL_ENDS = ("单位", "部门", "处室", "科室", "时限", "时间", "时间节点", "责任人", "领导")
#: words that end in a numeral: where one stands before 、 the 、 is a list's, not a heading marker's (照单全收、
#: 举一反三、全面整改 — tianshui-2017 once its line breaks are lost; the words of 整改 and 督查 documents)
NUMERAL_ENDED_WORDS = (
    "举一反三",
    "接二连三",
    "丢三落四",
    "颠三倒四",
    "朝三暮四",
    "不三不四",
    "说一不二",
    "独一无二",
    "略知一二",
    "数一数二",
    "一五一十",
    "再三",
)
#: the separators after which the next item of a list numbered inside one sentence starts (…；（2）…,
#: 考核分为（1）季度调度、（2）年中督查)
IN_SENTENCE_ITEM_SEPARATORS = "；;、，,"

#: styles whose place among the GB/T 9704 lists (一、 → （一） → 1. → （1）, whose order is firm) the
#: document sets: articles 第一条… may stand under chapters written 一、二、 (jiaxing-2023 实施意见),
#: problems 问题1： under a chapter 三、问题及整改措施 (zunyi-huichuan-2024 整改方案)
FLOATING_STYLES = frozenset({"part", "chapter", "jie", "article", "labelled"})
#: floating styles that may take over the count of the list they follow: a 整改方案 whose problems run （一）问题：…
#: （五）问题：… and then 问题六：问题七： (mianyang-2024 督察整改方案) numbers them as one list
CONTINUING_STYLES = frozenset({"labelled"})

#: characters after which a marker may start inside a line (a heading glued
#: onto the end of the previous sentence or clause). After ；or ：a number is
#: an in-sentence enumeration ("主要包括：1.开展排查；2.建立台账"), so those
#: count only in a text that has lost its line breaks.
SENTENCE_ENDS = '。）)！？!?”"'
INLINE_SENTENCE_ENDS = SENTENCE_ENDS + "；;：:"

#: bullets a page sets before a marker where it has no heading markup (a WeChat article's ▶ 一、工作目标, 📌 1.摸排问题厕所,
#: weixin-2026, red team 12): any symbol character (Unicode category So: ▶ ● ■ ◆ ★ ➤ ✔ and the emoji) and these; the
#: marker after them is read as at the line's start
LINE_BULLETS = "•→\ufe0f\u200d"
#: brackets a heading is set in, marker and all, where a page has no heading markup (a WeChat
#: article's 【第一部分　总体要求】): the marker is read inside them, the closing one ends the heading
HEADING_BRACKETS = "【〖"
HEADING_CLOSING_BRACKETS = "】〗"

#: line prefixes that start a box (专栏) rather than a section: their text
#: belongs to the section before them
BOX_WORDS = ("专栏", "栏目", "方框")
