"""Words and marks of published file formats (PDF page furniture, OFD and
Word 2003 XML numbering), as data for the readers."""

from __future__ import annotations

#: punctuation no line may open with (Chinese line breaking, 禁则): a line ends a character early
#: rather than leave one of these to open the next
PDF_NO_LINE_START = frozenset("，。、；：！？）」』”’》〉】〕…%％,.;:!?)]")
#: punctuation no line may end with: an opening bracket goes down with the character after it
PDF_NO_LINE_END = frozenset("（《〈【〔“‘「『([")

#: a page number on a line of its own, whitespace removed: — 3 —, - 3 -,
#: －3－, 第3页, 第3页 共9页, 第3页/共9页, 3/9, 3
PDF_PAGE_NUMBER = r"""(?x)
    [—－\-–─·•]*\d{1,4}[—－\-–─·•]*
  | 第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?
  | \d{1,4}[/／]\d{1,4}
  | [—－\-–─]*第?[一二三四五六七八九十百零〇]+页?[—－\-–─]*
"""
