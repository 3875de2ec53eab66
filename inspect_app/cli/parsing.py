"""The command line's argument parser in its language: help, usage and argparse's own errors.

Our help strings are translated where they are declared (``help=translate("CommandLine",
"…")``, see :mod:`inspect_app.cli.messages`), so the parser is built after the language is
chosen (``--lang`` is read from the arguments first). What argparse writes itself is translated
here, through the same catalog (context ``argparse``, keyed by argparse's gettext msgids, which
:data:`ARGPARSE_TEXTS` declares for ``pyside6-lupdate``) and without touching argparse's module
state:

- the ``usage:`` prefix and the section headings (``positional arguments``, ``options``) and the
  help of ``-h`` by :class:`HelpFormatter` (``add_usage``, ``start_section``,
  ``_get_help_string`` — the hooks argparse's own formatter classes override);
- the errors by :meth:`Parser.error`, which receives the English argparse composed and matches
  it against the msgids (:func:`argparse_text`), translating each part.

A msgid that a later Python changes is simply left in English. Long Chinese help is wrapped by
display width (a CJK character is two columns, and a line may break between any two of them).
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from typing import Any, NoReturn

from inspect_app.cli.messages import QT_TRANSLATE_NOOP, say, translate
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.cli import CliMsg

ARGPARSE = "argparse"
"""The catalog context of argparse's own words."""

ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
)
"""argparse's gettext msgids a user can meet (Python 3.11–3.13), declared for the catalog.

Its other msgids are programming errors (a conflicting option, a bad ``dest``) or features
this command line does not use (``FileType``, deprecation warnings)."""

_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")
_NESTED = "message"
"""The placeholder that holds another argparse message (``argument X: <message>``)."""
_BOOLEAN_DEFAULT = " (default: %(default)s)"
_CJK_CHARS = "\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
"""CJK ideographs, their punctuation and the full-width forms: two columns each."""
_CJK = re.compile(f"[{_CJK_CHARS}]")
_TOKEN = re.compile(f"\\s+|[{_CJK_CHARS}]|[^\\s{_CJK_CHARS}]+")
_NO_LINE_START = set("，。、；：？！）》」』】”’,.;:?!)")
"""Punctuation that never begins a line (it stays with the word before it)."""


