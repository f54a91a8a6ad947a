"""The official-document header and footer: title, 发文字号, issuers,
recipients (主送), date (成文日期), the enclosed plan's title, attachments.

Each field is found by the shape GB/T 9704 gives it, not by position alone:
the 文号 is a line of its own; the title is the block of lines right above
it (or the first title-like line); the 主送 line ends in a colon; the date
is a line that is only a date, with the issuers on the line above it (the
signature), or the 印发 footer when there is no signature.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import regex

from ..compiled import re_compile, regex_compile
from ..lexicon import alternation
from ..lexicon.document import (
    ABOUT_WORD,
    ANNEX_SHORT_WORD,
    ATTACHMENT_NOTES,
    ATTACHMENT_POINTERS,
    ATTACHMENT_TITLE_ENDS,
    ATTACHMENT_WORD,
    ATTACHMENT_WORDS,
    BULLETIN_COMPILER_ENDS,
    BULLETIN_GENRES,
    BULLETIN_ISSUE,
    BULLETIN_ISSUE_ENDS,
    BULLETIN_NAME_MAX,
    BULLETIN_STAFF_LABELS,
    COPY_COUNT,
    COPY_NUMBER_DIGITS,
    COVER_AFTER,
    COVER_GENRES,
    COVER_NOW,
    COVER_NOW_FORMS,
    COVER_VERBS,
    DATE_END,
    DISTRIBUTION_WORDS,
    DOC_NUMBER,
    DOC_NUMBER_END,
    ENGLISH_MONTHS,
    EXPORT_META_KEYS,
    EXPORT_META_LABEL_MAX,
    EXPORT_META_LINE_WORDS,
    FORM_DATE_FIELDS,
    FORM_ISSUER_FIELDS,
    FORM_TITLES,
    GAZETTE_ISSUE,
    GAZETTE_NAME_END,
    GAZETTE_NAME_MAX,
    IMPRINT_WORD,
    ISSUER_ENDS,
    ISSUING_VERBS,
    KV_DATE_FIELDS,
    KV_ISSUER_FIELDS,
    KV_NUMBER_FIELDS,
    KV_OTHER_FIELDS,
    KV_TITLE_FIELDS,
    LEAD_IN_ENDS,
    LEAD_POINTERS,
    LIST_BEFORE,
    MASTHEAD_SUFFIXES,
    MEETING_FIELDS,
    MEETING_NAME_WORDS,
    META_DATE_FIELDS,
    META_NUMBER_FIELDS,
    META_TITLE_FIELDS,
    NO_ATTACHMENT_WORDS,
    OA_FORM_FIELDS,
    OA_FORM_NAME_ENDS,
    OA_FORM_NUMBER_FIELDS,
    OA_FORM_RECIPIENT_FIELDS,
    OA_FORM_TITLE_FIELDS,
    ORG_HINTS,
    PARTY_PREFIX,
    PROSE_OPENERS,
    PUBLICATION_NOTES,
    RECIPIENTS_WORD,
    RELEASE_WORDS,
    REPRINT_LEAD_ENDS,
    SEAL_WORDS,
    SECRECY_STAR,
    SECRECY_WORDS,
    SIGNER_WORDS,
    SITE_NAME_ENDS,
    SITE_TITLE_SEPARATORS,
    SPLIT_ORGAN_WORDS,
    SUB_UNIT_HEADS,
    TITLE_NAME_CLOSES,
    TITLE_TAIL_LEAD,
    URGENCY_WORDS,
)
from ..lexicon.formats import PDF_PAGE_NUMBER
from ..lexicon.markers import CN_ONE_TO_TEN
from ..lexicon.roles import NEUTRAL_LABELS, NEW_RECIPIENT_START, ORGAN_SUFFIXES, ROLE_LABELS
from ..lexicon.table_headers import classify_header
from ..model import Attachment, Notice
from ..numerals import parse_cn_number
from ..spans import INLINE_BLANKS, squeeze
from .layout import (
    DATE,
    FrontMatter,
    Line,
    crumb_title,
    ends_like_title,
    is_attachment_header,
    is_boilerplate,
    is_chrome,
    is_date_line,
    is_footer,
    is_marker_line,
    looks_like_title,
    page_fields,
)

_DOC_NUMBER = regex_compile(DOC_NUMBER, regex.VERBOSE)
#: (anchored or starting with a word: run by re, see notice_parser.lexicon)
_ISSUED = re_compile(r"(?:" + alternation(ISSUING_VERBS) + r")(?P<plan>.+?)的(?:" + alternation(COVER_GENRES) + r")$")
_ABOUT = re_compile(r"^(?P<issuer>.+?)" + ABOUT_WORD)
_RECIPIENTS_LABELS = (RECIPIENTS_WORD + "：", RECIPIENTS_WORD + ":")
_DISTRIBUTION_LABELS = tuple(w + colon for w in DISTRIBUTION_WORDS for colon in "：:")
_RECIPIENT_SPLIT = re_compile(r"[，,；;]")
_URL = regex_compile(r"https?://\S.*")
_FILE_EXTENSION = regex_compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et|txt)$", regex.IGNORECASE)
_CLOSING = ("）", ")")
_NUMBERED_ITEM = regex_compile(rf"^(?:(?:\d{{1,2}}|[{CN_ONE_TO_TEN}]{{1,2}})[.．、﹒]|[（(]\d{{1,2}}[）)])\s*")
#: the head of one annex (附件1, 附件二), its title on the next line
_ANNEX_NUMBER_HEAD = re_compile(r"^" + ATTACHMENT_WORD + rf"[0-9０-９{CN_ONE_TO_TEN}]{{1,2}}[：:]?$")
#: an attachment title numbered on its own line under 附件： (1.X ⏎ 2.Y)
_ATTACHMENT_LABEL = regex_compile(
    r"^(?:" + ATTACHMENT_WORD + r"\s*[0-9１-９一二三四五六七八九]*\s*[：:]?|" + ANNEX_SHORT_WORD + r"\s*[：:])\s*"
)
#: a title repeated after the annex head it runs into (附件：X附件X序号…: a body that lost its line breaks)
_REPEATED_HEAD = regex_compile(ATTACHMENT_WORD + rf"[0-9０-９{CN_ONE_TO_TEN}]{{0,2}}[：:]?")
_ISSUER_SPLIT = regex_compile(r"[\s、，,；;]+")
#: the gaps between issuer names written on one line above the signature
_NAME_GAP = regex_compile(r"[\s\u00a0\u3000]{1,}")
#: the wider gap between the names of a letter-spaced signature (某 县 农 业 农 村 局　　某 县 财 政 局, an OCR'd scan)
_WIDE_NAME_GAP = regex_compile(r"[\s\u00a0]{2,}|\u3000")


def _signature_names(text: str) -> list[str]:
    """The names of a signature line, split at its gaps; a line whose gaps split a name into single characters is
    letter-spaced (an OCR'd scan: 某 县 人 民 政 府 办 公 室): only its wider gaps separate names there.

    >>> _signature_names("某县农业农村局  某县财政局")
    ['某县农业农村局', '某县财政局']
    >>> _signature_names("某 县 人 民 政 府 办 公 室")
    ['某县人民政府办公室']
    >>> _signature_names("某 县 农 业 农 村 局　　某 县 财 政 局")
    ['某县农业农村局', '某县财政局']
    """
    names = [squeeze(p) for p in _NAME_GAP.split(text) if squeeze(p)]
    if not any(len(n) == 1 for n in names):
        return names
    return [squeeze(p) for p in _WIDE_NAME_GAP.split(text) if squeeze(p)]


_NEXT_ITEM = regex_compile(r"[" + INLINE_BLANKS + r"]+(?=(?:\d{1,2}[.．、﹒]|[（(]\d{1,2}[）)])\S)")


# compiled on first use (0.2-0.3 ms each): a 文号 glued to the title in brackets, an attachment
# title numbered on its own line under 附件： (1.X ⏎ 2.Y), a date in a key-value header are rare
@cache
def _glued_number() -> regex.Pattern[str]:
    return regex_compile(r"[（(](?P<number>" + DOC_NUMBER + r")[）)]$", regex.VERBOSE)


@cache
def _listed_title() -> regex.Pattern[str]:
    return regex_compile(r"^(?:\d{1,2}[.．、﹒]|[（(]\d{1,2}[）)])\s*\S")


@cache
def _kv_date() -> regex.Pattern[str]:
    return regex_compile(r"(?P<y>(?:19|20)\d{2})\s*[年.\-/]\s*(?P<m>\d{1,2})\s*[月.\-/]\s*(?P<d>\d{1,2})")


def parse_date(s: str) -> str | None:
    """ISO date of the first date in ``s``.

    >>> parse_date("二〇一七年七月五日")
    '2017-07-05'
    >>> parse_date("2021年9月2日")
    '2021-09-02'
    """
    m = DATE.search(s)
    if not m:
        return None
    parts = []
    for g in ("y", "m", "d"):
        v = m.group(g)
        n = int(v) if v.isdigit() else parse_cn_number(v.replace("○", "〇").replace("Ｏ", "〇"))
        if n is None:
            return None
        parts.append(n)
    try:
        return dt.date(*parts).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class Header:
    notice: Notice
    #: where the notice header ends (sections are not looked for before it)
    header_end: int
    #: positions that close every open section (attachments, footers, page trailers)
    boundaries: tuple[int, ...]
    #: the lines of the 附件 list: their numbers are not section markers
    attachment_spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class _Fields:
    """The notice fields found so far: each step of :func:`read_header`
    returns a new value, and the :class:`Notice` is built once from the last."""

    title: str | None = None
    doc_number: str | None = None
    issuers: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    date: str | None = None
    plan_title: str | None = None


def _doc_number_line(lines: list[Line], limit: int) -> tuple[int, str, str] | None:
    """The 文号 line: (index, number, what precedes it on the line). The
    number stands alone, or closes a title line in brackets:
    关于印发…的通知（X政发〔2021〕5号）."""
    for i, ln in enumerate(lines):
        if ln.start >= limit:
            break
        if DOC_NUMBER_END not in ln.compact:
            continue  # (most lines) both patterns below end in it: neither can match
        c = ln.compact.strip("（）()")
        if c.startswith(META_NUMBER_FIELDS):
            continue  # a page's field (文号⇥X: its label cell has no colon), not the document's own line
        m = _DOC_NUMBER.match(c)  # (no match at the start: no full match either, one call per line)
        if m and (_DOC_NUMBER.fullmatch(c) or _joint_numbers(c, m.end())):
            return i, m.group(0), ""  # (联合发文: several numbers on the line, the lead issuer's first)
        if m and c[m.end() :].startswith(SIGNER_WORDS):
            return i, m.group(0), ""  # 国发〔2018〕42号  签发人：李克强
        # (_glued_number ends in a closing bracket: only such a line is searched)
        m = _glued_number().search(ln.compact) if ln.compact.endswith(_CLOSING) else None
        if m and looks_like_title(Line(0, 0, ln.compact[: m.start()])):
            return i, m.group("number"), ln.compact[: m.start()]
        number = _number_among_cells(ln)
        if number:
            return i, number, ""
    return None


def _number_among_cells(ln: Line) -> str | None:
    """The 文号 of a one-line header whose cells are the issuer, the number and the date, apart by wide gaps
    (某镇人民政府　某府发〔2025〕3号　2025年2月18日印发, as an editor's or a Markdown export's quote block writes
    the 版头 and 版记 in one line): a cell that is a 文号 beside cells that are each an organ's name or a date."""
    cells = [squeeze(x) for x in _HEADER_CELL_GAP.split(ln.text) if squeeze(x)]
    if len(cells) < 2:
        return None
    number = next((x for x in cells if _DOC_NUMBER.fullmatch(x)), None)
    if number is None:
        return None
    for x in cells:
        if x == number:
            continue
        dated = DATE.match(x)
        if dated is not None and x[dated.end() :] in ("", IMPRINT_WORD, *RELEASE_WORDS):
            continue
        if not (x.endswith(ORGAN_SUFFIXES) and len(x) <= BULLETIN_NAME_MAX and not any(p in x for p in "。；，,：:")):
            return None
    return number


def _joint_numbers(c: str, at: int) -> bool:
    """Whether ``c`` from ``at`` on is only more document numbers (联合发文: 某办发〔2025〕3号
    某政办发〔2025〕5号, maybe apart by 、 or ，)."""
    while at < len(c):
        m = _DOC_NUMBER.match(c, at + (c[at] in "、，,；;"))
        if m is None:
            return False
        at = m.end()
    return True


def _is_masthead(line: Line) -> bool:
    """The red header (版头): XX市人民政府文件, and the marks above it: 份号 (000123), 密级
    (机密★1年), 紧急程度 (特急)."""
    c = line.compact
    if c.endswith(MASTHEAD_SUFFIXES) and len(c) <= 30:
        return True
    if _is_gazette_head(c):
        return True
    return (
        c in URGENCY_WORDS
        or c in SECRECY_WORDS
        or (c.startswith(SECRECY_WORDS) and c[2:3] in SECRECY_STAR and len(c) <= 12)
        or (len(c) == COPY_NUMBER_DIGITS and c.isascii() and c.isdigit())
    )


def _is_gazette_head(c: str) -> bool:
    """A gazette's running header line (江临省人民政府公报, 2025年第7期): no part of a title."""
    if c.endswith(GAZETTE_NAME_END):
        return len(c) <= GAZETTE_NAME_MAX and ABOUT_WORD not in c and not any(ch.isdigit() for ch in c)
    return "期" in c and len(c) <= 24 and _gazette_issue().fullmatch(c) is not None


@cache  # compiled on first use: only a line with 期 in it is asked
def _gazette_issue() -> regex.Pattern[str]:
    return regex_compile(GAZETTE_ISSUE)


def _title_above(lines: list[Line], i: int, first: str = "") -> str | None:
    """Join the title lines directly above line ``i`` (``first`` is title
    text already on line ``i`` itself)."""
    parts = [first] if first else []
    k = i - 1
    if not first:
        skipped, meta = 0, 0
        while k > 0 and skipped < 2 and is_chrome(lines[k].text):
            k, skipped = k - 1, skipped + 1  # a page's date/source line printed between title and 文号
        while k > 0 and meta < _EXPORT_META_MAX and _is_export_meta(lines[k].compact):
            k, meta = k - 1, meta + 1  # a docs platform's property lines under the title (🏷️ 标签：…, Status: …)
        skipped += meta
        if (
            k < 0
            or is_boilerplate(lines[k])
            or is_marker_line(lines[k])
            or _is_masthead(lines[k])
            or _in_menu(lines, k)
        ):
            return None  # (a menu's last item right above the 主送 line, 通知公告, is no title)
        if skipped and not (ends_like_title(lines[k].compact) and not any(p in lines[k].compact for p in "：:")):
            return None
        parts = [lines[k].compact]
        k -= 1
    while k >= 0 and len(parts) < 4:
        up = lines[k]
        if is_boilerplate(up) or is_marker_line(up) or _is_masthead(up) or len(up.compact) > 60:
            break
        if len(parts) == 1 and parts[0] in FORM_TITLES:
            break  # a form's name alone (督办通知单): the organ's line above is its masthead
        if is_attachment_header(up) or is_date_line(up) or _in_menu(lines, k):
            break  # an annex's head (附件1 ⏎ its title), a signature's date, a site's menu: no part of the title
        if up.compact.endswith(_CRUMB_SEPARATORS):
            break  # a breadcrumb cut before its last crumb (首页 > 信息公开 > ⏎ 通知公告): no part of the title
        if up.compact.startswith(tuple(LEAD_POINTERS)) or up.compact.endswith(tuple(LEAD_POINTERS)):
            break  # a WeChat article's picture caption or pointer (▲资料图片, 全文如下↓↓↓) above the issuer line
        if _names_its_issuer(parts[0]) and (
            not up.compact.endswith((*ISSUER_ENDS, *ORGAN_SUFFIXES)) or parts[0].startswith(up.compact)
        ):
            break  # a title that opens with its issuer (X关于…) starts there: a line above is another issuer or none,
            # or the same one (a masthead without 文件: 中共某县委办公室 ⏎ 中共某县委办公室关于…)
        if (ends_like_title(up.compact) and not _goes_on(parts[0])) or any(p in up.compact for p in "。；：:"):
            break  # (a line that ends like a title is one of its own, unless the title goes on: …方案 ⏎ 的通知)
        parts.insert(0, up.compact)
        k -= 1
    title = "".join(parts)
    return title if len(title) >= 4 or title in FORM_TITLES else None


#: what parts a breadcrumb's crumbs (首页 > 政务公开 > 通知公告)
_CRUMB_SEPARATORS = (">", "＞", "»", "›")
#: the most property lines a docs platform's export writes between the title and the 文号
_EXPORT_META_MAX = 8
#: the longest property line without a name and a colon (Createdby张三,lastmodifiedonDec03,2026)
_EXPORT_META_LINE_MAX = 80
_EXPORT_META_KEY_SET = frozenset(k.replace(" ", "") for k in EXPORT_META_KEYS)  # (asked of compacted lines)


def _is_export_meta(c: str) -> bool:
    """A docs platform's property line (``c`` compacted): 📄来源：公文库｜最后编辑：秦雯2026-12-0316:42,
    🏷️标签：政府文件商贸流通, Status:已发布 — a name of EXPORT_META_KEYS and a colon, after the emoji the
    platform puts before it (with an emoji, any short name: 📅发布：…), and no sentence after it.

    >>> _is_export_meta("🏷️标签：政府文件商贸流通"), _is_export_meta("Lastedited:2026年12月3日")
    (True, True)
    >>> _is_export_meta("Createdby张三,lastmodifiedonDec03,2026"), _is_export_meta("由张三创建，最后修改于十二月03,2026")
    (True, True)
    >>> _is_export_meta("主送：各区县"), _is_export_meta("标签：见附件。")
    (False, False)
    """
    at = 0
    while at < len(c) and unicodedata.category(c[at]) in ("So", "Mn", "Cf"):
        at += 1  # the emoji and its variation selector or joiner
    if any(p in c for p in "。；;"):
        return False
    k = min((c.find(x, at) for x in "：:" if x in c[at:]), default=-1)
    if k <= at:
        folded = c.casefold()
        return len(c) <= _EXPORT_META_LINE_MAX and any(w in folded for w in EXPORT_META_LINE_WORDS)
    key = c[at:k].casefold()
    return key in _EXPORT_META_KEY_SET or (at > 0 and k - at <= EXPORT_META_LABEL_MAX)


#: a site menu's item, one a line (首页 ⏎ 走进经开区 ⏎ 信息公开 ⏎ 通知公告): at most this long, in a run of
#: MENU_RUN such lines or more; a title's lines are longer, or fewer
_MENU_ITEM_MAX = 6
_MENU_RUN = 3
#: a title hard-wrapped into short lines has at most this many (关于印发 ⏎ 某县冬春 ⏎ 森林防火 ⏎ 工作方案 ⏎ 的通知: 5);
#: a longer run of short lines is a menu
_TITLE_PIECES_MAX = 8


def _in_menu(lines: list[Line], i: int) -> bool:
    """Is line ``i`` an item of a site menu written one item a line (a crawled page's nav)?"""

    def item(k: int) -> bool:
        if not 0 <= k < len(lines):
            return False
        c = lines[k].compact
        return len(c) <= _MENU_ITEM_MAX and not any(p in c for p in "。；，,：:、") and not is_date_line(lines[k])

    if not item(i):
        return False
    if not any(all(item(k) for k in range(s, s + _MENU_RUN)) for s in range(i - _MENU_RUN + 1, i + 1)):
        return False
    first, last = i, i
    while item(first - 1) and last - first < _TITLE_PIECES_MAX:
        first -= 1
    while item(last + 1) and last - first < _TITLE_PIECES_MAX:
        last += 1
    return last - first >= _TITLE_PIECES_MAX or not _reads_as_title(lines[first : last + 1])


def _reads_as_title(run: Sequence[Line]) -> bool:
    """Whether a run of short lines is a title broken into pieces, not a menu (关于印发 ⏎ 某县冬春 ⏎ 森林防火 ⏎
    工作方案 ⏎ 的通知): joined they end as a title ends, and they open as one (关于…, its issuer before 关于) or their
    last line goes on from the line above (的通知). A menu's last item may end like a title (通知公告), but a menu
    opens with no 关于 and no item starts with 的."""
    joined = "".join(ln.compact for ln in run)
    if not ends_like_title(joined):
        return False
    return joined.startswith(ABOUT_WORD) or _names_its_issuer(joined) or _goes_on(run[-1].compact)


def _names_its_issuer(c: str) -> bool:
    """Whether a title line opens with its issuer before 关于 (X人民政府办公室关于…)."""
    k = c.find(ABOUT_WORD)
    return k > 0 and c[:k].endswith((*ISSUER_ENDS, *ORGAN_SUFFIXES))


def _title_below(lines: list[Line], i: int) -> tuple[str, int] | None:
    """A title under the 文号 (a red-header layout): the lines after ``i``
    up to the one that ends like a title (and the index of its last line)."""
    parts = []
    for j in range(i + 1, min(len(lines), i + 5)):
        ln = lines[j]
        c = ln.compact
        if is_boilerplate(ln) or is_marker_line(ln) or c.endswith(("：", ":")) or any(p in c for p in "。；"):
            break
        parts.append(c)
        if ends_like_title(c):
            j = _title_tail(lines, j)
            return "".join(parts) + (lines[j].compact if j > i + len(parts) else ""), j
    return None


def _title_tail(lines: list[Line], j: int) -> int:
    """The last line of a title whose line ``j`` ends like one: ``j``, or the next line where the title
    goes on after the genre word of the name it issues (关于印发…工作方案 ⏎ 的通知)."""
    if j + 1 < len(lines):
        c = lines[j + 1].compact
        if _goes_on(c) and len(c) <= 30 and ends_like_title(c) and not is_marker_line(lines[j + 1]):
            return j + 1
    return j


def _goes_on(c: str) -> bool:
    """Whether a title line goes on from the line above it: it starts with 的, maybe after the issued
    plan's period in brackets and the 》 closing its name (的通知, （2025—2027年）的通知,
    （2025—2027年）》的通知, 》的通知)."""
    if c[:1] in "（(":
        m = _TITLE_PERIOD.match(c)
        c = c[m.end() :] if m else c
    return c.lstrip(TITLE_NAME_CLOSES).startswith(TITLE_TAIL_LEAD)


_TITLE_PERIOD = re_compile(r"[（(][^（）()]{1,20}[）)]")


def _own_plan_title(lines: list[Line], sig: int, plan: str) -> str:
    """The enclosed plan's own title line under the signature, where it
    holds the name the cover title gives (关于推进X实施方案 under
    …关于印发推进X实施方案的通知; 某局X计划 under 某局关于印发《X计划》的通知);
    else ``plan``."""
    bare_plan = _bare_title(plan)
    for ln in lines[sig + 1 : sig + 4]:
        c = ln.compact
        if is_boilerplate(ln) or is_marker_line(ln) or any(p in c for p in "。；"):
            continue
        bare = _bare_title(c)
        at = bare.find(bare_plan)
        # (the plan's own line may open with its issuer's name, which the title's short 《》 name leaves out:
        # 禾湾区住房和城乡建设局2025年…工作计划 under …关于印发《2025年…工作计划》的通知)
        issuer_head = 0 < at <= BULLETIN_NAME_MAX and bare.endswith(bare_plan) and bare[:at].endswith(ORGAN_SUFFIXES)
        if at >= 0 and (len(bare) <= len(bare_plan) + 6 or issuer_head) and (bare == bare_plan or ends_like_title(c)):
            return c
    return plan


#: the marks a cover title drops or rewrites inside the name it quotes: 《》 (or 〈〉 inside 《》),
#: and bracket width — …对接区域全面经济伙伴关系协定(RCEP)… names …对接《区域全面经济伙伴关系协定》（RCEP）…
_TITLE_MARKS = str.maketrans({"《": None, "》": None, "〈": None, "〉": None, "（": "(", "）": ")"})


def _bare_title(s: str) -> str:
    return s.translate(_TITLE_MARKS)


def _recipients(lines: list[Line], limit: int) -> tuple[int, list[str]] | None:
    for i, ln in enumerate(lines):
        if ln.start >= limit:
            break
        c = ln.compact
        if c.startswith(_RECIPIENTS_LABELS):
            n = len(_RECIPIENTS_LABELS[0])
            c = c[n:] if c.endswith(("：", ":")) else c[n:] + "："
        elif "：" not in c and ":" not in c:
            continue  # no colon (most lines): it cannot end in one below
        k = min((c.find(x) for x in "：:" if x in c), default=-1)
        if 0 < k < len(c) - 1 and c[k - 1].isdigit() and c[k + 1].isdigit():
            continue  # a time of day (2025年04月08日 18:30), no 主送 colon
        if 0 < k < len(c) - 1 and not is_footer(ln):
            c = c[: k + 1]  # 各设区市人民政府：现将有关事项通知如下：
        if not c.endswith(("：", ":")) or len(c) > 250 or is_marker_line(ln) or is_footer(ln):
            continue
        body = c[:-1]
        if not body or body.startswith(PROSE_OPENERS) or "。" in body or _is_label(body) or body.endswith(LEAD_IN_ENDS):
            continue
        parts = [p for p in _RECIPIENT_SPLIT.split(body) if p]
        hinted = sum(any(h in p for h in ORG_HINTS) for p in parts)
        if parts and all(len(p) <= 80 for p in parts) and hinted * 2 >= len(parts) and hinted:
            return i, _wrapped_recipients(lines, i, parts)
    return None


def _is_label(body: str) -> bool:
    """A field label before a colon, not recipients: 责任单位：X, 发布机构：X (a page's metadata line),
    填报单位（盖章）：X (a form's)."""
    key = squeeze(body)
    if key in ROLE_LABELS or key in NEUTRAL_LABELS or key in _KV_FIELD_NAMES or key in MEETING_FIELDS:
        return True
    return _strip_seal(key) in FORM_ISSUER_FIELDS or key in FORM_DATE_FIELDS


#: the field names of a page's metadata lines (发布机构：, 发文字号：): their colon closes no 主送 line
_KV_FIELD_NAMES = frozenset((*KV_TITLE_FIELDS, *KV_DATE_FIELDS, *KV_NUMBER_FIELDS, *KV_ISSUER_FIELDS, *KV_OTHER_FIELDS))


def _wrapped_recipients(lines: list[Line], i: int, parts: list[str]) -> list[str]:
    """The recipients of the 主送 line ``i`` (its ``parts``) with the lines above it that the line
    wrapped from (up to two): after a comma (各县（市、区）人民政府，⏎市政府各部门：), after 、, or
    inside one recipient (…三娘湾旅游管理区⏎管委会，…; 国务⏎院各部委). A line above is one when it
    is no title, 文号, date, label or sentence, and names organisations (the part the break cut may be
    a fragment; a ； parts them as a ， does)."""
    k = i - 1
    while k >= max(0, i - 2):
        up = lines[k]
        text = up.compact
        if (
            is_boilerplate(up)
            or is_marker_line(up)
            or _is_masthead(up)
            or is_date_line(up)
            or ends_like_title(text)
            or any(p in text for p in "。：:")
            or (DOC_NUMBER_END in text and _DOC_NUMBER.search(text))
        ):
            break
        above = [p for p in _RECIPIENT_SPLIT.split(text) if p]
        parted = text.endswith(("，", ",", "；", ";"))
        named = above if parted else above[:-1]
        if not above or any(len(p) > 80 for p in above) or not all(any(h in p for h in ORG_HINTS) for p in named):
            break
        if not named and not any(h in above[-1] + parts[0] for h in ORG_HINTS):
            break
        if parted:
            parts = above + parts
        elif text.endswith("、") or _breaks_inside_name(above[-1], parts[0]):
            # the line broke inside one recipient: 国务院各部委、⏎各直属机构, 旅游管理区⏎管委会
            parts = [*above[:-1], above[-1] + parts[0], *parts[1:]]
        else:
            break
        k -= 1
    return parts


#: how a recipient of its own opens: 各县（市、区）, 市直有关单位, 市政府各部门 (a place's level and its organs)
_NEW_RECIPIENT = regex_compile(NEW_RECIPIENT_START)


def _breaks_inside_name(before: str, after: str) -> bool:
    """Does a line that ends in ``before`` break inside the name that ``after`` closes (旅游管理区⏎管委会,
    国务⏎院各部委)? Not where ``before`` is a whole name already (某市生态环境局⏎各县（市、区）分局) or holds
    a date (a signature: 市应急管理局　2025-03-05), nor where ``after`` opens a recipient of its own (各…,
    a place's name: 天水市各县区)."""
    if _splits_organ_word(before, after):
        return True  # 市政府各部 ⏎ 门、各直属机构: the break cut 部门
    if before.endswith(ORGAN_SUFFIXES) or DATE.search(before) or _NEW_RECIPIENT.match(after):
        return False
    from ..divisions import find_full_names  # (the division table: loaded on first need only)

    return not any(start == 0 for start, _, _ in find_full_names(after[:12]))


def _splits_organ_word(before: str, after: str) -> bool:
    """Whether a break between ``before`` and ``after`` falls inside an organ word (部⏎门, 管委⏎会, 办公⏎室)."""
    return any(
        before.endswith(word[:k]) and after.startswith(word[k:])
        for word in SPLIT_ORGAN_WORDS
        for k in range(1, len(word))
    )


#: the gap between an issuer and its date on one signature line: two spaces or more, or an ideographic
#: space (a tab separates table cells, not a signature's parts)
_SIGNATURE_GAP = regex_compile(r"(?:[ \u00a0]{2,}|[ \u00a0]*\u3000[ \u00a0\u3000]*)$")


def _labelled_recipients(lines: list[Line], labels: tuple[str, ...] = _RECIPIENTS_LABELS) -> list[str]:
    """The recipients of a 主送： line wherever it stands (in the 版记 at the foot, GB/T 9704, or
    in the header without the closing colon): the label makes it one. (``labels``: a 纪要's 分送：, which
    stands for the 主送 it has none of.)"""
    for i, ln in enumerate(lines):
        c = ln.compact
        if c.startswith(labels):
            # (a list wrapped after a separator goes on below: 主送：各区县人民政府，⏎市直各部门)
            for nxt in lines[i + 1 : i + 3]:
                if not c.endswith(("，", ",", "、", "；", ";")) or is_marker_line(nxt) or is_footer(nxt):
                    break
                if is_boilerplate(nxt) or any(p in nxt.compact for p in "。：:"):
                    break
                c += nxt.compact
            body = c[len(labels[0]) :].rstrip("。.：:")
            parts = [p for p in _RECIPIENT_SPLIT.split(body) if p]
            if parts and all(len(p) <= 80 and any(h in p for h in ORG_HINTS) for p in parts):
                return parts
    return []


def _distributed_to(lines: list[Line]) -> list[str]:
    """A 纪要's 分送：/发送： line (its 版记), which stands for the 主送 it has none of."""
    return _labelled_recipients(lines, _DISTRIBUTION_LABELS)


def _noted_date(ln: Line) -> bool:
    """A signature date with the publication note on its line: 2024年3月5日（此件公开发布）."""
    c = ln.compact
    if not c.endswith(("）", ")")):
        return False
    note = next((n for n in PUBLICATION_NOTES if c.endswith(n)), None)
    return note is not None and is_date_line(Line(0, 0, c[: -len(note)]))


def _signed_date(ln: Line) -> tuple[list[str], str | None] | None:
    """A signature written on one line, issuers and date apart (某市人民政府　　2024年3月5日, as a
    right-aligned signature comes out of a PDF or a Word export) or run together (某市人民政府办公室2025年3月5日,
    a signature block whose break was lost; maybe with its publication note, （此件公开发布）): (issuers,
    date), or None. Run together, the names before the date must all be organs' (glued joint issuers
    split as :func:`_glued_issuers` splits them)."""
    c = ln.compact
    text = ln.text.rstrip()
    if c.endswith(_CLOSING) and (note := next((n for n in PUBLICATION_NOTES if c.endswith(n)), None)):
        if not text.endswith(note):
            return None
        text, c = text[: -len(note)].rstrip(), c[: -len(note)]
    if not c.endswith(DATE_END) or any(p in c for p in "。；，,：:") or is_date_line(Line(0, 0, text)):
        return None
    dates = list(DATE.finditer(text))
    m = dates[-1] if dates else None
    if m is None or text[m.end() :].strip():
        return None
    if _SIGNATURE_GAP.search(text, 0, m.start()):
        names = [squeeze(p) for p in _NAME_GAP.split(text[: m.start()]) if squeeze(p)]
    else:
        names = [n for p in _NAME_GAP.split(text[: m.start()]) if squeeze(p) for n in _glued_issuers(squeeze(p))]
    if not names or not all(n.endswith(ORGAN_SUFFIXES) for n in names):
        return None
    return names, parse_date(m.group())


#: a run of blanks between two cells of a row aligned with spaces (as _SIGNATURE_GAP, anywhere in the line)
_CELL_GAP = regex_compile(r"(?:[ \u00a0]{2,}|[ \u00a0]*\u3000[ \u00a0\u3000]*)")


def _width(s: str) -> int:
    """The display width of ``s``: two columns for a CJK character or a full-width form."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in s)


def _in_column(lines: list[Line], i: int) -> bool:
    """Whether the one-line signature shape of line ``i`` (a name, a gap, a date) is a row of a
    table aligned with spaces (责任单位        完成时限 ⏎ 县水利局        2024年5月31日): a line next to
    it has a cell that starts in the date's column, or ends in a date cell too. A signature's
    neighbours are prose, a title, an annex head."""
    text = lines[i].text.rstrip()
    dates = list(DATE.finditer(text))
    if not dates:
        return False
    at = _width(text[: dates[-1].start()].lstrip())
    for j in (i - 1, i + 1):
        if not 0 <= j < len(lines):
            continue
        near = lines[j].text.rstrip().lstrip()
        gaps = list(_CELL_GAP.finditer(near))
        if not gaps:
            continue
        if any(abs(_width(near[: g.end()]) - at) <= 1 for g in gaps) or DATE.search(near, gaps[-1].end()):
            return True
    return False


def _signature(lines: list[Line], start: int, floor: int | None = None) -> tuple[int, list[str], str] | None:
    """The first date-only line from ``start`` on, and the issuer line above it
    (or the issuers before the date on its own line), read up to line ``floor``
    (``start`` by default)."""
    floor = start if floor is None else floor
    for i in range(start, len(lines)):
        ln = lines[i]
        dated = is_date_line(ln) or _noted_date(ln)
        signed = None if dated else _signed_date(ln)
        if signed is not None and _in_column(lines, i):
            continue  # a row of a table aligned with spaces
        numeric = None if dated or signed is not None else _numeric_signature_date(lines, i, floor)
        if signed is not None or dated or numeric:
            issuers: list[str] = []
            date: str | None = numeric
            if signed is not None:
                issuers, date = signed
            elif not numeric:
                date = parse_date(ln.compact)
            # the signature: one line of issuers split by spaces, or several
            # short issuer lines stacked above the date
            k = i - 1
            while k >= max(floor, 0) and _is_page_number(lines[k]):
                k -= 1  # the page's number between the issuers and the date on the next page (— 3 —)
            while k >= max(floor, 0) and len(issuers) < 6:
                above = lines[k]
                if (
                    is_marker_line(above)
                    or len(above.compact) > 60
                    or is_attachment_header(above)
                    or any(p in above.compact for p in "。；，,：:")
                ):
                    break
                names = _signature_names(above.text)
                if above.virtual:
                    # a text that lost its line breaks glues joint issuers' names together too
                    names = [part for n in names for part in _glued_issuers(n)]
                if issuers and not all(n.endswith(ORGAN_SUFFIXES) for n in names):
                    break
                issuers = names + issuers
                k -= 1
            if date:
                return i, issuers, date
    return None


@cache  # compiled on first use: only a signature whose date follows a page break needs it
def _page_number() -> regex.Pattern[str]:
    return regex_compile(PDF_PAGE_NUMBER)


def _is_page_number(line: Line) -> bool:
    """A page's number on a line of its own (— 3 —, - 3 -, 第3页): a page break, no issuer."""
    c = line.compact
    return len(c) <= 12 and any(ch.isdigit() for ch in c) and _page_number().fullmatch(c) is not None


#: the longest line a date in figures fills (2025-06-16, 2025/6/16, 2025.06.16)
_NUMERIC_DATE_MAX = 10


def _numeric_signature_date(lines: list[Line], i: int, floor: int) -> str | None:
    """The ISO date of line ``i`` when it is a date in figures alone (2025-06-16, 2025/6/16, 2025.6.16,
    as a crawled page or an OA export writes the signature's date) right under an issuer's name
    (a line that ends in an organ's suffix): a signature. A date in figures elsewhere is a table's cell."""
    c = lines[i].compact
    if len(c) > _NUMERIC_DATE_MAX or not c[:1].isdigit() or i - 1 < max(floor, 0):
        return None
    m = _kv_date().fullmatch(c)
    if m is None or "年" in c:
        return None
    above = lines[i - 1]
    if is_marker_line(above) or any(p in above.compact for p in "。；，,：:") or len(above.compact) > 60:
        return None
    if not all(n.endswith(ORGAN_SUFFIXES) for n in (squeeze(p) for p in _NAME_GAP.split(above.text)) if n):
        return None
    return _iso(m)


# compiled on first use: only a document that gives no date or 文号 of its own needs them
@cache
def _meta_date() -> regex.Pattern[str]:
    return regex_compile(
        r"(?:"
        + "|".join(META_DATE_FIELDS)
        + r")\s*[】：:]\s*(?P<y>(?:19|20)\d{2})\s*[年.\-/]\s*(?P<m>\d{1,2})\s*[月.\-/]\s*(?P<d>\d{1,2})"
    )


@cache
def _meta_number() -> regex.Pattern[str]:
    return regex_compile(
        r"(?:" + "|".join(META_NUMBER_FIELDS) + r")\s*[】：:]\s*(?P<number>" + DOC_NUMBER + ")", regex.VERBOSE
    )


@cache
def _grid_number() -> regex.Pattern[str]:
    """A page's grid row whose label cell has no colon: 文号⇥某农发〔2024〕7号 (compacted)."""
    return regex_compile(r"(?:" + "|".join(META_NUMBER_FIELDS) + r")(?P<number>" + DOC_NUMBER + ")", regex.VERBOSE)


@cache
def _seal_remark() -> regex.Pattern[str]:
    return regex_compile(r"[（(][^（）()]{0,40}(?:" + "|".join(SEAL_WORDS) + r")[）)]")


def _strip_seal(name: str) -> str:
    """``name`` without its seal remark: 某局（代章） → 某局; （某委代章） → ''."""
    if not name.endswith(("）", ")")):
        return name  # (most names) a remark closes its bracket
    return _seal_remark().sub("", name)


def split_issuers(joined: str) -> list[str]:
    """Joint issuers written together before 关于 in a title.

    >>> split_issuers("中共江西省委江西省人民政府")
    ['中共江西省委', '江西省人民政府']
    >>> split_issuers("国家发展改革委财政部自然资源部")
    ['国家发展改革委', '财政部', '自然资源部']
    >>> split_issuers("国务院办公厅")
    ['国务院办公厅']
    >>> split_issuers("中共中央国务院")
    ['中共中央', '国务院']
    """
    out, start = [], 0
    for i in range(2, len(joined) - 2):
        left, right = joined[start:i], joined[i:]
        if (
            len(left) >= 2
            and left.endswith(ISSUER_ENDS)
            and not right.startswith(SUB_UNIT_HEADS)
            and len(right) >= 3
            and right.endswith(ISSUER_ENDS)
            and not right.startswith(ISSUER_ENDS)
            and not _inside_issuer_end(left, right)
        ):
            out.append(left)
            start = i
    out.append(joined[start:])
    return out


#: how many first characters joint issuers glued in a signature share: the place they belong to
#: (临川市农业农村局临川市生态环境局; 中共某县委某县人民政府: a party committee names its place after 中共)
_SHARED_PLACE = 2


def _glued_issuers(name: str) -> list[str]:
    """Joint issuers glued together in a signature line that lost its breaks, split as a title's are
    (:func:`split_issuers`) where every part names the same place (临川市农业农村局临川市生态环境局);
    ``[name]`` otherwise (某某区管委会办公室 is one organ)."""
    parts = split_issuers(name)
    if len(parts) < 2:
        return [name]
    places = {p.removeprefix(PARTY_PREFIX)[:_SHARED_PLACE] for p in parts}
    return parts if len(places) == 1 else [name]


def _title_issuers(joined: str) -> list[str]:
    """The issuers a title names before 关于: apart by 、 or a comma (市发展改革委、市财政局), each part maybe
    several written together (:func:`split_issuers`)."""
    return [name for part in _ISSUER_SPLIT.split(joined) if part for name in split_issuers(part)]


def _inside_issuer_end(left: str, right: str) -> bool:
    """Whether a cut between ``left`` and ``right`` falls inside an issuer's end word (工作委|员会, 管委|会)."""
    return any(left.endswith(e[:k]) and right.startswith(e[k:]) for e in ISSUER_ENDS for k in range(1, len(e)))


def _iso(m: regex.Match) -> str | None:
    """The ISO date of a match with groups y, m, d (None if no such day)."""
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def _front_matter_fallbacks(fields: _Fields, front: FrontMatter | None) -> _Fields:
    """Title, date, 文号 and issuer from a crawler's or exporter's
    key-value header, each only where the document itself gives none."""
    if front is None:
        return fields
    title, date, number, issuers = fields.title, fields.date, fields.doc_number, fields.issuers
    if title is None and (got := front.first("title")):
        title = _without_site_name(got[0]) or None
    if date is None and (got := front.first("date")):
        m = _kv_date().search(got[0])
        date = _iso(m) if m else parse_date(got[0]) or _english_date(got[0])
    if number is None and (got := front.first("doc_number")):
        m = _DOC_NUMBER.search(got[0])
        if m:
            number = m.group(0)
    if not issuers and (got := front.first("issuer")):
        names = [squeeze(p) for p in _ISSUER_SPLIT.split(_unquoted(got[0])) if squeeze(p)]
        issuers = tuple(
            n
            for n in names
            if (n.endswith(ORGAN_SUFFIXES) or any(h in n for h in ORG_HINTS)) and not n.endswith(SITE_NAME_ENDS)
        )
    return replace(fields, title=title, date=date, doc_number=number, issuers=issuers)


@cache  # compiled on first use: only a header's date in English words needs it
def _english_date_pattern() -> regex.Pattern[str]:
    month = r"(?P<mon>" + "|".join(ENGLISH_MONTHS) + r")[a-z]*\.?"
    return regex_compile(
        rf"\b(?:(?P<d1>\d{{1,2}})\s+{month}\s+(?P<y1>(?:19|20)\d{{2}})|{month}\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d{{2}}))\b",
        regex.IGNORECASE,
    )


def _english_date(value: str) -> str | None:
    """The ISO date of a header's date written in English (RFC 2822 as a reader service writes it:
    Tue, 06 May 2025 01:00:00 GMT; May 6, 2025), the day as written.

    >>> _english_date("Tue, 06 May 2025 01:00:00 GMT"), _english_date("May 6, 2025"), _english_date("2025年")
    ('2025-05-06', '2025-05-06', None)
    """
    m = _english_date_pattern().search(value)
    if m is None:
        return None
    day, year = (m["d1"], m["y1"]) if m["d1"] else (m["d2"], m["y2"])
    try:
        return dt.date(int(year), ENGLISH_MONTHS.index(m["mon"].lower()) + 1, int(day)).isoformat()
    except ValueError:
        return None


@cache  # compiled on first use: only a page whose own text shows no title needs it
def _site_separators() -> regex.Pattern[str]:
    return regex_compile(SITE_TITLE_SEPARATORS)


def _without_site_name(value: str) -> str:
    """A header's or page's title without the site's name and channel around it: the part that ends
    like a title (X的通知_市政府办文件_江州市人民政府 → X的通知), or the whole value when none does."""
    value = " ".join(_unquoted(value).split())  # (one blank per run: the separators' blanks cannot backtrack)
    parts = [squeeze(p) for p in _site_separators().split(value) if squeeze(p)]
    titled = [p for p in parts if ends_like_title(p)]
    # (a channel's name may end like a title too: X的通知_通知公告_某局 — the document's is the longest)
    if len(parts) > 1 and titled:
        return max(titled, key=len)
    return _before_glued_site(squeeze(value))


#: a dash a page title's site name is glued on by, no blanks around it (X的通知-某县人民政府)
_GLUED_SITE_DASHES = "-–—―"


def _before_glued_site(title: str) -> str:
    """``title`` without the site's name a dash glues on with no blank (X的通知-某县人民政府, X的通知—某市
    人民政府门户网站): cut at the last dash whose left ends like a title and whose right is an organ's or a
    site's name with no dash of its own; a dash inside the title (2025-2027年) is kept.

    >>> _before_glued_site("某县应急管理局关于做好汛期安全生产工作的通知-某县人民政府")
    '某县应急管理局关于做好汛期安全生产工作的通知'
    >>> _before_glued_site("关于印发2025-2027年行动方案的通知")
    '关于印发2025-2027年行动方案的通知'
    """
    for k in range(len(title) - 1, 0, -1):
        if title[k] not in _GLUED_SITE_DASHES:
            continue
        site = title[k + 1 :]
        if site.endswith((*ORGAN_SUFFIXES, *SITE_NAME_ENDS)) and ends_like_title(title[:k]):
            return title[:k]
        break
    return title


def _unquoted(value: str) -> str:
    """A YAML header's value without the quotes around it (title: "X的通知")."""
    v = value.strip()
    return v[1:-1] if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'" else value


def _metadata_fallbacks(fields: _Fields, lines: list[Line], first_marker: int) -> _Fields:
    """Date and 文号 from page or repository metadata (成文日期：…,
    【发布日期】2015.02.12, 【发文字号】…) when the document gives none: above
    the numbered body, as a page's metadata stands (a 相关文件 list under the
    text, 关于X的通知　文号：…, names other documents), and a 文号 only where one
    is named (several are a list of other documents)."""
    dates: list[str | None] = []
    numbers: list[str] = []
    for ln in lines[:40]:
        if ln.start >= first_marker:
            break
        c = ln.compact
        if fields.date is None and (m := _meta_date().search(c)):
            dates.append(_iso(m))
        if fields.doc_number is None and (m := _meta_number().search(c) or _grid_number().match(c)):
            numbers.append(m.group("number"))
    date = dates[0] if dates else fields.date  # (成文日期 before 发布日期: the first)
    number = numbers[0] if numbers and len(set(numbers)) == 1 else fields.doc_number
    return replace(fields, date=date, doc_number=number)


def _box_title_fallback(fields: _Fields, lines: list[Line], first_marker: int) -> _Fields:
    """The title of a page's 信息公开 box printed with it (a browser's PDF, a page saved as Word):
    标 题：X among its 索引号/发文字号/成文日期 lines above the body (a repository's 【标题】X among its 【发文字号】,
    【发布日期】), when neither the document nor its front matter or page shows a title."""
    head = [ln for ln in lines[:40] if ln.start < first_marker]
    if not any(_meta_date().search(ln.compact) or _meta_number().search(ln.compact) for ln in head):
        return fields
    titles = [m.group(1) for ln in head if (m := _meta_title().match(ln.compact))]
    if len(titles) != 1 or not ends_like_title(titles[0]):
        return fields
    return _late_title(fields, titles[0])  # (and the plan it issues: 关于印发《X》的通知)


@cache  # compiled on first use: only a document with page metadata and no title of its own needs it
def _meta_title() -> regex.Pattern[str]:
    # (a repository's bracketed label too, the value up to the next one: 【标题】X【发布部门】Y, pkulaw's header)
    return regex_compile("【?(?:" + alternation(META_TITLE_FIELDS) + r")[】：:]([^【】]{4,120})")


def _closing_signature(
    fields: _Fields, lines: list[Line], first_marker: int, tables: Sequence[tuple[int, int]] = ()
) -> _Fields:
    """Issuers and date from the signature that closes the document (a checklist, a plan: no 主送
    and no 文号 to show where a header signature stands): the last lines of the text, or the lines
    before its first annex (附件1 ⏎ its title), under the footer notes, are the issuers and the date."""
    end = len(lines)
    for j, ln in enumerate(lines):
        if ln.start > first_marker and (_ANNEX_NUMBER_HEAD.match(ln.compact) or ln.compact in ATTACHMENT_WORDS):
            end = j
            break
    while end > 0 and (is_footer(lines[end - 1]) or lines[end - 1].compact in PUBLICATION_NOTES):
        end -= 1
    j = end - 1
    # (or issuer and date on one line, as a form's or a spreadsheet's last cell writes them: 某镇人民政府　2026年4月8日)
    if j < 1 or not (is_date_line(lines[j]) or _noted_date(lines[j]) or _signed_date(lines[j])):
        return fields
    # (a task table's last row is no signature: 县水利局 ⏎ 2024年12月31日 in a table's span, or under a
    # header row of its columns, 责任单位 ⏎ 完成时限, one cell a line as HTML-to-text exports write it)
    if any(s <= ln.start < e for ln in lines[j - 1 : j + 1] for s, e in tables) or _under_table_header(
        lines, j, tables
    ):
        return fields
    sig = _signature(lines, j, max(0, j - 6))
    if sig is None or not sig[1] or not all(n.endswith(ORGAN_SUFFIXES) for n in sig[1]):
        return fields
    return replace(fields, issuers=fields.issuers or tuple(sig[1]), date=sig[2])


#: how far above a closing date a table's header row is looked for (rows of one cell a line)
_TABLE_HEADER_REACH = 60
#: the kinds of column a task table's header row names (序号 and 备注 count beside them)
_TABLE_COLUMN_KINDS = ("lead", "responsible", "supporting", "deadline")


def _under_table_header(lines: list[Line], j: int, tables: Sequence[tuple[int, int]] = ()) -> bool:
    """Is line ``j`` under a table's header row, with no heading between: two header cells or more,
    one a unit or deadline column (序号 ⏎ 整改任务 ⏎ 责任单位 ⏎ 完成时限, one cell a line, or
    责任单位　　完成时限 in one)? A field line (责任单位：市水利局) is no header cell; a table the reader
    found (``tables``) that a blank line parts from the lines under it is over: the header row above is that
    table's, those lines no rows (a signature under an appended HTML or pipe table: 附：…分工表 ⏎ <table>… ⏎
    ⏎ 楚川市人民政府办公室); its last row's cells may go on under it one a line where no blank line parts them."""
    kinds: list[str] = []  # the header cells of the run of them just looked at, bottom up
    for k in range(j - 1, max(-1, j - 1 - _TABLE_HEADER_REACH), -1):
        ln = lines[k]
        if is_marker_line(ln):
            break
        if any(s <= ln.start < e and lines[k + 1].start > e + 1 for s, e in tables):
            return False
        cells = [c for c in _HEADER_CELL_GAP.split(ln.text.strip()) if c.strip()]
        found = [classify_header(c)[0] for c in cells if not _FIELD_VALUE.search(squeeze(c))]
        if found and len(found) == len(cells) and all(found):
            kinds += found  # type: ignore[arg-type]
            if len(kinds) >= 2 and any(kind in _TABLE_COLUMN_KINDS for kind in kinds):
                return True
        else:
            kinds = []
    return False


#: what parts the cells of a row on one line: a tab, or blanks as _CELL_GAP
_HEADER_CELL_GAP = regex_compile(r"\t[ \t\u00a0\u3000]*|[ \u00a0]{2,}|[ \u00a0]*\u3000[ \u00a0\u3000]*")
#: a label with its value after the colon (责任单位：市水利局): a field, not a header cell
_FIELD_VALUE = regex_compile(r"[:：].")


#: how many lines of a document's head a form's filler line (填报单位：…) is looked for in
_FORM_LINE_REACH = 6


@cache  # compiled on first use: only a document with no signature asks
def _form_filler() -> regex.Pattern[str]:
    issuer, date = alternation(FORM_ISSUER_FIELDS), alternation(FORM_DATE_FIELDS)
    return regex_compile(
        rf"(?:{issuer})(?:[（(][^（）()]{{0,6}}[）)])?[：:](?P<issuer>\p{{Han}}[^：:]*?)"
        rf"(?=(?:{date}|单位|联系人|联系电话|填表人)[：:]|$)|(?P<date>(?:{date})[：:].*)"
    )


def _form_fallbacks_of_lines(fields: _Fields, lines: list[Line]) -> _Fields:
    """Issuer and date from the filler line over a list filled in as a form (填报单位（盖章）：塔源县…办公室
    填报日期：2026年12月2日), among the first lines, when the document gives none."""
    if fields.issuers and fields.date is not None:
        return fields
    issuers, date = fields.issuers, fields.date
    for ln in lines[:_FORM_LINE_REACH]:
        for m in _form_filler().finditer(ln.compact):
            name = m.group("issuer")
            if name and not issuers and _strip_seal(name).endswith(ORGAN_SUFFIXES):
                issuers = (_strip_seal(name),)
            if m.group("date") and date is None:
                # (in figures as a spreadsheet's short date shows it: 填报日期：2026/11/30)
                date = parse_date(m.group("date")) or ((k := _kv_date().search(m.group("date"))) and _iso(k)) or None
    return replace(fields, issuers=issuers, date=date)


def _imprint_fallbacks(fields: _Fields, lines: list[Line]) -> _Fields:
    """Date and issuer from the print footer (X办公厅2019年3月15日印发)
    when the signature gives none."""
    date, issuers = fields.date, fields.issuers
    if date is not None and issuers:
        return fields
    for ln in lines:
        c = ln.compact
        if is_footer(ln) and c.endswith(IMPRINT_WORD):
            m = DATE.search(c)
            if m:
                if date is None:
                    date = parse_date(c)
                issuer = c[: m.start()]
                if issuer and not issuers:
                    issuers = (issuer,)
    return replace(fields, date=date, issuers=issuers)


def _title_fallbacks(fields: _Fields, front: FrontMatter | None, page_title: str | None) -> _Fields:
    """Fields from outside the document's own header (key-value header, the
    page's ``<title>``), and what a title found so late still tells: the
    plan it issues, and its issuers (X关于…)."""
    had_title = fields.title is not None
    fields = _front_matter_fallbacks(fields, front)
    title = fields.title
    if title is None and page_title:
        title = squeeze(page_title)
    return _late_title(fields, title, had_title)


def _late_title(fields: _Fields, title: str | None, had_title: bool = False) -> _Fields:
    """``fields`` with ``title``, and what a title found so late still tells: the plan it issues,
    and its issuers (X关于…)."""
    plan, issuers = fields.plan_title, fields.issuers
    if title and not had_title and plan is None:
        m = _ISSUED.search(title)
        if m:
            plan = m.group("plan")
            plan = plan[1:-1] if plan.startswith("《") and plan.endswith("》") else plan
    if not issuers and title:
        m = _ABOUT.match(title)
        if m and len(m.group("issuer")) <= 60:
            issuers = tuple(_title_issuers(m.group("issuer")))
    issuers = tuple(_strip_seal(i) for i in issuers if _strip_seal(i))
    return replace(fields, title=title, plan_title=plan, issuers=issuers)


#: the fewest characters of a signature's name that the title's fuller name of it may stand for
_SHORT_ISSUER_MIN = 4


def _full_issuer_names(fields: _Fields) -> _Fields:
    """The signature's issuers by the full names the title gives them: a signature that drops its
    jurisdiction (栖梧街道办事处 under 梅川区栖梧街道办事处关于…) names the title's issuer."""
    if not fields.issuers or not fields.title:
        return fields
    m = _ABOUT.match(fields.title)
    if m is None or len(m.group("issuer")) > 60:
        return fields
    named = _title_issuers(m.group("issuer"))
    full: list[str] = []
    for name in fields.issuers:
        if len(named) > 1 and name == "".join(named):
            full += (
                named  # joint issuers glued in the signature as the title names them (中共X市委办公室X市人民政府办公室)
            )
            continue
        # (what the signature drops is a place, not an organ of its own: 中共X工作委员会 before X街道办事处; a party
        # organ drops it after 中共: 中共栖梧街道工作委员会 under 中共梅川区栖梧街道工作委员会关于…)
        longer = [t for t in named if len(t) > len(name) >= _SHORT_ISSUER_MIN and _drops_place(t, name)]
        full.append(longer[0] if len(longer) == 1 else name)
    return replace(fields, issuers=tuple(full))


def _drops_place(full: str, name: str) -> bool:
    """Whether a signature's ``name`` is the title's ``full`` name without its place: after the 中共 a party
    organ opens with (中共栖梧街道工作委员会 of 中共梅川区栖梧街道工作委员会), else at its head (栖梧街道办事处)."""
    if full.startswith(PARTY_PREFIX) and name.startswith(PARTY_PREFIX):
        full, name = full.removeprefix(PARTY_PREFIX), name.removeprefix(PARTY_PREFIX)
    return len(full) > len(name) and full.endswith(name) and _dropped_place(full[: -len(name)])


#: the most characters of the place a signature drops from its issuer's name (梅川区, 某某市某某区)
_DROPPED_PLACE_MAX = 10


def _dropped_place(prefix: str) -> bool:
    """Whether ``prefix`` (what a title's issuer name has before the signature's) is a place the
    signature leaves out: Chinese characters only, no organ of its own (中共X工作委员会 before X街道办事处)."""
    return (
        2 <= len(prefix) <= _DROPPED_PLACE_MAX
        and all("\u4e00" <= ch <= "\u9fff" for ch in prefix)
        and not prefix.endswith(ORGAN_SUFFIXES)
    )


def _crumb_title_fallback(fields: _Fields, lines: list[Line], first_marker: int) -> _Fields:
    """The title a page's breadcrumb ends with (当前位置：首页 > 政务公开 > X关于…的通知), when the
    document, its front matter, its page and its metadata box show none: the last crumb of a
    breadcrumb line above the body that ends like a title (a line that lost its breaks is cut
    before that crumb already: :func:`.layout.split_virtual_lines`)."""
    for ln in lines[:40]:
        if ln.start >= first_marker:
            break
        title = crumb_title(ln.text)
        if title is not None:
            return _late_title(fields, title)
    return fields


def _attachments(
    lines: list[Line], links: Sequence[tuple[int, int, str]] = (), issuers: Sequence[str] = (), text: str = ""
) -> tuple[list[Attachment], list[tuple[int, int]]]:
    """The 附件 list, and the spans of its lines. A title that is a link (an
    HTML page) takes the link's address as its url. ``issuers`` are the notice's: a signature that
    lost its line break runs on from the last title (X汇总表东川省工业和信息化厅东川省财政厅 ⏎ date).
    ``text`` (the lines' text) tells a title set under the one before it (附件：X ⏎ 　　　Y) from a new paragraph."""
    out: list[Attachment] = []
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    listed = False  # a 附件： list has named the attachments
    bulleted = _bulleted(lines)
    if bulleted:  # - 附件1：X ⏎ • 附件2：Y, 附件： ⏎ - X ⏎ - Y: read as the list's lines without their bullets
        lines = [_unbulleted(ln) if k in bulleted else ln for k, ln in enumerate(lines)]
    for i, ln in enumerate(lines):
        short = ln.compact.startswith(ANNEX_SHORT_WORD + "：") or ln.compact.startswith(ANNEX_SHORT_WORD + ":")
        if not (short or is_attachment_header(ln)) or _form_count_row(ln):
            continue
        titles = _attachment_titles(lines, i, bulleted, text)
        if short:
            # 附：X — the short label names an attachment only when what follows is a title, not a note
            titles = [(t, at) for t, at in titles if not any(p in t for p in "：:。；，")]
            if not titles:
                continue
        spans.append((ln.start, ln.end))
        spans.extend((lines[at].start, lines[at].end) for _, at in titles)
        if _ANNEX_NUMBER_HEAD.match(ln.compact) or ln.compact in ATTACHMENT_WORDS:
            if listed:
                # 附件1 ⏎ its heading, after a 附件： list that named it
                # already (maybe worded differently: （2023年版）)
                continue
        elif titles:
            listed = True
        for title, at in titles:
            title = _without_note(_unsigned(_unrepeated(title), lines, at, issuers)).rstrip(_LIST_ITEM_ENDS)
            if not title or title in seen or len(title) > 80 or title in NO_ATTACHMENT_WORDS:
                continue
            seen.add(title)
            out.append(_attachment(lines, at, title, links))
    return out, spans


_COPY_COUNT = re_compile(COPY_COUNT)


def _form_count_row(ln: Line) -> bool:
    """A routing form's row whose 附件 label cell holds a count (附    件⇥1份⇥印发份数⇥共印 30 份): wherever the form
    stands (an OA export may print it after the notice), it names no attachment."""
    cells = _form_cells(ln) if "\t" in ln.text or "  " in ln.text or "\u3000" in ln.text else []
    return len(cells) >= 2 and cells[0] in ATTACHMENT_WORDS and _COPY_COUNT.fullmatch(cells[1]) is not None


def _unsigned(title: str, lines: list[Line], at: int, issuers: Sequence[str]) -> str:
    """``title`` without the signature's issuers that run on from it, on the line right above the
    signature date (a list and a signature that lost the break between them)."""
    if not issuers or at + 1 >= len(lines) or not (is_date_line(lines[at + 1]) or _noted_date(lines[at + 1])):
        return title
    stripped = title
    for name in reversed(issuers):
        if not stripped.endswith(name) or len(stripped) - len(name) < 4:
            break
        stripped = stripped[: -len(name)]
    return stripped


@cache  # compiled on first use: only an attachment title that ends in a bracket is asked
def _attachment_note() -> regex.Pattern[str]:
    return regex_compile(
        r"[（(](?:"
        + alternation(ATTACHMENT_NOTES)
        + "|(?:"
        + alternation(ATTACHMENT_POINTERS)
        + r")[^（）()]{1,24})[）)]$"
    )


#: what ends an item of a list written as a sentence (附件：1.X；2.Y。): no part of the title
_LIST_ITEM_ENDS = "；;，,。"


def _without_note(title: str) -> str:
    """``title`` without an editor's note or a pointer after it: X（略）, X（另发）, X（见“任务台账”工作表） → X."""
    if not title.endswith(_CLOSING):
        return title
    return _attachment_note().sub("", title) or title


def _unrepeated(title: str) -> str:
    """``title`` without the annex head and the title again that a line which lost its breaks runs on
    into (X附件X序号 重点任务… → X; X附件1X… → X)."""
    for m in _REPEATED_HEAD.finditer(title, 4):
        if title.startswith(title[: m.start()], m.end()):
            return title[: m.start()]
    return title


#: what a list's bullet starts with (Markdown's - * +, a writing tool's or a converter's • · ● ◦ ▪ …)
_BULLET_FIRSTS = frozenset("-*+•·●○◦▪▫■□◆◇►▶‣⁃")


@cache  # compiled on first use: only a text with a line that opens with a bullet asks
def _bullet() -> regex.Pattern[str]:
    """A bullet and the blanks after it: ASCII - * + need a blank after them (-1 is no bullet), the others none."""
    return regex_compile(r"^(?:[-*+][ \t\u3000\u00a0]+|[•·●○◦▪▫■□◆◇►▶‣⁃][ \t\u3000\u00a0]*)(?=\S)")


def _bulleted(lines: list[Line]) -> frozenset[int]:
    """The indices of the lines a bullet opens, when one of them is a 附件 line or follows a bare 附件： label."""
    found = frozenset(k for k, ln in enumerate(lines) if ln.text[:1] in _BULLET_FIRSTS and _bullet().match(ln.text))
    if not found:
        return found
    for k in found:
        c = _unbulleted(lines[k]).compact
        if c.startswith(ATTACHMENT_WORDS) or (k > 0 and lines[k - 1].compact.rstrip("：:") in ATTACHMENT_WORDS):
            return found
    return frozenset()


def _unbulleted(ln: Line) -> Line:
    """The line without its bullet (- 附件1：X → 附件1：X)."""
    m = _bullet().match(ln.text)
    return ln if m is None else Line(ln.start + m.end(), ln.end, ln.text[m.end() :], ln.virtual)


def _set_under(lines: list[Line], j: int, label: int, text: str) -> bool:
    """Is line ``j`` set under the 附件 line ``label``, indented more than it and with no blank line after the
    line before it (附件：X ⏎ 　　　Y ⏎ 　　　Z: a list's next titles aligned under the first)?"""
    if not text or j <= label:
        return False
    if text.count("\n", lines[j - 1].end, lines[j].start) != 1:
        return False
    return _indent(text, lines[j].start) > _indent(text, lines[label].start)


def _indent(text: str, start: int) -> int:
    """The width of the blanks before ``start`` on its line (a full-width blank counts two, a tab four)."""
    first = text.rfind("\n", 0, start) + 1
    lead = text[first:start]
    return len(lead) + lead.count("\u3000") + 3 * lead.count("\t")


def _next_title(lines: list[Line], j: int, label: int, title: str, text: str) -> bool:
    """Is line ``j``, set under the title ``title`` (which ends as a title ends: no wrap), the list's next title,
    written without a number (附件：X清单 ⏎ 　　　Y细则): a line that ends as a title ends, with no sentence in it?"""
    if j >= len(lines) or not title.endswith(_TITLE_ENDS) or not _set_under(lines, j, label, text):
        return False
    nxt = lines[j]
    c = nxt.compact
    if not 4 <= len(c) <= 80 or not c.endswith(_TITLE_ENDS) or any(p in c for p in "。；;，,：:"):
        return False
    return not (is_attachment_header(nxt) or is_marker_line(nxt) or is_date_line(nxt) or is_boilerplate(nxt))


#: how an attachment's title ends: a title's last word, or the closing mark of a 《》 title
_TITLE_ENDS = (*ATTACHMENT_TITLE_ENDS, "》")


def _attachment_titles(
    lines: list[Line], i: int, bulleted: frozenset[int] = frozenset(), text: str = ""
) -> list[tuple[str, int]]:
    """The titles the 附件 line ``i`` names, each with the index of its line."""
    rest = _ATTACHMENT_LABEL.sub("", lines[i].text)
    titles: list[tuple[str, int]] = []
    if squeeze(rest):
        # 附件：1.A　2.B on one line
        items = [item for item in _NEXT_ITEM.split(rest.strip()) if squeeze(item)]
        if len(items) == 1:
            items = _glued_items(squeeze(items[0]))
        titles += [(squeeze(_NUMBERED_ITEM.sub("", item)), i) for item in items]
        if _NUMBERED_ITEM.match(squeeze(rest)):
            # 附件：1．X ⏎ 2．Y — the list goes on below
            j = i + 1
            while j < len(lines) and _NUMBERED_ITEM.match(lines[j].compact):
                titles.append((squeeze(_NUMBERED_ITEM.sub("", lines[j].text)), j))
                j += 1
        title, at = titles[-1]
        if at + 1 < len(lines) and (tail := _wrapped_tail(title, lines[at + 1])):
            titles[-1] = (title + tail, at)
        elif len(titles) == 1 and at == i:
            # 附件：X ⏎ 　　　Y ⏎ 　　　Z — unnumbered titles set under the first
            while _next_title(lines, titles[-1][1] + 1, i, titles[-1][0], text):
                j = titles[-1][1] + 1
                titles.append((lines[j].compact, j))
        return titles
    # the titles follow on their own lines (one, or a numbered list)
    for j in range(i + 1, min(len(lines), i + 11)):
        nxt = lines[j]
        numbered = _listed_title().match(nxt.compact) is not None and "。" not in nxt.compact
        if is_boilerplate(nxt) or is_attachment_header(nxt) or (is_marker_line(nxt) and not numbered):
            break
        listed = j in bulleted or _NUMBERED_ITEM.match(nxt.compact) is not None  # (附件： ⏎ - X ⏎ - Y: bullets)
        if titles and not listed:
            break
        titles.append((squeeze(_NUMBERED_ITEM.sub("", nxt.text)), j))
        if not listed:
            break
    return titles


#: the longest rest of an attachment's title a hard-wrapped line carries over (…重点任务分工 ⏎ 表)
_WRAPPED_TAIL_MAX = 6


def _wrapped_tail(title: str, nxt: Line) -> str | None:
    """The rest of ``title`` on the next line, where a hard-wrapped text broke before the title's last
    word (附件：X重点任务分工 ⏎ 表): a short line that makes the title end as a title ends, which it did not."""
    c = nxt.compact
    if not c or len(c) > _WRAPPED_TAIL_MAX or title.endswith(ATTACHMENT_TITLE_ENDS):
        return None
    if is_attachment_header(nxt) or is_marker_line(nxt) or is_date_line(nxt) or any(p in c for p in "。；，,：:、"):
        return None
    return c if (title + c).endswith(ATTACHMENT_TITLE_ENDS) else None


def _glued_items(rest: str) -> list[str]:
    """A numbered list that lost the breaks between its items (1.A2.B3.2025年C, a page's body on one
    line), cut before each next number in turn (2., then 3.: a number in a title is not the next one,
    or is followed by a digit that makes no year: 2.0版); ``[rest]`` when it is no such list."""
    first = _NUMBERED_ITEM.match(rest)
    if first is None or not rest[: first.end()].lstrip("（(").startswith("1"):
        return [rest]
    items, start, at, k = [], 0, first.end(), 2
    while True:
        m = _glued_next(str(k), rest, at)
        if m is None:
            break
        items.append(rest[start : m.start()])
        start, at, k = m.start(), m.end(), k + 1
    items.append(rest[start:])
    return items


def _glued_next(number: str, rest: str, at: int) -> regex.Match[str] | None:
    """The next item's number ``number`` in ``rest`` from ``at``: after a character that is no digit,
    with its dot, before a title (not a digit, unless a year: 3.2025年…)."""
    return next((m for m in _glued_number_pattern().finditer(rest, at) if m["n"] == number), None)


@cache  # compiled on first use: only an 附件 line with one numbered item and no blank in it is asked
def _glued_number_pattern() -> regex.Pattern[str]:
    return regex_compile(r"(?<![0-9０-９.．])(?P<n>\d{1,2})[.．、](?=[^0-9０-９]|(?:19|20)\d{2}年)")


def _attachment(lines: list[Line], at: int, title: str, links: Sequence[tuple[int, int, str]]) -> Attachment:
    """The attachment titled ``title`` on line ``at``: its url is the link on
    that line, or an address on the next line."""
    url = None
    line = lines[at]
    linked = [
        href for a, b, href in links if a < line.end and b > line.start and not href.startswith(("#", "javascript"))
    ]
    if linked:
        url = linked[-1]
    elif at + 1 < len(lines):
        m = _URL.match(lines[at + 1].text)
        if m:
            url = m.group(0).strip()
    return _attachment_named(title, url)


def _page_attachments(page: Sequence[tuple[str, str | None]]) -> list[Attachment]:
    """The attachments an 附件： line of the page outside the text names:
    each link after it (its text and address), or the rest of the line
    (not 附件下载: a download list is site chrome)."""
    for i, (line, _) in enumerate(page):
        if not is_attachment_header(Line(0, 0, line)):
            continue
        out = []
        for name, href in page[i + 1 :]:
            if href is None:
                break
            out.append(_attachment_named(name, href))
        if not out and (rest := _ATTACHMENT_LABEL.sub("", line)) and squeeze(rest) not in NO_ATTACHMENT_WORDS:
            out.append(_attachment_named(rest, None))
        return out
    return []


def _attachment_named(title: str, url: str | None) -> Attachment:
    """An attachment titled as written (file extension and 《》 dropped)."""
    title = _FILE_EXTENSION.sub("", title)
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]
    return Attachment(title=title, url=url)


