"""Worker processes for photo imports: decode and write derivatives on every core, in order.

Decoding, resizing and JPEG encoding are CPU work that a thread beside the GUI thread would
share one core (and the GIL) with; an import therefore runs :func:`~.ingest_worker.process_file`
in a small pool of processes started with ``spawn`` (safe beside Qt's threads, the same on
Windows; the frozen app calls ``multiprocessing.freeze_support()`` in ``main.py``). The
pool is started on the first import that is worth it, kept for the next one, and shut down
after :data:`IDLE_SECONDS` without use (and at exit). Results come back in the order the
files were given; anything wrong with the pool (it cannot start, a worker dies) and the
files are done in this process instead — the outcome never depends on the pool.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

log = logging.getLogger(__name__)

J = TypeVar("J")
R = TypeVar("R")

MAX_WORKERS = 8
"""Most worker processes, whatever the number of cores (each holds a decoded photo)."""
PARALLEL_FROM = 3
"""Fewest files worth the pool (starting it costs about 0.2–0.5 s the first time)."""
IDLE_SECONDS = 120.0
"""The pool's processes end after this long without an import."""
WORKER_NICENESS = 5
"""Added to the worker processes' niceness: the GUI thread and the writer (which records each
photo's op) win a contended core; an idle core is used all the same."""
AHEAD_PER_WORKER = 2
"""Files handed out ahead per worker, so none waits while the writer records a result."""
DROP_WAIT_SECONDS = 30.0
"""How long a stopped run waits for the files still being worked on, to drop what they wrote."""

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_pool_workers = 0
_idle_timer: threading.Timer | None = None


def default_workers(files: int) -> int:
    """How many worker processes an import of ``files`` files uses (1: none, in-process).

    All cores (at most :data:`MAX_WORKERS`), but never more than there are files, and none
    for fewer than :data:`PARALLEL_FROM` files or on a single core.
    """
    cores = min(os.cpu_count() or 1, MAX_WORKERS)
    if files < PARALLEL_FROM or cores < 2:
        return 1
    return min(cores, files)


def _executor(workers: int) -> ProcessPoolExecutor | None:
    """The shared pool with at least ``workers`` processes (made or remade as needed), or None.

    A smaller pool is replaced; its background jobs not started move to the new one (their
    cancellation callbacks queue them again, outside the lock).
    """
    global _pool, _pool_workers
    old = None
    with _lock:
        _cancel_idle_timer()
        if _pool is not None and _pool_workers < workers:
            old, _pool = _pool, None
        if _pool is None:
            try:
                _pool = ProcessPoolExecutor(
                    max_workers=workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                )
                _pool_workers = workers
            except (OSError, ValueError, NotImplementedError) as exc:
                log.info("photo import runs in-process: %s", exc)
        pool = _pool
    if old is not None:
        old.shutdown(wait=False, cancel_futures=True)
    return pool


def _start_worker() -> None:
    """In each worker process: yield the CPU to the window and the writer when they need it."""
    with contextlib.suppress(AttributeError, OSError):  # POSIX only; Windows: normal priority
        os.nice(WORKER_NICENESS)


