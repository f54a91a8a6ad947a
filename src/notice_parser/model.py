"""The output contract (``shared/NOTICE_JSON.md``, version 1.1) as pydantic models.

These models are the source of truth: the JSON Schema shipped in
``notice_parser/schema.json`` is generated from them (``parse-notice --schema``)
and a test checks that the shipped file is current.

Every span is ``[start, end)`` in code points into the top-level ``text``;
:class:`NoticeDocument` rejects any item whose ``text[start:end] != raw``.
The models also refuse what the schema cannot say but the contract does: a
span with ``start > end``, a section outside its parent's span, two sections
or two measures with one id, and a number that is not finite (JSON has no
Infinity or NaN).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Final, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, model_validator

SCHEMA_VERSION: Final = "1.1"


def _ordered(span: tuple[int, int]) -> tuple[int, int]:
    if not 0 <= span[0] <= span[1]:
        raise ValueError(f"span {list(span)} is not [start, end) with 0 <= start <= end")
    return span


Span = Annotated[
    tuple[int, int],
    Field(description="[start, end) in Unicode code points into the top-level `text`"),
    AfterValidator(_ordered),
]


def _new_list() -> list[Any]:
    """The default of the list fields: a new empty list. A function of ours, not ``list``:
    pydantic reads a default factory's signature when it builds the class, and
    ``inspect.signature(list)`` parses list's text signature (with tokenize, whose patterns it
    compiles on first use): 15 such fields were 17.7 M instructions of this module's import, 20 %
    (cachegrind), 3-5 ms of a cold start."""
    return []


#: a number JSON can carry: Infinity and NaN are refused
Number = Annotated[float, Field(allow_inf_nan=False)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        share_fields_set(self)
        compact_dict(self)

    @property
    def model_fields_set(self) -> set[str]:
        """pydantic's ``model_fields_set``, this model's own: a model holding a shared set
        (share_fields_set) is given a copy first, so that a caller who changes the set
        changes this model only (not every model of the class, in every document)."""
        return _own_fields_set(self)

    @property
    def __fields_set__(self) -> set[str]:  # pydantic's deprecated name of model_fields_set: the same copy
        _own_fields_set(self)
        return super().__fields_set__

    def __setattr__(self, name: str, value: Any) -> None:
        # pydantic adds an assigned name to the set in place (a field's, or an extra attribute's in a
        # subclass that allows extras): a shared set is copied first
        if name not in self.__pydantic_fields_set__:
            _own_fields_set(self)
        super().__setattr__(name, value)

    def __getstate__(self) -> dict[Any, Any]:
        # the pickle protocol's state is the caller's to change (copy, copyreg, a serializer): never a shared set
        state = super().__getstate__()
        fields = state["__pydantic_fields_set__"]
        if _is_shared(fields):
            state["__pydantic_fields_set__"] = set(fields)
        return state

    def __setstate__(self, state: dict[Any, Any]) -> None:
        # unpickled, the models of one pickle share the one set they had as one object: back to the shared one
        super().__setstate__(state)
        share_fields_set(self)


#: (model class, names given) → the one set of those names that every such
#: instance holds as ``model_fields_set`` (see share_fields_set); at most one
#: per subset of a class's fields, in practice a handful per class
_SHARED: dict[tuple[type, frozenset[str]], set[str]] = {}
#: id → set, of the sets in _SHARED (which keeps them alive: an id is not reused)
_SHARED_IDS: dict[int, set[str]] = {}


def _is_shared(fields: set[str]) -> bool:
    return _SHARED_IDS.get(id(fields)) is fields


def _own_fields_set(m: BaseModel) -> set[str]:
    """``m``'s set of field names, made its own (a copy) if it is a shared one."""
    fields = m.__pydantic_fields_set__
    if _is_shared(fields):
        fields = set(fields)
        object.__setattr__(m, "__pydantic_fields_set__", fields)
    return fields


