"""Two things parse-notice's start-up (cli.run) no longer does, with the output unchanged:

- the patterns other modules compile with ``re`` (platform's, which pydantic's import of uuid brings;
  email's, jieba's …) come from the pattern file inside ``compiled.generated_code_cached``
  (``re._compiler.compile`` is ``compiled._sre_cached`` there, engine "sre"): the Pattern is the one
  ``re`` makes; a pattern the engine warns about is compiled (and warns) as usual, never kept;
  ``re`` is itself again after the block;
- pydantic looks for no plugins while the models are made (``cli._plugins_deferred``): no
  ``importlib.metadata``, no reading of every distribution's entry points; a plugin installed is
  found for what is made after, and a user's own ``PYDANTIC_DISABLE_PLUGINS`` stands.
"""

from __future__ import annotations

import json
import re
import re._compiler
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from notice_parser import compiled
from notice_parser.compiled import PatternCache, generated_code_cached

TIANSHUI = Path(__file__).resolve().parent.parent / "corpora" / "tianshui-2017-30.txt"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "p.bin"
    monkeypatch.setattr(compiled, "_PATTERNS", PatternCache(path))
    return path


# patterns no other test compiles (re's own cache of 512 would answer a pattern compiled before)
_SOURCES = [
    (r"(?P<year>\d{4})年(?P<month>\d{1,2})月底前（start-up cache test）", 0),
    (r"^\s*(?:第[一二三四五六七八九十]+条)\s+start-up cache test$", re.MULTILINE),
    (rb"[\x00-\x08]+start-up cache test", 0),
    (r"START-UP (cache) test", re.IGNORECASE | re.VERBOSE),
]
_SUBJECTS = ["2025年6月底前（start-up cache test）", "x\n 第十二条 start-up cache test\ny", "start-up CACHE test"]


def _behaviour(p: re.Pattern) -> list:
    subjects = [s.encode() for s in _SUBJECTS] if isinstance(p.pattern, bytes) else _SUBJECTS
    subjects = subjects + ([b"\x01\x02start-up cache test"] if isinstance(p.pattern, bytes) else [])
    return [
        p.pattern,
        p.flags,
        p.groups,
        dict(p.groupindex),
        [(m.span(), m.groupdict()) if (m := p.search(s)) else None for s in subjects],
    ]


def test_re_patterns_compiled_in_the_block_come_from_the_file_and_are_those_re_makes(cache):
    plain = [_behaviour(re._compiler.compile(source, flags)) for source, flags in _SOURCES]
    with generated_code_cached():
        assert re._compiler.compile is compiled._sre_cached
        first = [_behaviour(re.compile(source, flags)) for source, flags in _SOURCES]  # captured
    assert re._compiler.compile is compiled._SRE_COMPILE
    assert sorted(key[0] for key in compiled._PATTERNS._new) == ["sre"] * len(_SOURCES)
    compiled._PATTERNS.save()
    compiled._PATTERNS = PatternCache(cache)  # (the fixture's monkeypatch puts the original back)
    for source, flags in _SOURCES:  # out of re's own cache, so that re asks its compiler again
        re._cache.pop((type(source), source, flags), None)
    with generated_code_cached():
        second = [_behaviour(re.compile(source, flags)) for source, flags in _SOURCES]  # built from the file
    assert compiled._PATTERNS._new == {}
    assert {key[0] for key in compiled._PATTERNS._built} == {"sre"}
    assert first == plain == second
    assert plain[0][4][0] == ((0, 30), {"year": "2025", "month": "6"})


def test_a_pattern_the_engine_warns_about_warns_and_is_not_kept(cache):
    source = "[[a]start-up cache test warning"
    with generated_code_cached(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        p = re.compile(source)
    assert [type(w.message).__name__ for w in caught] == ["FutureWarning"]
    assert "Possible nested set" in str(caught[0].message)
    assert p.search("[start-up cache test warning") is not None
    assert compiled._PATTERNS._new == {}


def test_a_scanner_and_a_bad_pattern_in_the_block_do_what_re_does(cache):
    with generated_code_cached():
        scanner = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"[a-z]+", lambda s, t: t)])
        tokens = scanner.scan("12 ab 3")
        with pytest.raises(re.error, match="missing \\)"):
            re.compile("(unclosed start-up cache test")
    assert tokens == ([12, "ab", 3], "")
    # (the scanner's combined pattern is a parsed one, compiled by re's own step; the bad one is not kept)
    assert [key[1] for key in compiled._PATTERNS._new if "start-up" in str(key[1])] == []


