"""Start inspect_app from a checkout: ``python main.py`` (see README)."""

from inspect_app.app import main

raise SystemExit(main())
