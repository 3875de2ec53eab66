"""Qt item models: thin adapters that hold ids and fetch records lazily from the store."""
