"""Allow ``python -m inspect_app``."""

from inspect_app.app import main

if __name__ == "__main__":  # not when a spawned worker process imports this module
    raise SystemExit(main())
