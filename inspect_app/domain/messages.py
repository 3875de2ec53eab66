"""Keyed messages: what the core tells a person, as an id with named, typed parameters.

The core never assembles a user-visible sentence. It names a :class:`Msg` (an id and its
English template with ``{named}`` placeholders) and gives the parameters as typed values;
a front door renders it in its language: the window through Qt
(``QCoreApplication.translate("Message", template, id)``, ``inspect_app/ui/core_text.py``),
the command line from the same catalog file (``inspect_app/cli/messages.py``).

The catalog is the Qt translation file ``inspect_app/resources/i18n/inspect_app_zh_CN.ts``:
context ``Message``, one entry per id, ``<source>`` the English template, ``<comment>`` the id.
Each member below is declared with :func:`translate`, which is shaped like Qt's
``QCoreApplication.translate`` so that ``pyside6-lupdate`` collects this module into that
context (see ``inspect_app/resources/i18n/README.md``); at run time it only pairs the id with
its template.

Parameters are formatted by type for the language (:func:`format_param`): dates as
``2026年12月5日`` in Chinese and ``2026-12-05`` in English, integers with thousands
separators, decimals as written, paths as given; text is inserted as it is (names, codes,
and what the operating system or a library said).
"""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import PurePath
from typing import NamedTuple

log = logging.getLogger(__name__)

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (CHINESE, ENGLISH)
CONTEXT = "Message"
"""The context of every keyed message in the ``.ts`` catalog."""

Param = int | float | Decimal | date | datetime | PurePath | str
"""A message parameter: a typed value, formatted by the renderer for the language."""

JsonParam = int | float | str
"""A parameter as ``--json`` prints it (see :meth:`Message.json_params`)."""


class Template(NamedTuple):
    """A message id and its English template (the value of a :class:`Msg` member)."""

    id: str
    english: str


def translate(context: str, english: str, message_id: str) -> Template:
    """Declare one message: ``message_id`` with its English ``english`` template.

    Shaped like ``QCoreApplication.translate(context, source, disambiguation)`` so that
    ``pyside6-lupdate`` lists the message in the ``.ts`` catalog (context ``Message``, the id
    as its comment); nothing is translated here.

    Raises:
        ValueError: ``context`` is not ``"Message"``.
    """
    if context != CONTEXT:
        raise ValueError(f"keyed messages live in the {CONTEXT!r} context, not {context!r}")
    return Template(message_id, english)


