"""jieba is imported without pkg_resources (extract/wordcut._import_jieba) when nothing has imported
pkg_resources and the process has one thread: its data files are then opened with ``open`` (jieba's
own fallback), and the segmenter cuts as it does with pkg_resources. Each case runs in a process of
its own (pytest itself may have imported pkg_resources, or started threads)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

_PROBE = r"""
import json, sys, threading
mode = sys.argv[1]
if mode == "pkg_resources":
    import pkg_resources
stop = threading.Event()
if mode == "thread":
    threading.Thread(target=stop.wait).start()
from notice_parser.extract import wordcut
phrases = ["中等职业技能培训学校", "提升产能利用率", "企业要达到", "建立健全等级评定制度", "各县区要将任务分解到乡镇"]
cuts = [wordcut._cut(p) for p in phrases]
import os
import jieba, jieba._compat
with jieba._compat.get_module_res(jieba.DEFAULT_DICT_NAME) as f:
    opened = f.read()
with open(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME), "rb") as f:
    same_file = opened == f.read()
whole = wordcut._whole(jieba.Tokenizer()) if mode == "whole" else None
stop.set()
print(json.dumps({
    "cuts": cuts,
    "pkg_resources": "pkg_resources" in sys.modules,
    "placeholder": sys.modules.get("pkg_resources", 0) is None,
    "same_file": same_file,
    "dict_bytes": len(opened),
    "whole": [whole.total, len(whole.FREQ)] if whole else None,
}, ensure_ascii=False))
"""


def _probe(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def with_pkg_resources() -> dict:
    return _probe("pkg_resources")


def test_alone_jieba_is_imported_without_pkg_resources_and_cuts_the_same(with_pkg_resources):
    got = _probe("plain")
    assert got["pkg_resources"] is False
    assert got["placeholder"] is False  # the import system's None is gone once jieba is imported
    assert got["same_file"] and got["dict_bytes"] > 5_000_000  # jieba's own dict.txt, through its fallback opener
    assert got["cuts"] == with_pkg_resources["cuts"]
    assert got["cuts"][:2] == [
        ["中等", "职业技能", "培训", "学校"],
        ["提升", "产能", "利用率"],
    ]  # (test_wordcut.JIEBA_CUTS)


def test_with_pkg_resources_imported_first_jieba_uses_it(with_pkg_resources):
    assert with_pkg_resources["pkg_resources"] is True
    assert with_pkg_resources["same_file"]


def test_with_another_thread_running_pkg_resources_is_not_hidden(with_pkg_resources):
    got = _probe("thread")
    assert got["pkg_resources"] is True  # jieba imported as it imports itself
    assert got["cuts"] == with_pkg_resources["cuts"]


def test_the_whole_dictionary_reads_through_the_fallback_opener():
    # (wordcut._whole: no cache directory, or a damaged prefix file) jieba's dict.txt: 498,113 keys
    got = _probe("whole")
    assert got["pkg_resources"] is False
    assert got["whole"] == [60101967, 498113]
