"""The core never loads Qt: every use case can run headless (STYLE.md dependency rule)."""

from __future__ import annotations

import subprocess
import sys


def test_core_imports_without_pyside6() -> None:
    code = (
        "import sys\n"
        "import inspect_app.cli, inspect_app.notices.draft, inspect_app.photos.importer\n"
        "import inspect_app.storage.store\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert "inspect_app" not in result.stderr
    assert result.stdout.strip() == ""
