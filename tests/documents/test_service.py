"""Service (送达) with its receipt in one transaction: every method's rule, 留置送达, the way out.

Real stores (``document_world``), real certificates, the receipt read back with pdftotext and
pdfsig. Covers issue 13's "送达回证" part: every method the rules allow with the fields it
needs (refused with keyed messages, and by the judge for a received op), a 留置送达 receipt
with reason, witness and signatures, one transaction (a failure while rendering or signing
writes nothing), the refuse-then-sign regression, 公告送达's deemed day, and the way out for
a store left "served" without a receipt by an older version.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import document_world
import pytest
from document_world import strokes
from fixture_photos import photo_path
from pdf_tools import pdfsig_report, pdfsig_signed, require_tool

from inspect_app.domain.entities import EvidenceKind, NoticeStatus
from inspect_app.domain.errors import InspectError, ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.credentials import Credential
from inspect_app.notices.issue import local_now
from inspect_app.notices.serving import close_service, serve_notice
from inspect_app.storage import documents, notices
from inspect_app.storage.evidence_files import store_evidence_file
from inspect_app.storage.inspection_records import signatures_of
from inspect_app.storage.service_rules import (
    deemed_served_on,
    service_field_problems,
    service_problems,
)
from inspect_app.storage.services import get_service, services_of, unreceipted_services

document_template = document_world.document_template
world = document_world.world
World = document_world.World

WITNESS = {
    "refusal_reason": "认为检查结论不客观，不同意签字",
    "witness": "赵某某",
    "witness_unit": "园区管委会安全环保科科长",
}


def _ops(w: World) -> int:
    return int(w.store.db.conn.execute("SELECT count(*) FROM ops").fetchone()[0])


def _fields(method: str, **extra: Any) -> dict[str, Any]:
    return {
        "method": method,
        "served_at": local_now().isoformat(),
        "recipient": "王某某",
        **extra,
    }


def _serve(w: World, fields: dict[str, Any], signature: dict[str, Any] | None, **kw: Any) -> Any:
    credential = kw.pop("credential", w.inspector_credential)
    officers = kw.pop("officers", [w.inspector.id])
    return serve_notice(
        w.store, w.inspector.id, w.notice_id, fields, officers, signature, credential, **kw
    )


def _receipt_text(w: World, service_id: str, tmp_path: Path) -> str:
    sha = get_service(w.store, service_id).document_id
    assert sha
    out = tmp_path / f"{service_id}.pdf"
    out.write_bytes(w.store.blobs.read_bytes(sha))
    return _text(out)


def _text(pdf: Path) -> str:
    """pdftotext in reading order (``-raw``: the ticked box stays with its label), squashed."""
    tool = require_tool("pdftotext")
    raw = subprocess.run(
        [tool, "-raw", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return re.sub(r"\s+", "", raw)


def _key(exc: pytest.ExceptionInfo[InspectError]) -> Any:
    keyed = exc.value.keyed_message
    assert keyed is not None, str(exc.value)
    return keyed.msg


def _give_inspector_a_signature(w: World) -> None:
    change = Change(OpKind.SET, "officer", w.inspector.id, {"signature": strokes(40)})
    w.store.write([change], w.lead.id)


# -- every method needs its own fields: one rule, keyed messages, nothing written ---------------
SIGNED = {"name": "王某某", "strokes": strokes(20)}
MISSING = [
    (_fields("in_person"), SIGNED, StoreMsg.SERVICE_NO_RELATION),
    (_fields("in_person", recipient_relation="self"), None, StoreMsg.SERVICE_SIGNATURE_NEEDED),
    (
        _fields("in_person", recipient_relation="self"),
        {"name": "王某某", "refused": True, **WITNESS},
        NoticeMsg.RECEIPT_REFUSAL_NOT_LEFT,
    ),
    (_fields("post"), None, StoreMsg.SERVICE_NO_TRACKING),
    (_fields("post", tracking_no="1180000000001"), SIGNED, StoreMsg.SERVICE_NO_SIGNATURE_EXPECTED),
    (
        _fields("entrusted", recipient_relation="adult_family"),
        SIGNED,
        StoreMsg.SERVICE_NO_ENTRUSTED_BODY,
    ),
    (
        _fields("electronic", consent_file_id="ab" * 32),
        None,
        StoreMsg.SERVICE_NO_ELECTRONIC_ADDRESS,
    ),
    (_fields("electronic", electronic_address="a@b.cn"), None, StoreMsg.SERVICE_NO_CONSENT),
    ({"method": "public_notice", "recipient": "王某某"}, None, StoreMsg.SERVICE_NO_PUBLICATION),
    (
        _fields("left_at_premises", recipient_relation="self"),
        SIGNED,
        StoreMsg.SERVICE_LEFT_NEEDS_REFUSAL,
    ),
    (
        _fields("left_at_premises", recipient_relation="self"),
        {"name": "王某某", "refused": True, "refusal_reason": "不同意"},
        StoreMsg.SERVICE_NO_WITNESS_OR_RECORDING,
    ),
    (
        _fields("left_at_premises", recipient_relation="self"),
        {"name": "王某某", "refused": True, "witness": "赵某某"},
        NoticeMsg.REFUSAL_NEEDS_REASON,
    ),
    (
        _fields("left_at_premises", recipient_relation="self"),
        {"name": "王某某", "refused": True, **WITNESS},
        NoticeMsg.REFUSAL_NEEDS_WITNESS_SIGNATURE,
    ),
]


@pytest.mark.parametrize(("fields", "signature", "expected"), MISSING)
def test_each_method_refuses_what_it_lacks_and_writes_nothing(
    world: World, fields: dict[str, Any], signature: dict[str, Any] | None, expected: Any
) -> None:
    document_world.issue(world)
    before = _ops(world)
    assert [m.msg for m in service_problems(fields, signature)][:1] == [expected]
    with pytest.raises(ValidationError) as refused:
        _serve(world, dict(fields), signature)
    assert _key(refused) is expected
    assert _ops(world) == before
    assert notices.get_notice(world.store, world.notice_id).status == NoticeStatus.ISSUED


def test_every_method_with_what_it_needs_serves(world: World, tmp_path: Path) -> None:
    """One store per method would be slow: check each complete request against the rule, and
    serve three (entrusted, electronic with a stored consent scan, post) for real."""
    document_world.issue(world)
    scan = store_evidence_file(
        world.store, photo_path("exifpy_gps_DSCN0010.jpg"), EvidenceKind.SCAN
    )
    complete = {
        "in_person": (_fields("in_person", recipient_relation="self"), SIGNED),
        "entrusted": (
            _fields("entrusted", recipient_relation="adult_family", entrusted_to="某某街道办事处"),
            SIGNED,
        ),
        "post": (_fields("post", tracking_no="1180000000001"), None),
        "electronic": (
            _fields("electronic", electronic_address="fw@example.cn", consent_file_id=scan.sha256),
            None,
        ),
    }
    for fields, signature in complete.values():
        assert service_problems(fields, signature) == []
    served = _serve(world, *complete["electronic"])
    text = _receipt_text(world, served.service.id, tmp_path)
    assert "电子送达地址：fw@example.cn" in text and "电子送达，无现场签名（见备注）" in text
    assert "受送达人已书面同意电子送达" in text and scan.sha256[:16] in text
    assert notices.get_notice(world.store, world.notice_id).status == NoticeStatus.SERVED


# -- 留置送达: reason, witness (name, unit, signature), servers' signatures ------------------------
def test_left_at_premises_receipt_shows_reason_witness_and_signatures(
    world: World, tmp_path: Path
) -> None:
    document_world.issue(world)
    fields = _fields("left_at_premises", recipient_relation="legal_representative")
    refusal = {"name": "王某某", "refused": True, **WITNESS, "witness_strokes": strokes(60)}
    both = [world.inspector.id, world.lead.id]
    with pytest.raises(ValidationError) as unsigned:  # 李四 never drew a hand signature
        _serve(world, dict(fields), refusal, officers=both)
    assert _key(unsigned) is StoreMsg.SERVICE_SERVER_NO_SIGNATURE
    _give_inspector_a_signature(world)
    out = tmp_path / "留置送达回证.pdf"
    served = _serve(world, dict(fields), refusal, officers=both, out=out)
    text = _text(out)
    for part in (
        "送达回证",
        "受送达人遂宁某某化工有限公司",
        "王某某（法定代表人（负责人））",
        "送达人（签名）李四",
        "张三",
        "收件人签名受送达人拒绝签收。拒收事由：认为检查结论不客观，不同意签字",
        "拒收日期：",
        "见证人：赵某某（园区管委会安全环保科科长）见证人签名：",
        "送达人电子签名",
        "第1页共1页",
    ):
        assert part in text, part
    ca = tmp_path / "ca.pem"
    ca.write_bytes(documents.team_ca_pems(world.store)[0])
    assert "Signature is Valid." in pdfsig_signed(pdfsig_report(out, [ca]))["Officer"]
    roles = sorted(s.role for s in signatures_of(world.store, served.service.id))
    assert roles == ["recipient", "server", "server"]
    assert served.service.document_id == served.receipt.id


def test_left_at_premises_with_a_photo_of_leaving_and_no_witness(
    world: World, tmp_path: Path
) -> None:
    document_world.issue(world)
    _give_inspector_a_signature(world)
    photo = store_evidence_file(
        world.store, photo_path("recurser_Landscape_6.jpg"), EvidenceKind.OTHER
    )
    fields = _fields(
        "left_at_premises", recipient_relation="receiving_office", leaving_file_id=photo.sha256
    )
    refusal = {"name": "门卫", "refused": True, "refusal_reason": "称负责人不在，拒绝签收"}
    served = _serve(world, fields, refusal)
    text = _receipt_text(world, served.service.id, tmp_path)
    assert "无见证人：以照片或录像记录留置过程" in text
    assert f"留置过程照片（SHA-256{photo.sha256[:16]}" in text


def test_the_photo_of_leaving_travels_in_a_bundle_with_the_service(
    world: World, tmp_path: Path
) -> None:
    from inspect_app.storage.store import Store
    from inspect_app.sync import replicas
    from inspect_app.sync.bundle import export_bundle, import_bundle

    document_world.issue(world)
    _give_inspector_a_signature(world)
    photo = store_evidence_file(
        world.store, photo_path("recurser_Landscape_6.jpg"), EvidenceKind.OTHER
    )
    fields = _fields(
        "left_at_premises", recipient_relation="receiving_office", leaving_file_id=photo.sha256
    )
    refusal = {"name": "门卫", "refused": True, "refusal_reason": "称负责人不在，拒绝签收"}
    _serve(world, fields, refusal)
    other = Store.open(tmp_path / "other")
    try:
        replicas.enroll(other, None, world.store.replica_id, world.store.public_key, "张三")
        made = export_bundle(world.store, tmp_path / "out.zip")
        report = import_bundle(other, Path(made.path))
        assert report.photos_expected == []
        blobs = other.blobs
        assert blobs.has(photo.sha256) and blobs.verify(photo.sha256)
    finally:
        other.close()


# -- one transaction -----------------------------------------------------------------------------
def test_a_failure_while_signing_or_rendering_writes_nothing(world: World) -> None:
    document_world.issue(world)
    before = _ops(world)
    fields = _fields("in_person", recipient_relation="self")
    wrong = Credential(world.inspector_credential.p12, b"not the passphrase")
    with pytest.raises(InspectError):
        _serve(world, dict(fields), SIGNED, credential=wrong)
    with pytest.raises(ValidationError):  # strokes that cannot be drawn: refused rendering
        _serve(world, dict(fields), {"name": "王某某", "strokes": '{"w": 0}'})
    assert _ops(world) == before
    assert services_of(world.store, world.notice_id) == []
    assert notices.get_notice(world.store, world.notice_id).status == NoticeStatus.ISSUED
    served = _serve(world, dict(fields), SIGNED)  # then it works, once
    assert served.service.document_id and len(services_of(world.store, world.notice_id)) == 1


def test_refuse_then_sign_never_leaves_served_without_a_receipt(world: World) -> None:
    """Regression (issue 13): a refusal recorded, then the receipt's signing failed, left the
    decision "served" with no receipt. Now the failed attempt writes nothing."""
    document_world.issue(world)
    _give_inspector_a_signature(world)
    fields = _fields("left_at_premises", recipient_relation="self")
    refusal = {"name": "王某某", "refused": True, **WITNESS, "witness_strokes": strokes(60)}
    wrong = Credential(world.inspector_credential.p12, b"wrong")
    with pytest.raises(InspectError):
        _serve(world, dict(fields), refusal, credential=wrong)
    assert notices.get_notice(world.store, world.notice_id).status == NoticeStatus.ISSUED
    assert unreceipted_services(world.store) == []
    served = _serve(world, dict(fields), refusal)
    assert notices.get_notice(world.store, world.notice_id).status == NoticeStatus.SERVED
    assert get_service(world.store, served.service.id).document_id == served.receipt.id


def test_a_store_left_served_without_a_receipt_can_make_it(world: World, tmp_path: Path) -> None:
    """The way out for stores written by older versions: the receipt for the existing service."""
    document_world.issue(world)
    # What an older version wrote: the service, the refusal, and "served" — no receipt.
    service_id = "5e1f0000-0000-4000-8000-0000000000aa"
    served_at = local_now().isoformat()
    legacy = [
        Change(
            OpKind.CREATE,
            "service",
            service_id,
            {
                "notice_id": world.notice_id,
                "method": "left_at_premises",
                "served_at": served_at,
                "recipient": "王某某",
                "recipient_relation": "self",
            },
        ),
        Change(OpKind.ADD, "service", service_id, {"officers": [world.inspector.id]}),
        Change(
            OpKind.CREATE,
            "signature",
            "5e1f0000-0000-4000-8000-0000000000ab",
            {
                "subject_id": service_id,
                "role": "recipient",
                "signed_at": served_at,
                "name": "王某某",
                "refused": True,
                **WITNESS,
                "witness_strokes": strokes(60),
            },
        ),
        *notices.mark_served(world.store, world.inspector.id, world.notice_id, served_at),
    ]
    document_world.write_as_older_version(world, legacy, world.inspector.id)
    [missing] = unreceipted_services(world.store)
    assert missing.service_id == service_id and missing.notice_id == world.notice_id
    with pytest.raises(ValidationError) as again:
        _serve(world, _fields("in_person", recipient_relation="self"), SIGNED)
    assert _key(again) is NoticeMsg.ALREADY_SERVED
    closed = close_service(world.store, world.inspector.id, service_id, world.inspector_credential)
    assert get_service(world.store, service_id).document_id == closed.document.id
    assert unreceipted_services(world.store) == []
    assert "拒收事由" in _receipt_text(world, service_id, tmp_path)


# -- 公告送达: thirty days, the deemed day, 公告中 until then ----------------------------------
def test_public_notice_is_deemed_served_thirty_days_after_publication(world: World) -> None:
    assert deemed_served_on("2026-11-02", 30) == date(2026, 12, 2)
    fields = {
        "method": "public_notice",
        "recipient": "王某某",
        "published_at": "2026-11-02",
        "waiting_days": 30,
        "served_at": "2026-11-20T00:00:00+08:00",
    }
    [wrong_day] = service_field_problems(fields)
    assert wrong_day.msg is StoreMsg.SERVICE_NOT_DEEMED_DATE
    assert service_field_problems({**fields, "served_at": "2026-12-02T00:00:00+08:00"}) == []
    document_world.issue(world)
    before = _ops(world)
    today = local_now().date()
    running = {
        "method": "public_notice",
        "recipient": "王某某",
        "published_at": (today - timedelta(days=3)).isoformat(),
        "waiting_days": 30,
    }
    with pytest.raises(ValidationError) as still:
        _serve(world, running, None)
    assert _key(still) is StoreMsg.SERVICE_PUBLIC_NOTICE_RUNNING
    assert "公告中" in str(still.value)
    assert _ops(world) == before
    assert notices.get_notice(world.store, world.notice_id).status == NoticeStatus.ISSUED


# -- the judge applies the same rule to received ops ---------------------------------------------
def test_the_judge_refuses_a_service_op_lacking_its_method_fields(world: World) -> None:
    document_world.issue(world)
    bad = Change(
        OpKind.CREATE,
        "service",
        "5e1f0000-0000-4000-8000-0000000000bb",
        {
            "notice_id": world.notice_id,
            "method": "electronic",
            "served_at": local_now().isoformat(),
            "recipient": "王某某",
            "electronic_address": "fw@example.cn",
        },
    )
    with pytest.raises(ValidationError) as refused:
        world.store.write([bad], world.inspector.id)
    assert _key(refused) is StoreMsg.SERVICE_NO_CONSENT
    # a received op from before schema v10 (no relation, post without a tracking number) passes
    old = {"method": "in_person", "recipient": "王某某", "served_at": local_now().isoformat()}
    assert service_field_problems(old, strict=False) == []
    assert service_field_problems({**old, "method": "entrusted"}, strict=False)


def test_a_received_service_op_lacking_its_fields_is_held(world: World) -> None:
    """The same rule for an op another (tampered or newer) app wrote: held, keyed reason."""
    from forge import forge, held_codes

    document_world.issue(world)
    fields = {
        "notice_id": world.notice_id,
        "method": "entrusted",
        "served_at": local_now().isoformat(),
        "recipient": "王某某",
        "recipient_relation": "adult_family",
    }
    op = forge(
        world.store,
        "create",
        "service",
        "5e1f0000-0000-4000-8000-0000000000ff",
        fields,
        world.inspector.id,
        judged_here=True,
    )
    assert held_codes(world.store).get(op.op_id) == "invalid"
    reason = world.store.db.conn.execute(
        "SELECT reason FROM held WHERE op_id = ?", [op.op_id]
    ).fetchone()[0]
    assert "service.no_entrusted_body" in reason or "body entrusted" in reason
    assert services_of(world.store, world.notice_id) == []
