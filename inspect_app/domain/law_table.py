"""The bundled table of law articles a decision may cite, and how citations are printed.

The table (``resources/reference/laws.json``) holds, per law: an id (``water_pollution_2017``),
short aliases (``water_pollution``), the full name in 《》, the version in force and its source
(国家法律法规数据库, flk.npc.gov.cn), and the articles the finding categories cite, each as
paragraphs (款) holding optional items (项) — enough to check that a cited paragraph or item
exists and to quote it verbatim in the 附件 "相关法律条文". An article marked
``"verified": false`` keeps the official structure but its wording awaits a lawyer's check.

Printing follows published decisions (``shared/reference/enforcement-documents.md`` §4.2
rows 9–10): ``《中华人民共和国水污染防治法》第二十二条第二款``; an item as ``第（二）项``.
Standard library only; the caller reads the file (``storage/laws.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.common import Msg

LAWS_FILE = "laws.json"
UNVERIFIED_NOTE = "条文以国家法律法规数据库公布的文本为准"

_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """A whole number 1…999 in Chinese numerals as laws number articles.

    ``1`` → ``一``, ``10`` → ``十``, ``15`` → ``十五``, ``20`` → ``二十``, ``102`` →
    ``一百零二``, ``110`` → ``一百一十``, ``112`` → ``一百一十二``, ``999`` → ``九百九十九``.

    Raises:
        ValueError: ``n`` outside 1…999.
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 999:
        raise ValueError(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += _DIGITS[hundreds] + "百"
    if tens:
        # 十五 alone, but 一百一十五 inside a larger number
        out += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += _DIGITS[ones]
    return out


@dataclass(frozen=True)
class Paragraph:
    """One paragraph (款) of an article: its text (the lead-in when it has items) and items."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One article (条): its number, paragraphs, and whether its wording was verified."""

    number: int
    paragraphs: tuple[Paragraph, ...]
    verified: bool


@dataclass(frozen=True)
class Law:
    """One law or administrative regulation in the table.

    Attributes:
        id: stable id with the version year, e.g. ``"water_pollution_2017"``.
        aliases: shorter names accepted when typing a citation, e.g. ``("water_pollution",)``.
        name: full name in 《》, e.g. ``"《中华人民共和国水污染防治法》"``.
        version: the version in force, e.g. ``"2017年6月27日第二次修正，2018年1月1日起施行"``.
        source: where the official text is published.
        articles: the articles held, by number.
    """

    id: str
    aliases: tuple[str, ...]
    name: str
    version: str
    source: str
    articles: dict[int, Article]


@dataclass(frozen=True)
class LawText:
    """One article quoted in the 附件 "相关法律条文" of a decision.

    Attributes:
        law_name: full name in 《》.
        version: the law's version line.
        heading: the article, e.g. ``"第八十三条"``.
        lines: the article's text, one line per paragraph and item, items labelled ``（一）``.
        cited: indexes into ``lines`` of the cited paragraph or item (all lines: the article).
        verified: False when the wording awaits a lawyer's check.
    """

    law_name: str
    version: str
    heading: str
    lines: tuple[str, ...]
    cited: tuple[int, ...]
    verified: bool


class LawTable:
    """The laws of ``laws.json``, looked up by id or alias. Build with :meth:`from_json`."""

    def __init__(self, laws: tuple[Law, ...], source: str = "") -> None:
        """Hold already-parsed laws (use :meth:`from_json` or :meth:`load`)."""
        self.laws = laws
        self.source = source
        self._keys: dict[str, Law] = {}
        for law in laws:
            for key in (law.id, *law.aliases):
                self._keys.setdefault(key, law)

    @classmethod
    def load(cls, path: Path) -> LawTable:
        """Read the table from ``path`` (``laws.json``).

        Raises:
            ValidationError: unreadable, not JSON, a missing field, a duplicate id.
        """
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ValidationError(
                Msg.REFERENCE_UNREADABLE(path=path, reason=str(exc.strerror or exc))
            ) from exc
        except json.JSONDecodeError as exc:
            raise ValidationError(
                Msg.REFERENCE_NOT_JSON(path=path, line=exc.lineno, problem=exc.msg)
            ) from exc
        if not isinstance(doc, dict):
            raise ValidationError(Msg.REFERENCE_NOT_OBJECT(path=path))
        return cls.from_json(doc)

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> LawTable:
        """Build the table from the parsed JSON document.

        Raises:
            ValidationError: a missing field or a duplicate law id.
        """
        laws: list[Law] = []
        for item in _field(doc, "laws"):
            articles: dict[int, Article] = {}
            for raw in _field(item, "articles"):
                number = int(_field(raw, "number"))
                paragraphs = tuple(
                    Paragraph(
                        str(_field(para, "text")), tuple(str(i) for i in para.get("items", ()))
                    )
                    for para in _field(raw, "paragraphs")
                )
                articles[number] = Article(number, paragraphs, bool(raw.get("verified", False)))
            law = Law(
                id=str(_field(item, "id")),
                aliases=tuple(str(a) for a in item.get("aliases", ())),
                name=str(_field(item, "name")),
                version=str(_field(item, "version")),
                source=str(_field(item, "source")),
                articles=articles,
            )
            if any(known.id == law.id for known in laws):
                raise ValidationError(
                    Msg.REFERENCE_DUPLICATE_CODE(file=LAWS_FILE, code=repr(law.id))
                )
            laws.append(law)
        return cls(tuple(laws), str(doc.get("source", "")))

    def law(self, key: str) -> Law | None:
        """The law with this id or alias, or None."""
        return self._keys.get(key)

    def article(self, law: str, number: int) -> Article | None:
        """The article ``number`` of law ``law`` (id or alias), or None."""
        found = self.law(law)
        return found.articles.get(number) if found else None


def _field(item: Any, name: str) -> Any:
    if not isinstance(item, dict) or name not in item:
        raise ValidationError(Msg.REFERENCE_MISSING_FIELD(file=LAWS_FILE, field=repr(name)))
    return item[name]


def provision_label(article: int, paragraph: int | None = None, item: int | None = None) -> str:
    """The printed provision without the law's name.

    ``第八十三条``, ``第二十二条第二款``, ``第八十三条第（二）项``,
    ``第一百零二条第一款第（七）项``.
    """
    out = f"第{cn_number(article)}条"
    if paragraph is not None:
        out += f"第{cn_number(paragraph)}款"
    if item is not None:
        out += f"第（{cn_number(item)}）项"
    return out


def item_label(number: int) -> str:
    """The printed label of item ``number``: ``（一）``."""
    return f"（{cn_number(number)}）"


def article_lines(article: Article) -> list[tuple[int | None, int | None, str]]:
    """The article as printed lines: ``(paragraph, item, text)``, items labelled ``（一）``."""
    lines: list[tuple[int | None, int | None, str]] = []
    for p_number, para in enumerate(article.paragraphs, start=1):
        lines.append((p_number, None, para.text))
        for i_number, text in enumerate(para.items, start=1):
            lines.append((p_number, i_number, item_label(i_number) + text))
    return lines
