"""Every document type is PDF/A-2b when rendered and stays so after PAdES signing.

The checks are ``tests/pdfa_checks.py`` (pyHanko's reader and poppler's ``pdffonts``; veraPDF
is not reachable here). Each document is rendered and signed once per module.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pki_fixtures
import pytest
from conftest import build_content, build_evidence
from document_samples import cursive_strokes, inspection_record, service_receipt
from pdf_tools import unsigned_pdf
from pdfa_checks import assert_pdfa, pdfa_problems, pdffonts_names
from pdfa_checks import sample_seal_png as red_seal
from pki_fixtures import OfficerP12

from inspect_app.domain.document_content import RenderedDocument
from inspect_app.notices import pdfa, signing
from inspect_app.notices.inspection_record import render_inspection_record
from inspect_app.notices.rectification import render_decision
from inspect_app.notices.service_receipt import render_service_receipt
from inspect_app.notices.signature_render import stamp_png
from inspect_app.notices.signing import add_signature_fields, sign_pdf

lead_p12 = pki_fixtures.lead_p12
inspector_p12 = pki_fixtures.inspector_p12
stamp_font = pki_fixtures.stamp_font

KINDS = ("decision", "inspection-record", "reinspection-record", "service-receipt")


@pytest.fixture(scope="module")
def renderers(
    tmp_path_factory: pytest.TempPathFactory, photos_dir_module: Path
) -> dict[str, Callable[[], RenderedDocument]]:
    evidence = build_evidence(photos_dir_module, tmp_path_factory.mktemp("evidence"))
    decision = dataclasses.replace(
        build_content(evidence),
        draft=False,
        notice_id="3d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
        signatory="王五",
        qr_payload="inspect-app:notice:3d2c1b0a;sha256=00",
        seal_png=red_seal(),
    )
    recheck = dataclasses.replace(
        inspection_record(evidence[:1]),
        reinspection=True,
        notice_number="遂环责改字〔2025〕5号",
        outcome="已按期改正。",
    )
    return {
        "decision": lambda: render_decision(decision),
        "draft": lambda: render_decision(build_content(evidence)),
        "inspection-record": lambda: render_inspection_record(inspection_record(evidence)),
        "reinspection-record": lambda: render_inspection_record(recheck),
        "service-receipt": lambda: render_service_receipt(service_receipt()),
    }


@pytest.fixture(scope="module")
def photos_dir_module() -> Path:
    from fixture_photos import photo_path

    return photo_path("SOURCES.md").parent


@pytest.fixture(scope="module")
def rendered(renderers: dict[str, Callable[[], RenderedDocument]]) -> dict[str, RenderedDocument]:
    return {name: make() for name, make in renderers.items()}


def _sign(document: RenderedDocument, field: str, who: OfficerP12, lock: bool) -> bytes:
    with_fields = add_signature_fields(
        document.pdf, document.signature_boxes, lock_field=field if lock else None
    )
    assert_pdfa(with_fields)  # the unsigned update that adds the fields keeps PDF/A
    return sign_pdf(
        with_fields,
        field,
        who.issued.p12,
        who.passphrase,
        stamp_png=stamp_png(cursive_strokes(5), None),
        reason="签名",
        location="遂宁市",
        signer_label=who.officer.name,
    )


@pytest.fixture(scope="module")
def signed(
    rendered: dict[str, RenderedDocument],
    lead_p12: OfficerP12,
    inspector_p12: OfficerP12,
    stamp_font: Path,
) -> dict[str, bytes]:
    out = {"decision": _sign(rendered["decision"], "TeamLead", lead_p12, True)}
    for kind in KINDS[1:]:
        fields = {box.name for box in rendered[kind].signature_boxes}
        field = "Officer" if "Officer" in fields else sorted(fields)[0]
        out[kind] = _sign(rendered[kind], field, inspector_p12, False)
    return out


@pytest.mark.parametrize("kind", [*KINDS, "draft"])
def test_rendered_documents_are_pdfa(rendered: dict[str, RenderedDocument], kind: str) -> None:
    assert_pdfa(rendered[kind].pdf)


@pytest.mark.parametrize("kind", KINDS)
def test_signed_documents_stay_pdfa(signed: dict[str, bytes], kind: str) -> None:
    assert_pdfa(signed[kind])


@pytest.mark.parametrize("kind", KINDS)
def test_signed_fonts_all_embedded_and_stamp_font_is_cjk(
    signed: dict[str, bytes], kind: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(signed[kind])
    names = pdffonts_names(path)
    assert "Helvetica" not in names and "Courier" not in names, names
    assert "NotoSerifSC-Bold" in names and "FandolFang-Regular" in names, names
    # the visible stamp (pyHanko) is an embedded CID subset of the CJK stamp font
    assert any(name.startswith("WenQuanYiMicroHei-Identity-H") for name in names), names


def test_checker_fails_a_plain_reportlab_pdf() -> None:
    problems = pdfa_problems(unsigned_pdf())
    assert "catalog: no /Metadata (XMP)" in problems
    assert "catalog: no /OutputIntents" in problems
    assert any("Helvetica not embedded" in p for p in problems), problems


def test_checker_sees_info_and_xmp_disagree(rendered: dict[str, RenderedDocument]) -> None:
    pdf = rendered["service-receipt"].pdf
    assert pdf.count(b"<dc:title>") == 1
    # UTF-8 text occurs only in the (unfiltered) XMP packet, dc:title first; the Info
    # dictionary holds UTF-16. Same length, so the cross-reference table stays right.
    forged = pdf.replace("送达回证".encode(), "送达回执".encode(), 1)
    assert forged != pdf and len(forged) == len(pdf)
    problems = pdfa_problems(forged)
    assert any("/Title" in p and "dc:title" in p for p in problems), problems


def test_xmp_declares_pdfa_2b_and_mirrors_the_info_dictionary() -> None:
    packet = pdfa.xmp_packet(
        {
            "title": "标题 <&>",
            "author": "遂宁市生态环境局",
            "subject": "送达回证",
            "keywords": "",
            "creator": "inspect_app",
            "producer": "ReportLab",
            "trapped": "False",
            "created": "2026-12-05T10:00:00+08:00",
            "modified": "2026-12-05T10:00:00+08:00",
        }
    )
    import xml.etree.ElementTree as ET

    tree = ET.fromstring(packet)
    texts = {el.tag.split("}")[1]: el.text for el in tree.iter() if el.text and el.text.strip()}
    assert texts["part"] == "2" and texts["conformance"] == "B"
    assert "标题 <&>" in {el.text for el in tree.iter()}


def test_output_intent_profile_is_srgb_v4_display() -> None:
    icc = pdfa.srgb_icc_profile()
    assert icc[16:20] == b"RGB " and icc[12:16] == b"mntr" and icc[8] == 4


def test_b_t_and_b_lta_upgrades_stay_pdfa(
    rendered: dict[str, RenderedDocument], inspector_p12: OfficerP12, stamp_font: Path
) -> None:
    """The hub's archive upgrade (document timestamp, DSS with the CRL) keeps PDF/A too."""
    from inspect_app.notices import crl, ltv, pki, tsa

    ca, passphrase = pki_fixtures.build_team_ca()
    issued = pki.issue_tsa_certificate(
        ca.cert_pem,
        ca.key_pem,
        passphrase,
        "办公室时间戳服务",
        pki_fixtures.AGENCY,
        b"tsa-pass-123",
    )
    hub = tsa.tsa_from_p12(issued.p12, b"tsa-pass-123")
    document = rendered["service-receipt"]
    b_t = signing.sign_pdf(
        add_signature_fields(document.pdf, document.signature_boxes),
        "Officer",
        inspector_p12.issued.p12,
        inspector_p12.passphrase,
        stamp_png=None,
        reason="送达",
        location="遂宁市",
        timestamper=ltv.local_timestamper(hub),
    )
    assert_pdfa(b_t)
    empty = crl.make_crl(ca.cert_pem, ca.key_pem, passphrase, [], 1)
    assert_pdfa(ltv.upgrade_to_lta(b_t, [ca.cert_pem], [empty.der], ltv.local_timestamper(hub)))