def _title_and_number(
    lines: list[Line], first_marker: int, addressed_at: int | None = None
) -> tuple[str | None, str | None, int | None, int]:
    """(文号, title, index of the title's line, end of the header lines read).
    A title stands above the 主送 line (line ``addressed_at``) and above the
    signature date: a title-like line below them is the enclosed plan's own
    (a crawled page whose body starts at the 主送 line, its title only in the
    page's metadata)."""
    number, title, title_idx, end = None, None, None, 0
    dn = _doc_number_line(lines, first_marker)
    if dn:
        idx, number, before = dn
        end = lines[idx].end
        title = _title_above(lines, idx, before)
        if title:
            title_idx = idx - 1
        # (page chrome right above the 文号: a title under the 文号 is the document's own, one found above
        # the chrome may be the breadcrumb's)
        chrome_above = not before and idx > 0 and is_chrome(lines[idx - 1].text)
        if not title or not (before or ends_like_title(title)) or chrome_above:
            # (the lines above are the issuers' masthead, 文件 left out: the title is under the number)
            below = _title_below(lines, idx)
            if below:
                title, title_idx = below
    if title is None:
        for i, ln in enumerate(lines[:8]):
            if ln.start >= first_marker or i == addressed_at or is_date_line(ln):
                break
            if is_boilerplate(ln) or _is_masthead(ln) or _in_menu(lines, i):
                continue
            if looks_like_title(ln):
                title, title_idx = _title_above(lines, i, ln.compact) or ln.compact, _title_tail(lines, i)
                if title_idx > i:
                    title += lines[title_idx].compact
                end = max(end, lines[title_idx].end)
                break
    if title is None and addressed_at is not None:
        # a page whose chrome (nav bullets, breadcrumb, a metadata table, a date stamp) fills the first lines: the title
        # stands right above the 主送 line (GB/T 9704), under that chrome
        above = _title_above(lines, addressed_at)
        if above and ends_like_title(above) and lines[addressed_at - 1].start < first_marker:
            title, title_idx = above, addressed_at - 1
            end = max(end, lines[title_idx].end)
    return number, title, title_idx, end


