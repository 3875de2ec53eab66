"""A lead's scope keys must name something this store knows (issue 15, a new user's walk).

``replica scope RB basin:琼江`` / ``basin:nosuch`` / ``basin:Fujiang`` used to succeed and the
laptop silently received nothing (patrols store the basin *code*). Now the one check of a
lead's command (``storage/scope_check.checked_keys``, called by ``set_scope``): a basin by code
or name is written as its code, an unknown basin is refused listing the valid ones, an agency
must be held here, a region must be known to the reference or to an agency or site here. The
judge still accepts any well-formed key from another replica (newer reference data).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from forge import forge, held_codes
from store_team import Team, make_team

from inspect_app.cli import main
from inspect_app.domain.errors import ValidationError
from inspect_app.storage import receive, registry
from inspect_app.storage.scope import scope_of, set_scope
from inspect_app.storage.scope_check import checked_keys
from inspect_app.storage.store import Store
from inspect_app.sync import replicas


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Team, Store]]:
    """A lead's store A with its team, and laptop B enrolled there."""
    a = Store.open(tmp_path / "a")
    b = Store.open(tmp_path / "b")
    team = make_team(a)
    replicas.enroll(a, team.lead.id, b.replica_id, b.public_key, "乙")
    replicas.enroll(b, None, a.replica_id, a.public_key, "甲")
    yield team, b
    a.close()
    b.close()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (["basin:琼江"], ["basin:qiongjiang"]),
        (["basin:Fujiang"], ["basin:fujiang"]),
        (["basin:涪江", "basin:fujiang"], ["basin:fujiang"]),
        (["basin:长江（川渝段）", " region:5109 "], ["basin:yangtze", "region:5109"]),
        (["region:510903", "region:5001"], ["region:5001", "region:510903"]),
        (["*", "basin:nosuch"], ["*"]),  # everything: nothing left to name
    ],
)
def test_basin_names_become_codes_and_known_keys_are_kept(
    laptops: tuple[Team, Store], typed: list[str], stored: list[str]
) -> None:
    team, b = laptops
    if "*" in typed:
        assert checked_keys(team.store, typed) == stored
        return
    assert set_scope(team.store, team.lead.id, b.replica_id, typed).keys == stored


def test_an_agency_and_a_sites_region_outside_the_reference_are_accepted(
    laptops: tuple[Team, Store],
) -> None:
    team, b = laptops
    a = team.store
    registry.add_site(a, team.lead.id, "成都某某公司", region="510104")  # 锦江区: not listed
    keys = [f"agency:{team.agency.id}", "region:5101", "region:510104"]
    assert set_scope(a, team.lead.id, b.replica_id, keys).keys == sorted(keys)


@pytest.mark.parametrize(
    ("key", "message_id"),
    [
        ("basin:nosuch", "sync.scope_unknown_basin"),
        ("basin:Fu jiang", "sync.scope_unknown_basin"),
        ("agency:5c1e2f3a-0000-4000-8000-000000000000", "sync.scope_unknown_agency"),
        ("region:5199", "sync.scope_unknown_region"),  # 四川 has no city 99
        ("region:519999", "sync.scope_unknown_region"),
        ("region:5100", "sync.scope_unknown_region"),  # a province is "*"
        ("region:9901", "sync.scope_unknown_region"),
    ],
)
def test_a_key_naming_nothing_is_refused_and_nothing_is_written(
    laptops: tuple[Team, Store], key: str, message_id: str
) -> None:
    team, b = laptops
    a = team.store
    count = a.op_count()
    with pytest.raises(ValidationError) as refused:
        set_scope(a, team.lead.id, b.replica_id, ["basin:fujiang", key])
    said = refused.value.keyed_message
    assert said is not None and said.id == message_id
    assert key in said.english()
    if message_id == "sync.scope_unknown_basin":
        assert "fujiang (涪江)" in said.english() and "qiongjiang (琼江)" in said.english()
    assert a.op_count() == count and scope_of(a, b.replica_id).keys is None


def test_the_judge_still_takes_any_well_formed_key_from_another_replica(
    laptops: tuple[Team, Store],
) -> None:
    team, b = laptops
    a = team.store
    op = forge(a, "set", "replica", b.replica_id, {"scope": '["basin:newriver"]'}, team.lead.id)
    rows = a.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    receive.receive(b, [(str(body), sig) for body, sig in rows])
    assert op.op_id not in held_codes(b)
    assert scope_of(b, b.replica_id).keys == ["basin:newriver"]


def test_the_command_line_refuses_an_unknown_basin_in_both_languages(
    laptops: tuple[Team, Store], capsys: pytest.CaptureFixture[str]
) -> None:
    team, b = laptops
    folder, lead, target = str(team.store.data_dir), team.lead.id, b.replica_id
    team.store.close()
    base = ["--data-dir", folder, "--as", lead]
    for lang, words in (("en", "no such basin"), ("zh_CN", "没有该流域")):
        code = main([*base, "--lang", lang, "replica", "scope", target, "basin:nosuch"])
        out = capsys.readouterr()
        assert code != 0 and "Traceback" not in out.out + out.err
        assert words in out.err and "basin:nosuch" in out.err and "fujiang" in out.err, out
    code = main([*base, "--lang", "zh_CN", "replica", "scope", target, "basin:涪江"])
    out = capsys.readouterr()
    assert code == 0, out
    assert "涪江" in out.out, out.out
    team.store = Store.open(Path(folder))
    assert scope_of(team.store, target).keys == ["basin:fujiang"]  # the code, as patrols
