"""Storage layer: the SQLite store (op log + derived tables) and the photo blob store."""