@cache  # compiled on first use: only a notice whose title names no plan needs it
def _covered() -> regex.Pattern[str]:
    """The covering sentence's 《X》 and what stands between it and the verb that hands it on."""
    return regex_compile(
        r"(?P<lead>"
        + COVER_NOW
        + r"将)?《(?P<plan>[^《》]{2,100})》(?P<mid>[^《》。；]{0,60}?)(?:"
        + "|".join(COVER_VERBS)
        + r")"
    )


def _covering_plan(lines: list[Line], limit: int) -> str | None:
    """The document the covering sentence hands on, when the title does not
    name it: 现将《X》印发给你们 / 《X》已经市政府同意，现印发给你们 (the
    sentence is the notice's own act: 现 right before the verb, which hands
    《X》 on rather than an object of its own; one 《X》, not a list of
    several). A law cited before 现将…印发 (为贯彻落实《X法》，现将要点印发给你们)
    is no plan."""
    for ln in lines[:20]:
        if ln.start >= limit:
            break
        if "《" not in ln.compact:
            continue
        for m in _covered().finditer(ln.compact):
            before = ln.compact[m.start() - 1 : m.start()] if m.start() else ""
            after = ln.compact[m.end() : m.end() + 1]
            if m["lead"] or (m["mid"].endswith(COVER_NOW_FORMS) and after in COVER_AFTER and before not in LIST_BEFORE):
                return m["plan"]
    return None


