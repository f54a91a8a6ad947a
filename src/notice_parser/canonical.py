"""One canonical name per unit: the official full name (全称) with its
jurisdiction, from tables only.

* The jurisdiction comes from the issuer (中共天水市委 → 天水市; 山东省人民政府
  办公厅 → 山东省; 国务院 → the central government), else from a title that
  starts with a place (天水市贯彻落实…清单), found in the division table.
* 市/省/县/区 in a unit name is that jurisdiction (or its province or city);
  a place name (秦州区委, 张家川县政府) is looked up in the division table,
  which also decides 县 or 区 and gives the ``adcode`` of a government or
  party committee.
* Organ words and their abbreviations come from ``lexicon/organs.py``.
* A group (各县区政府, 各有关部门) is marked ``group`` with no canonical name;
  a name the tables cannot resolve keeps ``canonical: null`` — never a guess.

>>> j = jurisdiction_of(["中共天水市委", "天水市人民政府"], None, None, [])
>>> j.label, j.place.code
('天水市', '620500')
>>> resolve("市环保局", j)
Canonical(canonical='天水市环境保护局', group=False, adcode=None)
>>> resolve("秦州区委", j)
Canonical(canonical='中共天水市秦州区委', group=False, adcode='620502')
>>> resolve("各县区政府", j)
Canonical(canonical=None, group=True, adcode=None)
>>> resolve("市文旅局", j).canonical is None   # not in the tables: no guess
True
"""

from __future__ import annotations

from dataclasses import dataclass

from . import divisions as D
from .compiled import regex_compile
from .lexicon import alternation
from .lexicon import organs as O
from .lexicon.roles import LEVEL_TIER_WORDS
from .model import share_fields_set, update_in_place


@dataclass(frozen=True)
class Canonical:
    canonical: str | None
    group: bool
    adcode: str | None


UNRESOLVED = Canonical(None, False, None)
GROUP = Canonical(None, True, None)


@dataclass(frozen=True)
class Jurisdiction:
    """Whose notice it is: ``place`` is a division, or None for the central
    government (``national``) or when nothing says (both False/None)."""

    place: D.Division | None
    national: bool = False

    @property
    def label(self) -> str | None:
        return O.NATIONAL_JURISDICTION if self.national else (self.place.name if self.place else None)


NONE = Jurisdiction(None)

_CENTRAL_ISSUER = regex_compile(
    rf"^(?:{alternation(O.CENTRAL_ISSUER_NAMES)}|{O.NATIONAL_ORGAN_HEAD}[\p{{Han}}]{{1,10}}"
    rf"(?:{alternation(O.NATIONAL_ORGAN_ENDS)})|[\p{{Han}}]{{1,8}}部$)"
)
_NATIONAL_RECIPIENTS = regex_compile(alternation(O.NATIONAL_RECIPIENTS))


def _place_in(s: str, *, at_start: bool) -> D.Division | None:
    """The division a string names: the deepest of the full names written
    one after the other (天水市秦州区 → 秦州区); ``at_start``: only a name at
    the very start counts (a title)."""
    s = s.removeprefix("标题:").removeprefix("中共")
    found: list[D.Division] = []
    end = 0
    for start, stop, name in D.find_full_names(s):
        options = D.lookup_full(name)
        if not found:
            if (at_start and start != 0) or len(options) != 1:
                return None
            found, end = [options[0]], stop
            continue
        inner = [d for d in options if d.within(found[-1])]
        if start != end or len(inner) != 1:
            break
        found.append(inner[0])
        end = stop
    return found[-1] if found else None


def jurisdiction_of(issuers, title, plan_title, recipients) -> Jurisdiction:
    """From the issuers (the first that names a place or the centre), else
    the title or enclosed document's title when it starts with a place."""
    for issuer in issuers:
        if _CENTRAL_ISSUER.match(issuer):
            return Jurisdiction(None, national=True)
        place = _place_in(issuer, at_start=False)
        if place is not None:
            return Jurisdiction(place)
    for t in (title, plan_title):
        if t:
            head = t.removeprefix("标题:")
            if _CENTRAL_ISSUER.match(head.removeprefix("中共")):
                return Jurisdiction(None, national=True)
            place = _place_in(head, at_start=True)
            if place is not None:
                return Jurisdiction(place)
    if any(_NATIONAL_RECIPIENTS.search(r) for r in recipients):
        return Jurisdiction(None, national=True)
    return NONE


