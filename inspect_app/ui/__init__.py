"""The desktop front door (PySide6): the only package that imports Qt."""
