"""Hub photo stores side by side: the hub's folder vs an S3-compatible server (issue 15).

    .venv/bin/python benchmarks/hub_blobs.py [--photos 36] [--chunk-kib 1024] [--rounds 3]

A real hub (uvicorn on 127.0.0.1, encrypted store, as the tests) receives real fixture photos
from a laptop's client (``HubSession.upload_photo``: resumable chunks, the hub verifies the
SHA-256 and seals the photo) and serves them back (``download_photo``: streamed, hashed by
the laptop). The photos: the fixture photos of ``../shared/fixtures/photos`` in turn, each
round's copy made distinct by a few bytes after the image's end (so nothing is deduplicated).
Photo stores compared:

- ``folder``: the hub's own data folder (``photos/`` + ``partial/``, the default);
- ``shared``: a folder given with ``--blobs DIR`` (cross-process ``flock`` per upload);
- ``s3``: moto's S3-compatible server on 127.0.0.1 (``--blobs s3://…``): every chunk an
  object, the finished photo sealed into a spool and PUT.

Printed: upload and download MB/s (megabytes of photo plaintext per wall second, one laptop,
one photo at a time), best of ``--rounds``. No target in the issue: the figure to watch is
how far S3 stays behind the folder on one machine (the network of a real object store
adds its latency on top).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "sync"))

from hub_load_fleet import prepare_environment  # noqa: E402


def _photos(count: int) -> list[bytes]:
    """``count`` distinct photos made of the fixture photos (a marker after the image)."""
    from fixture_photos import fixtures_root

    files = sorted(
        p for p in (fixtures_root() / "photos").iterdir() if p.suffix in (".jpg", ".heic")
    )
    made = []
    for number in range(count):
        data = files[number % len(files)].read_bytes()
        made.append(data if number < len(files) else data + f"#copy{number}".encode())
    return made


def _run(
    kind: str, photos: list[bytes], chunk: int, folder: Path, spec: Callable[[], str]
) -> tuple[float, float]:
    """(upload MB/s, download MB/s) for one photo store."""
    from hub_fixtures import make_world

    from inspect_app.sync.hub import HubThread
    from inspect_app.sync.hub_blobs import open_hub_blobs
    from inspect_app.sync.hub_client import HubSession

    world = make_world(folder)
    try:
        where = spec()
        blobs = open_hub_blobs(where, world.hub.data_dir, world.hub.data_key) if where else None
        world.server.stop()
        world.server = HubThread(world.hub, blobs=blobs).start()
        total = sum(len(p) for p in photos) / 1e6
        with HubSession(world.a, world.url) as session:
            session.hello()
            began = time.perf_counter()
            for data in photos:
                sha = hashlib.sha256(data).hexdigest()
                session.upload_photo(sha, lambda d=data: _Reader(d), chunk_bytes=chunk)
            up = time.perf_counter() - began
            began = time.perf_counter()
            for data in photos:
                assert session.download_photo(hashlib.sha256(data).hexdigest()) == data
            down = time.perf_counter() - began
        return total / up, total / down
    finally:
        world.close()


class _Reader:
    """A file-like view of bytes that is its own context manager (what upload_photo opens)."""

    def __init__(self, data: bytes) -> None:
        import io

        self._io = io.BytesIO(data)

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._io.close()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._io.seek(offset, whence)

    def read(self, size: int = -1) -> bytes:
        return self._io.read(size)


def main() -> None:
    """Run the comparison and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=36)
    parser.add_argument("--chunk-kib", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    prepare_environment()
    from s3_server import ACCESS_KEY, REGION, SECRET_KEY, S3Server

    os.environ["AWS_ACCESS_KEY_ID"] = ACCESS_KEY
    os.environ["AWS_SECRET_ACCESS_KEY"] = SECRET_KEY
    photos = _photos(args.photos)
    size = sum(len(p) for p in photos) / 1e6
    print(
        f"{len(photos)} photos, {size:.1f} MB, chunks of {args.chunk_kib} KiB,"
        f" best of {args.rounds}"
    )
    with S3Server() as server, tempfile.TemporaryDirectory(prefix="hub-blobs-") as tmp:

        def s3() -> str:
            bucket = server.new_bucket("bench")
            return f"s3://{bucket.bucket}/hub?endpoint={server.endpoint_url}&region={REGION}"

        kinds: dict[str, Callable[[], str]] = {
            "folder": lambda: "",
            "shared": lambda: str(Path(tempfile.mkdtemp(dir=tmp, prefix="shared-"))),
            "s3": s3,
        }
        print(f"{'photo store':<12} {'upload MB/s':>12} {'download MB/s':>14}")
        for kind, spec in kinds.items():
            best_up = best_down = 0.0
            for round_ in range(args.rounds):
                folder = Path(tmp) / f"{kind}-{round_}"
                up, down = _run(kind, photos, args.chunk_kib << 10, folder, spec)
                best_up, best_down = max(best_up, up), max(best_down, down)
            print(f"{kind:<12} {best_up:>12.1f} {best_down:>14.1f}")


if __name__ == "__main__":
    main()
