"""Exports for the tools people already use: findings and the register of notices as files."""
