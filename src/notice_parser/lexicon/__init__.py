"""Vocabulary as data: every Chinese word a rule matches is spelled in a table here.

Rules outside ``lexicon/`` build their patterns from these tables with
:func:`alternation` (``tests/test_code_shape.py`` keeps Chinese words out of
patterns elsewhere; ``tests/test_lexicon.py`` validates the tables).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

#: Which engine runs a pattern. One that needs no ``regex``-only feature (``\p{..}``, ``partial``,
#: ``overlapped``, a variable look-behind) means the same in ``re``, compiles there in about a third of
#: the time, and a call costs about a third of a ``regex`` call (line kinds are asked of every line). So
#: ``re`` runs it, unless ``re`` would have to try it at every position of a long text:
#:
#: * one that is anchored (``^``, ``match``, ``fullmatch``), starts with a word, or is one character class;
#: * a word alternation whose every branch starts with a plain character (``专栏|方框|栏目``, units'
#:   ``_LEVEL_CHAR_WORD``): ``re`` skips to the branches' first characters in C (LEVEL_CHAR_WORDS over
#:   243k characters of the corpus: 0.2-0.3 of ``regex``'s time; BOX_WORDS over Tianshui: 0.8);
#: * any pattern searched only in short strings (a name, a line, a window before a position), where the
#:   call's cost decides (units' ``_LEVEL_WORD`` on a unit's name: 0.34 of ``regex``'s time).
#:
#: ``regex`` runs a word alternation searched through long text in which a branch starts with a class
#: or an optional part: ``alternation`` writes two or more one-character words of a level as one class
#: (``…|[厅署]|局``), and for such a pattern ``re`` finds no first characters to skip to and tries it at
#: every position (ORGAN_SUFFIXES over the same text: ``re`` 1.5-2.7 times ``regex``'s time,
#: LABEL_PATTERN 2.2). For ``re``, ``regex``'s ``\s`` is spelled ``[RE_SPACE_CHARS]``:
#:
#: the characters ``regex`` matches with ``\s``, written for a pattern run by ``re`` (whose own ``\s``
#: also takes U+001C-U+001F): ``"[" + RE_SPACE_CHARS + "]"`` in ``re`` is ``\s`` in ``regex``
#: (tests/test_lexicon.py compares the two on every code point)
RE_SPACE_CHARS = r"\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (escaped, duplicates and empties dropped) that
    tries them longest first, written as prefix tries so that it compiles fast.

    Longest first, so that an alternation never stops at a word's prefix. The
    pattern matches exactly as the flat list ``w1|w2|…`` sorted longest first
    would, in any surrounding pattern, forwards and backwards (``(?r)``,
    look-behinds); ties in code-point order, so the text is the same in every
    process. Why that holds:

    * at one position, the words of the list that can match forwards are
      prefixes of each other (backwards: suffixes of each other), and all
      that decides a match is the order in which those are tried; the flat
      list tries them longest first;
    * the words are put in *levels*: a word that is a proper suffix of another
      is on a later level than it, one that is a proper prefix of another on
      the same level or a later one. Levels are tried in order, so two words
      on different levels are tried longest first;
    * a level is one prefix trie: a common prefix is written once and followed
      by its continuations, the end of a word (``?``) last. Within a level no
      word ends another, so the order of the branches only matters between a
      word and its own extensions, and those come first.

    >>> alternation(["年", "年度", "年", "上半年"])
    '上半年|年度|年'
    >>> alternation(["主要责任单位", "主要责任处室", "责任单位", "a.b", ""])
    'a\\\\.b|主要责任(?:单位|处室)|责任单位'
    >>> alternation(["牵头", "牵头单位", "牵头部门", "配合", "协办"])
    '协办|牵头(?:单位|部门)?|配合'
    """
    return _alternation(tuple(sorted({w for w in words if w})))


@cache
def _alternation(words: tuple[str, ...]) -> str:
    levels: dict[int, list[str]] = {}
    for word, level in _levels(words).items():
        levels.setdefault(level, []).append(word)
    return "|".join("|".join(_branches(sorted(levels[n]), 0)[0]) for n in sorted(levels))


def _levels(words: tuple[str, ...]) -> dict[str, int]:
    """Each word's level: after every word it ends, not before any word it starts."""
    known = set(words)
    level = dict.fromkeys(words, 0)
    for word in sorted(words, key=len, reverse=True):  # a word's level is final before its parts are seen
        here = level[word]
        for i in range(1, len(word)):
            head, tail = word[:i], word[i:]
            if head in known and level[head] < here:
                level[head] = here
            if tail in known and level[tail] <= here:
                level[tail] = here + 1
    return level


def _branches(words: list[str], depth: int) -> tuple[list[str], bool]:
    """The alternatives that spell the rests ``w[depth:]`` of ``words`` (sorted, sharing
    ``depth`` characters), and whether one of the words ends at ``depth``."""
    ends = False
    groups: dict[str, list[str]] = {}
    for word in words:
        if len(word) == depth:
            ends = True
        else:
            groups.setdefault(word[depth], []).append(word)
    out, chars = [], []
    for char, group in groups.items():
        if len(group) == 1 and len(group[0]) == depth + 1:
            chars.append(_escape(char))
            continue
        first, last = group[0], group[-1]  # sorted: what the first and the last share, all share
        stop, most = depth + 1, min(len(first), len(last))
        while stop < most and first[stop] == last[stop]:
            stop += 1
        rests, optional = _branches(group, stop)
        out.append(_escape(group[0][depth:stop]) + _grouped(rests, optional))
    if chars:
        out.append(chars[0] if len(chars) == 1 else "[" + "".join(chars) + "]")
    return out, ends


def _escape(text: str) -> str:
    return text if text.isalnum() else regex.escape(text)


def _grouped(alternatives: list[str], optional: bool) -> str:
    """``alternatives`` as one atom, optional (tried last) if ``optional``."""
    if not alternatives:
        return ""
    if len(alternatives) == 1 and not optional:
        return alternatives[0]
    single = len(alternatives) == 1 and (len(alternatives[0]) == 1 or alternatives[0].startswith("["))
    body = alternatives[0] if single else "(?:" + "|".join(alternatives) + ")"
    return body + "?" if optional else body
