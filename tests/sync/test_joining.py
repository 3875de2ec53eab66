"""A new laptop joins a team between two real stores: office bundle, code, request, enrolment.

Also what a hostile or careless hand gives the join: a wrong code (nothing trusted), a
bundle with no team, a laptop that already has a team, an altered request, a request of
someone else's key, garbage and a large file (issue 12, "Joining a team without hex").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_team import Team, make_team

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.joining import JoinMsg
from inspect_app.storage import registry
from inspect_app.storage.receive import trusted_key
from inspect_app.storage.store import Store
from inspect_app.sync import joining
from inspect_app.sync.bundle import BundleError, export_bundle, import_bundle


@pytest.fixture
def office(tmp_path: Path) -> Team:
    return make_team(Store.open(tmp_path / "office"))


@pytest.fixture
def laptop(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "laptop")


def _code_of(error: pytest.ExceptionInfo[ValidationError]) -> str:
    return error.value.keyed_message.id  # type: ignore[union-attr]


def test_a_new_laptop_joins_and_is_enrolled_without_hex(
    office: Team, laptop: Store, tmp_path: Path
) -> None:
    bundle = Path(export_bundle(office.store, tmp_path / "office.zip").path)
    offer = joining.read_offer(laptop, bundle)
    assert offer.source == office.store.replica_id
    assert offer.code == joining.laptop_code(office.store.public_key)  # the lead's screen
    assert offer.agencies == ("遂宁市生态环境局",)
    assert ("张三", "lead") in offer.officers and ("李四", "inspector") in offer.officers
    assert registry.list_officers(laptop) == []  # reading trusts and stores nothing

    typed = offer.code.replace(" ", "-")  # as read aloud and typed, with dashes
    report = joining.join_team(laptop, offer, typed)
    assert report.accepted > 0 and not report.quarantined
    names = {o.name: o for o in registry.list_officers(laptop)}
    assert set(names) == {"张三", "李四"}
    me = joining.choose_officer(laptop, names["李四"].id)
    assert me.role == "inspector" and laptop.setting("current_officer") == me.id

    request = joining.make_request(laptop, "李四的笔记本")
    written = joining.write_request(request, tmp_path / "request.json")
    assert written.stat().st_size < joining.REQUEST_MAX_BYTES
    with pytest.raises(FileExistsError):  # never overwritten
        joining.write_request(request, written)

    on_lead = joining.read_request(written)
    assert on_lead.code == joining.laptop_code(laptop.public_key)  # both screens show it
    assert on_lead.officer_name == "李四" and on_lead.label == "李四的笔记本"
    scanned = joining.parse_request(request.to_text())  # the QR code's text, as scanned
    assert scanned == on_lead
    info = joining.enrol_from_request(office.store, office.lead.id, on_lead)
    assert (info.id, info.status) == (laptop.replica_id, "active")

    # the laptop's own work now reaches the office, and the office's enrolment reaches it
    registry.add_site(laptop, me.id, "射洪市某某纸业有限公司")
    back = import_bundle(office.store, Path(export_bundle(laptop, tmp_path / "back.zip").path))
    assert back.accepted > 0 and not back.quarantined
    again = import_bundle(laptop, Path(export_bundle(office.store, tmp_path / "again.zip").path))
    assert not again.quarantined
    assert office.store.digest() == laptop.digest()


def test_a_wrong_code_trusts_and_imports_nothing(
    office: Team, laptop: Store, tmp_path: Path
) -> None:
    offer = joining.read_offer(laptop, Path(export_bundle(office.store, tmp_path / "o.zip").path))
    wrong = "1234 5678 9012 3456" if offer.code != "1234 5678 9012 3456" else "0" * 16
    with pytest.raises(ValidationError) as error:
        joining.join_team(laptop, offer, wrong)
    assert _code_of(error) == JoinMsg.CODE_MISMATCH.id
    assert trusted_key(laptop, offer.source) is None and registry.list_officers(laptop) == []


def test_only_an_empty_laptop_joins(office: Team, laptop: Store, tmp_path: Path) -> None:
    make_team(laptop)  # this laptop set up a team of its own
    with pytest.raises(ValidationError) as error:
        joining.read_offer(laptop, Path(export_bundle(office.store, tmp_path / "o.zip").path))
    assert _code_of(error) == JoinMsg.ALREADY_IN_A_TEAM.id


def test_a_bundle_without_a_team_is_not_an_office_bundle(laptop: Store, tmp_path: Path) -> None:
    other = Store.open(tmp_path / "other")  # a laptop with nothing to give
    with pytest.raises(ValidationError) as error:
        joining.read_offer(laptop, Path(export_bundle(other, tmp_path / "empty.zip").path))
    assert _code_of(error) == JoinMsg.NO_TEAM_IN_BUNDLE.id


def test_a_damaged_bundle_is_refused_before_anything(laptop: Store, office: Team, tmp_path: Path):
    path = Path(export_bundle(office.store, tmp_path / "o.zip").path)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(BundleError):
        joining.read_offer(laptop, path)
    assert trusted_key(laptop, office.store.replica_id) is None


def _joined(office: Team, laptop: Store, tmp_path: Path) -> joining.EnrolmentRequest:
    offer = joining.read_offer(laptop, Path(export_bundle(office.store, tmp_path / "o.zip").path))
    joining.join_team(laptop, offer, offer.code)
    joining.choose_officer(laptop, office.inspector.id)
    return joining.make_request(laptop, "李四的笔记本")


def test_an_altered_request_is_refused(office: Team, laptop: Store, tmp_path: Path) -> None:
    request = _joined(office, laptop, tmp_path)
    data = json.loads(request.to_json())
    data["label"] = "张三的笔记本"  # someone renames it on the way
    with pytest.raises(ValidationError) as error:
        joining.parse_request(json.dumps(data))
    assert _code_of(error) == JoinMsg.REQUEST_BAD_SIGNATURE.id
    stranger = Store.open(tmp_path / "stranger")
    data = json.loads(request.to_json())
    data["public_key"] = stranger.public_key  # another key under this laptop's signature
    with pytest.raises(ValidationError) as error:
        joining.parse_request(json.dumps(data))
    assert _code_of(error) == JoinMsg.REQUEST_BAD_SIGNATURE.id
    assert trusted_key(office.store, laptop.replica_id) is None


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        '{"kind": "something-else"}',
        '{"kind": "inspect-app/enrolment-request", "version": 9}',
        '{"kind": "inspect-app/enrolment-request", "version": 1, "replica": 5}',
        joining.REQUEST_PREFIX + "!!!not base64!!!",
        "[1, 2, 3]",
    ],
)
def test_garbage_is_not_a_request(content: str) -> None:
    with pytest.raises(ValidationError) as error:
        joining.parse_request(content)
    assert _code_of(error) in (JoinMsg.REQUEST_UNREADABLE.id, JoinMsg.REQUEST_BAD_SIGNATURE.id)


def test_a_large_or_binary_file_is_not_read_as_a_request(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"{" + b" " * 10_000 + b"}")
    with pytest.raises(ValidationError) as error:
        joining.read_request(big)
    assert _code_of(error) == JoinMsg.REQUEST_TOO_LARGE.id
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    with pytest.raises(ValidationError) as error:
        joining.read_request(binary)
    assert _code_of(error) == JoinMsg.REQUEST_UNREADABLE.id


def test_the_code_is_stable_and_spreads() -> None:
    key = "ab" * 32
    code = joining.laptop_code(key)
    assert code == joining.laptop_code(key) and len(code) == 19
    assert all(part.isdigit() and len(part) == 4 for part in code.split(" "))
    codes = {joining.laptop_code(f"{n:064x}") for n in range(500)}
    assert len(codes) == 500
    assert joining.same_code("１２３４-５６７８ 9012 3456", "1234 5678 9012 3456")  # full-width
    assert not joining.same_code("1234 5678 9012 345", "1234 5678 9012 3456")