@cache  # compiled on first use: only a page that reprints a document has such a lead
def _reprint_lead() -> regex.Pattern[str]:
    """A reprinting page's lead: …印发《Y》（文号）…如下："""
    return regex_compile(
        r"(?:" + alternation(ISSUING_VERBS) + r")了?《(?P<plan>[^《》]{2,100})》"
        r"(?:[（(](?P<number>" + DOC_NUMBER + r")[）)])?[^《》]*$",
        regex.VERBOSE,
    )


def _reprint_fallbacks(fields: _Fields, lines: list[Line], first_marker: int) -> _Fields:
    """The fields of a document a page reprints after a lead line (宣传号, 新闻稿: 近日，X印发《Y》
    （文号），全文如下：): the page has no covering notice, the document it reprints is the notice.
    Its title is the line under the lead that is Y (a heading above the lead is the page's: 权威发布丨Y),
    Y is the plan it issues, the lead's 文号 is its number and the signature at its end dates it."""
    for i, ln in enumerate(lines[:12]):
        if ln.start >= first_marker:
            break
        c = ln.compact.rstrip(LEAD_POINTERS)  # (全文如下↓↓↓)
        if not c.endswith(REPRINT_LEAD_ENDS) or "《" not in c:
            continue
        m = _reprint_lead().search(c)
        if m is None:
            continue
        plan = m["plan"]
        own = next((ln2 for ln2 in lines[i + 1 : i + 3] if ln2.compact.lstrip(LEAD_POINTERS) == plan), None)
        if own is None:
            return fields
        title = plan
        number = fields.doc_number or m["number"]
        issuers, date = fields.issuers, fields.date
        if date is None:
            sig = _signature(lines, i + 2)
            if sig is not None:
                issuers, date = tuple(sig[1]) or issuers, sig[2]
        return replace(fields, title=title, plan_title=plan, doc_number=number, issuers=issuers, date=date)
    return fields


