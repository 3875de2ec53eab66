"""Example parameters for the messages of ``inspect_app.domain.messages.notice`` (``NoticeMsg``)."""

from __future__ import annotations

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.notice import NoticeMsg

EXAMPLES: dict[NoticeMsg, dict[str, Param]] = {}
