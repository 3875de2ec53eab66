"""The one background helper: run core jobs on a ``QThreadPool`` and bring results back.

A job is a plain function or a generator yielding :class:`Progress` (and per-item results).
Its outcome comes back on the GUI thread by queued signal (:class:`Task`). Reads and pure work
(image decoding) run on the shared pool; every store write runs on one single-thread pool
that owns its *own* :class:`Store` connection, so writes are serialised and the GUI thread's
read connection only ever sees committed snapshots (WAL).

Errors: an :class:`InspectError` becomes its message in the UI language (``failed``, one
sentence), and the error itself reaches a ``refused`` handler first, so a caller decides by
its keyed message (``exc.keyed_message.msg is StoreMsg.NUMBERING_NONE_FREE``), never by its
words; anything else is logged with its traceback and reported as a short "something went
wrong, see the log" sentence.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from inspect_app.domain.errors import InspectError
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.storage import oplog
from inspect_app.storage.store import Store
from inspect_app.ui.core_messages import error_text

log = logging.getLogger(__name__)


def unexpected_error_message(log_path: Path | None) -> str:
    """Return the short sentence shown for a bug (the traceback goes to the log only)."""
    where = str(log_path) if log_path else QCoreApplication.translate("tasks", "the app log")
    return QCoreApplication.translate(
        "tasks", "Something went wrong. The details were written to the log at {0}."
    ).format(where)


class Task(QObject):
    """The GUI-side handle of one background job.

    Signals are emitted from the worker and delivered queued on the GUI thread.

    Attributes:
        cancel_flag: set it (``task.cancel()``) to ask a generator job to stop between items.
    """

    progressed = Signal(object)  # Progress, or whatever a job passed to its ``report``
    yielded = Signal(object)  # any non-Progress item a generator yields
    succeeded = Signal(object)  # the function's return value, or the list of yielded items
    refused = Signal(object)  # the InspectError a job raised, just before failed
    failed = Signal(str)  # one sentence for the user
    finished = Signal()  # after succeeded or failed
    # Worker → GUI thread. Payloads travel boxed in a tuple: a bare None sent through a
    # queued Signal(object) upsets PySide6's reference counting at interpreter exit.
    _relayed = Signal(str, tuple)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_flag = CancelFlag()
        self.done = False
        self._relayed.connect(self._on_relayed)

    def relay(self, kind: str, value: object = None) -> None:
        """Send one outcome from the worker; it is re-emitted on the task's (GUI) thread."""
        self._relayed.emit(kind, (value,))

    def _on_relayed(self, kind: str, box: tuple) -> None:
        (value,) = box
        if kind == "progressed":
            self.progressed.emit(value)
        elif kind == "yielded":
            self.yielded.emit(value)
        elif kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "refused":
            self.refused.emit(value)
        elif kind == "failed":
            self.failed.emit(str(value))
        else:
            self.finished.emit()

    def cancel(self) -> None:
        """Ask the job to stop after the current item."""
        self.cancel_flag.cancel()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self.cancel_flag.cancelled