def _plan_of(title: str | None) -> str | None:
    """The document a covering notice's title issues: 关于印发《X》的通知 → X."""
    m = _ISSUED.search(title) if title else None
    if not m:
        return None
    plan = m.group("plan")
    if plan.startswith("《") and plan.endswith("》") and plan.count("《") == 1:
        plan = plan[1:-1]
    return plan


@dataclass(frozen=True)
class _Masthead:
    """A bulletin's or minutes' masthead (督查通报 ⏎ 第12期 ⏎ 某督查室　2026年11月20日): its lines end at
    ``last``; its issue number, the organ it names, the date beside it, the title under it."""

    last: int
    number: str
    issuers: tuple[str, ...]
    date: str | None
    title: str | None


#: how far down a masthead's issue line may stand (份号, 密级, the organ's name, the genre line above it; a
#: crawled page's chrome lines above them)
_MASTHEAD_REACH = 20


@cache  # compiled on first use: only a line with 期 or 号 at its end is asked
def _bulletin_issue() -> regex.Pattern[str]:
    return regex_compile(BULLETIN_ISSUE)


def _bulletin_name(c: str) -> bool:
    """A masthead's name line (compacted): it ends in a bulletin's genre (督查通报, 专题会议纪要, 工作简报,
    某市人民政府常务会议纪要), short, no title (关于) and no sentence."""
    return (
        len(c) <= BULLETIN_NAME_MAX
        and c.endswith(BULLETIN_GENRES)
        and ABOUT_WORD not in c
        and not any(p in c for p in "。；，,：:、")
    )


