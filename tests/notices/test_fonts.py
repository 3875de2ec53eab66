from __future__ import annotations

from pathlib import Path

import pytest

from inspect_app.domain.errors import FontMissingError
from inspect_app.notices import fonts


def test_env_var_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "custom.ttc"
    fake.write_bytes(b"x")
    monkeypatch.setenv(fonts.FONT_ENV, str(fake))
    assert fonts.cjk_font_path() == fake


def test_env_var_pointing_nowhere_is_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(fonts.FONT_ENV, str(tmp_path / "missing.ttc"))
    with pytest.raises(FontMissingError, match="INSPECT_APP_CJK_FONT"):
        fonts.cjk_font_path()


def test_bundled_resource_before_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    bundled = tmp_path / "fonts" / fonts.FONT_FILE
    bundled.parent.mkdir()
    bundled.write_bytes(b"x")
    monkeypatch.setattr(fonts.paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert fonts.cjk_font_path() == bundled


def test_missing_everywhere_tells_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    monkeypatch.setattr(fonts.paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    monkeypatch.setattr(fonts, "SYSTEM_FONT_PATHS", (tmp_path / "nope.ttc",))
    with pytest.raises(FontMissingError) as info:
        fonts.cjk_font_path()
    assert "apt-get install fonts-wqy-microhei" in str(info.value)
    assert "make setup" in str(info.value)


def test_system_font_found_and_registered_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    try:
        path = fonts.cjk_font_path()
    except FontMissingError:
        pytest.skip("fonts-wqy-microhei not installed")
    assert path.suffix == ".ttc"
    from reportlab.pdfbase import pdfmetrics

    name = fonts.register_reportlab_font()
    assert name == fonts.register_reportlab_font() == fonts.REPORTLAB_FONT_NAME
    face = pdfmetrics.getFont(name).face
    assert b"WenQuanYi" in face.name
