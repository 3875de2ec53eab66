"""The fonts ship with the app: found inside the package, TrueType, licensed, embeddable."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from pdf_tools import require_tool

import inspect_app
from inspect_app import paths
from inspect_app.domain.errors import FontMissingError
from inspect_app.notices import fonts

PACKAGE_FONTS = Path(inspect_app.__file__).resolve().parent / "resources" / "fonts"

LICENCE_FILES = {
    fonts.FONT_FILE: ("wqy-microhei.copyright.txt", "Apache-2.0.txt"),
    fonts.TITLE_FONT_FILE: ("NotoSerifSC.OFL-1.1.txt",),
    fonts.BODY_FONT_FILE: ("FandolFang.copyright.txt", "GPL-3.0.txt"),
}
"""Each bundled font file and the licence texts that must travel with it."""


def gb2312_hanzi() -> list[str]:
    """The 6763 hanzi of GB2312 (rows 16-87), decoded from their EUC-CN codes."""
    found = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


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


def test_the_font_is_the_one_inside_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """No system font folder is consulted: the bundled file is found, wherever the app runs."""
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    path = fonts.cjk_font_path()
    assert path == PACKAGE_FONTS / fonts.FONT_FILE
    assert path == paths.resource("fonts", fonts.FONT_FILE)
    assert not str(path).startswith("/usr/share/fonts")
    assert not hasattr(fonts, "SYSTEM_FONT_PATHS")
    for name in fonts.BUNDLED_FONT_FILES:
        assert fonts.bundled_font_path(name) == PACKAGE_FONTS / name


def test_a_missing_bundled_font_says_reinstall() -> None:
    with pytest.raises(FontMissingError) as info:
        fonts.bundled_font_path("no-such-font.ttf")
    message = str(info.value)
    assert "reinstall the app" in message and "重新安装" in message
    assert "apt-get" not in message and "make setup" not in message


def test_an_unreadable_font_names_its_cause(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font")
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    bundled = str(fonts.unreadable_font(junk, ValueError("bad sfnt")))
    assert "reinstall the app" in bundled and "bad sfnt" in bundled
    monkeypatch.setenv(fonts.FONT_ENV, str(junk))
    named = str(fonts.unreadable_font(junk, ValueError("bad sfnt")))
    assert "INSPECT_APP_CJK_FONT" in named and "reinstall" not in named


def test_registered_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    from reportlab.pdfbase import pdfmetrics

    name = fonts.register_reportlab_font()
    assert name == fonts.register_reportlab_font() == fonts.REPORTLAB_FONT_NAME
    face = pdfmetrics.getFont(name).face
    assert b"WenQuanYi" in face.name


def _face(path: Path):  # type: ignore[no-untyped-def]
    """The font (face 0 of a collection) as fontTools reads it."""
    from fontTools.ttLib import TTCollection, TTFont

    return TTCollection(str(path)).fonts[0] if path.suffix == ".ttc" else TTFont(str(path))


@pytest.mark.parametrize("file_name", fonts.BUNDLED_FONT_FILES)
def test_bundled_faces_are_truetype_cover_gb2312_and_carry_their_licence(
    file_name: str,
) -> None:
    path = fonts.bundled_font_path(file_name)
    face = _face(path)
    assert "glyf" in face and "CFF " not in face, "reportlab embeds TrueType outlines only"
    assert face["OS/2"].fsType & 0x2 == 0, "the licence bits must allow embedding"
    cmap = face.getBestCmap()
    missing = [c for c in gb2312_hanzi() if ord(c) not in cmap]
    assert len(gb2312_hanzi()) == 6763
    assert missing == []
    for licence in LICENCE_FILES[file_name]:
        text = (PACKAGE_FONTS / licence).read_text(encoding="utf-8")
        assert len(text) > 1000, licence
    readme = (PACKAGE_FONTS / "README.md").read_text(encoding="utf-8")
    assert hashlib.sha256(path.read_bytes()).hexdigest() in readme, "README names the sha256"


DOCUMENT_PUNCTUATION = "〔〕【】《》℃≤≥：；，。、（）“”‘’—…·" + "".join(
    chr(0xFF10 + digit) for digit in range(10)
)
"""What the notices print beyond ASCII (fonts README, "Coverage"); ㎎ is checked on its own."""


def gbk_hanzi() -> list[str]:
    """The 20,902 hanzi of GBK: the CJK Unified Ideographs U+4E00-U+9FA5."""
    return [chr(code) for code in range(0x4E00, 0x9FA6)]


@pytest.mark.parametrize("file_name", fonts.BUNDLED_FONT_FILES)
def test_every_face_covers_ascii_full_width_forms_and_document_punctuation(
    file_name: str,
) -> None:
    """The title and body faces are subsets (GB2312 and symbols): the symbols must survive."""
    path = fonts.bundled_font_path(file_name)
    face = _face(path)
    cmap = face.getBestCmap()
    wanted = [chr(code) for code in range(0x21, 0x7F)] + list(DOCUMENT_PUNCTUATION)
    wanted += [chr(code) for code in range(0xFF01, 0xFF5F)]  # full-width ASCII forms
    wanted += list("āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü①②③ⅠⅡⅢ")  # pinyin tones, numbering
    assert [c for c in wanted if ord(c) not in cmap] == []
    if file_name != fonts.BODY_FONT_FILE:  # FandolFang never had ㎎ (fonts README)
        assert ord("㎎") in cmap


def test_the_sans_face_keeps_every_gbk_hanzi() -> None:
    """WenQuanYi Micro Hei is the fallback for rare hanzi the subset title/body faces lack."""
    from fontTools.ttLib import TTCollection

    sans = TTCollection(str(fonts.bundled_font_path(fonts.FONT_FILE))).fonts[0].getBestCmap()
    assert [c for c in gbk_hanzi() if ord(c) not in sans] == []


def test_every_bundled_face_embeds_in_a_pdf(tmp_path: Path) -> None:
    """reportlab embeds a subset of each face with a ToUnicode map; poppler reads it back."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdffonts = require_tool("pdffonts")
    pdftotext = require_tool("pdftotext")
    pdf = tmp_path / "faces.pdf"
    page = canvas.Canvas(str(pdf))
    lines = {}
    for index, file_name in enumerate(fonts.BUNDLED_FONT_FILES):
        name = f"BundledFace{index}"
        pdfmetrics.registerFont(TTFont(name, str(fonts.bundled_font_path(file_name))))
        lines[name] = f"责令改正违法行为决定书〔2026〕{index}号 化学需氧量超标"
        page.setFont(name, 14)
        page.drawString(50, 780 - 40 * index, lines[name])
    page.save()
    listing = subprocess.run(
        [pdffonts, str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    for family in ("WenQuanYiMicroHei", "NotoSerifSC-Bold", "FandolFang-Regular"):
        rows = [line for line in listing.splitlines() if family in line]
        assert rows, listing
        for row in rows:
            emb, sub, uni = row.split()[-5:-2]
            assert (emb, sub, uni) == ("yes", "yes", "yes"), row
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for line in lines.values():
        assert line in text
