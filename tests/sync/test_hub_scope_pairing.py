"""A new laptop never downloads the whole province before its scope takes effect (issue 15).

A new user's walk found two ways a new laptop got everything from the PostgreSQL hub:

* it was paired first (``team pair`` pulls, the hub knowing no scope for it), the lead then
  scoped it, and its next pull was a position pull again — the laptop asked for a scoped pull
  only when it already knew itself scoped, and the op setting its scope had not reached it;
  now a laptop asks a hub that keeps scope tags for a scoped pull every time, and the hub
  decides from its own view;
* the lead could not give the scope at the pairing: now ``team pairing --scope KEY …`` (and
  :func:`pairing.open_pairing`) writes it with the enrolment, in the lead's name, so the very
  first pull is scoped.

The world is the one of ``test_hub_scope.py`` (a real PostgreSQL hub on 127.0.0.1, the lead's
office laptop D with the work of 涪江 and 嘉陵江); the command line runs against the office
SQLite hub (``hub_fixtures.make_world``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_fixtures import World, add_finding_with_photos, make_world
from test_hub_scope import (
    FUJIANG,
    JIALING,
    Province,
    _assert_holds_exactly_its_scope,
    _build,
    _photos_of,
    document_template,
)

from inspect_app.cli import main
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.storage import findings
from inspect_app.storage.scope import my_scope, presence, scope_of
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client, pairing
from inspect_app.sync.hub_client import HubSession, hub_said

__all__ = ["document_template"]  # the template fixture of test_hub_scope, used here too


@pytest.fixture
def province(tmp_path: Path, document_template: Path, pg_url: str) -> Iterator[Province]:
    made = _build(tmp_path, document_template, pg_url)
    yield made
    made.close()


def _jialing_findings(p: Province) -> list[str]:
    rows = p.hub.db.conn.execute(
        "SELECT f.id FROM finding f JOIN patrol t ON t.id = f.patrol_id WHERE t.basin = ?",
        ["jialing"],
    )
    return [r[0] for r in rows]


def _assert_no_jialing_member(p: Province, laptop: Store) -> None:
    """No 嘉陵江 finding is a member here, and no photo of one came (only a dependency's row)."""
    jialing = _jialing_findings(p)
    assert jialing
    for finding in jialing:
        assert presence(laptop, "finding", finding) in ("absent", "dependency"), finding
        assert not any(laptop.blobs.has(sha) for sha in _photos_of(p.hub, finding)), finding
    assert presence(laptop, "finding", p.ids["f4"]) == "absent"  # nothing here names it


def test_a_laptop_paired_with_a_scope_never_receives_another_basins_finding(
    province: Province, tmp_path: Path
) -> None:
    p = province
    ticket = pairing.open_pairing(p.d.store, p.url, p.lead, ["basin:涪江"])
    assert ticket.scope == [FUJIANG]  # the name became the code patrols store
    c = Store.open(tmp_path / "laptop-c")
    paired = pairing.pair_with_hub(c, p.url, ticket.code, "王芳的笔记本")
    pulled = paired.pulled
    assert pulled["ok"], pulled["message"]
    assert pulled["scoped"] is True  # the very first pull, during the pairing
    assert FUJIANG in pulled["scope_keys"] and JIALING not in pulled["scope_keys"]
    assert my_scope(c) == frozenset({FUJIANG})
    _assert_no_jialing_member(p, c)
    assert presence(c, "finding", p.ids["f1"]) == "member"
    assert all(c.blobs.has(sha) for sha in _photos_of(p.hub, p.ids["f1"]))
    _assert_holds_exactly_its_scope(p, c, pulled["scope_keys"])
    # the enrolment carried the scope in the lead's name: D (and any replica) accepts it
    assert hub_client.pull(p.d.store, p.url)["ok"]
    assert scope_of(p.d.store, c.replica_id).keys == [FUJIANG]
    held = p.d.store.db.conn.execute("SELECT count(*) FROM held").fetchone()[0]
    assert held == 0
    # later work of both basins: only 涪江's comes
    far = add_finding_with_photos(
        p.d.store, p.lead, p.ids["jialing"], p.ids["site2"], ["pillow_empty_gps_ifd.jpg"]
    )
    near = findings.add_finding(p.d.store, p.lead, p.ids["fujiang"], "air", p.d.site.id, "扬尘")
    assert hub_client.push(p.d.store, p.url)["ok"]
    again = hub_client.pull(c, p.url)
    assert again["ok"] and again["scoped"] is True
    assert presence(c, "finding", far) == "absent"
    assert presence(c, "finding", near.id) == "member"
    _assert_no_jialing_member(p, c)
    c.close()


def test_a_laptop_scoped_after_pairing_gets_only_its_scope_on_its_next_pull(
    province: Province, tmp_path: Path
) -> None:
    p = province
    ticket = pairing.open_pairing(p.d.store, p.url, p.lead)  # no scope: everything
    assert ticket.scope is None
    c = Store.open(tmp_path / "laptop-c")
    paired = pairing.pair_with_hub(c, p.url, ticket.code, "赵六的笔记本")
    assert paired.pulled["ok"] and paired.pulled["scoped"] is False
    assert presence(c, "finding", p.ids["f4"]) == "member"  # the hub held no scope for it
    # the lead scopes it and syncs; meanwhile new work of both basins reaches the hub
    from inspect_app.storage.scope import set_scope

    assert hub_client.pull(p.d.store, p.url)["ok"]  # D learns the hub's enrolment of C
    set_scope(p.d.store, p.lead, c.replica_id, [FUJIANG])
    far = add_finding_with_photos(
        p.d.store, p.lead, p.ids["jialing"], p.ids["site2"], ["pillow_empty_gps_ifd.jpg"]
    )
    near = findings.add_finding(p.d.store, p.lead, p.ids["fujiang"], "air", p.d.site.id, "扬尘")
    assert hub_client.push(p.d.store, p.url)["ok"]
    assert my_scope(c) is None  # C does not know its scope yet: the hub does
    pulled = hub_client.pull(c, p.url)
    assert pulled["ok"], pulled["message"]
    assert pulled["scoped"] is True and FUJIANG in pulled["scope_keys"]
    assert my_scope(c) == frozenset({FUJIANG})
    assert presence(c, "finding", far) == "absent"
    assert not any(c.blobs.has(sha) for sha in _photos_of(p.hub, far))
    assert presence(c, "finding", near.id) == "member"
    c.close()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path)  # the SQLite hub
    assert hub_client.push(made.a, made.url)["ok"]  # the hub learns the team and its lead
    yield made
    made.close()


