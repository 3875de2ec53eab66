"""Keyed messages about documents.

Drafting warnings, issue blockers, record gaps, closing and service.
"""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate  # noqa: F401


class NoticeMsg(MessageKind):
    """Members: ``X = translate("Message", "English {param}.", "family.what")``."""
