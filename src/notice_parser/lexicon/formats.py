"""Words and marks of published file formats (PDF page furniture, OFD and
Word 2003 XML numbering), as data for the readers."""

from __future__ import annotations

#: a page number on a line of its own, whitespace removed: — 3 —, - 3 -,
#: －3－, 第3页, 第3页 共9页, 第3页/共9页, 3/9, 3
PDF_PAGE_NUMBER = r"""(?x)
    [—－\-–─·•]*\d{1,4}[—－\-–─·•]*
  | 第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?
  | \d{1,4}[/／]\d{1,4}
  | [—－\-–─]*第?[一二三四五六七八九十百零〇]+页?[—－\-–─]*
"""
