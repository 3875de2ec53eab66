"""Domain layer: dataclasses, enums, validation and typed errors. Standard library only."""
