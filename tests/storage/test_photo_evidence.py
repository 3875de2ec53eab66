"""Photos as evidence: order, captions and annotations as ops; the original never touched.

Real fixture photos in a real store: an annotation is an op on the photo record, the file
under its SHA-256 stays byte for byte what the camera wrote; the evidence order moves; both
travel by bundle to another laptop; a hostile peer's malformed annotation is set aside by the
judge, like any value this app would not write; a drafted decision prints the annotated
copy with the original's SHA-256 (issue 12, "Photos").
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from fixture_photos import photo_path
from PIL import Image
from store_team import Team, make_team

from inspect_app.domain import annotation
from inspect_app.domain.annotation import Shape
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg
from inspect_app.notices.draft import build_content, draft_notice
from inspect_app.photos.importer import blob_store, run_import
from inspect_app.storage import findings
from inspect_app.storage.photo_evidence import evidence_order, move_photo, set_annotation
from inspect_app.storage.store import Store
from inspect_app.sync import replicas
from inspect_app.sync.bundle import export_bundle, import_bundle

PHOTOS = ["exifpy_gps_DSCN0010.jpg", "recurser_Landscape_6.jpg", "exifpy_gps_DSCN0012.jpg"]
MARKS = [
    Shape("arrow", (0.1, 0.1, 0.45, 0.5)),
    Shape("ellipse", (0.5, 0.5, 0.8, 0.9)),
    Shape("text", (0.05, 0.8), "排污口"),
]


@pytest.fixture
def team(tmp_path: Path) -> Team:
    return make_team(Store.open(tmp_path / "office"))


def _finding_with_photos(team: Team) -> tuple[str, list[str]]:
    finding = findings.add_finding(
        team.store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, "暗管排污"
    )
    report = run_import(team.store, team.lead.id, finding.id, [photo_path(n) for n in PHOTOS])
    assert not report.refused
    return finding.id, list(findings.get_finding(team.store, finding.id).photo_ids)


def _stored_sha(store: Store, sha: str) -> str:
    """The SHA-256 of a stored original's plaintext (decrypted from its sealed file)."""
    return hashlib.sha256(blob_store(store).read_bytes(sha)).hexdigest()


def _annotated(store: Store, sha: str) -> bool:
    """True when a printed image is an annotated copy: one is kept (sealed) for ``sha``."""
    return any((store.derived_dir / "annotated").rglob(f"{sha}-*.jpg"))


def _image(data: Path | bytes | None) -> Image.Image:
    assert data is not None
    return Image.open(io.BytesIO(data) if isinstance(data, bytes) else data)


def test_marks_order_and_captions_are_ops_and_the_original_is_untouched(
    team: Team, tmp_path: Path
) -> None:
    finding, shas = _finding_with_photos(team)
    stored = set_annotation(team.store, team.lead.id, shas[0], MARKS)
    assert stored == annotation.dump(MARKS) and annotation.parse(stored) == MARKS
    assert findings.get_photo(team.store, shas[0]).annotation == stored
    assert _stored_sha(team.store, shas[0]) == shas[0]  # byte for byte the camera's file
    assert hashlib.sha256(photo_path(PHOTOS[0]).read_bytes()).hexdigest() == shas[0]

    assert evidence_order(team.store, finding) == shas
    move_photo(team.store, team.lead.id, finding, shas[2], 0)
    moved = [shas[2], shas[0], shas[1]]
    assert evidence_order(team.store, finding) == moved
    assert [p.id for p in findings.photos_of(team.store, finding)] == moved
    findings.set_caption(team.store, team.lead.id, shas[1], "暗管出口，黄褐色废水")

    other = Store.open(tmp_path / "laptop")
    replicas.enroll(other, None, team.store.replica_id, team.store.public_key)
    report = import_bundle(other, Path(export_bundle(team.store, tmp_path / "b.zip").path))
    assert not report.quarantined
    assert findings.get_photo(other, shas[0]).annotation == stored
    assert evidence_order(other, finding) == moved
    assert findings.get_photo(other, shas[1]).caption == "暗管出口，黄褐色废水"
    set_annotation(team.store, team.lead.id, shas[0], [])  # marks removed: an op too
    assert findings.get_photo(team.store, shas[0]).annotation is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("not json", Msg.ANNOTATION_NOT_JSON),
        ('{"v": 2, "shapes": []}', Msg.ANNOTATION_NOT_JSON),
        ('{"v":1,"shapes":[{"k":"arrow","p":[0,0,1.5,1]}]}', Msg.ANNOTATION_BAD_SHAPE),
        ('{"v":1,"shapes":[{"k":"star","p":[0,0,1,1]}]}', Msg.ANNOTATION_BAD_SHAPE),
        (
            '{"v":1,"shapes":[{"k":"text","p":[0.1,0.1],"t":"' + "长" * 41 + '"}]}',
            Msg.ANNOTATION_BAD_SHAPE,
        ),  # fmt: skip
        ('{"v":1,"shapes":[{"k":"text","p":[0.1,0.1],"t":"a\\u0007b"}]}', Msg.ANNOTATION_BAD_SHAPE),
        ('{"v":1,"shapes":[{"k":"rect","p":[0,0,1,true]}]}', Msg.ANNOTATION_BAD_SHAPE),
        ('{"v":1,"shapes":[{"k":"rect","p":[0,0,1,1],"x":1}]}', Msg.ANNOTATION_BAD_SHAPE),
        (
            json.dumps({"v": 1, "shapes": [{"k": "rect", "p": [0, 0, 1, 1]}] * 41}),
            Msg.ANNOTATION_TOO_MANY,
        ),  # fmt: skip
        ("[" * 5000, Msg.ANNOTATION_NOT_JSON),
    ],
)
def test_a_malformed_annotation_is_refused_with_a_keyed_reason(value: str, message) -> None:
    with pytest.raises(ValidationError) as error:
        annotation.check_field(value, "annotation")
    assert error.value.keyed_message is not None
    assert error.value.keyed_message.id == message.id


