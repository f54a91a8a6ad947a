"""Words and marks of published file formats (PDF page furniture, OFD and
Word 2003 XML numbering), as data for the readers."""

from __future__ import annotations

#: punctuation no line may open with (Chinese line breaking, 禁则): a line ends a character early
#: rather than leave one of these to open the next
PDF_NO_LINE_START = frozenset("，。、；：！？）」』”’》〉】〕…%％,.;:!?)]")
#: punctuation no line may end with: an opening bracket goes down with the character after it
PDF_NO_LINE_END = frozenset("（《〈【〔“‘「『([")

#: how a notice's title ends (关于印发…的通知): a line ending so ends its paragraph, though it fills the
#: line (a title cited in the text stands in 《》, so its line ends 的通知》 or breaks inside it)
PDF_TITLE_ENDS = ("的通知", "的意见", "的决定", "的通报", "的批复", "的公告", "的通告", "的实施意见", "的函")

#: a page number on a line of its own, whitespace removed: — 3 —, - 3 -,
#: －3－, ・3・ (the · of a GB2312 text decoded as katakana ・), 第3页, 第3页 共9页, 第3页/共9页, 3/9, 3
PDF_PAGE_NUMBER = r"""(?x)
    [—―－\-–─·•・]*\d{1,4}[—―－\-–─·•・]*
  | 第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?
  | \d{1,4}[/／]\d{1,4}
  | [—―－\-–─]*第?[一二三四五六七八九十百零〇]+页?[—―－\-–─]*
"""

#: a saved e-mail's first header word in Chinese clients (readers/text.py asks before readers.quoted is imported)
MAIL_TOP_HEADERS = ("发件人",)
#: the words of a forwarded-message line (-----原始邮件-----, 转发的消息, Forwarded message, 写道：)
MAIL_FORWARD_WORDS = ("原始邮件", "转发的", "orwarded", "Original Message", "写道", "wrote:")