class _Runnable(QRunnable):
    def __init__(self, task: Task, job: Callable[[], Any], log_path: Path | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._job = job
        self._log_path = log_path

    def run(self) -> None:
        task = self._task
        try:
            result = self._job()
            if inspect.isgenerator(result):
                items = []
                for item in result:
                    if isinstance(item, Progress):
                        task.relay("progressed", item)
                    else:
                        items.append(item)
                        task.relay("yielded", item)
                result = items
        except InspectError as exc:
            task.relay("refused", exc)
            task.relay("failed", error_text(exc))
        except Exception:
            log.exception("background task failed")
            task.relay("failed", unexpected_error_message(self._log_path))
        else:
            task.relay("succeeded", result)
        task.relay("finished")


class TaskManager(QObject):
    """Runs jobs off the GUI thread; owns the single writer thread and its store connection.

    Args:
        data_dir: the store's folder; the writer opens its own :class:`Store` there.
        log_path: the log file named in "something went wrong" messages.
        parent: Qt parent.
    """

    error_reported = Signal(str)  # a task without its own failure handler failed
    task_finished = Signal()  # any task finished (tests wait for idleness with it)
    # A write job wrote ops on this laptop: (replica id, first seq, last seq) — emitted on the
    # writer thread after the job, so it arrives (queued) before the task's ``succeeded``;
    # the undo stack (ui/widgets/undo.py) keeps this session's own writes from it.
    wrote = Signal(str, int, int)

    def __init__(
        self, data_dir: Path, log_path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._log_path = log_path
        self._reader_pool = QThreadPool.globalInstance()
        self._writer_pool = QThreadPool(self)
        self._writer_pool.setMaxThreadCount(1)
        self._writer_pool.setExpiryTimeout(-1)  # keep the one writer thread alive
        self._writer_store: Store | None = None  # touched only on the writer thread
        self._running: set[Task] = set()

    def run(self, job: Callable[[], Any], **handlers: Callable[..., Any]) -> Task:
        """Run a job that does not write the store (decode an image, compute) on the pool.

        Args:
            job: a function or generator function taking no arguments.
            **handlers: ``succeeded``, ``failed``, ``refused``, ``progressed``, ``yielded``
                callbacks, connected before the job starts (``refused`` gets the
                :class:`InspectError`, ``failed`` its sentence). Without ``failed``, the
                sentence goes to :attr:`error_reported`.
        """
        return self._start(self._reader_pool, job, Task(self), handlers)

    def write(
        self,
        job: Callable[..., Any],
        cancellable: bool = False,
        reporting: bool = False,
        **handlers: Callable[..., Any],
    ) -> Task:
        """Run ``job(store)`` on the writer thread with the writer's own store connection.

        Args:
            job: called with the writer :class:`Store`; may return a generator, which is
                drained on the writer thread. Called as ``job(store, cancel_flag)`` with
                ``cancellable``, ``job(store, report)`` with ``reporting``, and
                ``job(store, cancel_flag, report)`` with both.
            cancellable: pass the task's :class:`CancelFlag`.
            reporting: pass ``report(value)``, a callable for the job to use on the writer
                thread (e.g. as a core function's ``progress`` callback): each value is
                re-emitted as :attr:`Task.progressed` on the GUI thread, so the job never
                touches a widget.
            **handlers: as for :meth:`run`.

        Returns:
            The task (already started).
        """
        task = Task(self)

        def report(value: object) -> None:
            task.relay("progressed", value)

        def on_writer() -> Any:
            if self._writer_store is None:
                self._writer_store = Store.open(self._data_dir)
            extra: list[Any] = []
            if cancellable:
                extra.append(task.cancel_flag)
            if reporting:
                extra.append(report)
            store = self._writer_store
            before = oplog.last_op(store.db, store.replica_id)[0]
            try:
                result = job(store, *extra)
            except BaseException:
                self._note_writes(store, before)
                raise
            if inspect.isgenerator(result):
                return self._noting_writes(result, store, before)
            self._note_writes(store, before)
            return result

        return self._start(self._writer_pool, on_writer, task, handlers)

    def _noting_writes(self, items: Any, store: Store, before: int) -> Any:
        try:
            yield from items
        finally:
            self._note_writes(store, before)

    def _note_writes(self, store: Store, before: int) -> None:
        """Emit :attr:`wrote` when the job wrote ops under this laptop's replica id."""
        after = oplog.last_op(store.db, store.replica_id)[0]
        if after > before:
            self.wrote.emit(store.replica_id, before + 1, after)

    def busy(self) -> bool:
        """True while any task started here has not finished."""
        return bool(self._running)

    def writing(self) -> bool:
        """True while a write job runs or waits on the writer thread (an import, a sync)."""
        return self._writer_pool.activeThreadCount() > 0

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Cancel running jobs, wait for them, and close the writer's store connection.

        Read jobs on the shared pool are waited for too: one that finished after the window
        was destroyed would report to a deleted task ("Signal source has been deleted").
        """
        for task in list(self._running):
            task.cancel()
        self._reader_pool.waitForDone(timeout_ms)
        self._writer_pool.waitForDone(timeout_ms)

        def close() -> bool:
            if self._writer_store is not None:
                self._writer_store.close()
                self._writer_store = None
            return True

        self._writer_pool.start(_Runnable(Task(self), close, self._log_path))
        self._writer_pool.waitForDone(timeout_ms)

    def _start(
        self,
        pool: QThreadPool,
        job: Callable[[], Any],
        task: Task,
        handlers: dict[str, Callable[..., Any]],
    ) -> Task:
        unknown = set(handlers) - {"succeeded", "failed", "refused", "progressed", "yielded"}
        if unknown:
            raise TypeError(f"unknown task handlers: {sorted(unknown)}")
        for name, handler in handlers.items():
            getattr(task, name).connect(handler)
        if "failed" not in handlers:
            task.failed.connect(self.error_reported)
        self._running.add(task)
        task.finished.connect(lambda: self._on_task_finished(task))
        pool.start(_Runnable(task, job, self._log_path))
        return task

    def _on_task_finished(self, task: Task) -> None:
        task.done = True
        self._running.discard(task)
        self.task_finished.emit()
