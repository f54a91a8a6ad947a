"""Word boundaries where a rule decides a cut inside running Han text.

The target rule ends a counted noun at a verb or a modal (要, 能, 将, 等 …)
and strips such words from the ends of a subject. Several of these are also
the inside of ordinary words: 等 in 中等 or 等级, 能 in 技能, 产能, 功能. A
cut is only made where the text really has a word boundary, and jieba (a
dictionary segmenter, no model download, no network) decides that.

jieba is imported lazily, the first time a cut has to be checked, so
``import notice_parser`` and documents that never need such a decision do
not pay its dictionary load (about half a second; see
``benchmarks/bench_wordcut.py``).
"""

from __future__ import annotations

from functools import lru_cache

_STATE: dict[str, object] = {}


def _jieba():
    tk = _STATE.get("tokenizer")
    if tk is None:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.initialize()
        _STATE["tokenizer"] = tk
    return tk


def loaded() -> bool:
    """Has the segmenter been loaded in this process?"""
    return "tokenizer" in _STATE


@lru_cache(maxsize=4096)
def _bounds(phrase: str) -> frozenset[int]:
    """Offsets in ``phrase`` where one word ends and the next begins."""
    out, pos = {0}, 0
    for w in _jieba().lcut(phrase, HMM=True):
        pos += len(w)
        out.add(pos)
    return frozenset(out)


def is_boundary(text: str, pos: int, lo: int, hi: int) -> bool:
    """Is ``pos`` a word boundary of ``text[lo:hi]`` (``lo <= pos <= hi``)?

    >>> is_boundary("中等职业技能培训学校", 5, 0, 10), is_boundary("中等职业技能培训学校", 6, 0, 10)
    (False, True)
    """
    if pos <= lo or pos >= hi:
        return True
    return (pos - lo) in _bounds(text[lo:hi])


def cuts_a_word(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Would cutting ``text[start:end]`` out of ``text[lo:hi]`` split a word
    (a cut word that is only part of a longer one: 能 in 技能)?

    >>> cuts_a_word("新建2所中等职业技能培训学校", 10, 11, 4, 16), cuts_a_word("企业要达到", 2, 3, 0, 5)
    (True, False)
    """
    return not (is_boundary(text, start, lo, hi) and is_boundary(text, end, lo, hi))
