"""``inspect-app law list`` and ``law show LAW[:ARTICLE[:PARAGRAPH[:ITEM]]]``.

Look up the bundled table of laws (``resources/reference/laws.json``) that decisions cite:
each law's id (what ``notice edit --violated/--order-basis`` take), full name, version and
the articles held with their text. An article whose wording awaits a lawyer's check is
marked ``verified: false``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from inspect_app.cli.messages import translate
from inspect_app.domain import legal_citation
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.law_table import Law, article_lines, provision_label
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.storage.laws import law_table
from inspect_app.storage.store import Store

__all__ = ["add_commands"]


def add_commands(group: Callable[[str, str], Any], leaf: Callable[..., Any]) -> None:
    """Register ``law list`` and ``law show`` (``group``/``leaf`` as in ``cli/__init__``)."""
    law = group("law", translate("CommandLine", "the bundled table of laws decisions cite"))
    leaf(law, "list", _law_list, translate("CommandLine", "list the laws and their articles"))
    p = leaf(
        law,
        "show",
        _law_show,
        translate("CommandLine", "show a law's articles, or one article, with their text"),
    )
    p.add_argument(
        "citation",
        metavar="LAW[:ARTICLE]",
        help=translate(
            "CommandLine",
            "a law id or alias (water_pollution_2017, water_pollution), optionally with "
            ":ARTICLE[:PARAGRAPH[:ITEM]]",
        ),
    )


def _law_json(law: Law) -> dict[str, Any]:
    return {
        "id": law.id,
        "aliases": list(law.aliases),
        "name": law.name,
        "version": law.version,
        "source": law.source,
        "articles": [provision_label(n) for n in sorted(law.articles)],
    }


def _law_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    table = law_table()
    # the table's note is English data: ``--json`` keeps it, a person reads the keyed sentence
    note = CliMsg.LAW_TABLE_NOTE(site="flk.npc.gov.cn")
    source = table.source if getattr(args, "json", False) else note
    return {"laws": [_law_json(law) for law in table.laws], "source": source}


def _law_show(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    table = law_table()
    text = str(args.citation).strip()
    law = table.law(text.split(":", 1)[0])
    if ":" not in text:
        if law is None:
            known = ", ".join(x.id for x in table.laws)
            raise ValidationError(
                NoticeMsg.CITATION_UNKNOWN_LAW(citation=text, law=text, known=known)
            )
        numbers = sorted(law.articles)
    else:
        citation = legal_citation.parse_spec(text, table)
        legal_citation.require_known([citation], table)
        assert law is not None
        numbers = [citation.article]
    articles = []
    for number in numbers:
        article = law.articles[number]
        articles.append(
            {
                "article": provision_label(number),
                "verified": article.verified,
                "text": "\n".join(line for _, _, line in article_lines(article)),
            }
        )
    out = _law_json(law)
    out["articles"] = articles
    if ":" in text:
        out["citation"] = legal_citation.format_citation(
            legal_citation.parse_spec(text, table), table
        )
    return out


def add_citation_options(p: argparse.ArgumentParser) -> None:
    """The citation options of ``notice edit``: ``--violated``, ``--order-basis``, 附件."""
    p.add_argument(
        "--violated",
        action="append",
        metavar="LAW:ARTICLE[:PARAGRAPH[:ITEM]]",
        help=translate(
            "CommandLine",
            "a violated provision (违反条款), e.g. water_pollution:22; repeat for several; "
            "replaces the draft's list ('' for none). See: inspect-app law list",
        ),
    )
    p.add_argument(
        "--order-basis",
        action="append",
        metavar="LAW:ARTICLE[:PARAGRAPH[:ITEM]]",
        help=translate(
            "CommandLine",
            "a basis of the order (责令改正依据), e.g. water_pollution:84:2 or "
            "administrative_penalty:28:1; repeat for several; replaces the draft's list",
        ),
    )
    p.add_argument(
        "--attach-law-texts",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "CommandLine", "append the 附件 相关法律条文 (the cited articles' texts; default on)"
        ),
    )


def _specs(values: list[str] | None) -> list[legal_citation.Citation] | None:
    if values is None:
        return None
    table = law_table()
    return [legal_citation.parse_spec(v, table) for v in values if v.strip()]


def citation_changes(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of ``set_citations`` the options give (empty: none given).

    Raises:
        ValidationError: a value that is not ``LAW:ARTICLE[:PARAGRAPH[:ITEM]]``.
    """
    out: dict[str, Any] = {}
    violated = _specs(getattr(args, "violated", None))
    basis = _specs(getattr(args, "order_basis", None))
    if violated is not None:
        out["violated"] = violated
    if basis is not None:
        out["basis"] = basis
    if getattr(args, "attach_law_texts", None) is not None:
        out["attach_law_texts"] = bool(args.attach_law_texts)
    return out


def cited_json(store: Store, notice: Any) -> dict[str, Any]:
    """What a notice cites, printed as the decision prints it (for ``notice edit``'s output)."""
    from inspect_app.notices.citations import notice_citations, officer_notes

    cited = notice_citations(store, notice)
    table = law_table()
    return {
        "violated_text": [legal_citation.format_citation(c, table) for c in cited.violated],
        "order_basis_text": [legal_citation.format_citation(c, table) for c in cited.basis],
        "officer_notes": [
            {"finding": f, "legal_basis": t} for f, t in officer_notes(store, notice)
        ],
    }
