"""What the document-numbers dialog reads: the numbering laptops, the blocks, the holders."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from inspect_app.domain.errors import NotFoundError
from inspect_app.storage.numbering import list_blocks, numbering_replica, used_in_block
from inspect_app.storage.registry import list_agencies
from inspect_app.storage.store import Store
from inspect_app.sync.replicas import list_replicas
from inspect_app.ui.models.number_blocks import BlockRow


@dataclass(frozen=True)
class AgencyNumbering:
    """An agency and the laptop that hands out its numbers.

    Attributes:
        agency_id: the agency.
        name: its name.
        code: its short code (the number's prefix, e.g. 遂环).
        allocator: the numbering laptop's replica id; None while this store cannot tell.
        allocator_label: the numbering laptop's enrolment label, None when it has none.
        here: this laptop is the numbering laptop.
    """

    agency_id: str
    name: str
    code: str
    allocator: str | None
    allocator_label: str | None
    here: bool


@dataclass(frozen=True)
class Holder:
    """A laptop enrolled here (not revoked) that can be given numbers."""

    replica_id: str
    label: str | None


@dataclass(frozen=True)
class NumbersState:
    """What the dialog shows: the agencies, every block (all years) and the possible holders."""

    agencies: list[AgencyNumbering]
    blocks: list[BlockRow]
    holders: list[Holder]

    def years(self) -> list[int]:
        """The years that have blocks, newest first."""
        return sorted({row.block.year for row in self.blocks}, reverse=True)

    def agency(self, agency_id: str) -> AgencyNumbering | None:
        """One agency of the state, or None."""
        return next((a for a in self.agencies if a.agency_id == agency_id), None)


def read_numbers_state(store: Store) -> NumbersState:
    """Read the agencies' numbering laptops and blocks (on the writer thread)."""
    known = list_replicas(store)
    labels = {r.id: r.label for r in known}
    here = store.replica_id
    agencies = []
    blocks = []
    for agency in list_agencies(store):
        allocator: str | None = None
        with contextlib.suppress(NotFoundError):
            allocator = numbering_replica(store, agency.id)
        agencies.append(
            AgencyNumbering(
                agency.id,
                agency.name,
                agency.code,
                allocator,
                labels.get(allocator) if allocator else None,
                allocator == here,
            )
        )
        for block in list_blocks(store, agency.id):
            blocks.append(
                BlockRow(
                    block,
                    labels.get(block.holder),
                    block.holder == here,
                    used_in_block(store, block),
                )
            )
    holders = [
        Holder(r.id, r.label) for r in known if r.status == "active" and r.id != store.replica_id
    ]
    return NumbersState(agencies, blocks, holders)
