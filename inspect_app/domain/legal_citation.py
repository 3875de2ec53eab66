"""Legal citations of a decision: the violated provision(s) and the basis for the order.

A decision (责令改正违法行为决定书) cites two separate things (``shared/reference/
enforcement-documents.md`` §4.2 rows 9 and 10): the provision the party violated (违反条款)
and the basis for ordering the correction (责令改正依据, e.g. 《行政处罚法》第二十八条第一款
with the substantive law's penalty article). Each is a list of citations, stored as one field
of the notice (``notice.violated_provisions``, ``notice.order_basis``).

Stored form: canonical JSON (sorted keys, no spaces) of::

    [{"article": 22, "item": null, "law": "water_pollution_2017", "paragraph": 2}, …]

``law`` is the id of a law in the bundled table (``resources/reference/laws.json``), ``article``
(条), ``paragraph`` (款) and ``item`` (项) are whole numbers from 1, the last two optional.
At most :data:`MAX_CITATIONS` citations per field. Standard library only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.common import Msg

MAX_CITATIONS = 12
MAX_JSON = 4_000
_LAW_ID = re.compile(r"^[a-z][a-z0-9_]{1,63}$")


@dataclass(frozen=True, order=True)
class Citation:
    """One cited provision: law id, article (条), paragraph (款) and item (项), numbers from 1."""

    law: str
    article: int
    paragraph: int | None = None
    item: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored form of this citation."""
        return {
            "law": self.law,
            "article": self.article,
            "paragraph": self.paragraph,
            "item": self.item,
        }


def _number(value: Any, required: bool) -> int | None:
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
        raise ValueError(value)
    return value


def parse(text: str) -> tuple[Citation, ...]:
    """Read the stored form into citations (duplicates refused).

    Raises:
        ValidationError: not JSON, not a list of citation objects, a malformed law id, a
            number outside 1…1000, a duplicate, or more than :data:`MAX_CITATIONS`.
    """
    bad = Msg.CITATION_INVALID(max_count=MAX_CITATIONS)
    if len(text) > MAX_JSON:
        raise ValidationError(bad)
    try:
        raw = json.loads(text)
        if not isinstance(raw, list) or len(raw) > MAX_CITATIONS:
            raise ValueError(text)
        out: list[Citation] = []
        for item in raw:
            if not isinstance(item, dict) or set(item) - {"law", "article", "paragraph", "item"}:
                raise ValueError(item)
            law = item.get("law")
            if not isinstance(law, str) or not _LAW_ID.match(law):
                raise ValueError(law)
            citation = Citation(
                law,
                _number(item.get("article"), True) or 0,
                _number(item.get("paragraph"), False),
                _number(item.get("item"), False),
            )
            if citation in out:
                raise ValueError(citation)
            out.append(citation)
    except (ValueError, RecursionError):
        raise ValidationError(bad) from None
    return tuple(out)


def dump(citations: tuple[Citation, ...] | list[Citation]) -> str:
    """The stored (canonical) form of ``citations``, in the given order."""
    return json.dumps(
        [c.to_json() for c in citations],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def check_field(value: Any, name: str) -> Any:
    """The entity registry's validator of a citations field: canonical form, or None.

    Raises:
        ValidationError: not text, or not valid citations (see :func:`parse`).
    """
    if value is None or value == "" or value == "[]":
        return None
    if not isinstance(value, str):
        raise ValidationError(Msg.CITATION_INVALID(max_count=MAX_CITATIONS))
    return dump(parse(value))
