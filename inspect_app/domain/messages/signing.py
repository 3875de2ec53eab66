"""Keyed messages about signing: certificates, permissions, the team PKI and verification."""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate  # noqa: F401


class SigningMsg(MessageKind):
    """Members: ``X = translate("Message", "English {param}.", "family.what")``."""
