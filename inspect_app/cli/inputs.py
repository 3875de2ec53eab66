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

from inspect_app.cli.messages import say, translate
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message, Msg
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.signature import SignatureStrokes, parse_signature
from inspect_app.storage.hygiene import check_output_path
from inspect_app.storage.store import Store

MAX_TEXT_FILE_BYTES = 1 << 20
MAX_PASSPHRASE_FILE_BYTES = 64 << 10
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def strokes_help() -> str:
    """The help of ``--strokes``, in the command line's language."""
    return translate(
        "CommandLine",
        'a hand signature as JSON: {"w": 1000, "h": 400, "strokes": [[x0, y0, x1, y1, ...], '
        "...]} - whole numbers on a w x h grid, origin top-left, y downwards; each stroke a "
        "flat list of x, y pairs (the window's signature pad draws the same)",
    )


def add_output_options(
    p: argparse.ArgumentParser, metavar: str, what: str, required: bool = True
) -> None:
    """Add ``--out FILE`` and ``--force`` to a command that writes a file.

    Args:
        p: the command's parser.
        metavar: the file's placeholder (``FILE.pdf``).
        what: what the file holds, already in the command line's language.
        required: whether ``--out`` must be given.
    """
    p.add_argument(
        "--out",
        required=required,
        type=Path,
        metavar=metavar,
        help=translate("CommandLine", "{what}; never inside the data folder").format(what=what),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CommandLine", "replace {file} if it exists").format(file=metavar),
    )


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


def read_passphrase(
    file: Path | None, prompt: Message, confirm: bool = False, option: str = "--passphrase-file"
) -> bytes:
    """Return a passphrase from the first line of ``file``, or from a hidden prompt.

    ``prompt`` names the passphrase asked for (``CliMsg.PASSPHRASE_SIGNING()``); it is shown
    in the command line's language; ``option`` is the command's option that gives the file,
    named when there is no terminal to prompt on (``--ca-passphrase-file`` for the CA key's).

    The first line is taken exactly, except a UTF-8 byte-order mark before it and the
    carriage return of a Windows line end after it (Notepad writes both).

    Raises:
        ValidationError: the file cannot be read, is not UTF-8, or its first line is empty;
            no terminal to prompt on; the two prompted entries differ.
    """
    if file is not None:
        try:
            if file.stat().st_size > MAX_PASSPHRASE_FILE_BYTES:
                raise ValidationError(CliMsg.PASSPHRASE_FILE_TOO_LARGE(path=file))
            data = file.read_bytes()
        except OSError as exc:
            raise ValidationError(
                CliMsg.PASSPHRASE_FILE_UNREADABLE(path=file, reason=exc.strerror or str(exc))
            ) from None
        if data.startswith(_UTF16_BOMS):
            raise ValidationError(CliMsg.PASSPHRASE_FILE_UTF_SIXTEEN(path=file))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(CliMsg.PASSPHRASE_FILE_NOT_UTF(path=file)) from None
        first = text.split("\n", 1)[0].removesuffix("\r")
        if not first:
            raise ValidationError(CliMsg.PASSPHRASE_FIRST_LINE_EMPTY(path=file))
        return first.encode("utf-8")
    if not sys.stdin.isatty():
        raise ValidationError(CliMsg.PASSPHRASE_NO_TERMINAL(prompt=prompt, option=f"{option} FILE"))
    first = getpass.getpass(say(CliMsg.PROMPT(prompt=prompt)))
    if confirm and getpass.getpass(say(CliMsg.PROMPT_AGAIN())) != first:
        raise ValidationError(CliMsg.PASSPHRASES_DIFFER())
    if not first:
        raise ValidationError(CliMsg.PASSPHRASE_EMPTY())
    return first.encode("utf-8")


def read_text(path: Path, what: Message) -> str:
    """The UTF-8 text of a small file (1 MB at most), or a one-line ValidationError saying why not.

    A UTF-8 byte-order mark at the start is dropped. ``what`` names the kind of file expected
    (``CliMsg.WHAT_NARRATIVE_FILE()``).
    """
    try:
        if path.stat().st_size > MAX_TEXT_FILE_BYTES:
            raise ValidationError(CliMsg.TEXT_FILE_TOO_LARGE(path=path, what=what))
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(CliMsg.TEXT_FILE_NOT_UTF(path=path, what=what)) from None
    except OSError as exc:
        raise ValidationError(unreadable(path, exc)) from None


def unreadable(path: Path, exc: OSError) -> Message:
    """The message for a file that cannot be read: its path and what the system said."""
    return StoreMsg.FILE_CANNOT_READ(path=path, reason=exc.strerror or str(exc))


def read_strokes(path: Path) -> SignatureStrokes:
    """Read and validate a hand signature from a JSON strokes file (see :func:`strokes_help`).

    Raises:
        ValidationError: the file is missing or unreadable, not JSON, or not valid strokes
            (the message names the file and the problem, on one line).
    """
    text = read_text(path, CliMsg.WHAT_STROKES_FILE())
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            CliMsg.STROKES_NOT_JSON(path=path, line=exc.lineno, column=exc.colno)
        ) from None
    try:
        return parse_signature(text)
    except ValidationError as exc:
        problem = exc.keyed_message if exc.keyed_message is not None else str(exc)
        raise ValidationError(Msg.FILE_PROBLEM(path=path, problem=problem)) from None


def one_line(message: str) -> str:
    """A message on one line: ``head:`` then ``- a`` and ``- b`` lines become ``head: a; b``.

    Chinese items that end in a full stop are joined by a full-width semicolon instead
    (``甲。`` and ``乙。`` → ``甲；乙。``), never by ``。; ``.
    """
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
        elif out.endswith("："):  # a Chinese heading: the full-width colon holds its space
            out += line
        elif out.endswith(("。", "；")):  # Chinese items: a full stop becomes the semicolon
            out = f"{out[:-1]}；{line}"
        elif out.endswith("）") and "\u4e00" <= line[0] <= "\u9fff":  # after a (命令行：…)
            out = f"{out}；{line}"
        else:
            out = f"{out}; {line}"
    return out
