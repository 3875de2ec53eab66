"""High-water marks kept outside the store file: a backup copied over the data folder shows.

After every write the store records its replica's newest op (sequence number and op id) in
a small file in the per-user *state* folder (not the data folder), keyed by the data
folder's path and the replica id. When the store opens and its log ends *before* that
mark — or holds a different op at the marked sequence number — the data folder was replaced
by an older copy (a backup restored over it) or by another laptop's copy: ops this laptop
wrote and perhaps synced are not in it, and writing under the same identity would fork the
replica's history. The store then stops writing and says what to do (``replica reset``).

A mark that cannot be written is skipped (the hub detects a fork at the next sync anyway);
the file is replaced atomically, so a crash leaves the old mark, never a torn one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

STATE_DIR_ENV = "INSPECT_APP_STATE_DIR"


def default_state_dir() -> Path:
    """The per-user state folder: ``$INSPECT_APP_STATE_DIR``, else the platform's (platformdirs)."""
    env = os.environ.get(STATE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_state_dir

    return Path(user_state_dir("inspect_app", appauthor=False))


class HighWater:
    """Marks of one data folder, one file per replica id.

    Args:
        data_dir: the store's data folder (its resolved path names the marks).
        state_dir: where marks live; None for :func:`default_state_dir`.
    """

    def __init__(self, data_dir: Path, state_dir: Path | None = None) -> None:
        folder_key = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
        self.folder = (state_dir or default_state_dir()) / "high-water" / folder_key

    def _path(self, replica_id: str) -> Path:
        return self.folder / f"{replica_id}.json"

    def mark(self, replica_id: str, seq: int, op_id: str) -> None:
        """Record that ``replica_id`` has written up to ``seq`` (op ``op_id``); never raises."""
        path = self._path(replica_id)
        tmp = path.with_suffix(".tmp")
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp.write_text(json.dumps({"seq": seq, "op_id": op_id}), encoding="utf-8")
            os.replace(tmp, path)

    def read(self, replica_id: str) -> tuple[int, str] | None:
        """The marked (seq, op id) of ``replica_id``, or None when unknown or unreadable."""
        try:
            data = json.loads(self._path(replica_id).read_text(encoding="utf-8"))
            return int(data["seq"]), str(data["op_id"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
