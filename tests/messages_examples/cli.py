"""Example parameters for the messages of ``inspect_app.domain.messages.cli`` (``CliMsg``)."""

from __future__ import annotations

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.cli import CliMsg

EXAMPLES: dict[CliMsg, dict[str, Param]] = {}
