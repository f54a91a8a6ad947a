"""Annex bodies that are no part of the numbered body.

A line "附件" or "附件2" standing alone (or, where the line breaks are lost,
"附件" running into its title) opens an annex that runs to the next one or
to the end of the text. An annex that assigns no responsibility (领导小组名单,
职责, a flattened 分工表) holds numbered lists that are not sections of the
document; one that holds responsibility clauses (a 考评指标 or 任务分工 list),
or that is a plan the notice issues (its title ends like one:
…三年行动计划（2024-2026年）), stays: it is a document the notice issues.

Whether an annex holds clauses is the clause grammar's question, which runs
after this stage: the caller passes it in as ``holds_clauses``. An annex that
holds a task table (a 任务分解表 whose 责任单位 column assigns each row:
``task_tables``, the spans of the tables with a role column) assigns
responsibility too, though its text holds no clause: its numbered lists
(一、任务清单 over the table, 二、报送要求 after it) are its sections.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..compiled import regex_compile
from ..lexicon.document import ATTACHMENT_PROSE_NEXT, ATTACHMENT_WORD, ATTACHMENT_WORDS
from ..lexicon.markers import CN_ONE_TO_TEN
from .layout import Line, ends_like_title

#: ``holds_clauses(text, start, end)``: whether ``text[start:end]`` holds a responsibility clause
ClauseProbe = Callable[[str, int, int], bool]

_NUMBER = f"[0-9０-９{CN_ONE_TO_TEN}]"
_HEAD = regex_compile(r"^" + ATTACHMENT_WORD + _NUMBER + r"*[：:]?$")
#: on a line that lost its line breaks the annex title runs on: 附件2016年X分工表
#: (but 附件中…, 附件所列… are prose about the attachments)
_GLUED_HEAD = regex_compile(
    r"^"
    + ATTACHMENT_WORD
    + r"(?:"
    + _NUMBER
    + r"{1,2}(?![0-9０-９]|年))?(?![：:，,。、"
    + "".join(ATTACHMENT_PROSE_NEXT)
    + r"])\S"
)
_HEAD_NUMBER = regex_compile(r"^" + ATTACHMENT_WORD + _NUMBER + r"{0,2}[：:]?")


def annex_title(lines: Sequence[Line], k: int) -> str:
    """The title of the annex whose head is line ``k``: the rest of the head
    line, else the next line."""
    rest = _HEAD_NUMBER.sub("", lines[k].compact)
    if rest:
        return rest
    return lines[k + 1].compact if k + 1 < len(lines) else ""


def plain_annexes(
    text: str,
    lines: Sequence[Line],
    after: int,
    holds_clauses: ClauseProbe,
    task_tables: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The spans of the annexes after offset ``after`` that are not
    documents the notice issues (see the module docstring; ``task_tables``: the spans of the task tables)."""
    heads = [
        k
        for k, ln in enumerate(lines)
        if ln.start > after
        # (both patterns start with ATTACHMENT_WORD, the alternation of ATTACHMENT_WORDS: a line
        # that starts with none of those is passed over without them)
        and ln.compact.startswith(ATTACHMENT_WORDS)
        and (_HEAD.match(ln.compact) or (ln.virtual and _GLUED_HEAD.match(ln.compact)))
    ]
    spans = []
    for n, k in enumerate(heads):
        head = lines[k]
        end = lines[heads[n + 1]].start if n + 1 < len(heads) else len(text)
        if ends_like_title(annex_title(lines, k)):
            continue
        if any(head.start <= a < end for a, _ in task_tables):
            continue  # a 任务分解表: its rows assign the tasks
        if not holds_clauses(text, head.start, end):
            spans.append((head.start, end))
    return spans
