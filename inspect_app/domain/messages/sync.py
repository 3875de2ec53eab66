"""Keyed messages about sync: bundles, the hub, the judge's verdicts, conflicts and progress."""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate  # noqa: F401


class SyncMsg(MessageKind):
    """Members: ``X = translate("Message", "English {param}.", "family.what")``."""
