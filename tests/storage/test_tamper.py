"""An attacker with raw SQL (triggers dropped) cannot change the op log unseen."""

from __future__ import annotations

import json
import subprocess
import sys

from store_team import Team

from inspect_app.domain.canonical import canonical_json, sha256_hex
from inspect_app.storage import findings


def _drop_triggers(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute("DROP TRIGGER ops_no_update")
    conn.execute("DROP TRIGGER ops_no_delete")


def _cli_check(data_dir) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "inspect_app", "--data-dir", str(data_dir), "--json", "db", "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _tampered_store(team: Team) -> str:
    finding = findings.add_finding(
        team.store,
        team.lead.id,
        team.patrol.id,
        "water_outfall",
        team.site.id,
        "暗管排放 COD 356 mg/L",
    )
    findings.edit_finding(team.store, team.lead.id, finding.id, severity="serious")
    return finding.id


def test_clean_store_passes_db_check(team: Team) -> None:
    _tampered_store(team)
    team.store.close()
    result = _cli_check(team.store.data_dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ok"] is True


def test_edited_op_body_is_reported(team: Team) -> None:
    finding_id = _tampered_store(team)
    conn = team.store.db.conn
    _drop_triggers(conn)
    pos, body = conn.execute(
        "SELECT pos, body FROM ops WHERE entity_id = ? AND kind = 'set'", [finding_id]
    ).fetchone()
    conn.execute("UPDATE ops SET body = ? WHERE pos = ?", [body.replace("serious", "minor"), pos])
    conn.execute("UPDATE finding SET severity = 'minor' WHERE id = ?", [finding_id])
    conn.commit()
    team.store.close()
    result = _cli_check(team.store.data_dir)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert any("hashes to" in b["problem"] for b in report["chain_breaks"])
    assert "check" in result.stderr and "Traceback" not in result.stderr


def test_rehashed_op_breaks_the_next_link(team: Team) -> None:
    finding_id = _tampered_store(team)
    conn = team.store.db.conn
    _drop_triggers(conn)
    pos, body = conn.execute(
        "SELECT pos, body FROM ops WHERE entity_id = ? AND kind = 'create'", [finding_id]
    ).fetchone()
    forged = json.loads(body)
    forged["data"]["description"] = "无异常"
    forged_body = canonical_json(forged)
    conn.execute(
        "UPDATE ops SET body = ?, op_id = ? WHERE pos = ?",
        [forged_body, sha256_hex(forged_body), pos],
    )
    report = team.store.check()
    assert not report.ok
    assert any("prev" in b.problem for b in report.chain_breaks)
    assert not report.tables_match_log  # the tables still say 暗管排放


def test_deleted_op_is_a_gap(team: Team) -> None:
    _tampered_store(team)
    conn = team.store.db.conn
    _drop_triggers(conn)
    conn.execute("DELETE FROM ops WHERE seq = 3")
    report = team.store.check()
    assert any("gap" in b.problem for b in report.chain_breaks)


def test_table_edit_without_op_is_reported(team: Team) -> None:
    finding_id = _tampered_store(team)
    team.store.db.conn.execute("UPDATE finding SET status = 'closed' WHERE id = ?", [finding_id])
    team.store.db.conn.commit()
    report = team.store.check()
    assert report.chain_breaks == [] and not report.tables_match_log and not report.ok
    team.store.rebuild()
    assert team.store.check().ok
    assert findings.get_finding(team.store, finding_id).status == "open"
