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

Typed form (CLI, :func:`parse_spec`): ``LAW:ARTICLE[:PARAGRAPH[:ITEM]]`` with the law's id or
alias, e.g. ``water_pollution_2017:84:2``; an item of a one-paragraph article leaves the
paragraph empty: ``water_pollution:83::2``.

:func:`check_field` is structural only (the entity registry's cheap validator);
:func:`check_known` checks citations against the bundled table of laws
(:class:`~inspect_app.domain.law_table.LawTable`) and is called by every path that sets
citations (the draft dialog, ``notice edit``) and by the issue blockers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.law_table import (
    UNVERIFIED_NOTE,
    LawTable,
    LawText,
    article_lines,
    provision_label,
)
from inspect_app.domain.messages.catalog import Message
from inspect_app.domain.messages.common import Msg
from inspect_app.domain.messages.notice import NoticeMsg

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


def spec(citation: Citation) -> str:
    """The typed form of ``citation``: ``law:article[:paragraph[:item]]`` (see module doc)."""
    out = f"{citation.law}:{citation.article}"
    if citation.paragraph is not None or citation.item is not None:
        out += f":{citation.paragraph or ''}"
    if citation.item is not None:
        out += f":{citation.item}"
    return out


def parse_spec(text: str, table: LawTable | None = None) -> Citation:
    """Read a typed citation ``LAW:ARTICLE[:PARAGRAPH[:ITEM]]``; an alias becomes the law's id.

    Args:
        text: e.g. ``"water_pollution:22"``, ``"solid_waste_2020:102:1:7"``,
            ``"water_pollution_2017:83::2"``.
        table: when given, an alias (``water_pollution``) is replaced by the law's id.

    Raises:
        ValidationError: ``NoticeMsg.CITATION_BAD_SPEC`` for anything else (numbers 1…1000).
    """
    bad = ValidationError(
        NoticeMsg.CITATION_BAD_SPEC(
            spec=repr(text), example="water_pollution_2017:84:2, water_pollution_2017:83::2"
        )
    )
    parts = str(text).strip().split(":")
    if not 2 <= len(parts) <= 4 or not _LAW_ID.match(parts[0]):
        raise bad
    numbers: list[int | None] = []
    for index, part in enumerate(parts[1:]):
        if part == "" and index == 1:
            numbers.append(None)
            continue
        if not part.isdigit() or not 1 <= int(part) <= 1000:
            raise bad
        numbers.append(int(part))
    numbers += [None] * (3 - len(numbers))
    article, paragraph, item = numbers
    if article is None or (len(parts) == 3 and paragraph is None):
        raise bad
    law = parts[0]
    if table is not None and (found := table.law(law)) is not None:
        law = found.id
    return Citation(law, article, paragraph, item)


def _problem(citation: Citation, table: LawTable) -> Message | None:
    """Why ``citation`` is not in ``table``, or None when it is."""
    law = table.law(citation.law)
    where = spec(citation)
    if law is None:
        known = ", ".join(x.id for x in table.laws)
        return NoticeMsg.CITATION_UNKNOWN_LAW(citation=where, law=citation.law, known=known)
    article = law.articles.get(citation.article)
    if article is None:
        return NoticeMsg.CITATION_UNKNOWN_ARTICLE(
            citation=where, article=citation.article, law=law.name
        )
    paragraph_no = citation.paragraph
    if paragraph_no is not None and paragraph_no > len(article.paragraphs):
        return NoticeMsg.CITATION_UNKNOWN_PARAGRAPH(
            citation=where, article=citation.article, law=law.name, count=len(article.paragraphs)
        )
    if citation.item is None:
        return None
    if paragraph_no is None:
        if len(article.paragraphs) != 1:
            return NoticeMsg.CITATION_ITEM_NEEDS_PARAGRAPH(
                citation=where, article=citation.article, law=law.name
            )
        paragraph_no = 1
    items = article.paragraphs[paragraph_no - 1].items
    if citation.item > len(items):
        return NoticeMsg.CITATION_UNKNOWN_ITEM(
            citation=where, article=citation.article, law=law.name, count=len(items)
        )
    return None


def check_known(citations: tuple[Citation, ...] | list[Citation], table: LawTable) -> list[Message]:
    """What in ``citations`` the bundled table does not hold: one keyed message each.

    Checks that the law (id or alias), the article, the paragraph (款) and the item (项)
    exist; an item without a paragraph is allowed only in a one-paragraph article (the way
    published decisions write 第八十三条第（二）项). Empty when every citation is known.
    """
    return [m for m in (_problem(c, table) for c in citations) if m is not None]


def require_known(citations: tuple[Citation, ...] | list[Citation], table: LawTable) -> None:
    """Raise on the first citation the table does not hold (see :func:`check_known`).

    Raises:
        ValidationError: the keyed message of :func:`check_known`.
    """
    problems = check_known(citations, table)
    if problems:
        raise ValidationError(problems[0])


def format_citation(citation: Citation, table: LawTable) -> str:
    """The printed citation: ``《中华人民共和国水污染防治法》第二十二条第二款``.

    A law the table does not know prints by its id (the issue blockers stop such a notice).
    """
    law = table.law(citation.law)
    name = law.name if law else citation.law
    return name + provision_label(citation.article, citation.paragraph, citation.item)


def citation_groups(
    citations: tuple[Citation, ...] | list[Citation], table: LawTable
) -> tuple[str, ...]:
    """The printed citations, consecutive ones of one law after its name once.

    E.g. ``("《中华人民共和国水污染防治法》第十条、第三十九条",
    "《中华人民共和国行政处罚法》第二十八条第一款")``: one string per run of the same law,
    as published decisions write them.
    """
    groups: list[str] = []
    previous = None
    for citation in citations:
        label = provision_label(citation.article, citation.paragraph, citation.item)
        if citation.law == previous and groups:
            groups[-1] += "、" + label
        else:
            groups.append(format_citation(citation, table))
        previous = citation.law
    return tuple(groups)


def format_citations(citations: tuple[Citation, ...] | list[Citation], table: LawTable) -> str:
    """Several citations as one text: the groups of :func:`citation_groups` joined by ``、``."""
    return "、".join(citation_groups(citations, table))


def law_texts(
    citations: tuple[Citation, ...] | list[Citation], table: LawTable
) -> tuple[LawText, ...]:
    """The 附件 entries for ``citations``: each cited article once, in citation order.

    The cited paragraphs/items of an article are marked (all lines when the whole article is
    cited). Citations the table does not hold are left out (they block issuing anyway).
    """
    order: list[tuple[str, int]] = []
    marks: dict[tuple[str, int], set[tuple[int | None, int | None]] | None] = {}
    for citation in citations:
        law = table.law(citation.law)
        if law is None or citation.article not in law.articles:
            continue
        key = (law.id, citation.article)
        if key not in marks:
            order.append(key)
            marks[key] = set()
        paragraph = citation.paragraph
        if paragraph is None and citation.item is not None:
            paragraph = 1
        chosen = marks[key]
        if paragraph is None:
            marks[key] = None  # the whole article
        elif chosen is not None:
            chosen.add((paragraph, citation.item))
    out: list[LawText] = []
    for law_id, number in order:
        law = table.law(law_id)
        assert law is not None
        article = law.articles[number]
        lines = article_lines(article)
        chosen = marks[(law_id, number)]
        cited = tuple(
            index
            for index, (p_no, i_no, _) in enumerate(lines)
            if chosen is None or (p_no, i_no) in chosen or (p_no, None) in chosen
        )
        out.append(
            LawText(
                law_name=law.name,
                version=law.version,
                heading=provision_label(number),
                lines=tuple(text for _, _, text in lines),
                cited=cited,
                verified=article.verified,
            )
        )
    return tuple(out)


__all__ = [
    "MAX_CITATIONS",
    "UNVERIFIED_NOTE",
    "Citation",
    "check_field",
    "check_known",
    "citation_groups",
    "dump",
    "format_citation",
    "format_citations",
    "law_texts",
    "parse",
    "parse_spec",
    "require_known",
    "spec",
]