_FAKE_PLUGIN = """
import os
calls = []
class Plugin:
    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind, config, plugin_settings):
        calls.append(schema_type_path.name)
        return None, None, None
plugin = Plugin()
"""

_RUN = """
import json, os, sys
mode, doc, out = sys.argv[1:4]
from notice_parser import cli
if mode == "cli":
    sys.argv = ["parse-notice", doc, "-o", out]
    code = cli.run()
else:
    import importlib.metadata  # (a program that has imported it: nothing to defer)
    code = cli.main([doc, "-o", out])
import fakeplug
during = sorted(set(fakeplug.calls))
metadata_imported = "importlib.metadata" in sys.modules
from pydantic import BaseModel
class After(BaseModel):
    x: int
print(json.dumps({
    "code": code,
    "during": during,
    "metadata_imported_by_the_run": metadata_imported,
    "after": "After" in fakeplug.calls,
    "variable": os.environ.get("PYDANTIC_DISABLE_PLUGINS"),
    "metadata_is_real": hasattr(sys.modules["importlib.metadata"], "distributions"),
}))
"""


def _probe(tmp_path: Path, mode: str, out: Path, env_extra: dict | None = None) -> dict:
    site = tmp_path / "site"
    if not site.exists():  # a distribution that declares a pydantic plugin
        (site / "fakeplug-0.1.dist-info").mkdir(parents=True)
        (site / "fakeplug.py").write_text(_FAKE_PLUGIN)
        (site / "fakeplug-0.1.dist-info" / "METADATA").write_text(
            "Metadata-Version: 2.1\nName: fakeplug\nVersion: 0.1\n"
        )
        (site / "fakeplug-0.1.dist-info" / "entry_points.txt").write_text("[pydantic]\nfake = fakeplug:plugin\n")
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [env.get("PYTHONPATH")])])
    env.update(env_extra or {})
    done = subprocess.run(
        [sys.executable, "-c", _RUN, mode, str(TIANSHUI), str(out)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_parse_notice_makes_its_models_without_plugins_and_leaves_them_to_what_comes_after(tmp_path):
    seen = _probe(tmp_path, "cli", tmp_path / "cli.json")
    lib = _probe(tmp_path, "lib", tmp_path / "lib.json")
    assert (tmp_path / "cli.json").read_bytes() == (tmp_path / "lib.json").read_bytes()
    assert seen == {
        "code": 0,
        "during": [],
        "metadata_imported_by_the_run": False,
        "after": True,
        "variable": None,
        "metadata_is_real": True,
    }
    # the library (main() in a program of its own): pydantic's plugins see the models, as always
    assert {"NoticeDocument", "Measure", "Target", "Section"} <= set(lib["during"])
    assert (lib["after"], lib["variable"]) == (True, None)


def test_a_users_own_plugin_setting_stands(tmp_path):
    seen = _probe(tmp_path, "cli", tmp_path / "cli.json", {"PYDANTIC_DISABLE_PLUGINS": "some-other-plugin"})
    assert {"NoticeDocument", "Measure"} <= set(seen["during"])
    assert seen["variable"] == "some-other-plugin"
    seen = _probe(tmp_path, "cli", tmp_path / "cli2.json", {"PYDANTIC_DISABLE_PLUGINS": "__all__"})
    assert (seen["during"], seen["after"], seen["variable"]) == ([], False, "__all__")


def test_a_metadata_function_taken_by_name_in_the_block_is_the_real_one_when_called():
    import importlib.metadata

    from notice_parser.cli import _metadata_function

    version = _metadata_function("version")
    assert version.__name__ == "version"
    assert version("pydantic") == importlib.metadata.version("pydantic")
    assert [e.name for e in _metadata_function("entry_points")(group="console_scripts", name="parse-notice")] == [
        "parse-notice"
    ]
