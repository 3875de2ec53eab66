"""packaging/engine.py: pinned sources, safe extraction, the prepared tree, the built engine.

No network: every archive here is made by the test and handed over as a local source.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import engine  # noqa: E402
import third_party  # noqa: E402


def make_tgz(path: Path, members: dict[str, bytes], links: dict[str, str] | None = None) -> Path:
    """A .tar.gz holding ``members`` (name → bytes) and symlinks (name → target)."""
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            tar.addfile(info)
    return path


def source_for(path: Path) -> engine.Source:
    """A Source pinned to a local file's SHA-256 (its URL is never used: no network)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return engine.Source(path.name, "https://invalid.example/never-fetched", digest)


def test_the_pinned_sources_are_the_reviewed_ones() -> None:
    pins = {s.name: s.sha256 for s in engine.SOURCES}
    assert pins == {
        "pysqlite3-0.6.1.tar.gz": (
            "dd7d2b7f3a29aebdbf569c359658b091d3345b5691d9ea765a5c3febe8872bf9"
        ),
        "better-sqlite3-multiple-ciphers-13.0.3.tgz": (
            "24a11e221247fc003f755ad0f82126bc6b0295d0be1c06f3cb3e48d9db8eb898"
        ),
    }
    assert all(s.url.startswith("https://") and s.url.endswith(s.name) for s in engine.SOURCES)
    assert engine.WHEEL_VERSION.startswith("0.6.1+sqlite3mc.")
    assert engine.WHEEL_VERSION.endswith(engine.SQLITE3MC_VERSION)


def test_a_source_with_another_hash_is_refused_and_not_kept(tmp_path: Path) -> None:
    local = tmp_path / "local"
    local.mkdir()
    archive = make_tgz(local / "a.tgz", {"x/readme": b"original"})
    pinned = source_for(archive)
    make_tgz(archive, {"x/readme": b"tampered"})
    downloads = tmp_path / "downloads"
    with pytest.raises(engine.EngineError, match="is not the pinned"):
        engine.fetch(pinned, downloads, local)
    assert list(downloads.iterdir()) == []


def test_a_verified_source_is_cached_and_reused(tmp_path: Path) -> None:
    local = tmp_path / "local"
    local.mkdir()
    archive = make_tgz(local / "a.tgz", {"x/readme": b"original"})
    pinned = source_for(archive)
    downloads = tmp_path / "downloads"
    first = engine.fetch(pinned, downloads, local)
    archive.unlink()  # the cached copy is used from now on
    assert engine.fetch(pinned, downloads, local) == first
    assert engine.sha256_of(first) == pinned.sha256


@pytest.mark.parametrize(
    ("members", "links"),
    [
        ({"pkg/ok": b"1", "../x": b"escape"}, None),
        ({"pkg/ok": b"1", "pkg/../../x": b"escape"}, None),
        ({"/tmp/x": b"absolute"}, None),
        ({"pkg/ok": b"1"}, {"pkg/link": "/etc/passwd"}),
    ],
)
def test_an_archive_reaching_outside_extracts_nothing(
    tmp_path: Path, members: dict[str, bytes], links: dict[str, str] | None
) -> None:
    archive = make_tgz(tmp_path / "bad.tgz", members, links)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(engine.EngineError):
        engine.safe_extract(archive, out)
    assert list(out.iterdir()) == []
    assert not (tmp_path / "x").exists()


def test_safe_extract_takes_only_what_is_asked(tmp_path: Path) -> None:
    archive = make_tgz(tmp_path / "npm.tgz", {"package/a.c": b"int a;", "package/b.c": b"int b;"})
    written = engine.safe_extract(archive, tmp_path / "out", only=("package/a.c",))
    assert [p.name for p in written] == ["a.c"]
    assert (tmp_path / "out" / "package" / "a.c").read_bytes() == b"int a;"
    assert not (tmp_path / "out" / "package" / "b.c").exists()
    with pytest.raises(engine.EngineError, match="lacks package/c.c"):
        engine.safe_extract(archive, tmp_path / "out2", only=("package/c.c",))


def test_the_tree_gets_the_amalgamation_and_the_local_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = tmp_path / "local"
    local.mkdir()
    root = engine.PYSQLITE3_ROOT
    sdist = make_tgz(
        local / "pysqlite3.tgz",
        {
            f"{root}/pyproject.toml": b'[project]\nname = "pysqlite3"\nversion = "0.6.1"\n',
            f"{root}/setup.py": b"# compiles sqlite3.c when present\n",
            f"{root}/pysqlite3.egg-info/PKG-INFO": b"Version: 0.6.1\n",
        },
    )
    npm = make_tgz(
        local / "npm.tgz",
        {name: f"/* {name} */".encode() for name in engine.AMALGAMATION}
        | {"package/deps/sqlite3/sqlite3ext.h": b"/* not needed */"},
    )
    monkeypatch.setattr(engine, "PYSQLITE3", source_for(sdist))
    monkeypatch.setattr(engine, "SQLITE3MC", source_for(npm))
    tree = engine.prepare_tree(tmp_path / "work", local, tmp_path / "downloads")
    assert (tree / "sqlite3.c").read_bytes() == b"/* package/deps/sqlite3/sqlite3.c */"
    assert (tree / "sqlite3.h").read_bytes() == b"/* package/deps/sqlite3/sqlite3.h */"
    assert f'version = "{engine.WHEEL_VERSION}"' in (tree / "pyproject.toml").read_text()
    assert not (tree / "pysqlite3.egg-info").exists()


def test_the_licence_summary_names_the_engine_built() -> None:
    assert f"pysqlite3 {engine.WHEEL_VERSION}" in third_party.ENGINE
    assert f"Multiple Ciphers {engine.SQLITE3MC_VERSION} amalgamation" in third_party.ENGINE
    licences = ROOT / "inspect_app" / "resources" / "licenses"
    text = (licences / "SQLite3MultipleCiphers.txt").read_text(encoding="utf-8")
    assert f"SQLite3 Multiple Ciphers {engine.SQLITE3MC_VERSION}" in text


def test_the_installed_engine_encrypts_with_aegis(tmp_path: Path) -> None:
    """The engine set-up installed: AEGIS-256 pages, reopened with the key, refused without."""
    from pysqlite3 import dbapi2

    assert engine.installed_version() == f"SQLite3 Multiple Ciphers {engine.SQLITE3MC_VERSION}"
    path = str(tmp_path / "aegis.sqlite3")
    key = os.urandom(32).hex()

    def connect(with_key: str | None) -> dbapi2.Connection:
        connection = dbapi2.connect(path)
        connection.execute("PRAGMA cipher = 'aegis'").fetchall()
        if with_key:
            connection.execute(f"PRAGMA key = \"x'{with_key}'\"").fetchall()
        return connection

    db = connect(key)
    db.execute("CREATE TABLE t (a TEXT)")
    db.execute("INSERT INTO t VALUES ('扬尘 secret')")
    db.commit()
    assert db.execute("SELECT sqlite3mc_config('cipher')").fetchone() == ("aegis",)
    db.close()
    raw = Path(path).read_bytes()
    assert not raw.startswith(b"SQLite format 3") and "扬尘 secret".encode() not in raw
    db = connect(key)
    assert db.execute("SELECT a FROM t").fetchall() == [("扬尘 secret",)]
    db.close()
    for wrong in ("00" * 32, None):
        db = connect(wrong)
        with pytest.raises(dbapi2.DatabaseError):
            db.execute("SELECT a FROM t").fetchall()
        db.close()
