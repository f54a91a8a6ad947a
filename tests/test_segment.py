"""segment/: lines of a text that lost its line breaks, and the segmentation
stage as one value."""

from __future__ import annotations

from notice_parser.segment.layout import split_virtual_lines

CRAWLED = (
    "首页 > 通知公告 > 关于X的通知 时间：2023-10-28 08:53 微信 微博 QQ空间 "
    "各区县人民政府：现将有关事项通知如下。一、加强领导 来源：市政府办公室 二、完善机制"
)


def _lines(text: str):
    return [(ln.start, ln.end, ln.text) for ln in split_virtual_lines(text, 0, len(text))]


def test_a_crawled_line_is_cut_around_its_chrome():
    assert _lines(CRAWLED) == [
        (0, 2, "首页"),
        (3, 4, ">"),
        (5, 9, "通知公告"),
        (10, 11, ">"),
        (12, 18, "关于X的通知"),
        (19, 38, "时间：2023-10-28 08:53"),
        (39, 49, "微信 微博 QQ空间"),
        (50, 58, "各区县人民政府："),
        (58, 69, "现将有关事项通知如下。"),
        (69, 75, "一、加强领导"),
        (76, 85, "来源：市政府办公室"),
        (86, 92, "二、完善机制"),
    ]


def test_chrome_repeated_along_one_line_is_cut_the_same_way_each_time():
    # every chrome stretch is found by bisection among the sorted stretches
    lines = _lines(" ".join([CRAWLED] * 300))
    assert len(lines) == 12 * 300
    assert lines[12 * 299 + 6][2] == "微信 微博 QQ空间"
    assert lines[-1][2] == "二、完善机制"
