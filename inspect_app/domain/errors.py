"""Typed errors of the core.

Every error raised to a user interface is an :class:`InspectError`: its ``str()`` is one
sentence a user can act on (what happened and what to do next). Front doors (CLI, GUI)
print that sentence; they never show a traceback.
"""

from __future__ import annotations


class InspectError(Exception):
    """Base class of every error the app reports to a user."""


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