def jurisdiction_from_text(text: str) -> Jurisdiction:
    """For a notice whose issuer and title name no place (a plan published
    without its header): the text speaks of itself as 全市/我市 and names
    exactly one prefecture-level city → that city; as 全省/我省 and every
    place it names lies in one province → that province. Else nothing."""
    city_words = sum(text.count(w) for w in O.CITY_SELF_WORDS)
    province_words = sum(text.count(w) for w in O.PROVINCE_SELF_WORDS)
    if city_words == province_words:
        return NONE  # the text says neither (the names it holds are not read)
    named: list[D.Division] = []
    for _start, _stop, name in D.find_full_names(text):
        options = D.lookup_full(name)
        if len(options) == 1 and options[0].level in ("province", "city"):
            named.append(options[0])
    if city_words > province_words:
        cities = {d.code: d for d in named if d.level == "city"}
        if len(cities) == 1:
            return Jurisdiction(next(iter(cities.values())))
    elif province_words > city_words:
        provinces = {d.province.code: d.province for d in named}
        if len(provinces) == 1:
            return Jurisdiction(next(iter(provinces.values())))
    return NONE


def jurisdiction_of_notice(notice, text: str = "", names=()) -> Jurisdiction:
    """The issuer, title or recipients first; then what the text says of
    itself; then, for a notice whose units are central ministries and none
    is a 省/市 department, the central government."""
    j = jurisdiction_of(notice.issuers, notice.title, notice.plan_title, notice.recipients)
    if j.place is None and not j.national and text:
        j = jurisdiction_from_text(text)
    if j.place is None and not j.national:
        central = {n for n in names if n in O.CENTRAL_BODIES and not O.CENTRAL_BODIES[n][1]}
        local = [n for n in names if _LEVEL.match(n)]
        if len(central) >= 3 and not local:
            return Jurisdiction(None, national=True)
    return j


# -- naming ---------------------------------------------------------------


def place_name(d: D.Division) -> str:
    """How a body of ``d`` begins: 天水市; 天水市秦州区 (county-level bodies
    carry their city); 北京市东城区; a county under its province directly
    (济源市) stands alone."""
    if d.level == "county" and d.parent is not None and d.parent.level == "city":
        return d.parent.name + d.name
    if d.level == "county" and d.parent is not None and d.parent.name.endswith("市"):
        return d.parent.name + d.name  # a district of 北京市, 重庆市 …
    return d.name


def _party_name(d: D.Division) -> str:
    """中共天水市委, 中共天水市秦州区委, 中共山东省委; an autonomous region's
    is written out (中共广西壮族自治区委员会, called 自治区党委)."""
    if d.name.endswith("自治区"):
        return "中共" + d.name + "委员会"
    return "中共" + place_name(d) + "委"


def _organ(word: str) -> str | None:
    if word in O.ORGAN_ABBREVIATIONS:
        return O.ORGAN_ABBREVIATIONS[word]
    if word in O.FULL_ORGANS:
        return word
    return None


def _body_of(d: D.Division, rest: str) -> Canonical:
    """The body ``rest`` names in place ``d`` (rest is what follows 市/省 or
    the place name: 委, 政府, 委宣传部, 政府办公室, 环保局 …)."""
    if rest.startswith("党委"):
        rest = rest[1:]  # 自治区党委宣传部
    if rest == "委":
        return Canonical(_party_name(d), False, d.code)
    if rest in ("政府", "人民政府"):
        return Canonical(place_name(d) + "人民政府", False, d.code)
    for head in ("人民政府", "政府"):
        if rest.startswith(head):
            office = O.GOVERNMENT_OFFICES.get(rest[len(head) :])
            return Canonical(place_name(d) + "人民政府" + office, False, None) if office else UNRESOLVED
    if rest in O.PLACE_BODIES:
        before, after = O.PLACE_BODIES[rest]
        return Canonical(before + place_name(d) + after, False, None)
    if rest.startswith("委") and len(rest) > 1:
        organ = O.PARTY_ORGANS.get(rest[1:])
        return Canonical(_party_name(d) + organ, False, None) if organ else UNRESOLVED
    organ = _organ(rest)
    if organ:
        return Canonical(place_name(d) + organ, False, None)
    if rest in O.VERTICAL_DEPARTMENTS:
        return Canonical(O.VERTICAL_DEPARTMENTS[rest] + place_name(d) + rest, False, None)
    if rest.endswith(O.DESCRIPTIVE_TAILS) and len(rest) > 7:
        return Canonical(place_name(d) + rest, False, None)
    if rest.endswith(("管委会", "管委", "管理委员会")):
        return Canonical(place_name(d) + _zone_words(rest), False, None)
    return UNRESOLVED