def test_a_peers_annotation_not_in_canonical_form_is_set_aside(team: Team, tmp_path: Path) -> None:
    from forge import forge

    _finding, shas = _finding_with_photos(team)
    peer = Store.open(tmp_path / "peer")
    replicas.enroll(peer, None, team.store.replica_id, team.store.public_key)
    replicas.enroll(team.store, team.lead.id, peer.replica_id, peer.public_key)
    import_bundle(peer, Path(export_bundle(team.store, tmp_path / "b.zip").path))
    loose = '{"v": 1, "shapes": [{"k": "rect", "p": [0, 0, 1, 1]}]}'  # spaces: not canonical
    # here the write path writes the canonical form …
    set_annotation(peer, team.lead.id, shas[1], [Shape("rect", (0.0, 0.0, 1.0, 1.0))])
    # … a tampered app on the peer signs the loose one
    forge(peer, "set", "photo", shas[0], {"annotation": loose}, team.lead.id)
    report = import_bundle(team.store, Path(export_bundle(peer, tmp_path / "p.zip").path))
    assert [item["code"] for item in report.quarantined] in (["invalid"], ["not_normalised"])
    assert findings.get_photo(team.store, shas[0]).annotation is None  # nothing applied
    assert findings.get_photo(team.store, shas[1]).annotation == annotation.dump(
        [Shape("rect", (0.0, 0.0, 1.0, 1.0))]
    )


def test_a_drafted_decision_prints_the_annotated_copy_beside_the_originals_hash(
    team: Team, tmp_path: Path
) -> None:
    from pdf_tools import pdftotext

    finding, shas = _finding_with_photos(team)
    stored = set_annotation(team.store, team.lead.id, shas[0], MARKS)
    content = build_content(team.store, team.lead.id, [finding])[0]
    first = next(item for item in content.evidence if item.sha256 == shas[0])
    plain = next(item for item in content.evidence if item.sha256 == shas[1])
    assert first.image_path is not None and _annotated(team.store, shas[0])
    assert not _annotated(team.store, shas[1])
    assert "红色标注" in first.description and "红色标注" not in plain.description
    with _image(first.image_path) as marked, _image(plain.image_path) as unmarked:
        red = sum(1 for r, g, b in marked.convert("RGB").getdata() if r > 180 and g < 60 and b < 60)
        assert red > 200  # the marks are drawn
        assert unmarked.size != (0, 0)
    assert _stored_sha(team.store, shas[0]) == shas[0]
    again = build_content(team.store, team.lead.id, [finding])[0]  # same file, not redrawn
    assert next(i for i in again.evidence if i.sha256 == shas[0]).image_path == first.image_path
    assert stored is not None

    out = tmp_path / "decision.pdf"
    draft_notice(team.store, team.lead.id, [finding], out)
    text = pdftotext(out).replace(" ", "").replace("\n", "")
    assert "图中红色标注为执法人员所加" in text and shas[0] in text


def test_the_evidence_stamp_is_burned_into_print_copies_only(team: Team) -> None:
    from inspect_app.notices.annotated import STAMP_SETTING

    finding, shas = _finding_with_photos(team)
    plain = build_content(team.store, team.lead.id, [finding])[0].evidence
    assert not any(_annotated(team.store, item.sha256) for item in plain)
    team.store.set_setting(STAMP_SETTING, "on")
    stamped = build_content(team.store, team.lead.id, [finding])[0].evidence
    for item in stamped:
        assert _annotated(team.store, item.sha256) and "制作文书时所加" in item.description
        with _image(item.image_path) as image:
            rgb = image.convert("RGB")
            width, height = rgb.size
            band = [rgb.getpixel((x, height - 3)) for x in range(0, width, max(1, width // 50))]
            assert sum(sum(px) for px in band) / len(band) < 200  # the dark band at the bottom
    for sha in shas:  # the originals are what the camera wrote
        assert _stored_sha(team.store, sha) == sha
