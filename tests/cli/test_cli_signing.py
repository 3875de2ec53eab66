"""Signing through the real command line: a verification report and the team PKI's refusals
in the reader's language, and with their message ids in ``--json``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pki_fixtures
import pytest
from cli_helpers import run, secret, write
from pdf_tools import DEFAULT_BOXES, flip_signed_byte, stroke_png, unsigned_pdf
from pki_fixtures import OfficerP12, TeamCa

from inspect_app.domain.entities import Role
from inspect_app.notices import signing
from inspect_app.storage.registry import add_agency, add_officer
from inspect_app.storage.store import Store

team_ca = pki_fixtures.team_ca
lead_p12 = pki_fixtures.lead_p12
stamp_font = pki_fixtures.stamp_font


def refused(data: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """A refused command: exit 1 and one line on stderr (its prefix is the CLI's own word)."""
    result = run(data, *args, expect=1, env=env)
    assert result.stderr.count("\n") == 1, result.stderr
    return result


CHINESE_ENV = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH_ENV = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
BYTES_CHANGED_ZH = "字节已被改动：签名与所签内容不符"


@pytest.fixture(scope="module")
def tampered(
    team_ca: TeamCa,
    lead_p12: OfficerP12,
    stamp_font: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, Path]:
    """(a decision signed by the lead and changed afterwards, the team CA certificate)."""
    folder = tmp_path_factory.mktemp("signed")
    with_fields = signing.add_signature_fields(unsigned_pdf(), DEFAULT_BOXES, "TeamLead")
    signed = signing.sign_pdf(
        with_fields,
        "TeamLead",
        lead_p12.issued.p12,
        lead_p12.passphrase,
        stamp_png=stroke_png(),
        reason="负责人签发",
        location="遂宁市",
    )
    pdf = folder / "决定书.pdf"
    pdf.write_bytes(flip_signed_byte(signed))
    pem = folder / "team-ca.pem"
    pem.write_bytes(team_ca.ca.cert_pem)
    return pdf, pem


def test_a_verification_report_in_chinese_and_as_json(
    tampered: tuple[Path, Path], tmp_path: Path
) -> None:
    pdf, pem = tampered
    data = tmp_path / "elsewhere"
    args = ("notice", "verify", str(pdf), "--trust", str(pem))
    chinese = run(data, *args, expect=1, env=CHINESE_ENV).stdout
    assert f"  - 负责人签名栏：{BYTES_CHANGED_ZH}\n" in chinese, chinese
    assert f"问题={BYTES_CHANGED_ZH}" in chinese, chinese
    assert "bytes changed" not in chinese and "message_id" not in chinese
    assert run(data, "--lang", "zh_CN", *args, expect=1, env=ENGLISH_ENV).stdout == chinese
    english = run(data, *args, expect=1, env=ENGLISH_ENV).stdout
    assert f"  - TeamLead: {signing.BYTES_CHANGED}\n" in english, english

    out = json.loads(run(data, "--json", *args, expect=1, env=CHINESE_ENV).stdout)
    assert out["ok"] is False and out["changed_after_signing"] is True
    assert out["problems"] == [f"TeamLead: {signing.BYTES_CHANGED}"]  # stable English
    assert out["messages"] == [
        {
            "text": f"TeamLead: {signing.BYTES_CHANGED}",
            "message_id": "field.problem",
            "params": {"field": "TeamLead", "problem": signing.BYTES_CHANGED},
        }
    ]
    (sig,) = out["signatures"]
    assert sig["problems"] == [signing.BYTES_CHANGED]
    assert [m["message_id"] for m in sig["messages"]] == ["verify.bytes_changed"]


def test_an_unsigned_file_in_chinese(tmp_path: Path) -> None:
    pdf = write(tmp_path, "草稿.pdf", unsigned_pdf())
    out = run(tmp_path / "store", "notice", "verify", pdf, expect=1, env=CHINESE_ENV).stdout
    assert "  - 文件没有数字签名\n" in out, out
    result = json.loads(run(tmp_path / "store", "--json", "notice", "verify", pdf, expect=1).stdout)
    assert result["messages"][0]["message_id"] == "verify.no_signature"


@pytest.fixture
def lead(tmp_path: Path) -> tuple[Path, str]:
    """(a store with one agency and its team lead, the lead's id)."""
    data = tmp_path / "store"
    with Store.open(data) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        officer = add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
    return data, officer.id


def test_pki_refusals_in_chinese_and_as_json(lead: tuple[Path, str], tmp_path: Path) -> None:
    data, lead_id = lead
    short = secret(tmp_path, "short.txt", "short")
    args = ("--as", lead_id, "pki", "init-ca", "--passphrase-file", short)
    line = refused(data, *args, env=CHINESE_ENV).stderr
    assert line.endswith("团队 CA 私钥的口令过短（5 个字符）；至少需要 8 个字符。\n"), line
    assert refused(data, "--lang", "zh_CN", *args, env=ENGLISH_ENV).stderr == line
    english = refused(data, *args, env=ENGLISH_ENV).stderr
    assert english.endswith(
        " The passphrase for the CA key is too short (5 characters); use at least 8.\n"
    )
    result = refused(data, "--json", *args, env=CHINESE_ENV)
    assert result.stderr == line
    assert json.loads(result.stdout) == {
        "error": "The passphrase for the CA key is too short (5 characters); use at least 8.",
        "message_id": "pki.passphrase_too_short",
        "params": {"what": "the CA key", "length": 5, "minimum": 8},
    }

    not_p12 = write(tmp_path, "证书.p12", b"not a certificate file")
    passphrase = secret(tmp_path, "p12.txt", "证书口令 2026")
    args = ("pki", "import", not_p12, "--passphrase-file", passphrase)
    line = refused(data, *args, env=CHINESE_ENV).stderr
    assert line.endswith("此文件不是 PKCS#12 证书文件（.p12/.pfx）；请选择组长为您签发的文件。\n")
    out = json.loads(refused(data, "--json", *args, env=CHINESE_ENV).stdout)
    assert out["message_id"] == "pki.not_key_file" and out["params"] == {}
    assert out["error"].startswith("This file is not a PKCS#12 certificate file")
