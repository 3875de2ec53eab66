"""Example parameters for the messages of ``inspect_app.domain.messages.store`` (``StoreMsg``)."""

from __future__ import annotations

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.store import StoreMsg

EXAMPLES: dict[StoreMsg, dict[str, Param]] = {}
