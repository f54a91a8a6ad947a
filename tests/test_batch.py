"""Many inputs at once: directories, JSONL records, --resume, a process pool."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest
from conftest import CORPORA, GOLDEN, ROOT

import notice_parser
from notice_parser import batch
from notice_parser.batch import ErrorRecord, expand_inputs
from notice_parser.cli import main

TIANSHUI = CORPORA / "tianshui-2017-30.txt"
TRUNCATED = ROOT / "tests" / "fixtures" / "truncated.docx"
CORPUS_DOCS = sorted(p for p in CORPORA.iterdir() if p.suffix in (".txt", ".html", ".md"))


def test_a_directory_is_walked_for_the_formats_the_readers_know():
    found = [i.name for i in expand_inputs([str(CORPORA)])]
    assert len(found) == 46  # 32 .txt, 11 .html, 3 .md; the .meta.json files are not inputs
    assert found == [str(p) for p in CORPUS_DOCS]


def test_jsonl_over_the_corpus_and_a_corrupt_file(tmp_path, capsys):
    bad = tmp_path / "broken.docx"
    shutil.copy(TRUNCATED, bad)
    out, jsonl = tmp_path / "out", tmp_path / "all.jsonl"
    status = main([str(CORPORA), str(bad), "-o", str(out), "--jsonl", str(jsonl), "--jobs", "2"])
    assert status == 3
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 47  # one record per input
    records = [json.loads(line) for line in lines]
    assert records[-1] == {
        "source": str(bad),
        "error": {"code": "unreadable", "message": "not a valid .docx: the zip archive is damaged or truncated"},
    }
    assert [r["source"]["name"] for r in records[:-1]] == [str(p) for p in CORPUS_DOCS]
    # the pool gives exactly the reviewed serial output
    for doc, rec in zip(CORPUS_DOCS, records, strict=False):
        golden = GOLDEN / f"{doc.stem}.json"
        if golden.exists():
            want = json.loads(golden.read_text(encoding="utf-8"))
            rec["source"]["name"] = want["source"]["name"]
            for key in ("notice", "sections", "measures", "deadlines", "targets", "warnings", "text", "source"):
                assert rec[key] == want[key], (doc.name, key)  # the keys test_golden compares
    assert len(list(out.iterdir())) == 46
    assert "broken.docx: not a valid .docx" in capsys.readouterr().err


def _copy_docs(tmp_path, names):
    src = tmp_path / "in"
    src.mkdir()
    for n in names:
        shutil.copy(CORPORA / n, src / n)
    return src


DOCS3 = ["anhui-2022-rcep-opening.txt", "jinan-2021-kechuang-jinan.txt", "tianshui-2017-30.txt"]


def test_resume_after_an_interrupted_run_parses_only_what_is_missing(tmp_path, monkeypatch, capsys):
    src = _copy_docs(tmp_path, DOCS3)
    out, jsonl = tmp_path / "out", tmp_path / "all.jsonl"
    real_parse = batch._parse
    parsed = []

    def interrupted_at_tianshui(inp, opts):
        if inp.name.endswith("tianshui-2017-30.txt"):
            raise KeyboardInterrupt  # Ctrl-C while the third input is being parsed
        parsed.append(os.path.basename(inp.name))
        return real_parse(inp, opts)

    monkeypatch.setattr(batch, "_parse", interrupted_at_tianshui)
    assert main([str(src), "-o", str(out), "--jsonl", str(jsonl), "--jobs", "1"]) == 130
    assert "interrupted after 2 of 3 inputs" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["anhui-2022-rcep-opening.json", "jinan-2021-kechuang-jinan.json"]
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 2  # complete records only

    # the jinan input changed since: its output is stale and is parsed again
    (src / "jinan-2021-kechuang-jinan.txt").write_bytes((src / "jinan-2021-kechuang-jinan.txt").read_bytes() + b"\n")
    anhui_before = (out / "anhui-2022-rcep-opening.json").stat()

    def counting(inp, opts):
        parsed.append(os.path.basename(inp.name))
        return real_parse(inp, opts)

    parsed.clear()
    monkeypatch.setattr(batch, "_parse", counting)
    assert main([str(src), "-o", str(out), "--jsonl", str(jsonl), "--jobs", "1", "--resume"]) == 0
    assert parsed == ["jinan-2021-kechuang-jinan.txt", "tianshui-2017-30.txt"]
    assert "anhui-2022-rcep-opening.txt (" in capsys.readouterr().err
    assert (out / "anhui-2022-rcep-opening.json").stat().st_ino == anhui_before.st_ino  # not rewritten
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [os.path.basename(r["source"]["name"]) for r in records] == DOCS3  # a skipped input still has its record
    assert (
        records[0]["notice"]["title"]
        == json.loads((out / "anhui-2022-rcep-opening.json").read_text(encoding="utf-8"))["notice"]["title"]
    )
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left


def test_same_named_inputs_from_different_directories_do_not_overwrite(tmp_path, capsys):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        shutil.copy(TIANSHUI, tmp_path / d / "x.txt")
    (tmp_path / "b" / "x.txt").write_bytes(TIANSHUI.read_bytes().replace("天水".encode(), "兰州".encode(), 1))
    out = tmp_path / "out"
    assert main([str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"), "-o", str(out), "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["x-2.json", "x.json"]
    assert json.loads((out / "x-2.json").read_text(encoding="utf-8"))["source"]["name"].endswith("b/x.txt")
    assert "b/x.txt: same output name as" in capsys.readouterr().err
    # a directory keeps its tree below the output directory
    out2 = tmp_path / "out2"
    assert main([str(tmp_path), "-o", str(out2), "-q"]) == 0
    assert sorted(str(p.relative_to(out2)) for p in out2.rglob("*.json")) == ["a/x.json", "b/x.json"]


def test_a_failed_write_does_not_stop_the_others(tmp_path, capsys):
    src = _copy_docs(tmp_path, DOCS3)
    out = tmp_path / "out"
    (out / "anhui-2022-rcep-opening.json").mkdir(parents=True)  # a directory where the file should go
    jsonl = tmp_path / "all.jsonl"
    assert main([str(src), "-o", str(out), "--jsonl", str(jsonl), "-j", "2"]) == 2
    assert (out / "tianshui-2017-30.json").is_file() and (out / "jinan-2021-kechuang-jinan.json").is_file()
    first = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert first["error"]["code"] == "write_failed"
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("to", ["json", "csv"])
def test_output_to_a_special_file_writes_to_it(to, tmp_path):
    """-o on an existing non-regular file (a named pipe here; /dev/null the
    same way) writes into it and never replaces it with a regular file. The
    test makes its own pipe: it must never risk the machine's /dev/null."""
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = bytearray()

    def drain():
        with open(fifo, "rb") as f:
            received.extend(f.read())

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        assert main([str(TIANSHUI), "-o", str(fifo), "--to", to]) == 0
    finally:
        reader.join(timeout=60)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe, not a regular file
    if to == "json":
        assert json.loads(received.decode("utf-8"))["notice"]["doc_number"] == "市委发〔2017〕30号"
    else:
        assert received.startswith("\ufeff".encode()) and "市环保局".encode() in received


