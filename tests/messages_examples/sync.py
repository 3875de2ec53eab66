"""Example parameters for the messages of ``inspect_app.domain.messages.sync`` (``SyncMsg``)."""

from __future__ import annotations

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.sync import SyncMsg

EXAMPLES: dict[SyncMsg, dict[str, Param]] = {}
