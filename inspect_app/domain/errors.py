"""Typed errors of the core.

Every error raised to a user interface is an :class:`InspectError`: its ``str()`` is one
sentence a user can act on (what happened and what to do next). Front doors (CLI, GUI)
print that sentence; they never show a traceback.

An error raised with a keyed :class:`~inspect_app.domain.messages.Message` (``raise
PhotoRejectedError(Msg.PHOTO_EMPTY(name=name))``) keeps it in :attr:`InspectError.keyed_message`
so a front door can render it in its language; its ``str()`` stays the English sentence.
"""

from __future__ import annotations

from inspect_app.domain.messages import Message


class InspectError(Exception):
    """Base class of every error the app reports to a user.

    Args:
        *args: the English sentence, or a keyed :class:`Message` (then ``args[0]`` becomes
            its English rendering), as for :class:`Exception`.
    """

    keyed_message: Message | None
    """The keyed message this error was raised with (None: an English sentence only)."""

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], Message):
            self.keyed_message = args[0]
            args = (args[0].english(), *args[1:])
        else:
            self.keyed_message = None
        super().__init__(*args)


class ValidationError(InspectError):
    """Input that breaks a domain rule (bad credit code, unknown category, empty name …)."""


class NotFoundError(InspectError):
    """A record id that does not exist (or was withdrawn) in this store."""


class PhotoRejectedError(InspectError):
    """A file that cannot be stored as an evidence photo (not an image, empty, a bomb …)."""


class StoreError(InspectError):
    """The store cannot be opened, migrated or written (locked, corrupt, disk full …)."""


class FontMissingError(InspectError):
    """The CJK font needed for the UI and notice PDFs cannot be found."""


class CancelledError(InspectError):
    """A long job was cancelled by the user."""
