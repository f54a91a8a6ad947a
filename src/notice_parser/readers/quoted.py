"""A notice forwarded in an e-mail or OA message: the document is the forwarded one.

A plain-text message (mail client, OA system, a .eml's text part) that forwards a notice has
its own header lines (发件人/收件人/主题/日期, From/To/Subject/Date, Outlook's 发件人:/发送时间:/
收件人:/主题:), often a cover note of its own, a forwarded-message line (-----原始邮件-----,
---------- Forwarded message ---------, ----- 转发的邮件 -----, -------- 转发的消息 --------,
-----Original Message-----, "在…写道：", "On … wrote:") with the original's header block, and
then the notice — as it was (Outlook), or quoted with ">" / "> " on every line (nested ">>" or
"> >" when a forward was forwarded again).

:func:`forwarded_document` returns the text of that notice with the message around it left
out and its quote marks taken off (one ">" and the space after it per level), so the notice's
numbering starts its lines again and every span points into the text the reader returns. The
covering message is a wrapper: its header lines, its cover note (with its own numbered
requests and deadlines) and its signature are not the notice. A message whose forwarded part
is not the bulk of the message (a long reply quoting a short one) is returned whole.
"""

from __future__ import annotations

from ..compiled import re_compile

#: a header line of a message or of a forwarded message's header block
_HEADER = re_compile(
    r"[ \t]*(?:发件人|收件人|抄送人?|密送|主\s*题|日\s*期|发送时间|发送日期|时\s*间|附\s*件|回复|"
    r"From|To|Cc|CC|Bcc|Subject|Date|Sent|Reply-To|Attachments?)[ \t]*[:：]"
)
#: the line a mail client writes above what it forwards or quotes
_FORWARD_LINE = re_compile(
    r"[ \t]*(?:[-—=_*]{2,}[ \t]*(?:原始邮件|原邮件|转发的?邮件|转发的?消息|转发邮件信息|邮件原文|"
    r"Original\s+Message|Forwarded\s+message|Forwarded\s+Message|Begin\s+forwarded\s+message:?)"
    r"[ \t]*[-—=_*]*|(?:在|于).{1,80}写道[:：]|On\s.{1,160}wrote:|Begin\s+forwarded\s+message:)[ \t]*$"
)
#: the quote marks a line starts with: ">" levels, each with the space after it
_QUOTE = re_compile(r"(?:[ \t]*>[ \t]?)*")
_ONE_LEVEL = re_compile(r"[ \t]*>[ \t]?")
#: the least share of the message's characters (header lines aside) the forwarded part must hold
_BULK = 0.5
#: header lines that make the top of a text a message's header
_MIN_TOP_HEADERS = 2
#: how far into the text a message's header block may start
_TOP_LINES = 3


def _depth(line: str) -> int:
    return _QUOTE.match(line).group(0).count(">")  # type: ignore[union-attr]


def _unquoted(line: str, depth: int) -> str:
    """``line`` without its first ``depth`` quote levels."""
    pos = 0
    for _ in range(depth):
        m = _ONE_LEVEL.match(line, pos)
        if m is None:
            break
        pos = m.end()
    return line[pos:]


def _chars(lines: list[str]) -> int:
    return sum(len("".join(_unquoted(line, _depth(line)).split())) for line in lines)


def _top_headers(lines: list[str]) -> bool:
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    if first >= _TOP_LINES:
        return False
    count = 0
    for line in lines[first:]:
        if not line.strip():
            break
        count += _HEADER.match(line) is not None
    return count >= _MIN_TOP_HEADERS


def _after_header_block(lines: list[str], i: int) -> int:
    """The first line from ``i`` past the header block there (header lines and their folded
    continuation lines, up to a blank line) and the blank lines around it, quote marks aside."""
    n = len(lines)

    def text(k: int) -> str:
        return _unquoted(lines[k], _depth(lines[k]))

    while i < n and not text(i).strip():
        i += 1
    while i < n and (_HEADER.match(text(i)) or (text(i)[:1] in " \t" and text(i).strip())):
        i += 1
    while i < n and not text(i).strip():
        i += 1
    return i


def _wrapper_line(line: str) -> bool:
    return _HEADER.match(line) is not None or _FORWARD_LINE.match(line) is not None