def argparse_text(message: str) -> str:
    """Return an error argparse composed in English, in the command line's language.

    The message is matched against argparse's msgids (:data:`ARGPARSE_TEXTS`); the values it
    filled in (option names, the value given, the choices) are kept, a nested message
    (``argument --role: invalid choice: …``) is translated too. Anything else is returned
    unchanged.
    """
    exact = translate(ARGPARSE, message)
    if exact != message:
        return exact
    for source, pattern in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        target = translate(ARGPARSE, source)
        if target == source:
            return message
        values = found.groupdict()
        if _NESTED in values:
            values[_NESTED] = argparse_text(values[_NESTED])
        return _fill(target, values)
    return message


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each ``%(name)s`` / ``%s`` replaced by the text matched for it.

    The values are inserted as matched (a ``%r`` value already has its quotes).
    """
    positional = iter(v for k, v in sorted(values.items()) if k.startswith("_"))

    def fill(placeholder: re.Match[str]) -> str:
        name = placeholder.group(1)
        return values.get(name, "") if name else next(positional, "")

    return _PLACEHOLDER.sub(fill, template)


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each msgid with placeholders as a pattern, the most literal text first."""
    found = []
    for source in ARGPARSE_TEXTS:
        if not _PLACEHOLDER.search(source):
            continue
        parts, at = [], 0
        for count, placeholder in enumerate(_PLACEHOLDER.finditer(source)):
            parts.append(re.escape(source[at : placeholder.start()]))
            name = placeholder.group(1) or f"_{count}"
            parts.append(f"(?P<{name}>.+)" if name == _NESTED else f"(?P<{name}>.+?)")
            at = placeholder.end()
        parts.append(re.escape(source[at:]))
        literal = len(_PLACEHOLDER.sub("", source))
        found.append((literal, source, re.compile("".join(parts), re.DOTALL)))
    found.sort(key=lambda item: -item[0])
    return [(source, pattern) for _, source, pattern in found]


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes (a wide or full-width character is two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_width = display_width


def wrap(text: str, width: int) -> list[str]:
    """Split ``text`` into lines of at most ``width`` columns (a CJK character counts two).

    A line breaks at a space or between two CJK characters, never before closing punctuation;
    a word longer than ``width`` stands on its own line.
    """
    lines: list[str] = []
    line, used = "", 0
    for token in _TOKEN.findall(" ".join(text.split())):
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        size = _width(token)
        if line and used + size > width and token[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, saying its own words in the command line's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        """Add the usage line, prefixed ``usage:`` in the command line's language."""
        if prefix is None:
            prefix = translate(ARGPARSE, "usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        """Start a section; argparse's own headings are translated."""
        super().start_section(translate(ARGPARSE, heading) if heading else heading)

    def format_help(self) -> str:
        """The help, laid out for the width of its characters.

        argparse ends a heading with an ASCII colon and indents the usage's continuation lines
        by the *length* of the ``usage:`` prefix; a Chinese heading ends in a full-width colon
        and the continuation lines are indented by the prefix's display width (``用法：`` is
        six columns, three characters).
        """
        text = super().format_help()
        if not _CJK.search(text):
            return text
        return _full_width_headings(_align_usage(text, translate(ARGPARSE, "usage: ")))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        help_text = action.help
        if help_text is None:
            return None
        # Python 3.10's BooleanOptionalAction added this; later ones do not: the same help.
        return translate(ARGPARSE, help_text.removesuffix(_BOOLEAN_DEFAULT))

    def _split_lines(self, text: str, width: int) -> list[str]:
        if not _CJK.search(text):
            return super()._split_lines(text, width)
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if not _CJK.search(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


def _full_width_headings(text: str) -> str:
    """Each section heading in Chinese (a line of CJK text ending in ``:``) ends in ``：``."""
    heading = re.compile(f"^( *[{_CJK_CHARS}][^\n]*?):$", re.MULTILINE)
    return heading.sub(lambda found: found.group(1) + "：", text)


def _align_usage(text: str, prefix: str) -> str:
    """Indent the usage's continuation lines by the extra columns of a wide ``prefix``."""
    extra = _width(prefix) - len(prefix)
    if extra <= 0 or not text.startswith(prefix):
        return text
    lines = text.split("\n")
    for index in range(1, len(lines)):
        if not lines[index].startswith(" "):
            break  # the usage ends at the first line that is not indented (a blank one)
        lines[index] = " " * extra + lines[index]
    return "\n".join(lines)


class Parser(argparse.ArgumentParser):
    """An argument parser whose help and errors are in the command line's language.

    A usage error prints the usage line and one ``error:`` line on stderr and exits 2
    (argparse's convention).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    json_errors = False
    """Whether a usage error also prints one JSON object on stdout (``--json`` was given)."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error, in the command line's language; exit 2.

        A missing or mistyped sub-command is named by its choices, not by the internal
        ``dest`` argparse would print (``action``). With ``--json`` (:attr:`json_errors`)
        stdout also gets ``{"error": English, "message_id": "cli.usage_error", "params":
        {"message": argparse's English}}``.
        """
        plain = self._command_error(message)
        shown = say(plain) if isinstance(plain, Message) else argparse_text(plain)
        self.print_usage(sys.stderr)
        if Parser.json_errors:
            english = plain.english() if isinstance(plain, Message) else plain
            usage = CliMsg.USAGE_ERROR(message=english)
            out = {"error": usage.english(), "message_id": usage.id, "params": usage.json_params()}
            print(json.dumps(out, ensure_ascii=False), flush=True)
        self.exit(2, say(CliMsg.ERROR_LINE(message=shown)) + "\n")

    def _command_error(self, message: str) -> Message | str:
        """A sub-command's error without argparse's internal ``dest`` (``action``) in it.

        A missing sub-command is ``CHOOSE_COMMAND`` with the choices; a mistyped one loses
        the ``argument action:`` prefix (the rest says what to choose from). Any other
        message is returned as it is.
        """
        for action in self._actions:
            if not isinstance(action, argparse._SubParsersAction) or not action.dest:
                continue
            if message == f"the following arguments are required: {action.dest}":
                return CliMsg.CHOOSE_COMMAND(commands=", ".join(action.choices or ()))
            message = message.removeprefix(f"argument {action.dest}: ")
        return message
