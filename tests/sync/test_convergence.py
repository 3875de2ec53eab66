"""Convergence: random edits on 3 real replicas, bundles delivered in any order.

Bundles are exported at random moments and delivered late, twice, never, or corrupted;
clocks jump. After everyone has exchanged with everyone, every ``db digest`` is equal, every
value anyone wrote is current, in an open conflict or in the history, and no corrupted
bundle changed anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sync_helpers import make_fleet

from inspect_app.domain.errors import InspectError
from inspect_app.domain.hlc import HybridClock
from inspect_app.storage import findings
from inspect_app.storage.protection.sealed_stream import is_sealed_file, read_header
from inspect_app.sync import bundle, conflicts
from inspect_app.sync.bundle import BundleError


def _opens(path: Path, replica: str) -> bool:
    """True when ``replica`` can open the bundle: clear, or sealed with an entry for it."""
    if not is_sealed_file(path):
        return True
    with open(path, "rb") as f:
        return any(e["replica"] == replica for e in read_header(f)[0]["recipients"])


REPLICA = st.integers(0, 2)
TEXT = st.sampled_from(["暗管", "废水外排", "COD 356 mg/L", "已整改", ""])


class Convergence(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="inspect-conv-"))
        self.fleet = make_fleet(self.folder, 3)
        self.ids: list[str] = []
        self.written: list[tuple[str, str, str]] = []  # (finding, field, value)
        self.in_flight: list[tuple[int, Path]] = []  # (target replica, bundle)
        self.addressed: dict[Path, bool] = {}  # can the target open it (issue 14: sealed)

    def teardown(self) -> None:
        self.fleet.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _officer(self, at: int) -> str:
        return self.fleet.lead if at == 0 else self.fleet.inspector

    @rule(at=REPLICA, text=TEXT)
    def add(self, at: int, text: str) -> None:
        store = self.fleet.stores[at]
        f = findings.add_finding(
            store, self._officer(at), self.fleet.patrol, "air", self.fleet.site, text or None
        )
        self.ids.append(f.id)

    @precondition(lambda self: self.ids)
    @rule(
        at=REPLICA,
        which=st.integers(0, 99),
        severity=st.sampled_from(["minor", "major", "serious"]),
    )
    def edit(self, at: int, which: int, severity: str) -> None:
        store = self.fleet.stores[at]
        f = self.ids[which % len(self.ids)]
        try:
            findings.edit_finding(store, self._officer(at), f, severity=severity)
        except InspectError:
            return  # not arrived here yet, withdrawn, or in an open conflict
        self.written.append((f, "severity", severity))

    @precondition(lambda self: self.ids)
    @rule(at=REPLICA, which=st.integers(0, 99))
    def withdraw(self, at: int, which: int) -> None:
        with contextlib.suppress(InspectError):
            findings.withdraw_finding(
                self.fleet.stores[at], self._officer(at), self.ids[which % len(self.ids)]
            )

    @rule(at=REPLICA, pick=st.integers(0, 99))
    def resolve(self, at: int, pick: int) -> None:
        store = self.fleet.stores[0]  # the office lead resolves what the office sees
        open_ones = [c for c in conflicts.list_conflicts(store) if c["status"] == "open"]
        if not open_ones:
            return
        conflict = open_ones[pick % len(open_ones)]
        candidates = conflict["candidates"]
        value = str(candidates[pick % len(candidates)]["value"])
        if conflict["field"] == "_lifecycle":
            value = "keep" if value == "edited" else "withdrawn"
        conflicts.resolve(store, self.fleet.lead, conflict["id"], value)
        if conflict["field"] != "_lifecycle":
            self.written.append((conflict["entity_id"], conflict["field"], value))

    @rule(src=REPLICA, dst=REPLICA, targeted=st.booleans())
    def export(self, src: int, dst: int, targeted: bool) -> None:
        if src == dst:
            return
        target = self.fleet.stores[dst].replica_id if targeted else None
        made = bundle.export_bundle(self.fleet.stores[src], self.fleet.bundle_path(), target)
        self.in_flight.append((dst, Path(made.path)))
        # a team bundle is sealed for the laptops whose box key the sender knows (a box key
        # travels with its laptop's own ops): one the target cannot open yet is refused cleanly
        self.addressed[Path(made.path)] = _opens(Path(made.path), self.fleet.stores[dst].replica_id)

    @precondition(lambda self: self.in_flight)
    @rule(pick=st.integers(0, 99), fate=st.sampled_from(["deliver", "twice", "drop", "corrupt"]))
    def deliver(self, pick: int, fate: str) -> None:
        dst, path = self.in_flight.pop(pick % len(self.in_flight))
        store = self.fleet.stores[dst]
        if fate == "drop":
            return
        if fate == "corrupt":
            data = bytearray(path.read_bytes())
            data[(pick * 7919) % len(data)] ^= 0x5A
            path.write_bytes(bytes(data))
            before = conflicts.store_digest(store)
            try:
                bundle.import_bundle(store, path)
            except InspectError:
                assert conflicts.store_digest(store) == before
            return
        if not self.addressed.get(path, True):  # (a subclass's own exports: not recorded)
            before = conflicts.store_digest(store)
            with pytest.raises(BundleError, match="not addressed to this laptop"):
                bundle.import_bundle(store, path)
            assert conflicts.store_digest(store) == before
            return
        for _ in range(2 if fate == "twice" else 1):
            bundle.import_bundle(store, path)

    @rule(at=st.integers(1, 2), jump_hours=st.sampled_from([-5, 24 * 365]))
    def clock_jump(self, at: int, jump_hours: int) -> None:
        offset = jump_hours * 3600 * 1000
        self.fleet.stores[at].clock = HybridClock(
            self.fleet.stores[at].clock.last,
            now_ms=lambda: time.time_ns() // 1_000_000 + offset,
        )

    @invariant()
    def every_store_is_sound(self) -> None:
        for store in self.fleet.stores:
            report = store.check()
            assert report.integrity == ["ok"] and report.tables_match_log

    def teardown_check(self) -> None:
        self.fleet.settle()
        digests = {conflicts.store_digest(s) for s in self.fleet.stores}
        assert len(digests) == 1, digests
        store = self.fleet.stores[0]
        open_values = {
            (c["entity_id"], c["field"], str(x["value"]))
            for c in conflicts.list_conflicts(store)
            if c["status"] == "open"
            for x in c["candidates"]
        }
        for f, field, value in self.written:
            history = {str(op.data.get(field)) for op in store.history("finding", f)}
            assert value in history or (f, field, value) in open_values


class ConvergenceMachine(Convergence):
    def teardown(self) -> None:
        try:
            self.teardown_check()
        finally:
            super().teardown()


ConvergenceMachine.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestConvergence = ConvergenceMachine.TestCase


def test_same_ops_any_order_same_store(tmp_path: Path) -> None:
    """Three bundles applied in all 6 orders to fresh copies give one digest."""
    import itertools

    fleet = make_fleet(tmp_path / "src", 3)
    try:
        f = findings.add_finding(fleet.stores[0], fleet.lead, fleet.patrol, "air").id
        fleet.settle()
        findings.edit_finding(fleet.stores[1], fleet.inspector, f, severity="major")
        findings.edit_finding(fleet.stores[2], fleet.inspector, f, severity="serious")
        findings.edit_finding(fleet.stores[0], fleet.lead, f, description="现场")
        paths = [Path(bundle.export_bundle(s, fleet.bundle_path()).path) for s in fleet.stores]
        fleet.stores[0].db.conn.execute("PRAGMA wal_checkpoint(FULL)")
        digests = set()
        for n, order in enumerate(itertools.permutations(paths)):
            copy = tmp_path / f"copy{n}"
            shutil.copytree(fleet.stores[0].data_dir, copy)
            from inspect_app.storage.store import Store

            with Store.open(copy) as store:
                for path in order:
                    bundle.import_bundle(store, path)
                digests.add(conflicts.store_digest(store))
        assert len(digests) == 1
    finally:
        fleet.close()
    assert hashlib  # noqa: B018
