"""The bundled table of law articles (``resources/reference/laws.json``), loaded once."""

from __future__ import annotations

from functools import cache

from inspect_app.domain.law_table import LAWS_FILE, LawTable
from inspect_app.paths import resource


@cache
def law_table() -> LawTable:
    """Return the table of laws and articles, loaded once per process.

    Raises:
        ValidationError: the file is missing, not JSON, or lacks a field.
    """
    return LawTable.load(resource("reference", LAWS_FILE))
