"""Widgets and dialogs of the main window (layouts built in code)."""