def _zone_words(s: str) -> str:
    for short, full in O.ZONE_WORDS.items():
        if short in s and full not in s:
            s = s.replace(short, full)
    return s


def _is_group(name: str) -> bool:
    """各县区政府, 有关部门, 市、县两级政府 (a tier of levels: LEVEL_TIER_WORDS)."""
    return (
        name.startswith(O.GROUP_HEADS)
        or name.endswith(O.GROUP_TAILS)
        or "各" in name[1:]
        or any(w in name for w in LEVEL_TIER_WORDS)
    )


_LEVEL = regex_compile(
    rf"^(?:{O.YOUTH_LEAGUE_HEAD}(?P<youth>{alternation(O.YOUTH_LEAGUE_LEVELS)}){O.COMMITTEE_TAIL}$"
    rf"|(?P<level>{alternation(O.LEVEL_WORDS)})(?P<rest>.+)$)"
)


def _level_place(level: str, j: Jurisdiction) -> D.Division | None:
    """The division 省/市/县/区 stands for in a notice of ``j``."""
    place = j.place
    if place is None:
        return None
    if level in ("省", "自治区"):
        p = place.province
        return p if p.name.endswith(level) else None
    if level in ("州", "盟"):
        d = place if place.level == "city" else place.parent if place.level == "county" else None
        return d if d is not None and d.name.endswith("自治州" if level == "州" else "盟") else None
    if level == "市":
        if place.level == "city" and place.name.endswith("市"):
            return place
        if place.level == "county":
            if place.parent is not None and place.parent.name.endswith("市"):
                return place.parent
            return None
        if place.level == "province" and place.name.endswith("市"):
            return place  # 北京市, 重庆市
        return None
    if place.level == "county" and place.suffix == level:
        return place
    return None


def _find_place(name: str, j: Jurisdiction) -> tuple[D.Division, str] | None:
    """A division written at the start of ``name`` (full name, or short name
    and a level word the table may correct: 秦安区 → 秦安县), and the rest.
    Inside the jurisdiction first; elsewhere only when the name is unique."""
    best = None
    for k in range(min(len(name) - 1, 12), 1, -1):
        head, rest = name[:k], name[k:]
        options = D.lookup_full(head)
        if not options and head[-1] in "县区市旗" and len(head) >= 3:
            options = [d for d in D.lookup_short(head[:-1]) if d.level == "county"]
            if not options:
                options = [d for d in D.lookup_short(head) if d.level == "county"]  # 张家川县
        if not options:
            continue
        chosen = _choose(options, j)
        if chosen is not None:
            best = (chosen, rest)
            break
    return best


def _choose(options: list[D.Division], j: Jurisdiction) -> D.Division | None:
    if j.place is not None:
        inside = [d for d in options if d.within(j.place) or j.place.within(d)]
        if len(inside) == 1:
            return inside[0]
        if len(inside) > 1:
            return None
        province = j.place.province
        inside = [d for d in options if d.within(province)]
        if len(inside) == 1:
            return inside[0]
    return options[0] if len(options) == 1 else None


def _short_city_prefix(name: str) -> bool:
    """The name begins with a province's or city's short name (济南高新区, 青岛西海岸新区)."""
    for k in range(min(len(name) - 1, 6), 1, -1):
        if any(d.level in ("province", "city") for d in D.lookup_short(name[:k])):
            return True
    return False


#: the branch tables' words, for one ``startswith`` / ``endswith`` each before the tables are walked
#: (most names are no branch), and the parents longest first (sorted once, not on every call)
_BRANCH_PREFIXES = tuple(sorted(O.BRANCH_PARENTS, key=len, reverse=True))
_PLACE_BRANCH_WORDS = tuple(O.PLACE_BRANCHES)


def _branch(name: str) -> Canonical | None:
    """A central body's branch named after a place: 人民银行济南分行 →
    中国人民银行济南分行; 金融监管总局山东监管局 → 国家金融监督管理总局山东监管局."""
    if not name.startswith(_BRANCH_PREFIXES) and not name.endswith(_PLACE_BRANCH_WORDS):
        return None  # (the loops below find nothing: each asks one of these first)
    for prefix in _BRANCH_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            rest = name[len(prefix) :]
            for k in range(min(len(rest) - 1, 9), 1, -1):
                head, tail = rest[:k], rest[k:]
                if (D.lookup_full(head) or D.lookup_short(head)) and tail in O.BRANCH_TAILS:
                    return Canonical(O.BRANCH_PARENTS[prefix] + rest, False, None)
            return UNRESOLVED
    for word, (parent, branch) in O.PLACE_BRANCHES.items():
        place = name.removesuffix(word)
        if place != name and (D.lookup_short(place) or D.lookup_full(place)):
            return Canonical(parent + place + branch, False, None)
    return None


