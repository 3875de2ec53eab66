"""Owner-only permissions and leftovers of killed writes in the data folder.

The data folder holds the store file (records, and this replica's private signing key in its
``meta`` table), the evidence photos, the officers' PKCS#12 files and the team CA key. On
POSIX all of it is for the account that runs the app only:

* folders ``0700`` (``rwx------``); files ``0600`` (``rw-------``), or ``0400`` for a file
  its owner cannot write (evidence photos and signed PDFs are kept read-only);
* :func:`secure_data_dir` strips every group and other bit (and a file's execute bits) from
  the folder and everything under it and says what it changed; it never adds a permission,
  never follows a symbolic link and never leaves the folder's file system. On Windows the
  folder inherits the per-user ACL of the profile and this is a no-op.

New files: :func:`make_private_dir` makes a folder ``0700`` whatever the umask (the app
makes the data folder so, before anything is in it), and :data:`PRIVATE_FILE_MODE` /
:data:`READ_ONLY_FILE_MODE` are the modes for a new file. Anything created inside the data
folder is unreachable to other accounts as soon as the data folder itself is ``0700``;
:func:`tidy_data_dir`, run when the store opens, tightens what was created looser since
(SQLite's files, a backup, a photo's fan-out folder) and sweeps leftovers, and
:func:`check_data_dir` is the deeper look of ``db check``.

Output files: :func:`check_output_path` is the one rule for a file the user names for
writing (``--out``): never inside the data folder, never over an existing file unless
``--force``.

Temporary files: every write in the codebase goes to a hidden temporary file beside its
target and renames it when complete, so a killed import, export, upload or key write leaves
a file named ``.<something>.part`` or ``.<something>.tmp`` (:func:`is_temp_name`):

* ``photos/.incoming-*.part`` (:mod:`~.blobs`: imports, bundle imports, hub uploads once
  verified), ``derived/…/ab/.<name>.*.part`` (photo derivatives), ``pki/.<name>.<hex>.tmp``
  (``notices.files.write_atomic``: keys, certificates); :func:`temp_path_for` gives a new
  writer such a name. A bundle export's ``.<name>.<hex>.tmp`` sits beside its output file,
  outside the data folder: the export itself removes a stale one.

:func:`sweep_temp_files` removes those that have not been modified for
:data:`STALE_AFTER_SECONDS` (a file another process is still writing is younger than that and
is kept) and that no live process holds with :func:`lock_temp_file`; :func:`find_temp_files`
lists them for ``db check``. Uploads to the hub under ``partial/`` are resumable and are never
touched. A writer that may keep a temporary file idle for longer than
:data:`STALE_AFTER_SECONDS` (a batch staged before it is committed) calls
:func:`lock_temp_file` on it: the lock dies with the process, so a killed writer's file is
swept and a live one's never is.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.store import StoreMsg

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be deleted there anyway
    fcntl = None  # type: ignore[assignment]

PRIVATE_DIR_MODE = 0o700
"""Mode of every folder in the data folder (owner only)."""
PRIVATE_FILE_MODE = 0o600
"""Mode of a new file in the data folder (owner read and write)."""
READ_ONLY_FILE_MODE = 0o400
"""Mode of a read-only file in the data folder (evidence photos, signed PDFs)."""
STALE_AFTER_SECONDS = 600.0
"""A temporary file not modified for this long is a leftover of a killed write."""
TEMP_SUFFIXES = (".part", ".tmp")
"""Hidden files (name starts with a dot) ending so are temporary files of an atomic write."""
RESUMABLE_FOLDERS = frozenset({"partial"})
"""Top-level folders whose temporary files are resumable uploads (kept, never swept)."""

_FILE_KEEP = 0o600  # owner read and write; every group, other, execute and special bit goes
_DIR_KEEP = 0o700
_FILE_LOOSE = 0o7777 & ~_FILE_KEEP


@dataclass(frozen=True)
class ModeChange:
    """One file or folder whose permissions were tightened.

    Attributes:
        path: relative to the data folder, with ``/`` (``"."`` is the data folder itself).
        old: the permission bits found (e.g. ``0o644``).
        new: the permission bits set (e.g. ``0o600``).
    """

    path: str
    old: int
    new: int

    def __str__(self) -> str:
        return f"{self.path}: {self.old:04o} -> {self.new:04o}"


@dataclass
class HygieneReport:
    """What :func:`tidy_data_dir` found and did in one walk of the data folder.

    Attributes:
        root: the data folder walked.
        tightened: files and folders whose permissions were tightened.
        removed: temporary files of killed writes that were removed.
        kept: temporary files found but kept: modified less than ``min_age`` ago or locked
            (:func:`lock_temp_file`), so possibly still being written by another process,
            or that could not be removed; every temporary file found when nothing is swept.
        problems: one message per file or folder that could not be read, tightened or removed
            (``StoreMsg.HYGIENE_*``; ``str()`` is the English line).
    """

    root: Path = field(default_factory=Path)
    tightened: list[ModeChange] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)

    def relative(self, paths: list[Path]) -> list[str]:
        """``paths`` relative to the data folder, with ``/``."""
        out = []
        for path in paths:
            try:
                out.append(path.relative_to(self.root).as_posix())
            except ValueError:
                out.append(str(path))
        return out

    def lines(self, examples: int = 3) -> list[str]:
        """The report as a few English lines for the log (nothing when nothing was found).

        Args:
            examples: how many files to name in each line.
        """
        out = []
        if self.tightened:
            named = ", ".join(str(c) for c in self.tightened[:examples])
            more = ", …" if len(self.tightened) > examples else ""
            out.append(
                f"made owner-only (looser permissions were found): {len(self.tightened)} "
                f"files or folders ({named}{more})"
            )
        if self.removed:
            named = ", ".join(self.relative(self.removed[:examples]))
            more = ", …" if len(self.removed) > examples else ""
            out.append(
                f"removed {len(self.removed)} temporary files of interrupted writes ({named}{more})"
            )
        if self.kept:
            named = ", ".join(self.relative(self.kept[:examples]))
            more = ", …" if len(self.kept) > examples else ""
            out.append(
                f"{len(self.kept)} temporary files kept: a write may still be in progress; "
                f"they are removed at a later start if left behind ({named}{more})"
            )
        return out + [str(problem) for problem in self.problems]


def posix_permissions() -> bool:
    """True where file modes protect the data folder (POSIX; not Windows)."""
    return os.name != "nt"


def private_mode(mode: int, is_dir: bool) -> int:
    """The owner-only permission bits for ``mode``: group, other and special bits removed.

    A file also loses its execute bits. Nothing is ever added: ``0o644`` becomes ``0o600``,
    ``0o444`` (read-only) ``0o400``, ``0o755`` on a folder ``0o700``.
    """
    return stat.S_IMODE(mode) & (_DIR_KEEP if is_dir else _FILE_KEEP)


def is_temp_name(name: str) -> bool:
    """True for the name of an atomic write's temporary file (``.x.part``, ``.x.tmp``)."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIXES) and name not in TEMP_SUFFIXES