#: the ends of an organ's name glued before a masthead's genre: an organ's suffixes but 会, which ends the
#: meeting's kind (常务会议纪要, 专题会议纪要: no 常务会 and no 专题会 is an organ; 协会, 管委会 are)
_NAME_ORGAN_ENDS = tuple(x for x in ORGAN_SUFFIXES if x != "会")


def _name_organ(c: str) -> str | None:
    """The organ a masthead's name line opens with (某市人民政府督查室督查通报 → 某市人民政府督查室, 某市人民政府
    常务会议纪要 → 某市人民政府): its longest head that ends in an organ's suffix, the genre after it; None for a
    bare genre (工作简报, 专题会议纪要)."""
    for k in range(len(c) - 2, 1, -1):
        if c[:k].endswith(_NAME_ORGAN_ENDS) and not _cuts_a_word(c, k):
            return c[:k]
    return None


def _cuts_a_word(c: str, k: int) -> bool:
    """Whether a cut of ``c`` before ``k`` splits one of MEETING_NAME_WORDS (常委|会, 县长办|公)."""
    return any(c.startswith(w, j) for w in MEETING_NAME_WORDS for j in range(max(0, k - len(w) + 1), k))


def _dated_names(text: str) -> tuple[list[str], str] | None:
    """A masthead's compiler and date (某市人民政府督查室　2026年11月20日, 某办公室编 2026年3月5日, a date alone):
    the names (编 and the like dropped) and the ISO date; None when the line is something else."""
    dates = list(DATE.finditer(text))
    if not dates or text[dates[-1].end() :].strip() or any(p in text for p in "。；，,"):
        return None
    names = []
    for part in _NAME_GAP.split(text[: dates[-1].start()]):
        name = squeeze(part)
        if any(p in name for p in "：:"):
            if name.split("：")[0].split(":")[0] in BULLETIN_STAFF_LABELS:
                continue  # 签发：张三, 责任编辑：李四
            return None
        for end in BULLETIN_COMPILER_ENDS:
            if name.endswith(end) and name[: -len(end)].endswith(ORGAN_SUFFIXES):
                name = name[: -len(end)]
                break
        if name:
            names.append(name)
    if not all(n.endswith(ORGAN_SUFFIXES) for n in names):
        return None
    date = parse_date(dates[-1].group())
    return (names, date) if date else None


