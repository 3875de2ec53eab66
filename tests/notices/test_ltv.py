"""Signatures that last: the TSA, B-T signing, the B-LTA upgrade, CRLs and revocation.

Real keys (the session team CA), real PDFs (reportlab), pyHanko's validation and poppler's
``pdfsig`` on the outputs; validation at a time after the officer's certificate expired.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import io
from pathlib import Path

import pki_fixtures
import pytest
from asn1crypto import algos, tsp
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID
from pdf_tools import pdfsig_report, pdfsig_signed

from inspect_app.domain.document_content import SignatureBox
from inspect_app.notices import crl, ltv, pki, signing, tsa
from inspect_app.notices.pki import PkiError

team_ca = pki_fixtures.team_ca
lead_p12 = pki_fixtures.lead_p12
stamp_font = pki_fixtures.stamp_font

TSA_PASSPHRASE = b"hub-tsa-passphrase"


@pytest.fixture(scope="module")
def hub_tsa(team_ca: pki_fixtures.TeamCa) -> tsa.TimeStampAuthority:
    ca, passphrase = team_ca
    issued = pki.issue_tsa_certificate(
        ca.cert_pem, ca.key_pem, passphrase, "办公室时间戳服务", pki_fixtures.AGENCY, TSA_PASSPHRASE
    )
    return tsa.tsa_from_p12(issued.p12, TSA_PASSPHRASE)


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.drawString(72, 720, "Decision")
    page.save()
    box = SignatureBox("TeamLead", 0, (100, 100, 260, 160))
    return signing.add_signature_fields(buf.getvalue(), [box], lock_field="TeamLead")


def _sign(pdf: bytes, lead: pki_fixtures.OfficerP12, timestamper: object = None) -> bytes:
    issued, passphrase, _officer = lead
    return signing.sign_pdf(
        pdf,
        "TeamLead",
        issued.p12,
        passphrase,
        stamp_png=None,
        reason="签发",
        location="遂宁",
        timestamper=timestamper,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def b_t(unsigned: bytes, lead_p12: pki_fixtures.OfficerP12, hub_tsa, stamp_font) -> bytes:
    return _sign(unsigned, lead_p12, ltv.local_timestamper(hub_tsa))


@pytest.fixture(scope="module")
def b_b(unsigned: bytes, lead_p12: pki_fixtures.OfficerP12, stamp_font) -> bytes:
    return _sign(unsigned, lead_p12)


@pytest.fixture(scope="module")
def empty_crl(team_ca: pki_fixtures.TeamCa) -> crl.CrlMaterial:
    ca, passphrase = team_ca
    return crl.make_crl(ca.cert_pem, ca.key_pem, passphrase, [], 1)


@pytest.fixture(scope="module")
def b_lta(b_t: bytes, team_ca, hub_tsa, empty_crl) -> bytes:
    ca, _ = team_ca
    return ltv.upgrade_to_lta(b_t, [ca.cert_pem], [empty_crl.der], ltv.local_timestamper(hub_tsa))


def _after_expiry(lead: pki_fixtures.OfficerP12) -> dt.datetime:
    return dt.datetime.fromisoformat(lead.issued.not_after) + dt.timedelta(days=365)


def _request(digest: bytes, algorithm: str = "sha256", **extra: object) -> bytes:
    return tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": algorithm}),
                "hashed_message": digest,
            },
            **extra,
        }
    ).dump()


def test_tsa_certificate_is_a_critical_timestamping_one(team_ca) -> None:
    ca, passphrase = team_ca
    issued = pki.issue_tsa_certificate(
        ca.cert_pem, ca.key_pem, passphrase, "时间戳", "机构", TSA_PASSPHRASE
    )
    cert = x509.load_pem_x509_certificate(issued.cert_pem)
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert eku.critical and list(eku.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    pki.check_issued_by(issued.cert_pem, [ca.cert_pem])


def test_an_officer_certificate_cannot_run_the_tsa(lead_p12) -> None:
    issued, passphrase, _ = lead_p12
    with pytest.raises(PkiError) as caught:
        tsa.tsa_from_p12(issued.p12, passphrase)
    assert caught.value.keyed_message.id == "pki.tsa_not_timestamping"


def test_tsa_grants_with_nonce_and_refuses_bad_requests(hub_tsa) -> None:
    digest = hashlib.sha256(b"document").digest()
    granted = tsp.TimeStampResp.load(hub_tsa.respond(_request(digest, nonce=424242, cert_req=True)))
    assert granted["status"]["status"].native == "granted"
    info = granted["time_stamp_token"]["content"]["encap_content_info"]["content"].parsed
    assert info["nonce"].native == 424242
    assert info["message_imprint"]["hashed_message"].native == digest
    assert info["policy"].native == tsa.POLICY_OID
    assert abs(info["gen_time"].native - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    certs = granted["time_stamp_token"]["content"]["certificates"]
    assert len(certs) == 2  # the TSA and the team CA, as asked
    for request, failure in (
        (b"not asn.1", "bad_request"),
        (_request(b"short"), "bad_request"),
        (_request(hashlib.md5(b"x").digest(), "md5"), "bad_alg"),
        (_request(digest, req_policy="1.2.3.4"), "unaccepted_policy"),
    ):
        status, failures = tsa.reply_status(hub_tsa.respond(request))
        assert status == "rejection" and failure in failures, (request[:8], failures)
    assert tsa.reply_status(hub_tsa.respond(_request(digest)))[0] == "granted"


def test_b_t_token_valid_and_chains_to_the_team_ca(b_t: bytes, team_ca, tmp_path: Path) -> None:
    ca, _ = team_ca
    assert ltv.level_of(b_t) == "B-T"
    report = signing.verify_pdf(b_t, [ca.cert_pem])
    assert report.ok, report.problems
    sig = report.signatures[0]
    assert (sig.time_source, sig.tsa) == ("tsa", "办公室时间戳服务")
    assert sig.proven_at is not None and sig.revocation == "unknown"
    # the timestamp token itself validates against the team CA with pyHanko
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data

    embedded = PdfFileReader(io.BytesIO(b_t)).embedded_signatures[0]
    token = next(
        a["values"][0]["content"]
        for a in embedded.signer_info["unsigned_attrs"]
        if a["type"].native == "signature_time_stamp_token"
    )
    signature_value = embedded.signer_info["signature"].native
    status = asyncio.run(
        validate_tst_signed_data(
            token,
            ltv.validation_context([ca.cert_pem]),
            lambda algorithm: hashlib.new(algorithm, signature_value).digest(),
        )
    )
    assert status["valid"] and status["intact"], status
    assert status["validation_path"] is not None and status.get("trust_problem_indic") is None
    chain = [c.subject.native["common_name"] for c in status["validation_path"]]
    assert chain == ["遂宁市生态环境局执法签名CA", "办公室时间戳服务"]
    ca_path = tmp_path / "ca.pem"
    ca_path.write_bytes(ca.cert_pem)
    pdf_path = tmp_path / "bt.pdf"
    pdf_path.write_bytes(b_t)
    block = pdfsig_signed(pdfsig_report(pdf_path, [ca_path]))["TeamLead"]
    assert "Signature is Valid" in block and "Certificate is Trusted" in block


def test_b_lta_valid_after_the_officer_certificate_expired(
    b_lta: bytes, b_b: bytes, b_t: bytes, team_ca, lead_p12, tmp_path: Path
) -> None:
    ca, _ = team_ca
    later = _after_expiry(lead_p12)
    assert ltv.level_of(b_lta) == "B-LTA"
    assert b_lta.startswith(b_t)  # incremental: the signed bytes are untouched
    now = signing.verify_pdf(b_lta, [ca.cert_pem])
    assert now.ok, now.problems
    report = signing.verify_pdf(b_lta, [ca.cert_pem], moment=later)
    assert report.ok, report.problems
    assert report.level == "B-LTA" and report.validated_at == later.isoformat()
    assert [r.modification for r in report.signatures] == ["LTA_UPDATES", "LTA_UPDATES"]
    assert len(report.doc_timestamps) == 1 and report.doc_timestamps[0][2]
    # the same signature without a timestamp cannot be trusted then
    plain = signing.verify_pdf(b_b, [ca.cert_pem], moment=later)
    assert not plain.ok
    found = [m.id for m in plain.signatures[0].messages]
    assert found in (["verify.out_of_bounds"], ["verify.expired"]), found
    # poppler checks both the signature and the document timestamp's cryptography
    ca_path = tmp_path / "ca.pem"
    ca_path.write_bytes(ca.cert_pem)
    pdf_path = tmp_path / "lta.pdf"
    pdf_path.write_bytes(b_lta)
    out = pdfsig_report(pdf_path, [ca_path])
    assert "Signature is Valid" in pdfsig_signed(out)["TeamLead"]
    assert "ArchiveTimestamp" in out


def test_the_dss_carries_the_chain_and_the_crl(b_lta: bytes, empty_crl) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import DocumentSecurityStore

    dss = DocumentSecurityStore.read_dss(PdfFileReader(io.BytesIO(b_lta)))
    crls = [c.get_object().data for c in dss.crls]
    assert empty_crl.der in crls
    from asn1crypto import x509 as asn1_x509

    certs = [asn1_x509.Certificate.load(c.get_object().data) for c in dss.certs.values()]
    names = {c.subject.native.get("common_name") for c in certs}
    assert "办公室时间戳服务" in names and "遂宁市生态环境局执法签名CA" in names


def test_crl_round_trip_and_a_foreign_crl_is_refused(team_ca, lead_p12) -> None:
    ca, passphrase = team_ca
    serial = crl.certificate_serial(lead_p12.issued.cert_pem)
    when = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
    made = crl.make_crl(
        ca.cert_pem, ca.key_pem, passphrase, [crl.Revoked(serial, when, "key_compromise")], 7
    )
    read = crl.read_crl(made.der, [ca.cert_pem])
    assert read.number == 7 and read.sha256 == hashlib.sha256(made.der).hexdigest()
    assert read.revoked[serial] == crl.Revoked(serial, when, "key_compromise")
    other, other_pass = pki_fixtures.build_other_ca()
    foreign = crl.make_crl(other.cert_pem, other.key_pem, other_pass, [], 1)
    with pytest.raises(PkiError) as caught:
        crl.read_crl(foreign.der, [ca.cert_pem])
    assert caught.value.keyed_message.id == "pki.crl_not_from_team"


def test_revoked_certificate_invalid_after_its_revocation(
    b_t: bytes, b_b: bytes, team_ca, lead_p12
) -> None:
    ca, passphrase = team_ca
    serial = crl.certificate_serial(lead_p12.issued.cert_pem)
    now = dt.datetime.now(dt.UTC)

    def with_crl(pdf: bytes, revoked_at: dt.datetime, reason: str) -> signing.VerifyReport:
        made = crl.make_crl(
            ca.cert_pem, ca.key_pem, passphrase, [crl.Revoked(serial, revoked_at, reason)], 2
        )
        return signing.verify_pdf(pdf, [ca.cert_pem], crls_der=[made.der])

    before = with_crl(b_t, now - dt.timedelta(days=1), "affiliation_changed")
    assert not before.ok
    assert [m.id for m in before.signatures[0].messages] == ["verify.revoked_before_signing"]
    assert before.signatures[0].revocation == "revoked" and before.crl_number == 2
    after = with_crl(b_t, now + dt.timedelta(days=1), "affiliation_changed")
    assert after.ok and after.signatures[0].revocation == "revoked"
    # key compromise: only a trusted time can show the signature came first
    assert with_crl(b_t, now + dt.timedelta(days=1), "key_compromise").ok
    stolen = with_crl(b_b, now + dt.timedelta(days=1), "key_compromise")
    assert [m.id for m in stolen.signatures[0].messages] == ["verify.revoked_no_proof"]
    good = signing.verify_pdf(
        b_t, [ca.cert_pem], crls_der=[crl.make_crl(ca.cert_pem, ca.key_pem, passphrase, [], 3).der]
    )
    assert good.ok and good.signatures[0].revocation == "good" and good.crl_number == 3


def test_a_tsa_that_does_not_answer_gives_b_b(unsigned: bytes, lead_p12, stamp_font) -> None:
    from inspect_app.notices.tsa_client import hub_timestamper

    issued, passphrase, _ = lead_p12
    timed = signing.sign_pdf_timed(
        unsigned,
        "TeamLead",
        issued.p12,
        passphrase,
        stamp_png=None,
        reason="签发",
        location="遂宁",
        timestamper=hub_timestamper("http://127.0.0.1:9/tsa", timeout=1.0),
    )
    assert timed.level == "B-B" and ltv.level_of(timed.pdf) == "B-B"


# -- times a person reads: Beijing time, and the time compared with a revocation (issue 13) --

BEIJING = dt.timedelta(hours=8)


def _zh(messages: list) -> str:
    from inspect_app.cli.messages import render

    return "\n".join(render(m, "zh_CN") for m in messages)


def _hm(moment: dt.datetime) -> str:
    return f"{moment:%H:%M}"


def test_revoked_between_signing_and_the_hubs_timestamp_says_which_time_came_after(
    b_b: bytes, team_ca, hub_tsa, empty_crl, lead_p12
) -> None:
    """The tester's case: signed 19:52, revoked 19:53, the hub's document timestamp 19:54."""
    import dataclasses

    from inspect_app.notices.verify_case import signature_moment, summary_lines

    ca, _ = team_ca
    first = signing.verify_pdf(b_b, [ca.cert_pem]).signatures[0]
    claimed = dt.datetime.fromisoformat(str(first.signing_time))
    stamped = claimed.replace(microsecond=0) + dt.timedelta(minutes=2)
    later_tsa = dataclasses.replace(hub_tsa, clock=lambda: stamped)
    copy = ltv.upgrade_to_lta(b_b, [ca.cert_pem], [empty_crl.der], ltv.local_timestamper(later_tsa))
    revoked = claimed + dt.timedelta(minutes=1)
    revocations = {str(first.fingerprint): (revoked.isoformat(), "affiliation_changed")}
    report = signing.verify_pdf(copy, [ca.cert_pem], revocations=revocations)
    sig = report.signatures[0]
    assert not report.ok
    [finding] = sig.messages
    assert finding.id == "verify.revoked_before_proof"
    params = finding.params
    assert params["revoked"] == revoked and params["revoked"].utcoffset() == BEIJING
    assert params["proven"] == stamped and params["proven"].utcoffset() == BEIJING
    assert params["claimed"] == claimed and params["claimed"].utcoffset() == BEIJING
    words = _zh([finding])
    assert "早于本签名" not in words and "晚于吊销时间" in words
    for moment in (revoked, stamped, claimed):
        assert _hm(moment.astimezone(dt.timezone(BEIJING))) in words
    # every line of the report in one zone, labelled; no UTC wall time among them
    lines = summary_lines(report)
    assert [m.id for m in lines][:4] == [
        "verify.level",
        "verify.time_from_clock",
        "verify.revocation_revoked",
        "verify.document_timestamp",
    ]
    timed = [
        m for m in [*lines, finding] if any(isinstance(v, dt.datetime) for v in m.params.values())
    ]
    assert len(timed) == 4 and all("北京时间" in _zh([m]) for m in timed)
    text = _zh([*lines, finding])
    utc_revoked = _hm(revoked.astimezone(dt.UTC))
    assert utc_revoked != _hm(revoked.astimezone(dt.timezone(BEIJING)))
    assert utc_revoked not in text, text
    # the signing time shown is the signature's own, not the document timestamp's
    assert signature_moment(report, first.officer_id) == claimed
    assert signature_moment(report, first.officer_id).utcoffset() == BEIJING  # type: ignore[union-attr]


def test_revocation_compared_with_the_clock_or_the_signatures_own_timestamp(
    b_b: bytes, b_t: bytes, team_ca
) -> None:
    ca, _ = team_ca

    def check(pdf: bytes, minutes: int) -> signing.SignatureReport:
        sig = signing.verify_pdf(pdf, [ca.cert_pem]).signatures[0]
        signed = dt.datetime.fromisoformat(str(sig.proven_at or sig.signing_time))
        revoked = (signed + dt.timedelta(minutes=minutes)).isoformat()
        entry = {str(sig.fingerprint): (revoked, "affiliation_changed")}
        return signing.verify_pdf(pdf, [ca.cert_pem], revocations=entry).signatures[0]

    assert check(b_b, 1).ok  # B-B: the claim came first, no key compromise
    clock = check(b_b, -1)
    assert [m.id for m in clock.messages] == ["verify.revoked_before_clock"]
    assert "签名电脑本机时钟" in _zh(list(clock.messages))
    assert check(b_t, 1).ok
    own = check(b_t, -1)
    assert [m.id for m in own.messages] == ["verify.revoked_before_signing"]
    stamp = dt.datetime.fromisoformat(str(own.proven_at))
    assert own.messages[0].params["signed"] == stamp
    assert own.messages[0].params["signed"].utcoffset() == BEIJING  # type: ignore[union-attr]
    assert "自带时间戳" in _zh(list(own.messages))


def test_an_expired_b_b_document_points_to_the_hubs_long_term_copy(
    b_b: bytes, b_lta: bytes, team_ca, lead_p12
) -> None:
    from inspect_app.notices.verify_case import expired_only, summary_lines

    ca, _ = team_ca
    later = _after_expiry(lead_p12)
    plain = signing.verify_pdf(b_b, [ca.cert_pem], moment=later)
    assert not plain.ok and expired_only(plain)
    lines = summary_lines(plain)
    assert lines[-1].id == "verify.expired_hint" and lines[-1].params["level"] == "B-B"
    assert "B-LTA" in _zh([lines[-1]])
    assert lines[1].id == "verify.validated_at"
    assert lines[1].params["time"].utcoffset() == BEIJING  # type: ignore[union-attr]
    lasting = signing.verify_pdf(b_lta, [ca.cert_pem], moment=later)
    assert lasting.ok and not expired_only(lasting)
    assert "verify.expired_hint" not in [m.id for m in summary_lines(lasting)]
    fresh = signing.verify_pdf(b_b, [ca.cert_pem])
    assert fresh.ok and not expired_only(fresh)