class Msg(Enum):
    """Every keyed message of the core: ``Msg.X.id``, ``Msg.X.english``; ``Msg.X(**params)``.

    Ids are ``family.what`` and never change once released (scripts read them from
    ``--json``); the English may be reworded (the ``.ts`` entry then needs translating again).
    """

    # -- photos: why a file was not imported (inspect_app/photos/) -----------------------------
    PHOTO_NOT_FOUND = translate(
        "Message", "{name} was not found: check that the file still exists.", "photo.not_found"
    )
    PHOTO_IS_FOLDER = translate(
        "Message", "{name} is a folder, not a photo file.", "photo.is_folder"
    )
    PHOTO_FILE_UNREADABLE = translate(
        "Message",
        "{name} cannot be read ({reason}): check the file and its permissions.",
        "photo.file_unreadable",
    )
    PHOTO_EMPTY = translate(
        "Message",
        "{name} is empty (0 bytes): copy the original photo from the camera again.",
        "photo.empty",
    )
    PHOTO_TOO_LARGE = translate(
        "Message",
        "{name} is too large to open safely ({pixels} pixels, limit {limit}): it may be a "
        "decompression bomb, so it was not imported.",
        "photo.too_large",
    )
    PHOTO_TOO_MANY_PIXELS = translate(
        "Message",
        "{name} is too large to open safely (too many pixels, limit {limit}): it may be a "
        "decompression bomb, so it was not imported.",
        "photo.too_many_pixels",
    )
    PHOTO_NOT_DECODABLE = translate(
        "Message", "{name} cannot be read as an image ({reason}).", "photo.not_decodable"
    )
    PHOTO_BROKEN_HEADER = translate(
        "Message", "{name} is not a readable image ({error}).", "photo.broken_header"
    )
    PHOTO_EMPTY_SIZE = translate(
        "Message",
        "{name} claims an empty image size ({width}×{height}).",
        "photo.empty_size",
    )
    PHOTO_AVIF = translate(
        "Message",
        "{name} is an AVIF image, which this installation cannot read: convert it to JPEG.",
        "photo.avif",
    )
    PHOTO_NOT_AN_IMAGE = translate(
        "Message",
        "{name} is not an image file that can be read (JPEG, PNG, TIFF, WebP …).",
        "photo.not_an_image",
    )
    PHOTO_HEIF_NO_DECODER = translate(
        "Message",
        "{name} is a HEIC/HEIF photo, which this installation cannot read: convert it to JPEG "
        "(on an iPhone choose Camera > Formats > Most Compatible) or install the pi-heif "
        "package.",
        "photo.heif_no_decoder",
    )
    PHOTO_HEIF_DAMAGED = translate(
        "Message",
        "{name} is a HEIC/HEIF photo, which this installation cannot read: the file is damaged "
        "or uses a HEIF feature that is not supported ({problem}); copy the original from the "
        "phone again, or convert it to JPEG.",
        "photo.heif_damaged",
    )
    PHOTO_FOLDER_CHOSEN = translate(
        "Message", "{name} is a folder; choose photo files.", "photo.folder_chosen"
    )
    PHOTO_NOT_REGULAR_FILE = translate(
        "Message",
        "{name} is not a regular file (a device, pipe or socket); choose photo files.",
        "photo.not_regular_file",
    )
    PHOTO_READ_FAILED = translate(
        "Message", "{name} could not be read ({error}).", "photo.read_failed"
    )
    PHOTO_STORE_FAILED = translate(
        "Message",
        "{name} could not be stored ({reason}): check free disk space and try again.",
        "photo.store_failed",
    )
    PHOTO_FOLDER_EMPTY = translate(
        "Message", "no photos found in folder {folder} ({endings}).", "photo.folder_empty"
    )
    PHOTO_FOLDER_UNREADABLE = translate(
        "Message", "folder {folder} cannot be read ({reason}).", "photo.folder_unreadable"
    )
    PHOTO_RECORD_CLOSED = translate(
        "Message",
        "this record is signed and closed: it takes no more photos",
        "photo.record_closed",
    )
    PHOTO_PATHS_MISSING = translate(
        "Message",
        "no such file or folder: {paths} (nothing was saved)",
        "photo.paths_missing",
    )
    PHOTO_NO_SUCH_PATH = translate("Message", "no such file or folder", "photo.no_such_path")

    @property
    def id(self) -> str:
        """The stable message id (``photo.empty``)."""
        return self.value.id

    @property
    def english(self) -> str:
        """The English template, with ``{named}`` placeholders."""
        return self.value.english

    def __call__(self, **params: Param) -> Message:
        """Return this message with its parameters (``Msg.PHOTO_EMPTY(name="a.jpg")``)."""
        return Message(self, params)


@dataclass(frozen=True)
class Message:
    """One message to show a person: which :class:`Msg`, and its parameters.

    ``str()`` is the English rendering (what logs and English front doors print).
    """

    msg: Msg
    params: Mapping[str, Param] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """The message id (``photo.empty``)."""
        return self.msg.id

    def english(self) -> str:
        """The message in English (never raises: a broken template shows its parameters)."""
        try:
            return fill(self.msg.english, self.params, ENGLISH)
        except ValueError:
            log.exception("message %s cannot be rendered with %r", self.id, self.params)
            return f"{self.msg.english} {dict(self.params)!r}"

    def json_params(self) -> dict[str, JsonParam]:
        """The parameters for ``--json``: numbers stay numbers, the rest is text (ISO dates)."""
        return {key: _json_param(value) for key, value in self.params.items()}

    def __str__(self) -> str:
        return self.english()


def placeholders(template: str) -> set[str]:
    """Return the ``{named}`` placeholders of ``template``.

    Raises:
        ValueError: the template is malformed (an unmatched brace).
    """
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def fill(template: str, params: Mapping[str, Param], language: str) -> str:
    """Return ``template`` with each ``{name}`` replaced by its parameter in ``language``.

    Parameters are formatted by :func:`format_param` first, so a template names them plainly.

    Raises:
        ValueError: the template is malformed, uses a format spec (parameters are text by
            then), or names a parameter that was not given.
    """
    try:
        names = placeholders(template)
        missing = names - params.keys()
        if missing:
            raise ValueError(f"no value for {sorted(missing)} in {template!r}")
        return template.format_map({k: format_param(params[k], language) for k in names})
    except (KeyError, IndexError, AttributeError) as e:
        raise ValueError(f"cannot fill {template!r}: {e}") from e


def format_param(value: Param, language: str) -> str:
    """Return one parameter as text in ``language`` (``"zh_CN"`` or ``"en"``)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime):
        if language == CHINESE:
            return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        if language == CHINESE:
            return f"{value.year}年{value.month}月{value.day}日"
        return value.isoformat()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return format(value, "g")
    return str(value)


def _json_param(value: Param) -> JsonParam:
    if isinstance(value, bool | int | float) and not isinstance(value, Decimal):
        return value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)
