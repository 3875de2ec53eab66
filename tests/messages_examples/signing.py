"""Example parameters for ``inspect_app.domain.messages.signing`` (``SigningMsg``)."""

from __future__ import annotations

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.signing import SigningMsg

EXAMPLES: dict[SigningMsg, dict[str, Param]] = {}
