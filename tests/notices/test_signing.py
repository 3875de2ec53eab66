"""PAdES signing and verification, checked with pyHanko and independently with poppler.

Each signed document is built once per module (signing takes about a second); tests that
tamper with it work on copies of the bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pki_fixtures
import pytest
from fontTools.ttLib import TTFont
from pdf_tools import (
    DEFAULT_BOXES,
    append_overpaint,
    flip_signed_byte,
    pdffonts,
    pdfsig_report,
    pdfsig_signed,
    pdftotext,
    stroke_png,
    unsigned_pdf,
)
from pki_fixtures import INSPECTOR, LEAD, OfficerP12, TeamCa

from inspect_app.domain.document_content import SignatureBox
from inspect_app.domain.messages.common import Msg
from inspect_app.notices import signing
from inspect_app.notices.pki import PkiError
from inspect_app.notices.signing import SigningError, sign_pdf, verify_pdf
from inspect_app.notices.stamp_font import CACHE_ENV, stamp_font_file_name, stamp_font_path

team_ca = pki_fixtures.team_ca
lead_p12 = pki_fixtures.lead_p12
inspector_p12 = pki_fixtures.inspector_p12
stranger_p12 = pki_fixtures.stranger_p12
stamp_font = pki_fixtures.stamp_font

LEAD_CN = "王五 执法证号 51090019003"
INSPECTOR_CN = "张三 执法证号 51090019001"
CA_CN = "遂宁市生态环境局执法签名CA"


def _sign(pdf: bytes, field: str, who: OfficerP12, png: bytes | None = None) -> bytes:
    return sign_pdf(
        pdf,
        field,
        who.issued.p12,
        who.passphrase,
        stamp_png=png,
        reason="执法人员现场检查签名",
        location="遂宁市安居区某某化工有限公司",
    )


@pytest.fixture(scope="module")
def with_fields() -> bytes:
    """The unsigned notice plus its three empty fields; TeamLead locks the document."""
    return signing.add_signature_fields(unsigned_pdf(), DEFAULT_BOXES, lock_field="TeamLead")


@pytest.fixture(scope="module")
def lead_signed(with_fields: bytes, lead_p12: OfficerP12, stamp_font: Path) -> bytes:
    """Only the lead has signed (and thereby locked the document); stamp with a PNG."""
    return _sign(with_fields, "TeamLead", lead_p12, stroke_png())


@pytest.fixture(scope="module")
def officer_then_lead(
    with_fields: bytes, inspector_p12: OfficerP12, lead_p12: OfficerP12, stamp_font: Path
) -> bytes:
    """Inspector signs Officer1 (no stamp image), then the lead signs TeamLead."""
    first = _sign(with_fields, "Officer1", inspector_p12)
    return _sign(first, "TeamLead", lead_p12, stroke_png())


@pytest.fixture(scope="module")
def ca_pem(team_ca: TeamCa, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "team-ca.pem"
    path.write_bytes(team_ca.ca.cert_pem)
    return path


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- fields --------------------------------------------------------------------------------


def test_fields_are_one_unsigned_incremental_update(with_fields: bytes) -> None:
    original = unsigned_pdf()
    # reportlab output is not byte-stable (dates, ids), so compare the structure instead
    assert with_fields.count(b"%%EOF") == original.count(b"%%EOF") + 1
    report = verify_pdf(with_fields, [])
    assert not report.ok and report.problems == (signing.NO_SIGNATURE,)
    assert report.unsigned_fields == ("Officer1", "Officer2", "TeamLead")
    assert b"/Lock" in with_fields.split(b"%%EOF")[-2]


def test_field_errors(with_fields: bytes, lead_signed: bytes) -> None:
    pdf = unsigned_pdf()
    box = SignatureBox("A", 0, (10, 10, 100, 60))
    with pytest.raises(SigningError, match="page 2"):
        signing.add_signature_fields(pdf, [SignatureBox("A", 1, (10, 10, 100, 60))])
    with pytest.raises(SigningError, match="unique"):
        signing.add_signature_fields(pdf, [box, box])
    with pytest.raises(SigningError, match="empty rectangle"):
        signing.add_signature_fields(pdf, [SignatureBox("A", 0, (100, 10, 100, 60))])
    with pytest.raises(SigningError, match="lock field"):
        signing.add_signature_fields(pdf, [box], lock_field="B")
    with pytest.raises(SigningError, match="already has signature fields"):
        signing.add_signature_fields(with_fields, [SignatureBox("Officer1", 0, (1, 1, 9, 9))])
    with pytest.raises(SigningError, match="already signed"):
        signing.add_signature_fields(lead_signed, [box])
    with pytest.raises(SigningError, match="not a PDF"):
        signing.add_signature_fields(b"hello", [box])


# -- one signature -------------------------------------------------------------------------


def test_lead_signature_is_valid_and_trusted(
    lead_signed: bytes, team_ca: TeamCa, ca_pem: Path, tmp_path: Path
) -> None:
    report = verify_pdf(lead_signed, [team_ca.ca.cert_pem])
    assert report.ok and not report.changed_after_signing and report.problems == ()
    assert report.unsigned_fields == ("Officer1", "Officer2")
    (sig,) = report.signatures
    assert sig.field == "TeamLead"
    assert sig.signer == LEAD_CN
    assert sig.officer_id == LEAD.officer_id
    assert sig.chain == (LEAD_CN, CA_CN)
    assert sig.intact and sig.valid and sig.trusted and sig.docmdp_ok and sig.ok
    assert sig.coverage == "ENTIRE_FILE" and sig.modification == "NONE"
    assert sig.signing_time is not None and sig.signing_time.endswith("+00:00")
    # PAdES B-B: /ETSI.CAdES.detached, and the document stays below PDF 2.0 (RSA keys)
    assert b"/ETSI.CAdES.detached" in lead_signed
    assert b"/Version /2.0" not in lead_signed

    out = pdfsig_report(_write(tmp_path, "lead.pdf", lead_signed), [ca_pem])
    signed = pdfsig_signed(out)
    assert list(signed) == ["TeamLead"]
    block = signed["TeamLead"]
    assert f"Signer Certificate Common Name: {LEAD_CN}" in block
    assert "Signature Type: ETSI.CAdES.detached" in block
    assert "Signature is Valid." in block
    assert "Certificate is Trusted." in block
    assert "Total document signed" in block


def test_json_report(lead_signed: bytes, team_ca: TeamCa) -> None:
    data = signing.verify_report_dict(verify_pdf(lead_signed, [team_ca.ca.cert_pem]))
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text) == data
    assert data["ok"] is True
    assert data["signatures"][0]["chain"] == [LEAD_CN, CA_CN]


def test_stamp_font_embedded_and_text_in_china_time(
    with_fields: bytes,
    inspector_p12: OfficerP12,
    stamp_font: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The stamp shows the CN and the time in +0800 even when the machine is in New York."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        signed = sign_pdf(
            with_fields,
            "Officer2",
            inspector_p12.issued.p12,
            inspector_p12.passphrase,
            stamp_png=stroke_png(),
            reason="执法人员现场检查签名",
            location="遂宁市",
            signer_label="张三（执法人员）",
        )
    finally:
        monkeypatch.undo()
        time.tzset()
    path = _write(tmp_path, "stamp.pdf", signed)
    fonts = [line for line in pdffonts(path).splitlines() if "Identity-H" in line]
    assert len(fonts) == 1, pdffonts(path)
    assert "WenQuanYiMicroHei" in fonts[0] and "CID TrueType" in fonts[0]
    name, *_kind, emb, sub, uni, _obj, _gen = fonts[0].split()
    assert (emb, sub, uni) == ("yes", "yes", "yes"), fonts[0]
    text = pdftotext(path)
    assert "张三（执法人员）" in text
    assert "+0800" in text and "-0500" not in text and "-0400" not in text


def test_stamp_font_is_single_face_upem_1000(stamp_font: Path) -> None:
    font = TTFont(stamp_font, lazy=True)
    assert font["head"].unitsPerEm == 1000
    assert font["name"].getDebugName(1) == "WenQuanYi Micro Hei"
    assert "FFTM" not in font


def test_stamp_font_cache_is_keyed_by_source(
    stamp_font: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspect_app.notices.fonts import cjk_font_path

    source = cjk_font_path()
    assert stamp_font.name == stamp_font_file_name(source)
    # a warm cache in another folder: no rebuild (the copy is returned as is)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "stamp-fonts"
    folder.mkdir(parents=True)
    shutil.copyfile(stamp_font, folder / stamp_font.name)
    started = time.monotonic()
    assert stamp_font_path() == folder / stamp_font.name
    assert time.monotonic() - started < 1.0
    # a changed source font (other mtime) gets another cache name, so it is rebuilt
    changed = tmp_path / "wqy-microhei.ttc"
    shutil.copyfile(source, changed)
    os.utime(changed, ns=(1_000_000_000, 1_000_000_000))
    assert stamp_font_file_name(changed) != stamp_font.name


# -- two signatures ------------------------------------------------------------------------


def test_officer_then_lead_both_valid(
    officer_then_lead: bytes, team_ca: TeamCa, ca_pem: Path, tmp_path: Path
) -> None:
    report = verify_pdf(officer_then_lead, [team_ca.ca.cert_pem])
    assert report.ok and not report.changed_after_signing, report.problems
    first, second = report.signatures
    assert (first.field, first.signer, first.officer_id) == (
        "Officer1",
        INSPECTOR_CN,
        INSPECTOR.officer_id,
    )
    assert first.coverage == "ENTIRE_REVISION" and first.modification == "FORM_FILLING"
    assert (second.field, second.signer) == ("TeamLead", LEAD_CN)
    assert second.coverage == "ENTIRE_FILE"
    assert report.unsigned_fields == ("Officer2",)

    out = pdfsig_report(_write(tmp_path, "two.pdf", officer_then_lead), [ca_pem])
    signed = pdfsig_signed(out)
    assert list(signed) == ["Officer1", "TeamLead"]
    for block in signed.values():
        assert "Signature is Valid." in block
        assert "Certificate is Trusted." in block


# -- refusals ------------------------------------------------------------------------------


def test_refuses_to_sign_after_the_lock(lead_signed: bytes, inspector_p12: OfficerP12) -> None:
    with pytest.raises(SigningError, match="locked this document"):
        _sign(lead_signed, "Officer1", inspector_p12)


def test_refuses_signed_or_missing_field(
    officer_then_lead: bytes, with_fields: bytes, lead_p12: OfficerP12
) -> None:
    with pytest.raises(SigningError, match="already signed"):
        _sign(officer_then_lead, "TeamLead", lead_p12)
    with pytest.raises(SigningError, match="no signature field 'Nobody'"):
        _sign(with_fields, "Nobody", lead_p12)
    with pytest.raises(SigningError, match="no signature field"):
        _sign(unsigned_pdf(), "TeamLead", lead_p12)
    with pytest.raises(SigningError, match="not a PDF"):
        _sign(b"%PDF-1.7 garbage", "TeamLead", lead_p12)


def test_wrong_passphrase_is_a_clear_error(with_fields: bytes, lead_p12: OfficerP12) -> None:
    with pytest.raises(PkiError, match="passphrase does not open this PKCS#12 file"):
        sign_pdf(
            with_fields,
            "TeamLead",
            lead_p12.issued.p12,
            b"wrong passphrase",
            stamp_png=None,
            reason="r",
            location="l",
        )


def test_bad_stamp_image_is_refused(with_fields: bytes, lead_p12: OfficerP12) -> None:
    with pytest.raises(SigningError, match="not a readable PNG"):
        _sign(with_fields, "TeamLead", lead_p12, b"\x89PNG broken")


# -- tampering and trust -------------------------------------------------------------------


def test_byte_flip_breaks_the_signature(
    lead_signed: bytes, team_ca: TeamCa, ca_pem: Path, tmp_path: Path
) -> None:
    tampered = flip_signed_byte(lead_signed)
    assert tampered != lead_signed
    report = verify_pdf(tampered, [team_ca.ca.cert_pem])
    assert not report.ok and report.changed_after_signing
    (sig,) = report.signatures
    assert not sig.intact and not sig.ok
    assert signing.BYTES_CHANGED in sig.problems
    assert report.problems == (f"TeamLead: {signing.BYTES_CHANGED}",)

    out = pdfsig_report(_write(tmp_path, "flipped.pdf", tampered), [ca_pem])
    signed = pdfsig_signed(out)
    assert list(signed) == ["TeamLead"]
    assert "Signature is Valid." not in signed["TeamLead"]


def test_overpaint_after_signing_is_caught_where_pdfsig_is_blind(
    officer_then_lead: bytes, team_ca: TeamCa, ca_pem: Path, tmp_path: Path
) -> None:
    forged = append_overpaint(officer_then_lead)
    assert forged.startswith(officer_then_lead)

    out = pdfsig_report(_write(tmp_path, "forged.pdf", forged), [ca_pem])
    signed = pdfsig_signed(out)
    assert list(signed) == ["Officer1", "TeamLead"]
    assert all("Signature is Valid." in block for block in signed.values())

    report = verify_pdf(forged, [team_ca.ca.cert_pem])
    assert not report.ok and report.changed_after_signing
    for sig in report.signatures:
        assert sig.intact and sig.valid and sig.trusted  # the crypto is still fine
        assert not sig.ok and sig.modification == "OTHER" and not sig.docmdp_ok
        assert signing.CHANGED_AFTER_SIGNING in sig.problems


def test_certificate_from_another_ca_is_not_trusted(
    with_fields: bytes, stranger_p12: OfficerP12, team_ca: TeamCa, ca_pem: Path, tmp_path: Path
) -> None:
    signed = _sign(with_fields, "Officer1", stranger_p12)
    report = verify_pdf(signed, [team_ca.ca.cert_pem])
    assert not report.ok and not report.changed_after_signing
    (sig,) = report.signatures
    assert sig.intact and sig.valid and not sig.trusted
    assert signing.NOT_TRUSTED in sig.problems

    block = pdfsig_signed(pdfsig_report(_write(tmp_path, "stranger.pdf", signed), [ca_pem]))
    assert "Signature is Valid." in block["Officer1"]
    assert "Certificate is Trusted." not in block["Officer1"]


def test_no_trust_roots_means_not_trusted(lead_signed: bytes) -> None:
    report = verify_pdf(lead_signed, [])
    assert not report.ok
    assert not report.signatures[0].trusted
    assert any("no team CA" in p for p in report.problems)


@pytest.mark.parametrize(
    "data",
    [b"", b"hello, not a pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", b"\x00" * 64],
)
def test_garbage_gives_a_report_not_a_traceback(data: bytes, team_ca: TeamCa) -> None:
    report = verify_pdf(data, [team_ca.ca.cert_pem])
    assert not report.ok and report.signatures == ()
    assert report.problems and "not a PDF" in report.problems[0]


def test_truncated_signed_file(lead_signed: bytes, team_ca: TeamCa) -> None:
    for cut in (len(lead_signed) // 2, len(lead_signed) - 200, len(lead_signed) - 5):
        report = verify_pdf(lead_signed[:cut], [team_ca.ca.cert_pem])
        assert not report.ok
        assert report.problems


def test_unsigned_pdf_has_no_signature(team_ca: TeamCa) -> None:
    report = verify_pdf(unsigned_pdf(), [team_ca.ca.cert_pem])
    assert not report.ok and report.problems == ("no digital signature",)
    assert not report.changed_after_signing


# -- keyed findings ------------------------------------------------------------------------


def test_findings_are_keyed_messages(
    with_fields: bytes, lead_signed: bytes, team_ca: TeamCa
) -> None:
    """A report carries typed messages; ``problems`` stays their English (scripts, logs)."""
    from inspect_app.cli.messages import render
    from inspect_app.domain.messages import CHINESE
    from inspect_app.domain.messages.signing import SigningMsg

    report = verify_pdf(flip_signed_byte(lead_signed), [team_ca.ca.cert_pem])
    (sig,) = report.signatures
    assert sig.messages == (SigningMsg.BYTES_CHANGED(),)
    assert sig.label is SigningMsg.FIELD_TEAM_LEAD
    (problem,) = report.messages
    assert problem == Msg.FIELD_PROBLEM(
        field=SigningMsg.FIELD_TEAM_LEAD, problem=SigningMsg.BYTES_CHANGED()
    )
    assert report.problems == (problem.english(),) == (f"TeamLead: {signing.BYTES_CHANGED}",)
    # the field's PDF name is not shown to a Chinese reader: it is a word of the catalog
    assert render(problem, CHINESE) == "负责人签名栏：字节已被改动：签名与所签内容不符"

    data = signing.verify_report_dict(report)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["problems"] == [problem.english()]
    assert data["messages"] == [
        {
            "text": problem.english(),
            "message_id": "field.problem",
            "params": {"field": "TeamLead", "problem": signing.BYTES_CHANGED},
        }
    ]
    assert data["signatures"][0]["messages"][0]["message_id"] == "verify.bytes_changed"

    unsigned = verify_pdf(with_fields, [team_ca.ca.cert_pem])
    assert unsigned.messages == (SigningMsg.NO_SIGNATURE(),)
    assert unsigned.unsigned_labels == ("Officer1", "Officer2", SigningMsg.FIELD_TEAM_LEAD)


def test_refusals_are_keyed(with_fields: bytes, lead_signed: bytes) -> None:
    from inspect_app.domain.messages.signing import SigningMsg

    with pytest.raises(SigningError) as locked:
        signing.add_signature_fields(lead_signed, [SignatureBox("Extra", 0, (1, 1, 9, 9))])
    assert locked.value.keyed_message == SigningMsg.FIELDS_AFTER_SIGNATURE()
    with pytest.raises(SigningError) as damaged:
        signing.add_signature_fields(b"nope", DEFAULT_BOXES)
    assert damaged.value.keyed_message == SigningMsg.PDF_DAMAGED()
    with pytest.raises(SigningError) as unknown:
        signing.add_signature_fields(unsigned_pdf(), DEFAULT_BOXES, lock_field="Lead")
    assert unknown.value.keyed_message is not None
    assert unknown.value.keyed_message.msg is SigningMsg.LOCK_FIELD_UNKNOWN


def test_every_field_the_app_creates_has_a_label() -> None:
    """The layouts' field names are the words :data:`signing.FIELD_LABELS` translates."""
    from inspect_app.notices import inspection_record, issue, rectification, service_receipt

    names = {
        issue.LEAD_FIELD,
        rectification.SIGNATURE_FIELD,
        service_receipt.SIGNATURE_FIELD,
        inspection_record.SIGNATURE_FIELD,
    }
    assert names == set(signing.FIELD_LABELS)
    for name, word in signing.FIELD_LABELS.items():
        assert word.english == name  # --json and the English window keep the PDF's name
    assert signing.field_label("Officer1") == "Officer1"  # a field from elsewhere: as written