def share_fields_set(m: BaseModel) -> None:
    """Let ``m`` hold the one set shared by every model of its class given the
    same fields, as ``model_fields_set``, instead of a set of its own (7,400 sets
    of ~390 bytes in a 5 MB notice's document, when only models given every field
    shared one). The shared set is never changed: pydantic adds a name to the set
    only on assignment, and an assignment that adds a name gives the model a copy
    first (_Model.__setattr__); a copy (model_copy, copy, deepcopy) copies it,
    deletion leaves it alone, and ``model_fields_set`` hands a caller a copy
    of it (_Model.model_fields_set)."""
    fields = m.__pydantic_fields_set__
    if _is_shared(fields):
        return
    object.__setattr__(m, "__pydantic_fields_set__", _shared_set(type(m), fields))


def _shared_set(cls: type, fields: set[str] | frozenset[str]) -> set[str]:
    """The one set of the names ``fields`` that every model of ``cls`` given those fields holds."""
    key = (cls, frozenset(fields))
    shared = _SHARED.get(key)
    if shared is None:
        mine = set(fields)  # sized for what it holds (a set grown name by name may have twice the slots)
        _SHARED_IDS[id(mine)] = mine  # known as shared before any other thread can be handed it
        shared = _SHARED.setdefault(key, mine)
        if shared is not mine:  # another thread registered the same names first
            del _SHARED_IDS[id(mine)]
    return shared


@cache
def _every_field_set(cls: type[BaseModel]) -> set[str]:
    """The shared set of all the fields of ``cls`` (what a model given every field holds)."""
    return _shared_set(cls, frozenset(cls.__pydantic_fields__))


_M = TypeVar("_M", bound=BaseModel)
_new_object = object.__new__
_set_slot = object.__setattr__


def built(cls: type[_M], values: dict[str, Any]) -> _M:
    """A model of ``cls`` holding ``values`` as given, not validated: for the pipeline's own objects
    whose every field the code has just made to the schema (strings it cut, a span it cut in order),
    where validation would only check what the code guarantees (``Unit``: 3.3 us validated, 0.7 us so).
    ``values`` gives every field, in the class's order, with the type validation would give (a tuple
    span, a bool, a str or None), so the model is the one ``cls(**values)`` makes: equal, the same
    JSON, the same shared set of field names (share_fields_set). Not for a class with private
    attributes or a validator of its own, nor for values read from outside the code."""
    m = _new_object(cls)
    _set_slot(m, "__dict__", _compact(cls, values))
    _set_slot(m, "__pydantic_fields_set__", _every_field_set(cls))
    _set_slot(m, "__pydantic_extra__", None)
    _set_slot(m, "__pydantic_private__", None)
    return m


def compact_dict(m: BaseModel) -> None:
    """Let ``m`` hold its field values in a key-sharing dict (the one the class's instances share the
    keys of, as an ordinary object's attributes do) instead of the dict pydantic made: the same keys
    in the same order, the same values and JSON, in less memory (tracemalloc, the 5 MB notice: the
    document 31.0 -> 24.8 MB, the parse's peak 37.8 -> 31.6; Tianshui's document 0.84 of before).
    A dict of other keys or order is left as it is."""
    values = m.__dict__
    compact = _compact(type(m), values)
    if compact is not values:
        _set_slot(m, "__dict__", compact)