def test_team_pairing_with_a_scope_from_the_command_line(
    office: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = office
    folder = str(w.a.data_dir)
    w.a.close()
    base = ["--data-dir", folder, "--as", w.lead, "--lang"]
    pairing_cmd = ["team", "pairing", "--hub", w.url, "--scope"]
    for lang, words in (("en", "no such basin"), ("zh_CN", "没有该流域")):
        code = main([*base, lang, *pairing_cmd, "basin:nosuch"])
        out = capsys.readouterr()
        assert code != 0 and "Traceback" not in out.out + out.err
        assert words in out.err and "basin:nosuch" in out.err and "fujiang" in out.err, out
    code = main([*base, "en", "--json", *pairing_cmd, "basin:涪江", "region:5109"])
    out = capsys.readouterr()
    assert code == 0, out
    ticket = json.loads(out.out)
    assert ticket["scope"] == [FUJIANG, "region:5109"]
    c = Store.open(tmp_path / "laptop-c")
    pairing.pair_with_hub(c, w.url, ticket["code"], "王芳的笔记本")
    assert scope_of(w.hub, c.replica_id).keys == [FUJIANG, "region:5109"]
    assert my_scope(c) == frozenset({FUJIANG, "region:5109"})
    c.close()
    w.a = Store.open(Path(folder))


def test_the_hub_refuses_a_scope_key_naming_nothing_and_opens_no_slot(office: World) -> None:
    w = office
    with pytest.raises(ValidationError) as refused:  # checked on the lead's laptop first
        pairing.open_pairing(w.a, w.url, w.lead, ["region:5199"])
    said = refused.value.keyed_message
    assert said is not None and said.id == "sync.scope_unknown_region"
    # a request that skips the laptop's check: the hub checks with the same function
    for scope, status, message_id in (
        (["basin:nosuch"], 409, "sync.scope_unknown_basin"),
        (["province:51"], 409, "field.not_scope"),
        ("basin:fujiang", 400, "join.pairing_body"),
    ):
        with HubSession(w.a, w.url) as session:
            session.hello()
            body = json.dumps({"officer": w.lead, "scope": scope}).encode("utf-8")
            answer = session.request("POST", "/pairing", content=body, expect=(status,))
            said = hub_said(answer)
        assert isinstance(said, Message) and said.id == message_id, said
    with w.server.hub.pairing.slots.session() as state:
        assert state.slots == {}  # nothing was opened