def test_parse_many_yields_in_order_with_error_records(tmp_path):
    paths = [TIANSHUI, tmp_path / "missing.txt", TRUNCATED, CORPORA / "jinan-2021-kechuang-jinan.txt"]
    results = list(notice_parser.parse_many(paths, workers=2))
    assert isinstance(results[0], notice_parser.NoticeDocument)
    assert results[0].notice.doc_number == "市委发〔2017〕30号"
    assert results[1] == ErrorRecord(str(tmp_path / "missing.txt"), "not_found", "no such file", 2)
    assert results[2].to_dict()["error"]["code"] == "unreadable"
    assert results[3].source.name.endswith("jinan-2021-kechuang-jinan.txt")


def test_jsonl_to_standard_output_without_output_files(tmp_path, capsys):
    assert main([str(TIANSHUI), str(CORPORA / "jinan-2021-kechuang-jinan.txt"), "--jsonl", "-", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["source"]["name"] for x in lines] == [
        str(TIANSHUI),
        str(CORPORA / "jinan-2021-kechuang-jinan.txt"),
    ]
    assert json.loads(lines[0])["notice"]["doc_number"] == "市委发〔2017〕30号"


@pytest.mark.parametrize("bad", [["--jobs", "0"], ["--resume"]])
def test_bad_batch_options_are_usage_errors(bad, capsys):
    assert main([str(TIANSHUI), *bad]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_the_pool_takes_the_largest_inputs_first_and_gives_results_in_input_order():
    inputs = expand_inputs([str(CORPORA)])
    first = [os.path.basename(inputs[i].name) for i in batch.schedule(inputs)[:4]]
    assert first == [
        "guangzhou-2023-jiating-yisheng-qianyue.html",  # 517 KB
        "shandong-2021-jiaoyu-shisiwu.txt",  # 78 KB
        "tianshui-2017-30.txt",  # 47 KB
        "anhui-2021-industrial-internet.txt",  # 45 KB
    ]
    # within runs of `window` inputs only: a long batch holds back at most about that many results
    assert batch.schedule(inputs, window=10)[:10] == [3, 0, 2, 9, 4, 7, 8, 6, 1, 5]
    assert sorted(batch.schedule(inputs, window=10)) == list(range(46))
    assert list(batch.in_input_order([(2, "c"), (0, "a"), (3, "d"), (1, "b")])) == ["a", "b", "c", "d"]


def test_a_pool_run_writes_the_same_files_as_a_serial_run(tmp_path, capsys):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main([str(CORPORA), "-o", str(one), "--jobs", "1", "-q", "--jsonl", str(tmp_path / "one.jsonl")]) == 0
    assert main([str(CORPORA), "-o", str(two), "--jobs", "2", "-q", "--jsonl", str(tmp_path / "two.jsonl")]) == 0
    names = sorted(p.name for p in one.iterdir())
    assert len(names) == 46 and names == sorted(p.name for p in two.iterdir())
    assert all((one / n).read_bytes() == (two / n).read_bytes() for n in names)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_a_worker_that_dies_gives_an_error_record_and_the_others_go_on(tmp_path, monkeypatch, capsys):
    src = _copy_docs(tmp_path, DOCS3)
    out, jsonl = tmp_path / "out", tmp_path / "all.jsonl"
    real_parse = batch._parse

    def dies_on_jinan(inp, opts):
        if inp.name.endswith("jinan-2021-kechuang-jinan.txt"):
            os._exit(9)  # a crash in a reader's C code, the kernel's OOM killer …
        return real_parse(inp, opts)

    monkeypatch.setattr(batch, "_parse", dies_on_jinan)  # the forked workers inherit it
    assert main([str(src), "-o", str(out), "--jsonl", str(jsonl), "--jobs", "2", "-q"]) == 3
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert records[1] == {
        "source": str(src / "jinan-2021-kechuang-jinan.txt"),
        "error": {"code": "internal_error", "message": "internal error: the process parsing it stopped (exit code 9)"},
    }
    assert [r["source"]["name"] for r in (records[0], records[2])] == [str(src / DOCS3[0]), str(src / DOCS3[2])]
    assert sorted(p.name for p in out.iterdir()) == ["anhui-2022-rcep-opening.json", "tianshui-2017-30.json"]
    assert "jinan-2021-kechuang-jinan.txt: internal error: the process parsing it stopped" in capsys.readouterr().err


def test_ctrl_c_during_a_pool_run_stops_the_workers_and_leaves_nothing_half_written(tmp_path, monkeypatch, capsys):
    import multiprocessing
    import signal

    src = _copy_docs(tmp_path, DOCS3)
    out = tmp_path / "out"
    real_parse = batch._parse

    def interrupt_at_tianshui(inp, opts):
        if inp.name.endswith("tianshui-2017-30.txt"):
            os.kill(os.getppid(), signal.SIGINT)  # Ctrl-C reaches the parent (the workers ignore it)
            signal.alarm(30)  # a lost interrupt ends this worker (a failure, not a hang)
            signal.pause()  # still parsing when the parent stops the pool
        return real_parse(inp, opts)

    monkeypatch.setattr(batch, "_parse", interrupt_at_tianshui)
    assert main([str(src), "-o", str(out), "--jobs", "2"]) == 130
    assert "parse-notice: interrupted after" in capsys.readouterr().err
    assert multiprocessing.active_children() == []  # the workers are gone
    assert "tianshui-2017-30.json" not in {p.name for p in out.iterdir()}
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left


def test_ctrl_c_before_the_run_starts_is_one_line_and_exit_130(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt  # while the inputs are listed, before the run's own handler

    monkeypatch.setattr(batch, "expand_inputs", interrupted)
    assert main([str(CORPORA), "-o", "unused", "-q"]) == 130
    assert capsys.readouterr().err == "parse-notice: interrupted\n"


def test_an_interrupt_that_python_dropped_is_raised_at_the_next_write():
    interrupts = batch._Interrupts()
    try:  # the handler ran inside a __del__: Python prints the exception and goes on
        interrupts.handler(2, None)
    except KeyboardInterrupt:
        pass
    with pytest.raises(KeyboardInterrupt):
        with interrupts.writing():
            raise AssertionError("nothing is written after an interrupt")


def test_an_interrupt_dropped_in_a_del_is_not_printed_other_unraisables_are(monkeypatch, capsys):
    import gc
    import sys

    class Dropping:
        def __init__(self, exc):
            self.exc = exc

        def __del__(self):
            raise self.exc

    monkeypatch.setattr(sys, "unraisablehook", sys.__unraisablehook__)  # pytest's own is put back after
    interrupts = batch._Interrupts()
    monkeypatch.setattr(sys, "unraisablehook", interrupts.unraisable)
    Dropping(KeyboardInterrupt())
    gc.collect()
    assert capsys.readouterr().err == ""
    Dropping(ValueError("kept"))
    gc.collect()
    err = capsys.readouterr().err
    assert "Exception ignored in" in err and "ValueError: kept" in err


def _faulty(task):
    """A pool task function: index 3 raises, 5 returns what cannot be pickled, 7 exits."""
    _, x = task
    if x == 3:
        raise ValueError("boom")
    if x == 5:
        return lambda: x
    if x == 7:
        raise SystemExit(4)
    return x * 2


def test_an_exception_or_an_unpicklable_result_in_a_worker_is_that_input_s_error_record():
    tasks = [(batch.Input(f"n{i}", None, b"x" * (20 - i)), i) for i in range(10)]
    out = [str(r) for r in batch._run(_faulty, tasks, 2)]
    assert out[:3] == ["0", "2", "4"] and out[4] == "8" and out[6] == "12" and out[8:] == ["16", "18"]
    assert out[3] == "n3: internal error: ValueError: boom"
    assert out[5].startswith("n5: internal error: AttributeError: Can't pickle local object")
    assert out[7] == "n7: internal error: SystemExit: 4"


def _slow_first(task):
    import time

    if task[1] == 0:
        time.sleep(1.0)
    return task[1]


def test_a_slow_first_input_holds_back_at_most_two_windows_of_results(monkeypatch):
    monkeypatch.setattr(batch, "SCHEDULE_WINDOW", 4)
    held = []

    def counting(results):  # in_input_order, counting what it holds back
        pending, ready = {}, 0
        for i, r in results:
            pending[i] = r
            held.append(len(pending))
            while ready in pending:
                yield pending.pop(ready)
                ready += 1

    monkeypatch.setattr(batch, "in_input_order", counting)
    tasks = [(batch.Input(f"n{i}", None, b"x" * (5 if i == 0 else 1)), i) for i in range(60)]
    assert list(batch._run(_slow_first, tasks, 2)) == list(range(60))
    assert max(held) == 8  # 2 x SCHEDULE_WINDOW handed out while input 0 was parsed, no more


def test_the_workers_stop_when_their_parent_is_killed():
    import signal
    import subprocess
    import sys
    import time

    code = (
        "import os, sys, time\n"
        "from notice_parser import batch\n"
        "def f(task):\n"
        "    os.write(1, b'worker %d\\n' % os.getpid())\n"
        "    time.sleep(1)\n"
        "    return task[1]\n"
        "tasks = [(batch.Input(f'n{i}', None, b'x'), i) for i in range(50)]\n"
        "list(batch._run(f, tasks, 2))\n"
    )
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as parent:
        workers = set()
        while len(workers) < 2 and (line := parent.stdout.readline()):
            if line.startswith("worker "):
                workers.add(int(line.split()[1]))
        parent.send_signal(signal.SIGKILL)
        parent.wait()

    def alive(pid):
        try:
            with open(f"/proc/{pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0] != "Z"
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert len(workers) == 2 and left == []  # each worker saw its pipe closed once its task was done


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_leaves_the_callers_garbage_collector_alone(workers):
    """No process-wide switch flipped while the caller iterates: nothing of the caller's heap is
    frozen for the collector (a pool process may freeze its own inherited heap)."""
    import gc

    paths = [CORPORA / "tianshui-2017-30.txt", CORPORA / "tianshui-2017-30.txt"]
    states = [(gc.isenabled(), gc.get_freeze_count())]
    for doc in notice_parser.parse_many(paths, workers=workers):
        states.append((gc.isenabled(), gc.get_freeze_count()))
        assert doc.measures
    assert states == [(True, 0)] * 3
