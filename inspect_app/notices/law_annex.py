"""The 附件 "相关法律条文" of a decision: the full text of each cited article.

Published decisions attach the texts of the provisions they cite (``shared/reference/
enforcement-documents.md`` §4.2 row 14, C3). The 附件 starts on a new page after the
decision's last page, in the same PDF (so it is signed together with the decision), headed
"附件：相关法律条文" with the decision's number. Each law is named once with its version line
(the version in force the table quotes); each cited article follows in full, the cited
paragraph (款) or item (项) underlined when only part of the article is cited. Where an
article's wording is marked unverified in the bundled table, the 附件 ends with the note
"条文以国家法律法规数据库公布的文本为准".
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from inspect_app.domain.law_table import UNVERIFIED_NOTE, LawText
from inspect_app.notices.layout import normalise_document_number, styles

ANNEX_TITLE = "附件：相关法律条文"
PARTLY_CITED_NOTE = "（加下划线的是本决定书引用的款、项）"


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    return {
        "title": ParagraphStyle(
            "annex_title", parent=base["heading"], fontSize=16, leading=26, alignment=TA_CENTER
        ),
        "ref": ParagraphStyle("annex_ref", parent=base["field"], alignment=TA_CENTER),
        "law": ParagraphStyle("annex_law", parent=base["heading"], spaceBefore=10),
        "version": ParagraphStyle(
            "annex_version", parent=base["note"], fontSize=10, leading=15, spaceAfter=2
        ),
        "text": base["body"],
        "item": ParagraphStyle("annex_item", parent=base["body"], firstLineIndent=0, leftIndent=24),
    }


def annex_story(texts: Sequence[LawText], document_number: str) -> list[Flowable]:
    """The flowables of the 附件, starting with a page break; empty for no texts.

    Args:
        texts: the cited articles (:func:`inspect_app.domain.legal_citation.law_texts`).
        document_number: the decision's 文号, printed under the heading.
    """
    if not texts:
        return []
    style = _styles()
    story: list[Flowable] = [
        PageBreak(),
        Paragraph(escape(ANNEX_TITLE), style["title"]),
        Paragraph(
            escape(f"（{normalise_document_number(document_number)}决定书附件）"), style["ref"]
        ),
        Spacer(1, 6),
    ]
    previous_law = None
    for text in texts:
        block: list[Flowable] = []
        if text.law_name != previous_law:
            block.append(Paragraph(escape(text.law_name), style["law"]))
            block.append(Paragraph(escape(f"（{text.version}）"), style["version"]))
            previous_law = text.law_name
        partly = len(text.cited) < len(text.lines)
        for index, line in enumerate(text.lines):
            markup = escape(line)
            if partly and index in text.cited:
                markup = f"<u>{markup}</u>"
            if index == 0:
                markup = f"{escape(text.heading)}　{markup}"
            item = line.startswith("（")
            block.append(Paragraph(markup, style["item" if item else "text"]))
        story.append(KeepTogether(block))
    if any(len(t.cited) < len(t.lines) for t in texts):
        story.append(Spacer(1, 6))
        story.append(Paragraph(escape(PARTLY_CITED_NOTE), style["version"]))
    if not all(t.verified for t in texts):
        story.append(Spacer(1, 6))
        story.append(Paragraph(escape(f"注：{UNVERIFIED_NOTE}。"), style["version"]))
    return story
