"""Defects of review 8 (session 8 commits), each with the reviewer's reproducer. Costs are never timed
against an absolute limit: a hostile input is compared with ordinary input of the same size."""

from __future__ import annotations

import time

import notice_parser


def _cpu(fn, *args) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - t)
    return best


def _kv_notice(gap: str) -> str:
    body = "".join(f"{i}. 各县区要于2024年6月底前完成第{i}批隐患排查整改。\n" for i in range(1, 201))
    return "标题：关于" + gap + "的通知\n发布日期：2024年3月1日\n各县区人民政府：\n一、总体要求\n" + body


def test_a_long_run_of_spaces_in_a_key_value_line_costs_what_ordinary_text_does():
    """layout._next_kv_cell gave two quantifiers the same spaces: 1,500 spaces in a title took seconds
    (3,000 over 100 s), the same title with 1,500 characters a few milliseconds."""
    hostile, ordinary = _kv_notice(" " * 1500), _kv_notice("做好安全生产工作" * 187 + "做好安全")
    assert len(hostile) == len(ordinary)
    assert _cpu(notice_parser.parse_text, hostile) <= 3 * _cpu(notice_parser.parse_text, ordinary)
    assert notice_parser.parse_text(hostile).notice.date == "2024-03-01"


def _page(depth: int) -> bytes:
    article = "".join(f"<p>{i}.各部门要在2024年6月底前完成第{i}项任务，确保取得实效。</p>" for i in range(1, 2000))
    outside = "<div><span>" * depth + "这是页面上的其他内容。" * 10000 + "</span></div>" * depth
    html = (
        f"<html><head><meta charset='utf-8'></head><body><div class='TRS_Editor'>{article}</div>{outside}</body></html>"
    )
    return html.encode()


def test_a_deeply_nested_page_costs_what_a_flat_page_of_the_same_size_does():
    """readers.html.page_lines took text_content() of every nested block (1,000 <div><span> around
    the page's other text: each read it all, quadratic in the depth); now each text is read once."""
    from notice_parser.readers import ReadOptions
    from notice_parser.readers import html as H

    deep, flat = _page(1000), _page(1)
    flat = flat.replace(b"</body>", b" " * (len(deep) - len(flat)) + b"</body>")
    assert len(deep) == len(flat)
    assert _cpu(H.read, deep, ReadOptions()) <= 3 * _cpu(H.read, flat, ReadOptions())
    assert H.read(deep, ReadOptions()).text == H.read(flat, ReadOptions()).text


_MADE_UNDER_THE_LOCK = """
import dataclasses, typing
from notice_parser import compiled
with compiled.generated_code_cached():
    with compiled._PATTERNS._lock:  # as while another thread reads the pattern file
        @dataclasses.dataclass
        class Task:
            unit: str
            year: int
        ns = {}
        compiled._exec(b"def f(x: int) -> int: return x", ns)
print(Task.__init__.__annotations__, ns["f"].__annotations__, typing.get_type_hints(Task.__init__)["year"])
"""


def test_generated_code_compiled_while_the_cache_is_locked_keeps_the_callers_future_flags():
    """compiled._cached_code returned the string while the pattern cache's lock was held (and bytes
    always): builtins.exec called from compiled.py then took its `from __future__ import annotations`,
    and a dataclass made then had string annotations (get_type_hints: NameError)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _MADE_UNDER_THE_LOCK], capture_output=True, text=True)
    assert done.stdout == (
        "{'unit': <class 'str'>, 'year': <class 'int'>, 'return': None} "
        "{'x': <class 'int'>, 'return': <class 'int'>} <class 'int'>\n"
    ), done.stderr
