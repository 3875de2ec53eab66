"""inspect_app: offline-first field inspections for joint environmental enforcement teams."""

__version__ = "0.1.0"