def _compact(cls: type[BaseModel], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` as a copy of ``cls``'s key-sharing template (set value by value: it stays one), when
    it holds every field in the class's order; ``values`` itself otherwise."""
    template = _TEMPLATES.get(cls)
    if template is None:
        template = _TEMPLATES[cls] = _template(cls)
    if len(values) != len(template) or tuple(values) != tuple(template):
        return values
    compact = template.copy()  # (a copy of a key-sharing dict shares its keys)
    compact.update(values)  # (every key already there: in place, the template's order)
    return compact


#: model class → a dict of its fields, in order, that shares its keys with the class's instances
_TEMPLATES: dict[type, dict[str, Any]] = {}


def _template(cls: type[BaseModel]) -> dict[str, Any]:
    bare = _new_object(cls)
    for name in cls.__pydantic_fields__:
        _set_slot(bare, name, None)  # (an instance's first attribute makes its dict on the class's shared keys)
    return bare.__dict__


def update_in_place(m: BaseModel, values: dict[str, Any]) -> None:
    """``m`` becomes what ``m.model_copy(update=values)`` would be (the values
    set, not validated, and counted as set) without a copy: for the pipeline's
    own objects, not yet handed out, completed once their parts are known."""
    m.__dict__.update(values)
    if not m.__pydantic_fields_set__.issuperset(values):
        _own_fields_set(m).update(values)
        share_fields_set(m)


def share_strings(models: Iterable[BaseModel], memo: dict[str, str]) -> None:
    """Every string field of ``models`` becomes the one string ``memo`` holds
    equal to it (set in place, like update_in_place: for the pipeline's own
    objects, not yet handed out). ``memo`` is one parse's: a notice repeats its
    markers, headings, raws and units (2.7 MB of the 5 MB notice's document
    were copies of an equal string)."""
    setdefault = memo.setdefault
    for m in models:
        fields = m.__dict__
        for name in _string_fields(type(m)):  # (not every field tested: 33,000 targets of one list)
            value = fields[name]
            if value is not None:
                fields[name] = setdefault(value, value)


@cache
def _string_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``cls`` that hold a string or None (a Literal's values are the code's own constants)."""
    return tuple(name for name, f in cls.__pydantic_fields__.items() if f.annotation in (str, str | None))


#: the formats the readers read, as ``Source.format`` names them
Format = Literal[
    "txt", "html", "mht", "docx", "doc", "wps", "rtf", "wordml", "pdf", "ofd", "json", "xlsx", "xls", "csv"
]


class Source(_Model):
    name: str = Field(description="file name as given, or '-' for standard input")
    format: Format = Field(
        description="the format found in the content: txt, html, mht, docx, doc, wps, rtf, wordml (Word 2003 XML), pdf, ofd, json (a crawler's JSON record), xlsx, xls, csv (a spreadsheet)"
    )
    encoding: str | None = Field(None, description="the decoding used, for text input")
    sha256: str = Field(description="sha256 of the input bytes")


class Attachment(_Model):
    title: str = Field(description="附件 title, whitespace removed")
    url: str | None = Field(None, description="a link given for the attachment, as written")


class Notice(_Model):
    title: str | None = Field(None, description="标题, whitespace removed")
    doc_number: str | None = Field(None, description="发文字号, e.g. 国办发〔2018〕128号")
    issuers: list[str] = Field(default_factory=_new_list, description="发文机关")
    recipients: list[str] = Field(
        default_factory=_new_list, description="主送机关, split on ，；; only (、 joins the parts of one)"
    )
    date: str | None = Field(None, description="成文日期, ISO YYYY-MM-DD")
    plan_title: str | None = Field(None, description="the enclosed document the notice issues")
    attachments: list[Attachment] = Field(default_factory=_new_list, description="附件")


class Section(_Model):
    id: str = Field(description="numbers of the numbering path as written, joined by dots")
    marker: str = Field(description="the marker as written: 三、 (五) 1. (2)")
    level: int = Field(description="1 = outermost")
    heading: str = Field(description="run-in heading up to the first 。, or the whole marker line")
    span: Span
    children: list[Section] = Field(default_factory=_new_list)

    @model_validator(mode="after")
    def _children_inside(self) -> Section:
        start, end = self.span
        for ch in self.children:
            if not (start <= ch.span[0] and ch.span[1] <= end):
                raise ValueError(f"section {ch.id} {list(ch.span)} lies outside its parent {self.id} {[start, end]}")
        return self


class Unit(_Model):
    name: str = Field(description="the unit standing alone: ellipsis expanded, whitespace removed")
    raw: str = Field(description="the fragment as written")
    span: Span
    canonical: str | None = Field(
        None,
        description="since 1.1: the official full name with its jurisdiction (天水市环境保护局, 天水市秦州区人民政府); "
        "null for a group and for a name the tables cannot resolve",
    )
    group: bool = Field(False, description="since 1.1: the name stands for several units (各县区政府, 各有关部门)")
    adcode: str | None = Field(
        None,
        description="since 1.1: GB/T 2260 code of the place whose people's government or party committee the unit is",
    )


class _DeadlineBase(_Model):
    raw: str = Field(
        description="the time expression as written (with a few following characters when needed to be unique)"
    )
    span: Span
    section_id: str | None = Field(description="innermost numbered section, null outside every section")


class ByDeadline(_DeadlineBase):
    kind: Literal["by"] = "by"
    date: str = Field(description="the last day the task may be done, ISO")


class FromDeadline(_DeadlineBase):
    kind: Literal["from"] = "from"
    date: str = Field(description="the first day, ISO")


class DuringDeadline(_DeadlineBase):
    kind: Literal["during"] = "during"
    start: str = Field(description="first day of the period, ISO")
    date: str = Field(description="last day of the period, ISO")


class RecurringDeadline(_DeadlineBase):
    kind: Literal["recurring"] = "recurring"
    period: Literal["day", "week", "half_month", "month", "quarter", "half_year", "year"] | None = Field(
        description="the period; null for 定期 with no period given"
    )
    every: int = Field(1, description="how many periods between occurrences (每两年 → 2)")


class WithinDeadline(_DeadlineBase):
    kind: Literal["within"] = "within"
    duration: str = Field(description="ISO 8601 duration: P1M, P6M, P3Y, P15D")


Deadline = Annotated[
    ByDeadline | FromDeadline | DuringDeadline | RecurringDeadline | WithinDeadline,
    Field(discriminator="kind"),
]

#: what a quantity is when it is not a plain goal (past, status and eligibility
#: quantities are read but never become targets)
TargetFlag = Literal["subsidy", "threshold", "reference"]
Comparator = Literal[">=", "<=", ">", "<", "==", "range", "increase_by", "decrease_by"]


class Target(_Model):
    raw: str
    span: Span
    section_id: str | None
    indicator: str | None = Field(description="what is measured, without scope words")
    comparator: Comparator
    value: Number = Field(description="the number, 万/亿 scaled in when the unit is plain")
    value_max: Number | None = Field(None, description="upper end of a range")
    unit: str | None = Field(description="unit as written after the number; null for a bare count")
    baseline: Number | None = Field(None, description="the 由X value")
    baseline_year: int | None = Field(None, description="较2015年 → 2015")
    year: int | None = Field(None, description="the year the target is due; null for yearly targets")
    scope: str | None = Field(None, description="the part the target applies to (两区, 五县); null for the whole")
    approx: bool = Field(False, description="左右/约: the value is approximate")
    flag: TargetFlag | None = Field(
        None, description="set when the quantity is not a plain goal: subsidy, threshold, reference"
    )


class Measure(_Model):
    id: str = Field(description="section id, <section id>-<k>, or table<N>.row<M>")
    section_id: str | None = Field(None, description="the section holding the measure")
    heading: str | None = Field(description="section heading, or the stretch's first sentence")
    span: Span
    lead_units: list[Unit] = Field(default_factory=_new_list, description="牵头单位, expanded")
    responsible_units: list[Unit] = Field(default_factory=_new_list, description="责任单位, expanded")
    supporting_units: list[Unit] = Field(default_factory=_new_list, description="配合/协办/参与单位, expanded")
    deadlines: list[Deadline] = Field(default_factory=_new_list, description="deadlines inside the measure's span")
    targets: list[Target] = Field(default_factory=_new_list, description="targets inside the measure's span")


class WarningCode(StrEnum):
    """Every warning code the parser writes; the JSON carries the value."""

    # readers: how the bytes were decoded and what was dropped or cut
    ATTRIBUTES_DROPPED = "attributes_dropped"
    CONTROL_CHARACTERS = "control_characters"
    DECLARED_CHARSET_WRONG = "declared_charset_wrong"
    DOC_NO_LIST_NUMBERING = "doc_no_list_numbering"
    DOC_NO_PARAGRAPH_PROPERTIES = "doc_no_paragraph_properties"
    ENTITIES_DECODED = "entities_decoded"
    ENTITIES_IGNORED = "entities_ignored"
    HTML_DEEPLY_NESTED = "html_deeply_nested"
    HTML_TRUNCATED = "html_truncated"
    LONE_SURROGATES = "lone_surrogates"
    RECORDS_SKIPPED = "records_skipped"
    REPLACEMENT_CHARACTERS = "replacement_characters"
    SUSPECT_DECODING = "suspect_decoding"
    TABLE_TOO_LARGE = "table_too_large"
    TEXT_FROM_PAGE_STATE = "text_from_page_state"
    TRUNCATED_TEXT = "truncated_text"
    UNKNOWN_NUMBERING = "unknown_numbering"
    # segmentation and extraction: what could not be read as meant
    BAD_DATE = "bad_date"
    CLAUSE_OUTSIDE_SECTIONS = "clause_outside_sections"
    IMPLAUSIBLE_YEAR = "implausible_year"
    NO_NOTICE_YEAR = "no_notice_year"
    NO_SECTIONS = "no_sections"
    NUMBERING_GAP = "numbering_gap"
    ODD_DURATION = "odd_duration"
    PRIVATE_USE_CHARACTER = "private_use_character"
    TABLE_NOT_READ = "table_not_read"
    TABLE_TASK_COLUMN_GUESSED = "table_task_column_guessed"
    UNREAD_CLAUSE = "unread_clause"


class ParseWarning(_Model):
    code: WarningCode = Field(description="a short machine-readable name, e.g. numbering_gap")
    message: str
    span: Span | None = None


class NoticeDocument(_Model):
    schema_version: Literal["1", "1.1"] = Field(
        SCHEMA_VERSION, description="1.1 adds the optional unit fields canonical, group, adcode; 1 is still read"
    )
    source: Source
    text: str = Field(description="decoded text, newlines normalised to \\n; every span indexes it")
    notice: Notice = Field(default_factory=Notice)
    sections: list[Section] = Field(default_factory=_new_list)
    measures: list[Measure] = Field(default_factory=_new_list)
    targets: list[Target] = Field(default_factory=_new_list)
    deadlines: list[Deadline] = Field(default_factory=_new_list)
    warnings: list[ParseWarning] = Field(default_factory=_new_list)
    #: not part of the JSON: (kind, span, reason) of every time expression or
    #: quantity a rule read and deliberately left out (``parse-notice --explain``)
    _skipped: list = PrivateAttr(default_factory=_new_list)

    @property
    def skipped(self) -> list:
        return self._skipped

    @model_validator(mode="after")
    def _every_item_is_grounded(self) -> NoticeDocument:
        text = self.text
        # compared in place (no slice copied); a long raw that many items share (the targets
        # of one value list, a measure's copies) is read once per span, a short one again
        # (cheaper than a memo of every item: 5 MB at the peak of a 5 MB notice)
        checked: dict[tuple[int, int], str] = {}
        for raw, span, what in _grounded_items(self):
            start, end = span
            long = len(raw) > _COMPARED_ONCE_FROM
            if long and checked.get(span) is raw:
                continue
            if not (0 <= start <= end <= len(text)) or end - start != len(raw) or not text.startswith(raw, start):
                raise ValueError(f"{what} {raw!r} is not grounded: text[{start}:{end}] is {text[start:end]!r}")
            if long:
                checked[span] = raw
        for what, items in (("section", walk_sections(self.sections)), ("measure", iter(self.measures))):
            seen: set[str] = set()
            for x in items:
                if x.id in seen:
                    raise ValueError(f"two {what}s have the id {x.id!r}")
                seen.add(x.id)
        for what, items in (("section", walk_sections(self.sections)), ("measure", iter(self.measures))):
            for x in items:
                if x.span[1] > len(text):
                    raise ValueError(f"{what} {x.id} ends at {x.span[1]}, past the text ({len(text)})")
        return self


#: a raw longer than this is compared with the text once per span (see _every_item_is_grounded)
_COMPARED_ONCE_FROM = 32


def _grounded_items(doc: NoticeDocument):
    for m in doc.measures:
        for role in (m.lead_units, m.responsible_units, m.supporting_units):
            for u in role:
                yield u.raw, u.span, f"unit of measure {m.id}"
        for d in m.deadlines:
            yield d.raw, d.span, "deadline"
        for t in m.targets:
            yield t.raw, t.span, "target"
    for d in doc.deadlines:
        yield d.raw, d.span, "deadline"
    for t in doc.targets:
        yield t.raw, t.span, "target"


def walk_sections(sections: Sequence[Section]):
    """Yield every section, depth first, parents before children."""
    for s in sections:
        yield s
        yield from walk_sections(s.children)