def _is_rule_line(c: str) -> bool:
    """A masthead's separator rule as text (━━━━, ————, ＝＝＝)."""
    return len(c) >= 3 and all(ch in "━─—-_=＝*★☆" for ch in c)


def _bulletin_masthead(lines: list[Line], first_marker: int) -> _Masthead | None:
    """The masthead of a bulletin or of minutes above the title (GB/T 9704 gives a 纪要 and a 简报 their own
    版头): a name line that ends in the genre (督 查 通 报, 专题会议纪要; maybe the organ's name on the line above
    it, or glued before the genre), the issue line under it (第12期, 〔2026〕第19期, 2026年第3期（总第45期）,
    maybe on the name's own line), then maybe the compiler and the date (某督查室　　2026年11月20日). The issue
    line stands where a 文号 does and is kept as written; the organ the masthead names is the issuer (the
    office beside the date only compiles it, unless the masthead names none); the title is the line under it."""
    for i, ln in enumerate(lines[:_MASTHEAD_REACH]):
        if ln.start >= first_marker:
            return None
        c = ln.compact
        if not any(e in c for e in BULLETIN_ISSUE_ENDS):
            continue  # (most lines: no issue number in them)
        issue = _issue_cell(ln)
        if issue is None:
            continue
        head, m, rest = issue
        if m.start() and _DOC_NUMBER.fullmatch(head):
            continue  # 某政办通报〔2026〕3号: a 文号 whose kind word is a genre's, not a name glued before an issue
        name_at, name = i, head[: m.start()]
        if not name:
            name_at = i - 1
            name = lines[name_at].compact if name_at >= 0 else ""
        if not _bulletin_name(name):
            continue
        organ = _name_organ(name)
        if organ is None and name_at > 0:
            up = lines[name_at - 1].compact
            if len(up) <= BULLETIN_NAME_MAX and up.endswith(ORGAN_SUFFIXES) and not any(p in up for p in "。；，,：:"):
                organ = up
        number, last, issuers, date = m.group(), i, [organ] if organ else [], None
        dated = _dated_names(rest) if rest.strip() else None
        for k in range(i + 1, min(i + 3, len(lines))):
            if dated is not None or lines[k].start >= first_marker:
                break
            if _is_rule_line(lines[k].compact):
                continue
            dated = _dated_names(lines[k].text)
            if dated is not None:
                last = k
        if dated is not None:
            date = dated[1]
            issuers = issuers or dated[0]
        return _Masthead(last, number, tuple(issuers), date, _masthead_title(lines, last, first_marker))
    return None


