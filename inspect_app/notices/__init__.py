"""Notices: reportlab layout and fonts of rectification notices (no Qt here)."""
