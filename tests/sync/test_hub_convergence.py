"""Convergence over HTTP: random edits on two laptops, push/pull/both against a real hub.

Bundles between the laptops are mixed in, pushes are repeated, clocks jump. After everyone
has synced with the hub twice, every ``db digest`` (laptops and hub) is equal.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from hub_fixtures import make_world
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from inspect_app.domain.errors import InspectError
from inspect_app.domain.hlc import HybridClock
from inspect_app.storage import findings
from inspect_app.storage.receive import ops_missing_from
from inspect_app.sync import bundle, conflicts, hub_client
from inspect_app.sync.hub_client import HubSession

LAPTOP = st.sampled_from(["a", "b"])


class HubConvergence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="inspect-hubconv-"))
        self.world = make_world(self.folder)
        hub_client.both(self.world.a, self.world.url)
        hub_client.both(self.world.b, self.world.url)
        self.ids: list[str] = []
        self.written: list[tuple[str, str]] = []

    def _store(self, name: str):  # type: ignore[no-untyped-def]
        return self.world.a if name == "a" else self.world.b

    def _officer(self, name: str) -> str:
        return self.world.lead if name == "a" else self.world.inspector

    @rule(at=LAPTOP, text=st.sampled_from(["暗管", "废水", ""]))
    def add(self, at: str, text: str) -> None:
        f = findings.add_finding(
            self._store(at),
            self._officer(at),
            self.world.patrol,
            "air",
            self.world.site,
            text or None,
        )
        self.ids.append(f.id)

    @precondition(lambda self: self.ids)
    @rule(
        at=LAPTOP, which=st.integers(0, 99), severity=st.sampled_from(["minor", "major", "serious"])
    )
    def edit(self, at: str, which: int, severity: str) -> None:
        f = self.ids[which % len(self.ids)]
        try:
            findings.edit_finding(self._store(at), self._officer(at), f, severity=severity)
        except InspectError:
            return
        self.written.append((f, severity))

    @precondition(lambda self: self.ids)
    @rule(at=LAPTOP, which=st.integers(0, 99))
    def withdraw(self, at: str, which: int) -> None:
        with contextlib.suppress(InspectError):
            findings.withdraw_finding(
                self._store(at), self._officer(at), self.ids[which % len(self.ids)]
            )

    @rule(pick=st.integers(0, 99))
    def resolve(self, pick: int) -> None:
        store = self.world.a  # laptop A belongs to the team lead
        open_ones = [c for c in conflicts.list_conflicts(store) if c["status"] == "open"]
        if not open_ones:
            return
        conflict = open_ones[pick % len(open_ones)]
        value = str(conflict["candidates"][pick % len(conflict["candidates"])]["value"])
        if conflict["field"] == "_lifecycle":
            value = "keep" if value == "edited" else "withdrawn"
        conflicts.resolve(store, self.world.lead, conflict["id"], value)

    @rule(at=LAPTOP)
    def tampered_push_changes_nothing(self, at: str) -> None:
        store = self._store(at)
        entries = ops_missing_from(store, {})[-1:]
        if not entries:
            return
        body, sig = entries[0]
        forged = body.replace('"status":"open"', '"status":"closed"')
        before = conflicts.store_digest(self.world.hub)
        with HubSession(store, self.world.url) as session:
            session.hello()
            report = session.post_ops([(forged, sig)], uuid.uuid4().hex)
        if forged == body:
            return
        assert report["accepted"] == 0  # the signature no longer matches: quarantined
        assert conflicts.store_digest(self.world.hub) == before

    @rule(at=LAPTOP, how=st.sampled_from(["push", "pull", "both", "push_twice"]))
    def sync(self, at: str, how: str) -> None:
        store = self._store(at)
        if how == "push_twice":
            hub_client.push(store, self.world.url)
            hub_client.push(store, self.world.url)
        else:
            getattr(hub_client, how)(store, self.world.url)

    @rule(src=LAPTOP)
    def bundle_between_laptops(self, src: str) -> None:
        dst = "b" if src == "a" else "a"
        made = bundle.export_bundle(
            self._store(src), self.folder / f"x{time.time_ns()}.zip", self._store(dst).replica_id
        )
        with contextlib.suppress(InspectError):  # not yet vouched for: refused, nothing changed
            bundle.import_bundle(self._store(dst), Path(made.path))

    @rule(at=LAPTOP, hours=st.sampled_from([-3, 24 * 200]))
    def clock_jump(self, at: str, hours: int) -> None:
        store = self._store(at)
        offset = hours * 3600 * 1000
        store.clock = HybridClock(
            store.clock.last, now_ms=lambda: time.time_ns() // 1_000_000 + offset
        )

    def teardown(self) -> None:
        try:
            for _ in range(2):
                for store in (self.world.a, self.world.b):
                    summary = hub_client.both(store, self.world.url)
                    assert summary["ok"], summary
            stores = (self.world.a, self.world.b, self.world.hub)
            digests = {conflicts.store_digest(s) for s in stores}
            assert len(digests) == 1, digests
            for f, severity in self.written:  # current, in an open conflict, or in history
                values = {op.data.get("severity") for op in self.world.hub.history("finding", f)}
                assert severity in values
            assert all(s.check().ok for s in stores)
        finally:
            self.world.close()
            shutil.rmtree(self.folder, ignore_errors=True)


HubConvergence.TestCase.settings = settings(
    max_examples=8,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestHubConvergence = HubConvergence.TestCase
