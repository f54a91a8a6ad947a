"""A review page: one self-contained HTML file that shows what was extracted.

``render_html(doc)`` returns a page with the notice text as written, every
item highlighted by kind (measure, unit by role, deadline, target, warning),
a side panel with the header fields and the measures, a filter by unit, and
the passages that look like they hold an item but gave none.

Safety: every piece of document text goes through :func:`html.escape`; the
page carries no document text inside ``<script>``; a Content-Security-Policy
allows only the page's own inline script (by its sha256), so nothing in a
notice can run even if it contains ``<script>``. No network: no CDN, no
fonts to load (Chinese fonts come from the system).
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
from dataclasses import dataclass, field

from .compiled import regex_compile
from .lexicon.review import (
    KIND_LABELS,
    PANEL_LABELS,
    ROLE_LABELS,
    SUSPECT_PATTERN,
)
from .model import NoticeDocument, Target, walk_sections

ROLES = ("lead", "responsible", "supporting")
_SUSPECT = regex_compile(SUSPECT_PATTERN)


@dataclass
class _Item:
    start: int
    end: int
    kind: str  # measure | unit | deadline | target | warning | unextracted
    item_id: str
    title: str
    classes: list[str] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- item values


def _comparator_sign(comparator: str) -> str:
    return {
        ">=": "≥",
        "<=": "≤",
        ">": ">",
        "<": "<",
        "==": "=",
        "increase_by": "+",
        "decrease_by": "−",
        "range": "",
    }.get(comparator, comparator)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(value)


def describe_target(t: Target) -> str:
    """``森林覆盖率 ≥ 36 %`` — the normalised value shown on hover.

    >>> from notice_parser.model import Target
    >>> describe_target(Target(raw="x", span=(0, 1), section_id="1", indicator="森林覆盖率",
    ...                        comparator=">=", value=36, unit="%", year=2020))
    '森林覆盖率 ≥ 36 % (2020)'
    """
    value = _number(t.value)
    if t.comparator == "range":
        value = f"{value}–{_number(t.value_max)}"
    parts = [t.indicator or "?", _comparator_sign(t.comparator), value]
    if t.unit:
        parts.append(t.unit)
    text = " ".join(p for p in parts if p)
    if t.year:
        text += f" ({t.year})"
    if t.scope:
        text += f" [{t.scope}]"
    return text


def describe_deadline(d) -> str:
    """``by 2017-08-31`` — the normalised value shown on hover."""
    kind = d.kind
    if kind in ("by", "from"):
        return f"{kind} {d.date}"
    if kind == "during":
        return f"during {d.start} – {d.date}"
    if kind == "within":
        return f"within {d.duration}"
    every = getattr(d, "every", 1)
    return f"every {every} {d.period}" if every and every > 1 else f"every {d.period or '(unstated period)'}"


def _unit_display(u) -> str:
    canonical = getattr(u, "canonical", None)
    return canonical or u.name


# ---------------------------------------------------------------- items


def _collect_items(doc: NoticeDocument) -> list[_Item]:
    items: list[_Item] = []
    for mi, m in enumerate(doc.measures):
        units = sorted({_unit_display(u) for role in ROLES for u in getattr(m, f"{role}_units")})
        items.append(
            _Item(
                m.span[0],
                m.span[1],
                "measure",
                f"m{mi}",
                f"{KIND_LABELS['measure']} {m.id}: {m.heading or ''}",
                attrs={"data-measure": f"m{mi}", "data-units": "|".join(units)},
            )
        )
    seen_units: set[tuple[int, int, str]] = set()
    for mi, m in enumerate(doc.measures):
        for role in ROLES:
            for u in getattr(m, f"{role}_units"):
                key = (u.span[0], u.span[1], role)
                if key in seen_units:  # a standing rule's unit is one place in the text
                    continue
                seen_units.add(key)
                title = f"{ROLE_LABELS[role]}: {u.name}"
                canonical = getattr(u, "canonical", None)
                if canonical and canonical != u.name:
                    title += f" → {canonical}"
                items.append(
                    _Item(
                        u.span[0],
                        u.span[1],
                        "unit",
                        f"u{len(seen_units)}",
                        title,
                        classes=[f"role-{role}"],
                        attrs={"data-measure": f"m{mi}", "data-role": role, "data-unit": _unit_display(u)},
                    )
                )
    for di, d in enumerate(doc.deadlines):
        items.append(_Item(d.span[0], d.span[1], "deadline", f"d{di}", describe_deadline(d)))
    for ti, t in enumerate(doc.targets):
        items.append(_Item(t.span[0], t.span[1], "target", f"t{ti}", describe_target(t)))
    for wi, w in enumerate(doc.warnings):
        if w.span is not None:
            items.append(_Item(w.span[0], w.span[1], "warning", f"w{wi}", f"{w.code}: {w.message}"))
    items.extend(_unextracted(doc, items))
    return items


def _body_start(doc: NoticeDocument) -> int:
    starts = [s.span[0] for s in walk_sections(doc.sections)]
    return min(starts) if starts else 0


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _unextracted(doc: NoticeDocument, items: list[_Item]) -> list[_Item]:
    """Body lines that hold a role word, a date or a counted number but overlap no item."""
    covered = _merged([(it.start, it.end) for it in items if it.kind != "warning" and it.end > it.start])
    starts = [a for a, _ in covered]
    out: list[_Item] = []
    body = _body_start(doc)
    pos = 0
    for line in doc.text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if end <= body or not line.strip() or not _SUSPECT.search(line):
            continue
        i = bisect.bisect_left(starts, end)  # covered[i-1] is the last interval starting before the line ends
        if i and covered[i - 1][1] > start:
            continue
        out.append(_Item(start, end, "unextracted", f"x{len(out)}", KIND_LABELS["unextracted"]))
    return out


# ---------------------------------------------------------------- nesting


def _open_tag(it: _Item, cont: bool) -> str:
    classes = ["hl", f"hl-{it.kind}", *it.classes]
    if cont:
        classes.append("cont")
    attrs = {"class": " ".join(classes), "data-item": it.item_id, "title": it.title, **it.attrs}
    if not cont:
        attrs["id"] = it.item_id
    body = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
    return f"<span {body}>"


_KIND_ORDER = {"unextracted": 0, "measure": 1, "warning": 2, "target": 3, "deadline": 4, "unit": 5}


def render_text(text: str, items: list[_Item]) -> str:
    """The text with items as nested ``<span>``s; an item that crosses
    another is closed and reopened (the reopened part has class ``cont``).

    >>> render_text("a<b>c", [_Item(1, 4, "target", "t0", "x")])
    'a<span class="hl hl-target" data-item="t0" title="x" id="t0">&lt;b&gt;</span>c'
    """
    order = sorted(range(len(items)), key=lambda i: (items[i].start, -items[i].end, _KIND_ORDER[items[i].kind]))
    bounds = sorted({0, len(text)} | {it.start for it in items} | {it.end for it in items})
    opening: dict[int, list[int]] = {}
    for i in order:
        opening.setdefault(items[i].start, []).append(i)
    out: list[str] = []
    stack: list[int] = []
    for a, b in zip(bounds, [*bounds[1:], None], strict=False):
        ending = [i for i in stack if items[i].end <= a]
        if ending:
            reopen: list[int] = []
            while any(items[i].end <= a for i in stack):
                i = stack.pop()
                out.append("</span>")
                if items[i].end > a:
                    reopen.append(i)
            for i in reversed(reopen):
                out.append(_open_tag(items[i], cont=True))
                stack.append(i)
        for i in opening.get(a, []):
            out.append(_open_tag(items[i], cont=False))
            if items[i].end <= a:  # empty span: an anchor only
                out.append("</span>")
            else:
                stack.append(i)
        if b is not None:
            out.append(html.escape(text[a:b], quote=False))
    out.extend("</span>" for _ in stack)
    return "".join(out)


# ---------------------------------------------------------------- panel


def _esc(s: object) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def _header_panel(doc: NoticeDocument) -> str:
    n = doc.notice
    rows = [
        (PANEL_LABELS["title"], n.title),
        (PANEL_LABELS["doc_number"], n.doc_number),
        (PANEL_LABELS["issuers"], "、".join(n.issuers)),
        (PANEL_LABELS["recipients"], "、".join(n.recipients)),
        (PANEL_LABELS["date"], n.date),
        (PANEL_LABELS["plan_title"], n.plan_title),
        (PANEL_LABELS["attachments"], "；".join(a.title for a in n.attachments)),
    ]
    body = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v) if v else '—'}</dd>" for k, v in rows)
    return f'<section id="header-fields"><h2>{_esc(PANEL_LABELS["header"])}</h2><dl>{body}</dl></section>'


def _measure_card(mi: int, m) -> str:
    units = sorted({_unit_display(u) for role in ROLES for u in getattr(m, f"{role}_units")})
    roles = []
    for role in ROLES:
        names = [_unit_display(u) for u in getattr(m, f"{role}_units")]
        if names:
            chips = "".join(f'<span class="chip role-{role}">{_esc(x)}</span>' for x in names)
            roles.append(f'<div class="roles"><b>{_esc(ROLE_LABELS[role])}</b> {chips}</div>')
    dl, tg = _esc(KIND_LABELS["deadline"]), _esc(KIND_LABELS["target"])
    extras = [f'<div class="dl"><b>{dl}</b> {_esc(describe_deadline(d))}</div>' for d in m.deadlines]
    extras += [f'<div class="tg"><b>{tg}</b> {_esc(describe_target(t))}</div>' for t in m.targets]
    return (
        f'<li class="measure-card" data-measure="m{mi}" data-units="{_esc("|".join(units))}" tabindex="0">'
        f'<div class="mid">{_esc(m.id)}</div><div class="mhead">{_esc(m.heading or "")}</div>'
        f"{''.join(roles)}{''.join(extras)}</li>"
    )


def _unit_filter(doc: NoticeDocument) -> str:
    counts: dict[str, int] = {}
    for m in doc.measures:
        for name in {_unit_display(u) for role in ROLES for u in getattr(m, f"{role}_units")}:
            counts[name] = counts.get(name, 0) + 1
    options = "".join(
        f'<option value="{_esc(name)}">{_esc(name)} ({n})</option>'
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return (
        f'<label for="unit-filter">{_esc(PANEL_LABELS["filter"])}</label> '
        f'<select id="unit-filter"><option value="">{_esc(PANEL_LABELS["all_units"])}</option>{options}</select>'
    )


def _warnings_panel(doc: NoticeDocument) -> str:
    if not doc.warnings:
        return ""
    rows = []
    for wi, w in enumerate(doc.warnings):
        label = f"{w.code}: {w.message}"
        if w.span is not None:
            rows.append(f'<li><a href="#w{wi}" class="jump" data-jump="w{wi}">{_esc(label)}</a></li>')
        else:
            rows.append(f"<li>{_esc(label)}</li>")
    return f'<section id="warnings"><h2>{_esc(PANEL_LABELS["warnings"])}</h2><ul>{"".join(rows)}</ul></section>'


def _legend() -> str:
    keys = [("hl-measure", "measure"), ("role-lead", "lead"), ("role-responsible", "responsible")]
    keys += [("role-supporting", "supporting"), ("hl-deadline", "deadline"), ("hl-target", "target")]
    keys += [("hl-warning", "warning"), ("hl-unextracted", "unextracted")]
    labels = {**KIND_LABELS, **ROLE_LABELS}
    return "".join(f'<span class="legend {cls}">{_esc(labels[k])}</span>' for cls, k in keys)


# ---------------------------------------------------------------- page

_CSS = """
:root{--lead:#c62828;--resp:#1565c0;--supp:#2e7d32;--dl:#ef6c00;--tg:#6a1b9a}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
"WenQuanYi Micro Hei",sans-serif;color:#222;background:#fafafa}
header.top{padding:.6em 1em;background:#263238;color:#fff}
header.top h1{font-size:1.1em;margin:0}
.wrap{display:flex;align-items:flex-start}
#doc{flex:1 1 60%;padding:1em 1.5em;white-space:pre-wrap;line-height:1.9;font-size:15px;background:#fff;
overflow-wrap:anywhere}
#panel{flex:0 0 38%;max-width:520px;position:sticky;top:0;height:100vh;overflow:auto;padding:.8em;
border-left:1px solid #ddd;font-size:14px}
#panel h2{font-size:1em;margin:.8em 0 .3em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em .6em;margin:0}
dt{color:#666}dd{margin:0}
.hl-measure{background:#fffde7;border-bottom:1px dotted #bbb}
.hl-measure.current{background:#fff59d;outline:2px solid #fbc02d}
.hl-measure.dimmed{background:none;opacity:.35}
.hl-unit{font-weight:600;border-radius:2px;padding:0 1px}
.role-lead{color:var(--lead);background:#ffebee}
.role-responsible{color:var(--resp);background:#e3f2fd}
.role-supporting{color:var(--supp);background:#e8f5e9}
.hl-deadline{border-bottom:2px solid var(--dl)}
.hl-target{border-bottom:2px double var(--tg)}
.hl-warning{background:repeating-linear-gradient(45deg,#fff3e0,#fff3e0 4px,#ffe0b2 4px,#ffe0b2 8px)}
.hl-unextracted{border-left:3px dashed #9e9e9e;background:#f5f5f5}
.legend{display:inline-block;color:#222;margin:.1em .3em;padding:0 .3em;font-size:12px}
ul{padding-left:0;list-style:none;margin:0}
.measure-card{border:1px solid #e0e0e0;border-radius:4px;padding:.4em .6em;margin:.3em 0;cursor:pointer;background:#fff}
.measure-card:hover,.measure-card.current{border-color:#fbc02d;background:#fffde7}
.mid{font-family:monospace;color:#555}.mhead{font-weight:600}
.chip{display:inline-block;margin:.1em .2em;padding:0 .3em;border-radius:3px;font-size:13px}
.dl{color:var(--dl)}.tg{color:var(--tg)}
select{max-width:100%}
@media (max-width:760px){.wrap{flex-direction:column}#panel{position:static;height:auto;max-width:none;
width:100%;border-left:0;border-top:1px solid #ddd}#doc{padding:.8em}}
@media print{#panel{position:static;height:auto;overflow:visible;border:0}.wrap{display:block}
#unit-filter,label[for=unit-filter]{display:none}.measure-card{break-inside:avoid}body{background:#fff}}
"""

_JS = """
(function(){
  function mark(id){
    document.querySelectorAll('.current').forEach(function(e){e.classList.remove('current');});
    var el=document.getElementById(id);
    if(!el){return;}
    el.classList.add('current');
    el.scrollIntoView({block:'center'});
    document.querySelectorAll('.measure-card[data-measure="'+id+'"]').forEach(function(c){
      c.classList.add('current');});
  }
  document.querySelectorAll('.measure-card').forEach(function(card){
    card.addEventListener('click',function(){mark(card.getAttribute('data-measure'));});
    card.addEventListener('keydown',function(ev){if(ev.key==='Enter'){mark(card.getAttribute('data-measure'));}});
  });
  document.querySelectorAll('a.jump').forEach(function(a){
    a.addEventListener('click',function(ev){
      ev.preventDefault();
      var el=document.getElementById(a.getAttribute('data-jump'));
      if(el){el.scrollIntoView({block:'center'});}
    });
  });
  var sel=document.getElementById('unit-filter');
  if(sel){sel.addEventListener('change',function(){
    var want=sel.value;
    function has(e){return want===''||(e.getAttribute('data-units')||'').split('|').indexOf(want)>=0;}
    document.querySelectorAll('.measure-card').forEach(function(c){c.hidden=!has(c);});
    document.querySelectorAll('.hl-measure').forEach(function(m){m.classList.toggle('dimmed',!has(m));});
  });}
})();
"""


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def render_html(doc: NoticeDocument) -> str:
    """The review page for ``doc`` as one self-contained HTML string."""
    items = _collect_items(doc)
    title = doc.notice.title or doc.source.name
    csp = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '{_script_hash(_JS)}'"
    cards = "".join(_measure_card(mi, m) for mi, m in enumerate(doc.measures))
    counts = {
        "measure": len(doc.measures),
        "deadline": len(doc.deadlines),
        "target": len(doc.targets),
        "warning": len(doc.warnings),
    }
    summary = " · ".join(f"{_esc(KIND_LABELS[k])} {n}" for k, n in counts.items())
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>"
        f'<header class="top"><h1>{_esc(title)}</h1><div>{summary}</div><div>{_legend()}</div></header>'
        '<div class="wrap">'
        f'<main id="doc">{render_text(doc.text, items)}</main>'
        f'<aside id="panel">{_header_panel(doc)}'
        f'<section id="measures"><h2>{_esc(PANEL_LABELS["measures"])} ({len(doc.measures)})</h2>'
        f"{_unit_filter(doc)}<ul>{cards}</ul></section>"
        f"{_warnings_panel(doc)}</aside></div>"
        f"<script>{_JS}</script></body></html>\n"
    )