def _forget(pool: ProcessPoolExecutor) -> None:
    """Drop a broken pool (the next import starts a new one)."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def shutdown_pool() -> None:
    """End the worker processes now (a later import starts them again)."""
    global _pool
    with _lock:
        _cancel_idle_timer()
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def warm_up(workers: int) -> None:
    """Start ``workers`` worker processes now, without waiting (e.g. while a file dialog shows).

    Args:
        workers: As :func:`default_workers` would give; 1 does nothing.
    """
    if workers < 2:
        return
    pool = _executor(workers)
    if pool is not None:
        try:
            for _ in range(workers):
                pool.submit(os.getpid)
        except (BrokenProcessPool, RuntimeError, OSError) as exc:
            log.info("photo import pool did not start: %s", exc)
            _forget(pool)
    _schedule_idle_shutdown()


def prepare_import() -> None:
    """Start the worker processes an import of many files would use, without waiting.

    For the window to call when the user opens the file dialog: the 0.5–0.9 s the processes
    take to start pass while files are chosen. Blocks about 10 ms; unused, they end after
    :data:`IDLE_SECONDS`.
    """
    warm_up(default_workers(MAX_WORKERS))


def _cancel_idle_timer() -> None:
    global _idle_timer
    if _idle_timer is not None:
        _idle_timer.cancel()
        _idle_timer = None


def _schedule_idle_shutdown() -> None:
    global _idle_timer
    with _lock:
        _cancel_idle_timer()
        if _pool is not None:
            _idle_timer = threading.Timer(IDLE_SECONDS, _idle_shutdown)
            _idle_timer.daemon = True
            _idle_timer.start()


def _idle_shutdown() -> None:
    if later_pending():
        _schedule_idle_shutdown()  # background work still queued: look again later
    else:
        shutdown_pool()


# -- background work: done after the import, at most one job per worker at a time ----------
_later_cond = threading.Condition()
_later: deque[tuple[Callable[[object], object], object]] = deque()
_later_running = 0
_later_limit = 1


def run_later(fn: Callable[[J], object], jobs: Iterable[J], workers: int) -> None:
    """Run ``fn(job)`` for each job on the pool, in the background; return at once.

    At most ``workers`` such jobs are handed to the pool at a time (so a later import's own
    files are not queued behind them all); what ``fn`` returns, if not None, is logged. When
    the pool is gone (it broke, the interpreter is exiting) the rest is dropped: use this only
    for work that is redone on demand (print copies: drafting a notice makes a missing one).
    With ``workers`` < 2, or no pool, the jobs run here, now.

    Args:
        fn: A module-level function that should not raise.
        jobs: Picklable arguments.
        workers: As for :func:`run_in_order`.
    """
    global _later_limit
    queued = list(jobs)
    if not queued:
        return
    pool = _executor(workers) if workers > 1 else None
    if pool is None:
        for job in queued:
            _log_note(fn(job))
        return
    with _later_cond:
        _later.extend((fn, job) for job in queued)  # type: ignore[misc]
        _later_limit = workers
    _feed_later()


def later_pending() -> bool:
    """True while background jobs of :func:`run_later` are queued or running."""
    with _later_cond:
        return bool(_later) or _later_running > 0


def wait_later(timeout: float | None = None) -> bool:
    """Wait until the background jobs of :func:`run_later` are done (or dropped).

    Returns:
        False when ``timeout`` seconds passed first.
    """
    with _later_cond:
        return _later_cond.wait_for(lambda: not _later and _later_running == 0, timeout)


def _feed_later() -> None:
    global _later_running
    while True:
        with _later_cond:
            if not _later or _later_running >= _later_limit:
                idle = not _later and _later_running == 0
                if idle:
                    _later_cond.notify_all()
                break
            fn, job = _later.popleft()
            _later_running += 1
        future = _submit_later(fn, job)
        if future is None:
            with _later_cond:
                _later.clear()
                _later_running -= 1
                _later_cond.notify_all()
            return
        future.add_done_callback(lambda f, again=(fn, job): _later_finished(f, again))
    if idle:
        _schedule_idle_shutdown()


def _submit_later(fn: Callable[[object], object], job: object) -> Future[object] | None:
    """Hand a background job to the current pool (a newer one if it was just replaced)."""
    while True:
        with _lock:
            pool = _pool
        try:
            if pool is None:
                raise RuntimeError("the photo pool was shut down")
            return pool.submit(fn, job)
        except (BrokenProcessPool, RuntimeError, OSError) as exc:
            with _lock:
                replaced = _pool is not None and _pool is not pool
            if not replaced:
                log.info("background photo work dropped: %s", exc)
                return None


def _later_finished(
    future: Future[object], again: tuple[Callable[[object], object], object]
) -> None:
    global _later_running
    with _later_cond:
        _later_running -= 1
        if future.cancelled():
            _later.appendleft(again)  # its pool was replaced: on the next (or dropped)
    if not future.cancelled():
        if (exc := future.exception()) is not None:
            log.warning("background photo work failed: %s", exc)
        else:
            _log_note(future.result())
    _feed_later()


def _log_note(note: object) -> None:
    if note is not None:
        log.warning("%s", note)


def run_in_order(
    fn: Callable[[J], R],
    jobs: Iterable[J],
    workers: int,
    drop: Callable[[R], None],
) -> Iterator[R]:
    """Yield ``fn(job)`` for each job, in order, computed on ``workers`` processes.

    At most ``workers`` × :data:`AHEAD_PER_WORKER` jobs are handed out ahead of the one being
    yielded. When the consumer stops early (closes the generator), jobs not started are
    cancelled, and the ones already running (at most one per worker) are waited for and their
    results passed to ``drop`` (to remove what they wrote).

    Args:
        fn: A module-level function (it is pickled by name); it should not raise.
        jobs: Picklable arguments, one per call.
        workers: Processes to use; 1 computes every result here, one at a time.
        drop: Called with each result computed but never yielded.

    Yields:
        The results, in the order of ``jobs``.

    Raises:
        Whatever ``fn`` raises, for its job (computed here or in a worker).
    """
    job_iter = iter(jobs)
    pool = _executor(workers) if workers > 1 else None
    if pool is None:
        for job in job_iter:
            yield fn(job)
        return
    pending: deque[tuple[J, Future[R] | None]] = deque()
    ahead = workers * AHEAD_PER_WORKER
    try:
        while True:
            while pool is not None and len(pending) < ahead:
                job = next(job_iter, _END)
                if job is _END:
                    break
                try:
                    pending.append((job, pool.submit(fn, job)))
                except (BrokenProcessPool, RuntimeError, OSError) as exc:
                    pending.append((job, None))
                    pool = _broken(pool, pending, exc)
            if not pending:
                if pool is None and (job := next(job_iter, _END)) is not _END:
                    pending.append((job, None))
                else:
                    return
            job, future = pending.popleft()
            if future is None:
                yield fn(job)
                continue
            try:
                result = future.result()
            except BrokenProcessPool as exc:
                assert pool is not None
                pool = _broken(pool, pending, exc)
                result = fn(job)
            yield result
    finally:
        running = [f for _job, f in pending if f is not None and not f.cancel()]
        wait(running, timeout=DROP_WAIT_SECONDS)  # at most the files being worked on now
        for future in running:
            future.add_done_callback(lambda f: _drop_result(f, drop))  # at once when done
        _schedule_idle_shutdown()


_END = object()


def _broken(
    pool: ProcessPoolExecutor, pending: deque[tuple[J, Future[R] | None]], exc: BaseException
) -> None:
    """Forget a broken pool; its unfinished jobs are redone here (finished ones keep results)."""
    log.warning("photo import worker process failed, going on in-process: %s", exc)
    for index, (job, future) in enumerate(pending):
        if future is not None and not (future.done() and future.exception() is None):
            future.cancel()
            pending[index] = (job, None)
    _forget(pool)
    return None


def _drop_result(future: Future[R], drop: Callable[[R], None]) -> None:
    if future.cancelled() or future.exception() is not None:
        return
    try:
        drop(future.result())
    except Exception:  # a callback thread must not die; the temp file is swept later
        log.exception("dropping an unused import result failed")