def temp_path_for(target: Path) -> Path:
    """A fresh temporary name beside ``target`` that :func:`sweep_temp_files` recognises.

    ``folder/name`` gives ``folder/.name.<12 hex>.tmp``: write there, fsync, then
    ``os.replace`` it onto ``target``.
    """
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


def lock_temp_file(fd: int) -> bool:
    """Mark a temporary file as being written by this process, until it is closed.

    An advisory lock (``flock``) that the system drops when the file is closed or the process
    dies; :func:`sweep_temp_files` never removes a locked file, whatever its age. Best effort:
    False (never an error) where the file system has no locks, and on Windows, where a file
    open in another process cannot be removed anyway.
    """
    if fcntl is None:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _in_use(path: str) -> bool:
    """True if a live process holds ``path`` with :func:`lock_temp_file`."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # also drops the lock just taken
    return False


def make_private_dir(path: Path) -> Path:
    """Create ``path`` and its missing parents as owner-only folders, whatever the umask.

    Folders that exist already are left as they are (:func:`tidy_data_dir` tightens and
    reports them). Returns ``path``.

    Raises:
        OSError: a folder cannot be created or its mode set.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if posix_permissions():
        for made in missing:  # parents=True makes the parents with the umask's mode
            if stat.S_IMODE(made.lstat().st_mode) != PRIVATE_DIR_MODE:
                os.chmod(made, PRIVATE_DIR_MODE)
    return path


def inside(path: Path, folder: Path) -> bool:
    """True if ``path`` is ``folder`` or lies under it.

    Both are resolved first (symbolic links followed); the comparison ignores case on Windows.
    """
    target = Path(os.path.normcase(path.expanduser().resolve()))
    root = Path(os.path.normcase(folder.expanduser().resolve()))
    return target.is_relative_to(root)


