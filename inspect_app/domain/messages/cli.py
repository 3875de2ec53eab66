"""Keyed messages of the command line: its own input errors and summaries."""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate  # noqa: F401


class CliMsg(MessageKind):
    """Members: ``X = translate("Message", "English {param}.", "family.what")``."""
