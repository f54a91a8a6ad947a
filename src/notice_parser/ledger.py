"""The 台账 ledger: one plain row per (measure, unit, role).

Trackers (督办/整改台账) import each measure as a task and give every unit its
own line. :func:`ledger` flattens a parsed notice into such rows — plain
dicts of strings, numbers, booleans and lists — and every exporter (csv,
xlsx) is built on it, so what a spreadsheet shows is exactly this data.

>>> import notice_parser
>>> doc = notice_parser.parse_text(
...     "一、任务\\n（一）治理扬尘。2017年8月底前完成。（牵头单位：市环保局；责任单位：市住建局、市城管局）\\n")
>>> [(r["measure_id"], r["unit"], r["role"], r["due"]) for r in ledger(doc)]
[('1.1', '市环保局', '牵头', '2017-08-31'), ('1.1', '市住建局', '责任', '2017-08-31'), ('1.1', '市城管局', '责任', '2017-08-31')]
"""

from __future__ import annotations

from .model import Measure, NoticeDocument, Section

#: role field of a Measure → (role code, the word trackers use)
ROLES: list[tuple[str, str, str]] = [
    ("lead_units", "lead", "牵头"),
    ("responsible_units", "responsible", "责任"),
    ("supporting_units", "supporting", "配合"),
]

#: recurring periods as ISO 8601 durations (the repeating interval R/P…)
_PERIOD = {
    "day": "P1D",
    "week": "P1W",
    "half_month": "P15D",
    "month": "P1M",
    "quarter": "P3M",
    "half_year": "P6M",
    "year": "P1Y",
}


def deadline_iso(d) -> str:
    """One deadline as ISO 8601 text: a date (``by``), an open interval
    ``2017-01-01/`` (``from``), an interval ``start/end`` (``during``), a
    repeating interval ``R/P1Y`` (``recurring``; ``R`` alone for 定期 with no
    period) or a duration ``P2M`` (``within``).

    >>> from notice_parser.model import RecurringDeadline
    >>> deadline_iso(RecurringDeadline(raw="每两年", span=(0, 3), section_id=None, period="year", every=2))
    'R/P2Y'
    """
    if d.kind == "by":
        return d.date
    if d.kind == "from":
        return f"{d.date}/"
    if d.kind == "during":
        return f"{d.start}/{d.date}"
    if d.kind == "within":
        return d.duration
    if d.period is None:
        return "R"
    period = _PERIOD[d.period]
    if d.every > 1:
        period = f"P{int(period[1:-1]) * d.every}{period[-1]}"
    return f"R/{period}"


def due_date(measure: Measure) -> str | None:
    """The date a measure is due: the latest ``by`` date or end of a
    ``during`` period among its deadlines (stages come before the end), else
    None (a recurring or relative time limit has no single date)."""
    dates = [d.date for d in measure.deadlines if d.kind in ("by", "during")]
    return max(dates) if dates else None


def target_text(t) -> str:
    """A target as one readable line: 湿地面积 == 11447.6 公顷 (2020).

    >>> from notice_parser.model import Target
    >>> target_text(Target(raw="x", span=(0, 1), section_id=None, indicator="森林覆盖率", comparator=">=",
    ...                    value=35.0, unit="%", year=2020))
    '森林覆盖率 >= 35 % (2020)'
    """
    value = _number(t.value)
    if t.comparator == "range" and t.value_max is not None:
        value = f"{value}–{_number(t.value_max)}"
    parts = [t.indicator or "", t.comparator if t.comparator != "range" else "", value, t.unit or ""]
    line = " ".join(p for p in parts if p)
    if t.scope:
        line = f"[{t.scope}] {line}"
    if t.year:
        line += f" ({t.year})"
    return line


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def section_paths(sections: list[Section]) -> dict[str, str]:
    """section id → its path of markers and headings, outermost first:
    ``三、全面落实整改任务 > （七）…``."""
    out: dict[str, str] = {}

    def walk(items: list[Section], prefix: str) -> None:
        for s in items:
            here = f"{s.marker}{s.heading}"
            path = f"{prefix} > {here}" if prefix else here
            out[s.id] = path
            walk(s.children, path)

    walk(sections, "")
    return out


def measure_rows(doc: NoticeDocument) -> list[dict]:
    """One row per measure (the 任务清单): its units by role, deadlines and targets."""
    paths = section_paths(doc.sections)
    rows = []
    for m in doc.measures:
        row = _measure_fields(doc, m, paths)
        for field, code, _word in ROLES:
            units = getattr(m, field)
            row[f"{code}_units"] = [u.name for u in units]
            row[f"{code}_canonical"] = [getattr(u, "canonical", None) or u.name for u in units]
        rows.append(row)
    return rows


def _measure_fields(doc: NoticeDocument, m: Measure, paths: dict[str, str]) -> dict:
    a, b = m.span
    return {
        "document": doc.source.name,
        "title": doc.notice.title,
        "doc_number": doc.notice.doc_number,
        "measure_id": m.id,
        "section_id": m.section_id,
        "section_path": paths.get(m.section_id or "", ""),
        "heading": m.heading,
        "text": doc.text[a:b].strip(),
        "due": due_date(m),
        "deadlines": [deadline_iso(d) for d in m.deadlines],
        "deadlines_raw": [d.raw for d in m.deadlines],
        "targets": [target_text(t) for t in m.targets],
        "targets_raw": [t.raw for t in m.targets],
    }


def ledger(doc: NoticeDocument) -> list[dict]:
    """The 责任分解 ledger: one row per (measure, unit, role), in measure
    order and, within a measure, lead → responsible → supporting units in
    the order written. Each row repeats the measure's fields (document,
    measure id, section path and heading, the measure's text, its deadlines
    ISO and as written, its targets) next to the unit's ``unit`` (name),
    ``unit_raw``, ``canonical``, ``group``, ``adcode`` and ``role``
    (牵头/责任/配合; ``role_code`` lead/responsible/supporting)."""
    paths = section_paths(doc.sections)
    rows = []
    for m in doc.measures:
        base = _measure_fields(doc, m, paths)
        for field, code, word in ROLES:
            for u in getattr(m, field):
                rows.append(
                    {
                        **base,
                        "unit": u.name,
                        "unit_raw": u.raw,
                        "canonical": getattr(u, "canonical", None),
                        "group": getattr(u, "group", None),
                        "adcode": getattr(u, "adcode", None),
                        "role": word,
                        "role_code": code,
                    }
                )
    return rows
