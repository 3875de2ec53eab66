"""Allow ``python -m inspect_app``."""

from inspect_app.app import main

raise SystemExit(main())