def _block(lines: list[str], j: int) -> tuple[int, int, int]:
    """The lines from ``j`` that keep at least the quote depth of line ``j``: (start, end, depth); a
    blank line without marks inside the block is kept when the block goes on after it."""
    d = _depth(lines[j])
    end = j + 1
    k = j + 1
    n = len(lines)
    while k < n:
        line = lines[k]
        if not line.strip():
            k += 1
            continue
        if _depth(line) < d:
            break
        k += 1
        end = k
    return j, end, d


def forwarded_document(text: str) -> str | None:
    """The forwarded notice in the message ``text``, its quote marks taken off; None when ``text``
    is not such a message.

    >>> msg = "发件人: 街道办\\n主题: 转发通知\\n\\n请落实。\\n\\n-----原始邮件-----\\n发件人: 区政府\\n\\n"
    >>> msg += "> 各街道：\\n>\\n> 一、工作目标\\n> 排查覆盖率达到100%，隐患整改率达到95%。\\n"
    >>> forwarded_document(msg)
    '各街道：\\n\\n一、工作目标\\n排查覆盖率达到100%，隐患整改率达到95%。\\n'
    """
    lines = text.split("\n")
    marks = [i for i, line in enumerate(lines) if _FORWARD_LINE.match(_unquoted(line, _depth(line)))]
    top = _top_headers(lines)
    if not marks and not top:
        return None
    if marks:
        j = _after_header_block(lines, marks[-1] + 1)
        if j >= len(lines):
            return None
        start, end, depth = _block(lines, j)
    else:  # a message quoting what it answers, without a forwarded line: its largest quoted block
        body = _after_header_block(lines, 0)
        blocks = [_block(lines, j) for j in range(body, len(lines)) if _depth(lines[j]) and not _depth(lines[j - 1])]
        if not blocks:
            return None
        start, end, depth = max(blocks, key=lambda b: _chars(lines[b[0] : b[1]]))
    document = lines[start:end]
    rest = [line for line in lines[:start] + lines[end:] if not _wrapper_line(_unquoted(line, _depth(line)))]
    if _chars(document) < _BULK * (_chars(document) + _chars(rest)):
        return None  # the forwarded part is not the bulk of the message: the message is the document
    return "\n".join(_unquoted(line, depth) for line in document) + "\n"


#: the head of an RFC 822 message saved as a file (.eml): MIME headers and the message's own
_MIME_HEAD = re_compile(rb"(?im)^(?:mime-version|content-type)[ \t]*:")
_MAIL_HEAD = re_compile(rb"(?im)^(?:from|subject|to|date)[ \t]*:")
#: a MIME charset -> the codec that reads it (GB2312 and GBK mail is often GB18030 in fact: read as the superset)
_MAIL_CODECS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}
#: how many parts of a message are looked at
_MAX_PARTS = 1000


def mail_text(data: bytes) -> tuple[str, str] | None:
    """The text/plain body of an e-mail saved as a file (.eml: RFC 822 with MIME parts, the body base64
    or quoted-printable in the charset its part names) and that charset; ``("", "text/html")`` when its
    body is HTML only (the web-archive reader reads it); None when ``data`` is no such message or it has
    no body (an attachment's text is not the body). Newlines as written."""
    head = data[:8192]
    if not (_MIME_HEAD.search(head) and _MAIL_HEAD.search(head)):
        return None
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    html = False
    for n, part in enumerate(message.walk()):
        if n > _MAX_PARTS:
            break
        if part.is_multipart() or (part.get("Content-Disposition") or "").strip().lower().startswith("attachment"):
            continue
        html = html or part.get_content_type() == "text/html"
        if part.get_content_type() != "text/plain":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = (part.get_content_charset() or "utf-8").strip().strip('"').lower()
        codec = _MAIL_CODECS.get(charset, charset)
        try:
            return payload.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            for fallback in ("utf-8", "gb18030"):
                try:
                    return payload.decode(fallback), fallback
                except UnicodeDecodeError:
                    continue
            return payload.decode("gb18030", errors="replace"), "gb18030"
    return ("", HTML_BODY) if html else None


#: what :func:`mail_text` gives as the charset of a message whose body is HTML only
HTML_BODY = "text/html"
