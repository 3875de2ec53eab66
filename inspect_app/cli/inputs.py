"""Files on the command line: passphrases, text and hand signatures read; output files checked.

Every reader turns a problem into a one-line :class:`ValidationError` that names the file.
Every command that writes a file takes its path from ``--out`` and its permission to replace
an existing file from ``--force``, and checks both with :func:`output_path` before doing
anything.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg
from inspect_app.domain.signature import SignatureStrokes, parse_signature
from inspect_app.storage.hygiene import check_output_path
from inspect_app.storage.store import Store

MAX_TEXT_FILE_BYTES = 1 << 20
MAX_PASSPHRASE_FILE_BYTES = 64 << 10
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

STROKES_HELP = (
    'a hand signature as JSON: {"w": 1000, "h": 400, "strokes": [[x0, y0, x1, y1, ...], ...]} '
    "- whole numbers on a w x h grid, origin top-left, y downwards; each stroke a flat list "
    "of x, y pairs (the window's signature pad draws the same)"
)


def add_output_options(
    p: argparse.ArgumentParser, metavar: str, what: str, required: bool = True
) -> None:
    """Add ``--out FILE`` and ``--force`` to a command that writes a file (``what``)."""
    p.add_argument(
        "--out",
        required=required,
        type=Path,
        metavar=metavar,
        help=f"{what}; never inside the data folder",
    )
    p.add_argument("--force", action="store_true", help=f"replace {metavar} if it exists")


def output_path(store: Store, args: argparse.Namespace) -> Path:
    """The ``--out`` file of a command, checked before anything is done; return it as given.

    One rule for every command that writes a file (``storage.hygiene.check_output_path``): an
    existing file is refused unless ``--force``, a path inside the data folder always.

    Raises:
        ValidationError: one line naming the path and what to do.
    """
    out: Path = args.out
    check_output_path(out, store.data_dir, bool(getattr(args, "force", False)))
    return out


def read_passphrase(file: Path | None, prompt: str, confirm: bool = False) -> bytes:
    """Return a passphrase from the first line of ``file``, or from a hidden prompt.

    The first line is taken exactly, except a UTF-8 byte-order mark before it and the
    carriage return of a Windows line end after it (Notepad writes both).

    Raises:
        ValidationError: the file cannot be read, is not UTF-8, or its first line is empty;
            no terminal to prompt on; the two prompted entries differ.
    """
    if file is not None:
        try:
            if file.stat().st_size > MAX_PASSPHRASE_FILE_BYTES:
                raise ValidationError(f"{file} is larger than 64 KB: not a passphrase file")
            data = file.read_bytes()
        except OSError as exc:
            raise ValidationError(
                f"cannot read the passphrase file {file}: {exc.strerror or exc}"
            ) from None
        if data.startswith(_UTF16_BOMS):
            raise ValidationError(f"the passphrase file {file} is UTF-16 text: save it as UTF-8")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(f"the passphrase file {file} is not UTF-8 text") from None
        first = text.split("\n", 1)[0].removesuffix("\r")
        if not first:
            raise ValidationError(
                f"the first line of {file} is empty (the passphrase must be on the first line)"
            )
        return first.encode("utf-8")
    if not sys.stdin.isatty():
        raise ValidationError(f"{prompt}: give --passphrase-file FILE (no terminal to ask on)")
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass("again: ") != first:
        raise ValidationError("the two passphrases differ; nothing was changed")
    if not first:
        raise ValidationError("the passphrase is empty")
    return first.encode("utf-8")


def read_text(path: Path, what: str) -> str:
    """The UTF-8 text of a small file (1 MB at most), or a one-line ValidationError saying why not.

    A UTF-8 byte-order mark at the start is dropped.
    """
    try:
        if path.stat().st_size > MAX_TEXT_FILE_BYTES:
            raise ValidationError(f"{path} is larger than 1 MB: not {what}")
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"{path} is not UTF-8 text: not {what}") from None
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror or exc}") from None


def read_strokes(path: Path) -> SignatureStrokes:
    """Read and validate a hand signature from a JSON strokes file (see :data:`STROKES_HELP`).

    Raises:
        ValidationError: the file is missing or unreadable, not JSON, or not valid strokes
            (the message names the file and the problem, on one line).
    """
    text = read_text(path, "a signature strokes file")
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{path} is not JSON (line {exc.lineno}, column {exc.colno}): "
            "not a signature strokes file"
        ) from None
    try:
        return parse_signature(text)
    except ValidationError as exc:
        problem = exc.keyed_message if exc.keyed_message is not None else str(exc)
        raise ValidationError(Msg.SIGNATURE_FILE(path=path, problem=problem)) from None


def one_line(message: str) -> str:
    """A message on one line: ``head:`` then ``- a`` and ``- b`` lines become ``head: a; b``."""
    out = ""
    for raw in message.splitlines():
        line = raw.strip()
        if line.startswith(("- ", "* ")):
            line = line[2:].strip()
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith(":"):
            out = f"{out} {line}"
        else:
            out = f"{out}; {line}"
    return out
