"""The review page (``--to html``) checked in a real browser: headless
Chromium driven by selenium through the system's chromedriver.

`.ci/run` installs Debian's ``chromium`` and ``chromium-driver``; where they
are missing these tests are skipped with a message saying so (``-rs`` prints
it), never silently.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import notice_parser
from notice_parser.review import render_html

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

needs_browser = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="review-page browser tests need Debian's chromium and chromium-driver "
    "(apt-get install chromium chromium-driver; .ci/run installs them)",
)

DOCUMENTS = [
    "corpora/tianshui-2017-30.txt",
    "corpora/guowuyuan-2018-wufei-chengshi.html",
    "tests/fixtures/zhenggai-qingdan.docx",
]


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the [test] extra")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _open(browser, tmp_path: Path, doc, name: str = "review.html"):
    page = tmp_path / name
    page.write_text(render_html(doc), encoding="utf-8")
    browser.get(page.as_uri())
    return page


def _count(browser, selector: str) -> int:
    return browser.execute_script("return document.querySelectorAll(arguments[0]).length", selector)


def _unit_items(doc) -> dict[str, int]:
    """(span, role) pairs: a unit added by a standing rule to many measures is one place in the text."""
    out = {}
    for role in ("lead", "responsible", "supporting"):
        spans = {tuple(u.span) for m in doc.measures for u in getattr(m, f"{role}_units")}
        out[role] = len(spans)
    return out


@needs_browser
@pytest.mark.parametrize("path", DOCUMENTS)
def test_every_item_is_highlighted_once(browser, tmp_path, path):
    doc = notice_parser.parse(ROOT / path)
    assert doc.measures, f"{path} should have measures for this test to mean something"
    _open(browser, tmp_path, doc)
    assert _count(browser, "#doc .hl-measure:not(.cont)") == len(doc.measures)
    assert _count(browser, "#doc .hl-deadline:not(.cont)") == len(doc.deadlines)
    assert _count(browser, "#doc .hl-target:not(.cont)") == len(doc.targets)
    for role, n in _unit_items(doc).items():
        assert _count(browser, f"#doc .hl-unit.role-{role}:not(.cont)") == n, role
    assert _count(browser, "#panel .measure-card") == len(doc.measures)
    # the page's text is the notice's text, character for character
    assert browser.execute_script("return document.getElementById('doc').textContent") == doc.text


@needs_browser
def test_clicking_a_measure_scrolls_its_span_into_view(browser, tmp_path):
    doc = notice_parser.parse(ROOT / "corpora/tianshui-2017-30.txt")
    _open(browser, tmp_path, doc)
    before = browser.execute_script("return document.getElementById('m0').getBoundingClientRect().top")
    assert before > browser.execute_script("return window.innerHeight"), "m0 starts below the fold"
    browser.find_element("css selector", '.measure-card[data-measure="m0"]').click()
    rect = browser.execute_script(
        "var r=document.getElementById('m0').getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight]"
    )
    top, bottom, height = rect
    assert bottom > 0 and top < height, rect
    assert "current" in browser.find_element("id", "m0").get_attribute("class")


@needs_browser
def test_unit_filter_hides_the_other_measures(browser, tmp_path):
    doc = notice_parser.parse(ROOT / "corpora/tianshui-2017-30.txt")
    _open(browser, tmp_path, doc)
    unit = "市林业局"
    having = [
        m.id
        for m in doc.measures
        if any(u.name == unit for r in ("lead", "responsible", "supporting") for u in getattr(m, f"{r}_units"))
    ]
    assert 0 < len(having) < len(doc.measures)
    from selenium.webdriver.support.ui import Select

    # the filter lists units by canonical name (contract 1.1) where there is one
    Select(browser.find_element("id", "unit-filter")).select_by_value("天水市林业局")
    cards = browser.find_elements("css selector", "#panel .measure-card")
    shown = [c.find_element("css selector", ".mid").text for c in cards if c.is_displayed()]
    assert shown == having
    assert _count(browser, "#doc .hl-measure.dimmed:not(.cont)") == len(doc.measures) - len(having)


@needs_browser
def test_document_script_is_shown_as_text_and_never_runs(browser, tmp_path):
    text = (
        "某某县人民政府关于印发测试方案的通知\n一、总体要求\n"
        "（一）加强领导<script>window.__pwned=1;alert(1)</script>。（牵头单位：县环保局）\n"
        '（二）完善机制<img src=x onerror="window.__pwned=2">。2025年底前完成。（县财政局负责）\n'
    )
    doc = notice_parser.parse_text(text)
    _open(browser, tmp_path, doc)
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    assert browser.execute_script("return window.__pwned === undefined")
    assert _count(browser, "#doc script, #doc img") == 0
    assert "<script>window.__pwned=1;alert(1)</script>" in browser.find_element("id", "doc").text


@needs_browser
def test_screenshot_of_the_tianshui_page(browser, tmp_path):
    doc = notice_parser.parse(ROOT / "corpora/tianshui-2017-30.txt")
    _open(browser, tmp_path, doc)
    shot = tmp_path / "tianshui-review.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_page_escapes_text_and_loads_nothing_from_the_network():
    doc = notice_parser.parse_text(
        "关于印发测试方案的通知\n一、总体要求\n（一）加强领导</span><script>alert(1)</script>。\n"
    )
    page = render_html(doc)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # the page's own script only
    assert "http://" not in page and "https://" not in page
    assert "Content-Security-Policy" in page


def test_hover_values_are_normalised():
    doc = notice_parser.parse(ROOT / "corpora/tianshui-2017-30.txt")
    page = render_html(doc)
    assert 'title="湿地面积 = 11447.6 公顷 (2020)"' in page
    assert 'title="by 2017-12-31"' in page


def test_cli_writes_the_review_page(tmp_path, capsys):
    from notice_parser import cli

    out = tmp_path / "review.html"
    assert cli.main([str(ROOT / "corpora/tianshui-2017-30.txt"), "--to", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('class="measure-card"') == 44
    assert notice_parser.render_html(notice_parser.parse(ROOT / "corpora/tianshui-2017-30.txt")) == page


def test_cli_writes_one_page_per_input_into_a_directory(tmp_path):
    from notice_parser import cli

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    text = (ROOT / "corpora/tianshui-2017-30.txt").read_bytes()
    (a / "x.txt").write_bytes(text)
    (b / "x.txt").write_bytes(text)
    out = tmp_path / "pages"
    assert cli.main([str(a / "x.txt"), str(b / "x.txt"), "--to", "html", "-o", str(out), "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["x-2.html", "x.html"]