def _issue_cell(ln: Line) -> tuple[str, regex.Match[str], str] | None:
    """The issue number a masthead's line holds: the whole line, or its first cell (the compiler and date
    after it: 第7期　　某办公室　　2026年6月1日) or its last (2026年11月20日　　第12期), maybe in brackets
    （第12期）, maybe glued after the name (督查通报第12期). (The head the issue ends — name and issue —, the
    match, the rest of the line.)"""
    cells = [x for x in _HEADER_CELL_GAP.split(ln.text) if squeeze(x)]
    tries = [(ln.compact, "")]
    if len(cells) > 1:
        tries += [(squeeze(cells[0]), " ".join(cells[1:])), (squeeze(cells[-1]), " ".join(cells[:-1]))]
    for head, rest in tries:
        if head[:1] in "（(" and head[-1:] in "）)":
            head = head[1:-1]
        m = _bulletin_issue().search(head)
        if m is not None and m.end() == len(head):
            return head, m, rest
    return None


def _masthead_title(lines: list[Line], last: int, first_marker: int) -> str | None:
    """The title under a masthead's last line: the lines up to one that ends like a title or in a bulletin's
    genre (…的专题会议纪要), else the first line alone when it reads as a heading (no sentence, no field)."""
    parts: list[str] = []
    for ln in lines[last + 1 : last + 5]:
        c = ln.compact
        if _is_rule_line(c) and not parts:
            continue
        if ln.start >= first_marker or is_boilerplate(ln) or any(p in c for p in "。；：:") or len(c) > 60:
            break
        parts.append(c)
        if ends_like_title(c) or c.endswith(BULLETIN_GENRES):
            return "".join(parts)
    return parts[0] if parts and len(parts[0]) >= 4 else None


#: how far down a routing form's title line may stand, and how many lines the form may fill
_FORM_HEAD_REACH = 3
_FORM_LINES_MAX = 60
_FORM_FIELD_SET = frozenset(OA_FORM_FIELDS)


def _form_cells(ln: Line) -> list[str]:
    """The cells of a form's row: parted by tabs (a table's row), else by wide gaps (a form aligned with
    blanks), where the letters of a label spaced out to the cell's width (签    发, 文    号) join again."""
    if "\t" in ln.text:
        return [squeeze(x) for x in ln.text.split("\t") if squeeze(x)]
    cells: list[str] = []
    for part in (squeeze(x) for x in _HEADER_CELL_GAP.split(ln.text)):
        if len(part) == 1 and cells and len(cells[-1]) < 4 and cells[-1] not in _FORM_FIELD_SET:
            cells[-1] += part
        elif part:
            cells.append(part)
    return cells


def _routing_form(lines: list[Line], first_marker: int) -> tuple[int, _Fields] | None:
    """An OA system's routing form printed above the notice (发文稿纸: 签发, 会签, 核稿, 拟稿, 文号, 标题, 主送,
    抄送, 附件, 印发份数 … one label cell and its value a row, partly filled): the index of its last line and
    the fields its 标题, 文号 and 主送 rows give (the notice's own header repeats them; the form's are used
    where the notice lacks one). Its dates are the workflow's (签发 2026.11.9), its 附件 row a count (1份): none
    is the notice's. The form opens with its title line (某街道办事处发文稿纸) or with a label row; it ends at
    the last label row before two lines running with none, or before the notice's red header."""
    head = next(
        (
            i
            for i, ln in enumerate(lines[:_FORM_HEAD_REACH])
            if ln.compact.endswith(OA_FORM_NAME_ENDS) and len(ln.compact) <= 40 and ABOUT_WORD not in ln.compact
        ),
        None,
    )
    first = head + 1 if head is not None else 0
    last, labelled = -1, 0
    values: dict[str, str] = {}
    for k in range(first, min(len(lines), first + _FORM_LINES_MAX)):
        ln = lines[k]
        if ln.start >= first_marker or _is_masthead(ln) or k - max(last, first - 1) > 2:
            break
        cells = _form_cells(ln)
        at = [n for n, cell in enumerate(cells) if cell in _FORM_FIELD_SET]
        if not at:
            continue
        last, labelled = k, labelled + 1
        for n in at:
            if n + 1 < len(cells) and cells[n + 1] not in _FORM_FIELD_SET:
                values.setdefault(cells[n], cells[n + 1])
    if last < 0 or labelled < (2 if head is not None else 4) or (head is None and last - first + 1 < 4):
        return None
    recipients = [p for p in _RECIPIENT_SPLIT.split(_form_value(values, OA_FORM_RECIPIENT_FIELDS) or "") if p]
    number = _form_value(values, OA_FORM_NUMBER_FIELDS)
    fields = _Fields(
        title=_form_value(values, OA_FORM_TITLE_FIELDS),
        doc_number=number if number and _DOC_NUMBER.fullmatch(number) else None,
        recipients=tuple(recipients),
    )
    return last, fields


def _form_value(values: dict[str, str], labels: tuple[str, ...]) -> str | None:
    """The value of a form's first row (in ``labels``' order) that holds one."""
    return next((values[label] for label in labels if values.get(label)), None)


def _below_form(lines: list[Line], first_marker: int) -> tuple[list[Line], _Fields | None, int]:
    """The lines under a routing form printed above the notice (its lines are no part of the notice), the
    fields the form gives and where it ends; ``lines``, None and 0 when there is none."""
    form = _routing_form(lines, first_marker)
    if form is None:
        return lines, None, 0
    return lines[form[0] + 1 :], form[1], lines[form[0]].end


def _form_fallbacks(fields: _Fields, form: _Fields) -> _Fields:
    """The routing form's 标题, 文号 and 主送 where the notice under it gives none."""
    return replace(
        fields,
        title=fields.title or form.title,
        doc_number=fields.doc_number or form.doc_number,
        recipients=fields.recipients or form.recipients,
    )


def _masthead_header(lines: list[Line], first_marker: int) -> tuple[_Fields, int]:
    """The document's own header (:func:`_own_header`), read under a bulletin's or minutes' masthead when
    it has one: the masthead's organ, issue line and date are no title, 文号 or signature, and give the
    fields the header under it lacks."""
    masthead = _bulletin_masthead(lines, first_marker)
    if masthead is None:
        return _own_header(lines, first_marker)
    fields, end = _own_header(lines[masthead.last + 1 :], first_marker)
    fields = replace(
        fields,
        title=fields.title or masthead.title,
        doc_number=fields.doc_number or masthead.number,
        issuers=fields.issuers or masthead.issuers,
        date=fields.date or masthead.date,
    )
    return fields, max(end, lines[masthead.last].end)


def _own_header(lines: list[Line], first_marker: int) -> tuple[_Fields, int]:
    """The fields the document's own header gives (文号, title, 主送, the
    signature and its date), and where that header ends."""
    rec = _recipients(lines, first_marker)
    number, title, title_idx, end = _title_and_number(lines, first_marker, rec[0] if rec else None)
    plan = _plan_of(title)
    recipients: list[str] = []
    sig_from = 0
    if rec:
        idx, recipients = rec
        end = max(end, lines[idx].end)
        sig_from = idx + 1
    elif title_idx is not None:
        sig_from = title_idx + 1
    sig = _signature(lines, sig_from)
    # a date in brackets right under the title dates a document with no 主送
    # (中共中央 国务院关于…的意见 ⏎ （2018年6月16日）)
    under_title = sig is not None and title_idx is not None and sig[0] == title_idx + 1
    addressed = rec is not None or number is not None
    date: str | None = None
    issuers: list[str] = []
    if sig and (addressed or under_title):
        idx, issuers, date = sig
        if under_title and not addressed:
            issuers = []  # the line above the date is the title itself
        if lines[idx].start < first_marker:
            end = max(end, lines[idx].end)
        if plan:
            plan = _own_plan_title(lines, idx, plan)
    return _Fields(title, number, tuple(issuers), tuple(recipients), date, plan), end


def read_header(
    text: str,
    lines: list[Line],
    links: Sequence[tuple[int, int, str]] = (),
    front: FrontMatter | None = None,
    page_title: str | None = None,
    page: Sequence[tuple[str, str | None]] = (),
    tables: Sequence[tuple[int, int]] = (),
) -> Header:
    """Find the notice fields in ``lines`` (the non-empty lines of ``text``
    below the key-value header ``front``, if any). ``page_title`` (an HTML
    page's ``<title>``) is the title where the document shows none; ``page``
    (the page's own lines outside the text: its 信息公开 table, an attachment
    line after the article) gives the fields and attachments it still lacks; ``tables`` (the spans
    of the task tables) hold no closing signature."""
    # the header zone: up to the first marker line (the numbered body)
    first_marker = next((ln.start for ln in lines if is_marker_line(ln)), len(text))
    lines, form, form_end = _below_form(lines, first_marker)
    fields, end = _masthead_header(lines, first_marker)
    if fields.date is None or fields.doc_number is None:
        # (a reprinted document's own 主送 and signature may give a date: the lead still names it and its 文号)
        fields = _reprint_fallbacks(fields, lines, first_marker)
    if fields.date is None:
        fields = _closing_signature(fields, lines, first_marker, tables)
    fields = _imprint_fallbacks(fields, lines)
    fields = _form_fallbacks_of_lines(fields, lines)
    if not fields.recipients:
        fields = replace(fields, recipients=tuple(_labelled_recipients(lines) or _distributed_to(lines)))
    fields = _metadata_fallbacks(fields, lines, first_marker)
    fields = _title_fallbacks(fields, front, page_title)
    if page:
        fields = _front_matter_fallbacks(fields, page_fields(page))
    if fields.title is None:
        fields = _box_title_fallback(fields, lines, first_marker)
    if fields.title is None:
        fields = _crumb_title_fallback(fields, lines, first_marker)
    if fields.plan_title is None:
        fields = replace(fields, plan_title=_covering_plan(lines, first_marker))
    if form is not None:
        fields = _form_fallbacks(fields, form)
    fields = _full_issuer_names(fields)
    attachments, attachment_spans = _attachments(lines, links, fields.issuers, text)
    if not attachments and page:
        attachments = _page_attachments(page)
    header_end = max(front.end if front else 0, end, form_end)
    boundaries = tuple(
        ln.start
        for ln in lines
        if ln.start > header_end and (is_boilerplate(ln) or is_footer(ln) or is_attachment_header(ln))
    )
    notice = Notice(
        title=fields.title,
        doc_number=fields.doc_number,
        issuers=list(fields.issuers),
        recipients=list(fields.recipients),
        date=fields.date,
        plan_title=fields.plan_title,
        attachments=attachments,
    )
    return Header(notice, header_end, boundaries, tuple(attachment_spans))
