"""Example parameters for every keyed message: one module per family of messages.

A new message needs its example in the module named like its family
(``tests/messages_examples/<family>.py``, a dict ``EXAMPLES``): ``tests/test_messages.py``
renders each one in every language and fails for a message without one.
"""

from __future__ import annotations

import importlib
import pkgutil

from inspect_app.domain.messages import MessageKind, Param


def _collect() -> dict[MessageKind, dict[str, Param]]:
    examples: dict[MessageKind, dict[str, Param]] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        examples.update(module.EXAMPLES)
    return examples


EXAMPLES = _collect()