def resolve(name: str, j: Jurisdiction = NONE) -> Canonical:
    """The canonical name, group flag and adcode of a unit name in a notice of ``j``."""
    if not name:
        return UNRESOLVED
    if name in O.NAMED_BODIES:
        return Canonical(O.NAMED_BODIES[name], False, None)
    if j.place is not None and (j.place.name, name) in O.LOCAL_BODIES:
        return Canonical(O.LOCAL_BODIES[(j.place.name, name)], False, None)
    if _is_group(name):
        return GROUP
    central = O.CENTRAL_BODIES.get(name)
    if central is not None:
        full, needs_national = central
        return Canonical(full, False, None) if (j.national or not needs_national) else UNRESOLVED
    branch = _branch(name)
    if branch is not None:
        return branch
    m = _LEVEL.match(name)
    if m:
        level = m.group("youth") or m.group("level")
        d = _level_place(level, j)
        if d is None:
            return UNRESOLVED
        if m.group("youth"):
            return Canonical("共青团" + place_name(d) + "委员会", False, None)
        return _body_of(d, m.group("rest"))
    if name.endswith(("管委会", "管委")) and not name.startswith(("省", "市")):
        if _short_city_prefix(name) or D.lookup_full(name[:3]):
            return Canonical(_zone_words(name), False, None)
        if j.place is not None and j.place.level != "province":
            return Canonical(place_name(j.place) + _zone_words(name), False, None)
        return UNRESOLVED
    if name.startswith("中共") and len(name) > 4:  # 中共天水市委宣传部, written in full
        found = _find_place(name[2:], j)
        if found is not None and found[1].startswith("委"):
            return _body_of(*found)
        return UNRESOLVED
    found = _find_place(name, j)
    if found is not None:
        d, rest = found
        if rest:
            body = _body_of(d, rest)
            if body.canonical:
                return body
        if rest.endswith(O.OWN_NAME_TAILS) or name.endswith(O.OWN_NAME_TAILS):
            return Canonical(name, False, None)
        return UNRESOLVED
    if name.startswith(("中国", "国家")) and name.endswith(O.OWN_NAME_TAILS):
        return Canonical(name, False, None)
    for k in range(min(len(name) - 2, 6), 1, -1):  # 天水军分区, 崂山实验室
        if D.lookup_short(name[:k]) and name.endswith(O.OWN_NAME_TAILS):
            return Canonical(name, False, None)
    return UNRESOLVED


def with_canonical(measures, notice, text: str = "") -> list:
    """The measures with each unit's ``canonical``, ``group`` and ``adcode``
    set — in place: the measures are the pipeline's own, not yet handed out
    (a copy of every unit and measure was 30 MB more at the peak of a 5 MB
    notice). A unit object met in a second place (a standing rule adds its
    units to many measures) is replaced there by a copy: each place holds
    its own, as the copies did, so that changing one leaves the others
    alone. Units of equal ``name`` or ``raw`` share one string."""
    roles = ("lead_units", "responsible_units", "supporting_units")
    names = [u.name for m in measures for f in roles for u in getattr(m, f)]
    j = jurisdiction_of_notice(notice, text, names)
    resolved: dict[str, Canonical] = {}  # a notice names its units again and again (3,901 names, 553 distinct)
    strings: dict[str, str] = {}  # (its own: no unit name or raw equals a string the pipeline's memos hold)
    met: set[int] = set()  # the units completed (all alive: an id is not reused)
    for m in measures:
        for field in roles:
            units = getattr(m, field)
            for k, u in enumerate(units):
                if id(u) in met:  # completed where first met: its copy is too
                    units[k] = copy = u.model_copy()
                    share_fields_set(copy)
                    continue
                met.add(id(u))
                c = resolved.get(u.name)
                if c is None:
                    c = resolved[u.name] = resolve(u.name, j)
                name, raw = strings.setdefault(u.name, u.name), strings.setdefault(u.raw, u.raw)
                update_in_place(
                    u, {"name": name, "raw": raw, "canonical": c.canonical, "group": c.group, "adcode": c.adcode}
                )
    return measures
