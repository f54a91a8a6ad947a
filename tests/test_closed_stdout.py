"""A process started with standard output closed (``parse-notice FILE >&-``, cron lines, daemons) gets
one clear line on stderr and a non-zero exit, not "internal error: AttributeError" (Python's
sys.stdout is None there)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "corpora" / "tianshui-2017-30.txt"


def _run_closed_stdout(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "notice_parser", *args],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),
        timeout=120,
    )


def test_json_to_a_closed_stdout_is_a_write_error():
    p = _run_closed_stdout(str(DOC))
    assert p.returncode == 2
    assert p.stderr.strip().splitlines() == [f"parse-notice: {DOC}: cannot write standard output: it is closed"]


def test_jsonl_to_a_closed_stdout_is_a_write_error(tmp_path):
    p = _run_closed_stdout(str(DOC), "--jsonl", "-", "-o", str(tmp_path), "-q")
    assert p.returncode != 0
    assert "Traceback" not in p.stderr and "internal error" not in p.stderr
    assert "cannot write: it is closed" in p.stderr