def check_output_path(out: Path, data_dir: Path, overwrite: bool) -> Path:
    """Refuse an output path that would destroy something; return it resolved.

    The one rule for every file the user names for writing (a notice PDF, a bundle, a
    PKCS#12 file): not inside the data folder (the store, keys, evidence), a regular file or
    nothing yet, not existing unless ``overwrite`` (``--force``), in a folder that exists
    and is writable.

    Raises:
        ValidationError: one line naming the path and what to do instead.
    """
    target = out.expanduser().resolve()
    data = data_dir.expanduser().resolve()
    if inside(target, data):
        raise ValidationError(StoreMsg.FILE_INSIDE_DATA_FOLDER(path=out, folder=data))
    if target.exists():
        if not target.is_file():
            raise ValidationError(StoreMsg.FILE_NOT_REGULAR(path=out))
        if not overwrite:
            raise ValidationError(StoreMsg.FILE_EXISTS(path=out, option="--force"))
    if not target.parent.is_dir():
        raise ValidationError(StoreMsg.FILE_NO_FOLDER(folder=target.parent))
    if not os.access(target.parent, os.W_OK):
        raise ValidationError(StoreMsg.FILE_FOLDER_NOT_WRITABLE(folder=target.parent))
    return target


def secure_data_dir(data_dir: Path, deep: bool = True) -> list[ModeChange]:
    """Make the data folder and everything in it owner-only; return what was tightened.

    Folders lose every group and other bit (``0755`` → ``0700``), files too and their
    execute bits (``0644`` → ``0600``, a read-only ``0444`` photo → ``0400``). Symbolic links
    are neither followed nor changed; another file system mounted inside is not entered.
    A no-op on Windows. Problems (a file of another account, an unreadable folder) are left
    out; :func:`tidy_data_dir` reports them.

    Args:
        data_dir: the data folder.
        deep: also every file in the content-addressed fan-out folders (``photos/ab/``,
            ``derived/thumbs/ab/``); False looks at those files only where their folder was
            found loose (see :func:`tidy_data_dir`).
    """
    return _walk(data_dir, secure=True, deep=deep, sweep=False, min_age=0.0).tightened


def find_temp_files(data_dir: Path, min_age: float = 0.0) -> list[Path]:
    """Temporary files of atomic writes in the data folder (not resumable hub uploads).

    Args:
        data_dir: the data folder.
        min_age: only files whose modification time is at least this many seconds away from
            now (0: all of them).

    Returns:
        Their paths, sorted.
    """
    return sorted(_walk(data_dir, secure=False, deep=True, sweep=False, min_age=min_age).kept)


