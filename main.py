"""Start inspect_app from a checkout: ``python main.py`` (see README); the frozen app's entry."""

import multiprocessing

from inspect_app.app import main

if __name__ == "__main__":  # not when a spawned worker process imports this module
    multiprocessing.freeze_support()  # a frozen app's worker process runs its task and exits
    raise SystemExit(main())
