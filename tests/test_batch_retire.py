"""The pool tells a worker to stop as soon as no task is left to hand it: it exits while the other
workers parse their last inputs, not after the last result (batch._Pool._retire)."""

from __future__ import annotations

import multiprocessing

from notice_parser import batch

#: set by the test before the pool forks (the workers inherit it): task 0 waits for it
_GATE = None


def _held_task_zero(task):
    if task[1] == 0:
        assert _GATE is not None and _GATE.wait(60)
    return task[1] * 10


def test_a_worker_left_without_tasks_exits_while_the_last_task_is_parsed():
    global _GATE
    _GATE = multiprocessing.get_context("fork").Event()
    tasks = [(batch.Input(f"n{i}", None, b"x" * (3 - i)), i) for i in range(3)]  # largest first: 0, 1, 2
    pool = batch._Pool(_held_task_zero, 2)
    finished = False
    try:
        results = pool.run(tasks, batch.schedule(tasks))
        # one worker holds task 0; the other parses 1 and 2, then nothing is left to hand it
        assert sorted([next(results), next(results)]) == [(1, 10), (2, 20)]
        (retired,) = pool.retired
        stopped = pool.procs[retired]
        stopped.join(timeout=30)
        held = [p for c, p in pool.procs.items() if c is not retired]
        assert (stopped.exitcode, [p.is_alive() for p in held]) == (0, [True])  # before the last result
        _GATE.set()
        assert list(results) == [(0, 0)]
        finished = True
    finally:
        _GATE.set()
        pool.close(finished)
    assert [p.exitcode for p in pool.procs.values()] == [0, 0]


def test_a_pool_run_gives_every_result_in_order_with_workers_retired_early():
    tasks = [(batch.Input(f"n{i}", None, b"x" * (i % 7)), i) for i in range(40)]
    assert list(batch._run(_times_ten, tasks, 3)) == [i * 10 for i in range(40)]


def _times_ten(task):
    return task[1] * 10
