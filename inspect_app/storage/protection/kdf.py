"""Passphrase → wrapping key: Argon2id (RFC 9106), with the parameters written in the key file.

:data:`STANDARD` was tuned on the development machine (2 cores, 2026-12) to about 0.5 s per
derivation: 128 MiB of memory, 4 lanes, 7 passes — above RFC 9106's second recommended
option (64 MiB, 3 passes) and OWASP's minimum (19 MiB, 2 passes). ``benchmarks/protection.py``
prints the time on the machine it runs on. The parameters are stored with each key file, so
a later change of :data:`STANDARD` never locks out an existing store.

``INSPECT_APP_KDF_PROFILE=fast`` (the test suite sets it) makes *new* key files with cheap
parameters (8 MiB, 1 pass); ``db check`` names such a file as weak.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

PROFILE_ENV = "INSPECT_APP_KDF_PROFILE"
"""Environment variable: ``fast`` makes new key files with cheap parameters (tests only)."""


MAX_MEMORY_KIB = 1024 * 1024
"""Most memory a stored parameter set may ask for (1 GiB; :data:`STANDARD` uses 128 MiB)."""
MAX_WORK_KIB = 8 * 1024 * 1024
"""Most memory × passes (KiB) a stored set may ask for: 8 GiB, ~9 × :data:`STANDARD`."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters: ``memory_kib`` KiB of memory, ``iterations`` passes, ``lanes``."""

    memory_kib: int
    iterations: int
    lanes: int
    name: str = "argon2id"

    def as_json(self) -> dict[str, Any]:
        """The parameters as stored in ``protection.json``."""
        return asdict(self)

    @classmethod
    def from_json(cls, raw: Any) -> KdfParams:
        """Read stored parameters.

        Raises:
            ValueError: not an Argon2id parameter set within sane bounds (8 MiB – 1 GiB,
                1–64 passes, 1–16 lanes, memory × passes ≤ :data:`MAX_WORK_KIB`): a damaged
                or hostile key file (4 GiB × 64 passes would hold a laptop for minutes).
        """
        if not isinstance(raw, dict) or raw.get("name") != "argon2id":
            raise ValueError("not an Argon2id parameter set")
        try:
            params = cls(int(raw["memory_kib"]), int(raw["iterations"]), int(raw["lanes"]))
        except (KeyError, TypeError, ValueError, OverflowError) as exc:  # JSON's Infinity
            raise ValueError(f"Argon2id parameters: {exc}") from exc
        if not (8 * 1024 <= params.memory_kib <= MAX_MEMORY_KIB):
            raise ValueError("Argon2id memory out of bounds")
        if not (1 <= params.iterations <= 64 and 1 <= params.lanes <= 16):
            raise ValueError("Argon2id passes or lanes out of bounds")
        if params.memory_kib * params.iterations > MAX_WORK_KIB:  # refused before deriving
            raise ValueError("Argon2id work out of bounds")
        return params

    @property
    def weak(self) -> bool:
        """True below RFC 9106's second recommended option (64 MiB, 3 passes)."""
        return self.memory_kib < 64 * 1024 or self.iterations < 3


STANDARD = KdfParams(memory_kib=128 * 1024, iterations=7, lanes=4)
"""What new key files use (about 0.5 s on the development machine)."""

FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
"""Cheap parameters for tests (``INSPECT_APP_KDF_PROFILE=fast``); reported as weak."""


def params_for_new_key() -> KdfParams:
    """The parameters a new key file gets: :data:`STANDARD`, or :data:`FAST` under the env."""
    return FAST if os.environ.get(PROFILE_ENV) == "fast" else STANDARD


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the 32-byte wrapping key from ``passphrase`` (UTF-8, NFC as typed) and ``salt``."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))