def sweep_temp_files(data_dir: Path, min_age: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove the leftovers of killed writes in the data folder; return the paths removed.

    Only files named as :func:`is_temp_name` says, not modified for ``min_age`` seconds (a
    younger one may be another process's write in progress) and not held by a live process
    (:func:`lock_temp_file`); never the resumable uploads under ``partial/``, never a symbolic
    link, never a folder.
    """
    return sorted(_walk(data_dir, secure=False, deep=True, sweep=True, min_age=min_age).removed)


def tidy_data_dir(
    data_dir: Path, min_age: float = STALE_AFTER_SECONDS, deep: bool = False
) -> HygieneReport:
    """Tighten permissions and sweep stale temporary files in one walk (when a store opens).

    By default (``deep=False``) every folder and every file is made owner-only except the
    files inside the fan-out folders of photos and derivatives (``photos/ab/…``), which are
    looked at only where their folder was found loose (a tree copied, restored or made by an
    older version: all of them are then fixed). Their folder being ``0700`` already keeps
    them from every other account; :func:`check_data_dir` (``db check``) looks at every file.
    This keeps opening a store with 100,000 photos to a listing of names.

    Never raises for a file or folder it cannot handle: that goes to ``problems``.
    """
    return _walk(data_dir, secure=True, deep=deep, sweep=True, min_age=min_age)


def check_data_dir(data_dir: Path) -> HygieneReport:
    """What ``db check`` runs: every file made owner-only, every temporary file listed.

    Nothing is removed (stale temporary files go at the next start); ``kept`` lists the
    temporary files present, whatever their age.
    """
    return _walk(data_dir, secure=True, deep=True, sweep=False, min_age=0.0)


def _walk(
    data_dir: Path, *, secure: bool, deep: bool, sweep: bool, min_age: float
) -> HygieneReport:
    """Walk the data folder breadth-first with ``os.scandir``: tighten, list and sweep as asked.

    A level of many folders (the 256 fan-out folders of ``photos/``) is scanned by a few
    threads: the time goes to one ``lstat`` per file, which releases the GIL.
    """
    report = HygieneReport(data_dir)
    secure = secure and posix_permissions()
    try:
        top = data_dir.lstat()
    except FileNotFoundError:
        return report
    except OSError as exc:
        report.problems.append(StoreMsg.HYGIENE_CANNOT_READ(path=data_dir, reason=_why(exc)))
        return report
    if not stat.S_ISDIR(top.st_mode):
        return report
    if secure:
        _tighten(str(data_dir), ".", top.st_mode, True, report)
    visit = _Visit(secure, deep, sweep, min_age, time.time(), top.st_dev)
    level: list[_Folder] = [(str(data_dir), "", True)]
    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        while level:
            if len(level) >= _PARALLEL_FROM:
                parts = list(pool.map(visit.folder, level))
            else:
                parts = [visit.folder(item) for item in level]
            level = []
            for part, subfolders in parts:
                report.tightened += part.tightened
                report.removed += part.removed
                report.kept += part.kept
                report.problems += part.problems
                level += subfolders
    report.tightened.sort(key=lambda c: c.path)
    report.removed.sort()
    report.kept.sort()
    return report


_WORKERS = min(4, os.cpu_count() or 1)
_PARALLEL_FROM = 8  # folders in one level before threads are worth starting
_HEX = frozenset("0123456789abcdef")
_Folder = tuple[str, str, bool]  # path, relative name, look at the modes of its files


def _fan_out(name: str) -> bool:
    """True for a content-addressed fan-out folder name (two lowercase hex digits)."""
    return len(name) == 2 and name[0] in _HEX and name[1] in _HEX


@dataclass(frozen=True)
class _Visit:
    """What one walk does in each folder (shared, read-only, by the walk's threads)."""

    secure: bool
    deep: bool
    sweep: bool
    min_age: float
    now: float
    device: int

    def folder(self, item: _Folder) -> tuple[HygieneReport, list[_Folder]]:
        """Handle one folder's entries; return what was done and its sub-folders."""
        path, rel, check_files = item
        report = HygieneReport(Path(path))
        subfolders: list[_Folder] = []
        try:
            with os.scandir(path) as scan:
                entries = list(scan)
        except OSError as exc:
            report.problems.append(
                StoreMsg.HYGIENE_CANNOT_READ_FOLDER(path=rel or ".", reason=_why(exc))
            )
            return report, subfolders
        resumable = rel.split("/", 1)[0] in RESUMABLE_FOLDERS
        prefix = f"{rel}/" if rel else ""
        secure_files = self.secure and check_files
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    info = entry.stat(follow_symlinks=False)
                    if info.st_dev != self.device:
                        continue  # another file system mounted here
                    name = prefix + entry.name
                    loose = self.secure and _tighten(entry.path, name, info.st_mode, True, report)
                    files = self.deep or loose or not _fan_out(entry.name)
                    subfolders.append((entry.path, name, files))
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue  # symbolic links, sockets, pipes, devices: never touched
                temp = not resumable and is_temp_name(entry.name)
                if not (temp or secure_files):
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError as exc:
                report.problems.append(
                    StoreMsg.HYGIENE_CANNOT_READ(path=prefix + entry.name, reason=_why(exc))
                )
                continue
            if temp and self._temp(entry.path, prefix + entry.name, info.st_mtime, report):
                continue
            if self.secure and info.st_mode & _FILE_LOOSE:
                _tighten(entry.path, prefix + entry.name, info.st_mode, False, report)
        return report, subfolders

    def _temp(self, path: str, name: str, mtime: float, report: HygieneReport) -> bool:
        """List or sweep one temporary file; True when it was removed."""
        stale = abs(self.now - mtime) >= self.min_age
        if self.sweep and stale and not _in_use(path) and _remove(path, name, report):
            report.removed.append(Path(path))
            return True
        if self.sweep or stale:
            report.kept.append(Path(path))
        return False


def _tighten(path: str, name: str, mode: int, is_dir: bool, report: HygieneReport) -> bool:
    """Make one file or folder owner-only; True when its mode was loose."""
    new = private_mode(mode, is_dir)
    old = stat.S_IMODE(mode)
    if new == old:
        return False
    try:
        os.chmod(path, new)  # not a symbolic link: the walk skips those
    except OSError as exc:
        report.problems.append(
            StoreMsg.HYGIENE_CANNOT_TIGHTEN(path=name, mode=f"{old:04o}", reason=_why(exc))
        )
        return True
    report.tightened.append(ModeChange(name, old, new))
    return True


def _remove(path: str, name: str, report: HygieneReport) -> bool:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return True  # removed meanwhile: what was wanted
    except PermissionError:
        if not posix_permissions():  # Windows cannot delete a read-only file
            with contextlib.suppress(OSError):
                os.chmod(path, stat.S_IWRITE)
            try:
                os.unlink(path)
                return True
            except OSError as exc:
                report.problems.append(StoreMsg.HYGIENE_CANNOT_REMOVE(path=name, reason=_why(exc)))
                return False
        report.problems.append(StoreMsg.HYGIENE_CANNOT_REMOVE_NO_PERMISSION(path=name))
        return False
    except OSError as exc:
        report.problems.append(StoreMsg.HYGIENE_CANNOT_REMOVE(path=name, reason=_why(exc)))
        return False
    return True


def _why(exc: OSError) -> str:
    """What the operating system said (its words, as they are)."""
    return str(exc.strerror or exc)
