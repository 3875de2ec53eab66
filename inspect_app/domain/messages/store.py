"""Keyed messages about the store: opening, numbering, agencies, files and records."""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate  # noqa: F401


class StoreMsg(MessageKind):
    """Members: ``X = translate("Message", "English {param}.", "family.what")``."""
