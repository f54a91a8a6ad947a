"""parse-notice as a user runs it: exit codes, one-line errors, atomic output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import CORPORA

from notice_parser.cli import main

TIANSHUI = CORPORA / "tianshui-2017-30.txt"


def run(*args, stdin: bytes | None = None):
    return subprocess.run(
        [sys.executable, "-m", "notice_parser", *map(str, args)], input=stdin, capture_output=True, timeout=120
    )


def test_parses_a_file_to_json_on_stdout():
    r = run(TIANSHUI)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["notice"]["doc_number"] == "市委发〔2017〕30号"
    assert data["schema_version"] == "1.1"


def test_writes_output_file_when_asked(tmp_path):
    out = tmp_path / "t.json"
    assert main([str(TIANSHUI), "-o", str(out), "--pretty"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["measures"]) == 44
    assert "\n " in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]  # no temporary left behind


def test_reads_standard_input_with_an_encoding():
    data = TIANSHUI.read_text(encoding="utf-8").encode("gb18030")
    r = run("-", "--encoding", "gb18030", stdin=data)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source"]["encoding"] == "gb18030"


def test_missing_file_is_a_one_line_usage_error(tmp_path, capsys):
    out = tmp_path / "x.json"
    assert main([str(tmp_path / "nope.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err and "no such file" in err
    assert not out.exists()


def test_unreadable_document_exits_3_and_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "random.doc"
    bad.write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out.json"
    assert main([str(bad), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "random.doc" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_bad_option_is_exit_2_with_one_line():
    r = run("--format", "odt", TIANSHUI)  # a format not read
    assert r.returncode == 2
    assert r.stderr.decode().count("\n") == 1


def test_help_shows_examples():
    r = run("--help")
    assert r.returncode == 0
    assert b"examples:" in r.stdout and b"parse-notice corpora/tianshui-2017-30.txt" in r.stdout


def test_schema_flag_prints_the_shipped_schema(capsys):
    assert main(["--schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "NoticeDocument"


def test_several_inputs_go_to_a_directory_with_progress(tmp_path, capsys):
    docs = [CORPORA / "tianshui-2017-30.txt", CORPORA / "jinan-2021-kechuang-jinan.txt"]
    out = tmp_path / "new" / "dir"
    assert main([*map(str, docs), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["jinan-2021-kechuang-jinan.json", "tianshui-2017-30.json"]
    assert "[2/2]" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_format_override_is_honoured(fmt, tmp_path):
    src = tmp_path / "notice.bin"
    src.write_text("<p>一、总体要求</p><p>（一）加强领导。（牵头单位：市环保局）</p>", encoding="utf-8")
    out = tmp_path / "o.json"
    assert main([str(src), "--format", fmt, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["source"]["format"] == fmt
    assert ("<p>" in data["text"]) == (fmt == "txt")


def test_one_bad_input_among_several_still_writes_the_others(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    assert main([str(TIANSHUI), str(bad), "-o", str(out)]) == 3
    assert [p.name for p in out.iterdir()] == ["tianshui-2017-30.json"]
    assert "empty.txt: empty file" in capsys.readouterr().err


def test_output_file_follows_the_umask(tmp_path):
    import os

    out = tmp_path / "t.json"
    old = os.umask(0o022)
    try:
        assert main([str(TIANSHUI), "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_importing_the_package_and_the_cli_loads_no_models_nor_patterns():
    # the CLI handles Ctrl-C from its first moment only if nothing heavy runs before main()
    import subprocess
    import sys

    code = (
        "import sys, notice_parser, notice_parser.cli\n"
        "print(sorted(m for m in ('pydantic', 'regex', 'notice_parser.model', 'notice_parser.readers') if m in sys.modules))\n"
        "print(notice_parser.NoticeDocument.__name__, notice_parser.to_json.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "NoticeDocument notice_parser.emit"]


_CTRL_C_AT_IMPORT = """
import os, signal, sys

class CtrlC:  # a Ctrl-C that arrives while the named module is being imported
    def find_spec(self, name, path=None, target=None):
        if name == sys.argv[1]:
            os.kill(os.getpid(), signal.SIGINT)
        return None

if sys.argv[1] in sys.modules:  # imported at start-up (a site .pth of the machine): no Ctrl-C can come at its import
    sys.exit(77)
sys.meta_path.insert(0, CtrlC())
from notice_parser.cli import main  # what the parse-notice script does

sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("module", ["typing", "pathlib", "argparse", "tempfile", "notice_parser.readers"])
def test_ctrl_c_while_the_cli_imports_its_modules_exits_130_without_a_traceback(module):
    done = subprocess.run(
        [sys.executable, "-c", _CTRL_C_AT_IMPORT, module, str(CORPORA / "tianshui-2017-30.txt")],
        capture_output=True,
        text=True,
    )
    if done.returncode == 77:
        pytest.skip(f"{module} is imported at interpreter start-up here")
    assert (done.returncode, done.stderr, done.stdout) == (130, "parse-notice: interrupted\n", "")


def test_the_cli_module_imports_nothing_but_the_package():
    """What parse-notice imports before main() runs (a Ctrl-C there is a traceback): only the package's
    own light modules, nothing the interpreter has not loaded at start-up."""
    code = "import sys; before = set(sys.modules); import notice_parser.cli; print(sorted(set(sys.modules) - before))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (
        done.stdout
        == "['__future__', 'notice_parser', 'notice_parser.cli', 'notice_parser.defaults', 'notice_parser.errors']\n"
    )


_CTRL_C_IN_PYDANTIC_CORE = """
import os, signal, sys

class CtrlC:  # a Ctrl-C while pydantic_core is imported; is SIGINT held back there?
    def find_spec(self, name, path=None, target=None):
        if name == "pydantic_core":
            print("held" if signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []) else "not held")
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, CtrlC())
from notice_parser.cli import main

sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_while_pydantic_core_is_imported_is_held_until_the_import_is_done():
    """(pyo3 makes an interrupt in the middle of that import a Rust panic: a traceback, exit 1)"""
    done = subprocess.run(
        [sys.executable, "-c", _CTRL_C_IN_PYDANTIC_CORE, str(CORPORA / "tianshui-2017-30.txt")],
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stderr, done.stdout) == (130, "parse-notice: interrupted\n", "held\n")
