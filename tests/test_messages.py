"""Keyed messages: every id renders in Chinese and English from the one catalog (the .ts)."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from messages_examples import EXAMPLES

from inspect_app import paths
from inspect_app.cli import messages as cli_messages
from inspect_app.cli.messages import catalog, cli_language, render
from inspect_app.domain import messages as messages_package
from inspect_app.domain.errors import InspectError, PhotoRejectedError, ValidationError
from inspect_app.domain.messages import (
    CHINESE,
    CONTEXT,
    ENGLISH,
    FAMILIES,
    LANGUAGES,
    Msg,
    all_kinds,
    fill,
    format_param,
    placeholders,
    translate,
)

LATIN_ALLOWED = {"JPEG", "PNG", "TIFF", "WebP", "HEIC", "HEIF", "AVIF", "iPhone", "pi-heif"} | {
    "WGS",  # WGS84
    "EPSG",  # EPSG:4326, a coordinate system's code
    "GCJ-",  # GCJ-02, the offset datum of Chinese web maps
    "GeoJSON",  # map layer formats
    "GeoPackage",
    "MBTiles",
    "GB",  # GB/T 2260
    "T",  # GB/T, and the T of an ISO time
    "YYYY-MM-DD",
    "SHA-",  # SHA-256
    "PEM",
    "CRL",  # a certificate revocation list (RFC 5280), named so beside 证书吊销列表
    "B-B",  # PAdES baseline levels (ETSI EN 319 142-1): names of the standard
    "B-T",
    "B-LT",
    "B-LTA",
    "RFC",  # RFC 3161 timestamps
    "JSON",
    "X",  # X.509
    "Ed",  # Ed25519
    "base",  # base64
    "KB",
    "PDF",
    "PKCS",  # PKCS#12, the certificate file format (RFC 7292)
    "p",  # .p12
    "pfx",  # .pfx, the other name of a PKCS#12 file
    "SQLCipher",  # the store's encryption (names of the standards and algorithms, issue 14)
    "AES-",
    "GCM",
    "Argon",  # Argon2id (RFC 9106)
    "id",
    "MiB",
    "RSA",
    "CA",  # 团队 CA: the certificate authority, as the window has always called it
    "ZIP",  # the bundle's container format
    "CRC",  # a ZIP member's checksum
    "MB",
    "KiB",
    "HTTP",  # HTTP/1.1, the hub's protocol
    "Unicode",
    "ASCII",
    "UTF-",  # UTF-8, UTF-16: a text file's encoding
    "Unix",  # Unix time (seconds), a request header's format
    "Qt",  # the toolkit, named by the self-check's Qt item
    "PAdES",  # the PDF signature standard (ETSI EN 319 142)
    "I",  # the letters a credit code does not use
    "O",
    "Z",
    "S",
    "V",
}
"""Latin words a Chinese message may hold: formats, standards, units, product and package names."""


def test_every_family_module_is_listed() -> None:
    folder = Path(messages_package.__file__).parent
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "catalog"}
    assert modules == set(FAMILIES)


def test_every_message_has_an_id_and_an_example() -> None:
    ids = [msg.id for msg in all_kinds()]
    assert len(ids) == len(set(ids))
    for msg in all_kinds():
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*", msg.id), msg.id
        assert msg in EXAMPLES, f"add an example of {msg.id} to tests/messages_examples/"
        assert placeholders(msg.english) == set(EXAMPLES[msg]), msg.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_renders_in_every_language(language: str) -> None:
    for msg in all_kinds():
        text = render(msg(**EXAMPLES[msg]), language)
        assert text.strip() and "{" not in text and "}" not in text, (msg.id, text)
        if language == CHINESE:
            assert text != msg(**EXAMPLES[msg]).english(), f"{msg.id} has no Chinese"
            assert re.search(r"[\u4e00-\u9fff]", text), (msg.id, text)


def test_chinese_templates_keep_the_placeholders_and_hold_no_english() -> None:
    chinese = catalog(CHINESE)
    for msg in all_kinds():
        template = chinese[(msg.id, msg.english)]
        assert placeholders(template) == placeholders(msg.english), msg.id
        words = set(re.findall(r"[A-Za-z][A-Za-z-]*", re.sub(r"\{\w+\}", "", template)))
        assert words <= LATIN_ALLOWED, (msg.id, words - LATIN_ALLOWED)


def test_the_catalog_holds_each_message_once_and_nothing_stale() -> None:
    """Context Message of the .ts is exactly the message families (lupdate keeps it so)."""
    root = ET.parse(paths.resource("i18n", "inspect_app_zh_CN.ts")).getroot()
    entries = [
        (m.findtext("comment"), m.findtext("source"), m.find("translation").get("type"))
        for c in root.iter("context")
        if c.findtext("name") == CONTEXT
        for m in c.iter("message")
    ]
    assert sorted(e[:2] for e in entries) == sorted((m.id, m.english) for m in all_kinds())
    assert all(kind is None for _, _, kind in entries), "unfinished or obsolete entries"


def test_a_missing_or_broken_translation_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    message = Msg.PHOTO_EMPTY(name="a.jpg")
    monkeypatch.setattr(cli_messages, "catalog", lambda language: {})
    assert render(message, CHINESE) == message.english()
    broken = {(message.id, message.msg.english): "{名字} 是空文件"}
    monkeypatch.setattr(cli_messages, "catalog", lambda language: broken)
    with caplog.at_level(logging.ERROR):
        assert render(message, CHINESE) == message.english()
    assert "cannot be filled" in caplog.text
    reworded = {(message.id, "an older English wording"): "{name} 是空文件"}
    monkeypatch.setattr(cli_messages, "catalog", lambda language: reworded)
    assert render(message, CHINESE) == message.english()  # as Qt: source must match


def test_parameters_are_formatted_for_the_language() -> None:
    assert format_param(date(2026, 12, 5), CHINESE) == "2026年12月5日"
    assert format_param(date(2026, 12, 5), ENGLISH) == "2026-12-05"
    assert format_param(datetime(2026, 12, 5, 9, 3), CHINESE) == "2026年12月5日 09:03"
    assert format_param(datetime(2026, 12, 5, 9, 3), ENGLISH) == "2026-12-05 09:03"
    assert format_param(250_000_000, CHINESE) == "250,000,000"
    assert format_param(Decimal("30.5728000"), ENGLISH) == "30.5728000"
    assert format_param(Path("/media/相机"), CHINESE) == str(Path("/media/相机"))
    assert fill("{n} 张，{d}", {"n": 3, "d": date(2026, 1, 2)}, CHINESE) == "3 张，2026年1月2日"
    with pytest.raises(ValueError):
        fill("{missing}", {}, ENGLISH)
    with pytest.raises(ValueError):
        translate("PhotoStrip", "x", "photo.x")


def test_json_params_are_plain_values() -> None:
    message = Msg.PHOTO_FOLDER_EMPTY(folder=Path("/media/DCIM"), endings=".jpg")
    assert message.json_params() == {"folder": str(Path("/media/DCIM")), "endings": ".jpg"}
    large = Msg.PHOTO_TOO_LARGE(name="b.png", pixels=300_000_000, limit=250_000_000)
    assert large.json_params()["pixels"] == 300_000_000


def test_a_keyed_error_keeps_its_english_sentence() -> None:
    exc = PhotoRejectedError(Msg.PHOTO_EMPTY(name="a.jpg"))
    assert str(exc) == "a.jpg is empty (0 bytes): copy the original photo from the camera again."
    assert isinstance(exc, InspectError) and exc.keyed_message == Msg.PHOTO_EMPTY(name="a.jpg")
    assert exc.args == (str(exc),)
    plain = ValidationError("an English sentence")
    assert str(plain) == "an English sentence" and plain.keyed_message is None


@pytest.mark.parametrize(
    ("explicit", "environ", "expected"),
    [
        ("zh_CN", {"LANG": "en_US.UTF-8"}, CHINESE),
        ("en", {"LANG": "zh_CN.UTF-8"}, ENGLISH),
        (None, {"LANG": "zh_CN.UTF-8"}, CHINESE),
        (None, {"LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"}, ENGLISH),
        (None, {"LANG": "en_GB.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, CHINESE),
        (None, {"LC_ALL": "", "LANG": "zh_TW.UTF-8"}, CHINESE),
        (None, {"LANG": "C"}, ENGLISH),
        (None, {}, ENGLISH),
    ],
)
def test_the_command_line_follows_the_locale(
    explicit: str | None, environ: dict[str, str], expected: str
) -> None:
    assert cli_language(explicit, environ) == expected
