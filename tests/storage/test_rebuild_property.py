"""Rebuilding the tables from the op log gives exactly the incrementally kept tables.

A hypothesis state machine plays random user actions (sites, patrols, findings, edits,
withdrawals, photos attached and detached, captions, notice drafts) on a real SQLite store.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, precondition, rule
from store_team import make_team

from inspect_app.domain.errors import InspectError
from inspect_app.storage import findings, notices, patrols, registry
from inspect_app.storage.findings import NewPhoto
from inspect_app.storage.store import Store

TEXT = st.text(alphabet="排污口暗管废水abc 123，。", min_size=0, max_size=12)
CATEGORIES = st.sampled_from(["water_outfall", "solid_waste", "air", "soil", "radiation"])
SEVERITY = st.sampled_from(["minor", "major", "serious"])
STATUS = st.sampled_from(["open", "no_violation"])  # what may be set by hand (issue 12)
DEGREES = st.integers(min_value=-89_000_000, max_value=89_000_000).map(lambda v: f"{v / 1e6:.6f}")


class StoreActions(RuleBasedStateMachine):
    findings = Bundle("findings")
    photos = Bundle("photos")
    sites = Bundle("sites")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="inspect-prop-"))
        self.store = Store.open(self.folder)
        self.team = make_team(self.store)
        self.officers = [self.team.lead.id, self.team.inspector.id]
        self.patrol_ids = [self.team.patrol.id]
        self.live: set[str] = set()
        self.photo_counter = 0

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(target=sites, name=TEXT.filter(str.strip), who=st.integers(0, 1))
    def add_site(self, name: str, who: int) -> str:
        return registry.add_site(self.store, self.officers[who], name).id

    @rule(day=st.integers(1, 28), who=st.integers(0, 1))
    def add_patrol(self, day: int, who: int) -> None:
        patrol = patrols.add_patrol(
            self.store,
            self.officers[who],
            f"2026-03-{day:02d}",
            "jialing",
            self.officers[: who + 1],
        )
        self.patrol_ids.append(patrol.id)

    @rule(
        target=findings,
        category=CATEGORIES,
        text=TEXT,
        which=st.integers(0, 50),
        site=st.one_of(st.none(), sites),
    )
    def add_finding(self, category: str, text: str, which: int, site: str | None) -> str:
        patrol = self.patrol_ids[which % len(self.patrol_ids)]
        finding = findings.add_finding(self.store, self.team.lead.id, patrol, category, site, text)
        self.live.add(finding.id)
        return finding.id

    @rule(finding=findings, severity=SEVERITY, status=STATUS, text=TEXT, who=st.integers(0, 1))
    def edit(self, finding: str, severity: str, status: str, text: str, who: int) -> None:
        if finding in self.live:
            findings.edit_finding(
                self.store,
                self.officers[who],
                finding,
                severity=severity,
                status=status,
                description=text,
            )

    @rule(finding=findings, lat=DEGREES, lon=DEGREES)
    def move(self, finding: str, lat: str, lon: str) -> None:
        if finding in self.live:
            findings.edit_finding(
                self.store, self.team.inspector.id, finding, latitude=lat, longitude=lon
            )

    @rule(finding=findings)
    def withdraw(self, finding: str) -> None:
        if finding in self.live:
            findings.withdraw_finding(self.store, self.team.lead.id, finding)
            self.live.discard(finding)

    @rule(target=photos, finding=findings, lat=st.one_of(st.none(), DEGREES), reuse=st.booleans())
    def attach_new_photo(self, finding: str, lat: str | None, reuse: bool) -> str:
        if not reuse:
            self.photo_counter += 1
        sha = hashlib.sha256(str(self.photo_counter).encode()).hexdigest()
        fields = {
            "width": 640,
            "height": 480,
            "format": "JPEG",
            "size_bytes": 1000,
            "latitude": lat,
            "longitude": lat,
            "gps_status": "ok" if lat else "none",
        }
        if finding in self.live:
            findings.attach_photos(
                self.store, self.team.inspector.id, finding, [NewPhoto(sha, fields)]
            )
        return sha

    @rule(finding=findings, photo=photos)
    def detach(self, finding: str, photo: str) -> None:
        if finding in self.live and photo in findings.get_finding(self.store, finding).photo_ids:
            findings.detach_photo(self.store, self.team.lead.id, finding, photo)

    @rule(photo=photos, caption=TEXT)
    def caption(self, photo: str, caption: str) -> None:
        if self.store.exists("photo", photo):
            findings.set_caption(self.store, self.team.inspector.id, photo, caption)

    @precondition(lambda self: bool(self.live))
    @rule(data=st.data())
    def draft(self, data: st.DataObject) -> None:
        finding = data.draw(st.sampled_from(sorted(self.live)))
        site = findings.get_finding(self.store, finding).site_id
        if site:
            notices.create_draft(
                self.store,
                self.team.lead.id,
                self.team.agency.id,
                site,
                [finding],
                "停止违法行为",
                "2026-12-31",
            )

    @rule(text=TEXT)
    def bad_edit_changes_nothing(self, text: str) -> None:
        before = self.store.digest()
        with contextlib.suppress(InspectError):
            registry.add_site(self.store, self.team.lead.id, text, credit_code="12345")
        assert self.store.digest() == before

    @invariant()
    def rebuild_equals_incremental(self) -> None:
        incremental = self.store.digest()
        self.store.rebuild()
        assert self.store.digest() == incremental


StoreActions.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStoreActions = StoreActions.TestCase


def test_check_passes_after_random_history(tmp_path: Path) -> None:
    """A plain run (no hypothesis) whose end state is also verified by ``check``."""
    store = Store.open(tmp_path)
    team = make_team(store)
    for n in range(30):
        finding = findings.add_finding(store, team.lead.id, team.patrol.id, "air", None, str(n))
        findings.edit_finding(store, team.inspector.id, finding.id, severity="major")
    report = store.check()
    assert report.ok and report.op_count == 1 + 6 + 60  # enrolment, team, findings
    store.close()
