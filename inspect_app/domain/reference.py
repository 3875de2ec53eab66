"""Reference data of the field: finding categories, cross-border basins and region codes.

The data lives in JSON files (``resources/reference/categories.json``, ``basins.json``,
``regions.json``) so that a legal reviewer can correct an article without touching code.
:meth:`ReferenceData.load` reads them from a folder given by the caller; the domain layer is
standard library only and does not know where resources live (``paths.resource`` does).

Region codes follow GB/T 2260 (中华人民共和国行政区划代码): six digits, ``PPCCDD`` = province,
prefecture, county; ``PP0000`` is a province, ``PPCC00`` a prefecture-level division.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.legal_citation import Citation, parse_spec
from inspect_app.domain.messages import Msg

CATEGORIES_FILE = "categories.json"
BASINS_FILE = "basins.json"
REGIONS_FILE = "regions.json"

_REGION_CODE = re.compile(r"[1-9]\d{5}")


@dataclass(frozen=True)
class Candidate:
    """A citation a category proposes (违反条款 or 责令改正依据); ``default`` fills new drafts."""

    citation: Citation
    default: bool = False


@dataclass(frozen=True)
class Category:
    """One finding category with its default legal citations.

    Attributes:
        code: stable machine code, e.g. ``"water_outfall"``.
        name_zh: Chinese name shown in the UI and on notices.
        name_en: English name.
        violated_provision: the provision breached (违反条款), law name in 《》 + article.
        legal_basis: the articles the order rests on (责令改正依据), e.g. the substantive law's
            penalty article and 《中华人民共和国行政处罚法》第二十八条第一款.
        default_order_zh: a default wording of the order (责令内容), to be edited per case.
        note: what a reviewer must confirm, or ``""``.
        violated_candidates: structured citations the lead may choose for 违反条款
            (``violated_candidates`` in the file, ``LAW:ARTICLE[:PARAGRAPH[:ITEM]]``, checked
            against ``laws.json`` by the tests); those marked default fill a new draft.
        basis_candidates: the same for 责令改正依据 (``basis_candidates``).
    """

    code: str
    name_zh: str
    name_en: str
    violated_provision: str
    legal_basis: str
    default_order_zh: str
    note: str = ""
    violated_candidates: tuple[Candidate, ...] = ()
    basis_candidates: tuple[Candidate, ...] = ()

    def default_violated(self) -> tuple[Citation, ...]:
        """The candidates for 违反条款 marked default, in file order."""
        return tuple(c.citation for c in self.violated_candidates if c.default)

    def default_basis(self) -> tuple[Citation, ...]:
        """The candidates for 责令改正依据 marked default, in file order."""
        return tuple(c.citation for c in self.basis_candidates if c.default)


@dataclass(frozen=True)
class Basin:
    """A cross-border river basin of Sichuan and Chongqing.

    Attributes:
        code: stable machine code, e.g. ``"qiongjiang"``.
        name_zh: Chinese name, e.g. ``"琼江"``.
        name_en: English name, e.g. ``"Qiongjiang"``.
        regions: GB/T 2260 codes of the county-level divisions along the cross-border reach.
        verified: False where the name or the region list could not be confirmed.
        note: source or doubt, or ``""``.
    """

    code: str
    name_zh: str
    name_en: str
    regions: tuple[str, ...]
    verified: bool
    note: str = ""


def validate_region_code(code: str) -> str:
    """Validate the shape of a GB/T 2260 administrative division code.

    Only the shape is checked (six digits, not starting with 0); whether the code exists is
    answered by :meth:`ReferenceData.region_name`.

    Args:
        code: e.g. ``"510903"``; surrounding whitespace is stripped.

    Returns:
        The stripped six-digit code.

    Raises:
        ValidationError: if the code is not six digits or starts with ``0``.
    """
    if not isinstance(code, str):
        raise ValidationError(Msg.REGION_NOT_TEXT())
    stripped = code.strip()
    if not _REGION_CODE.fullmatch(stripped):
        raise ValidationError(Msg.REGION_MALFORMED(code=stripped))
    return stripped


class ReferenceData:
    """Categories, basins and regions loaded from the reference JSON files.

    Build with :meth:`load`; the object is read-only after that.
    """

    def __init__(
        self,
        categories: tuple[Category, ...],
        basins: tuple[Basin, ...],
        regions: dict[str, str],
        *,
        source: str = "",
        regions_en: dict[str, str] | None = None,
    ) -> None:
        """Hold already-parsed reference data (use :meth:`load` to read the files)."""
        self._categories = categories
        self._basins = basins
        self._regions = dict(regions)
        self._regions_en = dict(regions_en or {})
        self.source = source
        self._by_code = {c.code: c for c in categories}
        self._basin_keys: dict[str, Basin] = {}
        for basin in basins:
            for key in (basin.code, basin.name_zh, basin.name_en):
                self._basin_keys.setdefault(key.strip().casefold(), basin)

    @classmethod
    def load(cls, folder: Path) -> ReferenceData:
        """Read ``categories.json``, ``basins.json`` and ``regions.json`` from ``folder``.

        Args:
            folder: the reference folder, e.g. ``paths.resource("reference")``.

        Returns:
            The loaded reference data.

        Raises:
            ValidationError: if a file is missing, is not valid JSON, lacks a required field,
                repeats a code, or a basin names a region code absent from ``regions.json``.
        """
        folder = Path(folder)
        categories_doc = _read_json(folder / CATEGORIES_FILE)
        basins_doc = _read_json(folder / BASINS_FILE)
        regions_doc = _read_json(folder / REGIONS_FILE)

        regions_raw = _field(regions_doc, "regions", REGIONS_FILE)
        if not isinstance(regions_raw, dict):
            raise ValidationError(Msg.REFERENCE_NOT_A_MAP(file=REGIONS_FILE, key="'regions'"))
        regions = {validate_region_code(str(k)): str(v) for k, v in regions_raw.items()}
        english_raw = regions_doc.get("regions_en", {})
        if not isinstance(english_raw, dict):
            raise ValidationError(Msg.REFERENCE_NOT_A_MAP(file=REGIONS_FILE, key="'regions_en'"))
        regions_en = {validate_region_code(str(k)): str(v) for k, v in english_raw.items()}

        categories: list[Category] = []
        for item in _field(categories_doc, "categories", CATEGORIES_FILE):
            categories.append(
                Category(
                    code=str(_field(item, "code", CATEGORIES_FILE)),
                    name_zh=str(_field(item, "name_zh", CATEGORIES_FILE)),
                    name_en=str(_field(item, "name_en", CATEGORIES_FILE)),
                    violated_provision=str(_field(item, "violated_provision", CATEGORIES_FILE)),
                    legal_basis=str(_field(item, "legal_basis", CATEGORIES_FILE)),
                    default_order_zh=str(_field(item, "default_order_zh", CATEGORIES_FILE)),
                    note=str(item.get("note", "")),
                    violated_candidates=_candidates(item, "violated_candidates"),
                    basis_candidates=_candidates(item, "basis_candidates"),
                )
            )
        _no_duplicates([c.code for c in categories], CATEGORIES_FILE)

        basins: list[Basin] = []
        for item in _field(basins_doc, "basins", BASINS_FILE):
            codes = tuple(
                validate_region_code(str(r)) for r in _field(item, "regions", BASINS_FILE)
            )
            unknown = [r for r in codes if r not in regions]
            code = str(_field(item, "code", BASINS_FILE))
            if unknown:
                raise ValidationError(
                    Msg.REFERENCE_BASIN_UNKNOWN_REGIONS(
                        file=BASINS_FILE,
                        code=repr(code),
                        regions_file=REGIONS_FILE,
                        codes=", ".join(unknown),
                    )
                )
            basins.append(
                Basin(
                    code=code,
                    name_zh=str(_field(item, "name_zh", BASINS_FILE)),
                    name_en=str(_field(item, "name_en", BASINS_FILE)),
                    regions=codes,
                    verified=bool(_field(item, "verified", BASINS_FILE)),
                    note=str(item.get("note", "")),
                )
            )
        _no_duplicates([b.code for b in basins], BASINS_FILE)

        return cls(
            tuple(categories),
            tuple(basins),
            regions,
            source=str(categories_doc.get("source", "")),
            regions_en=regions_en,
        )

    @property
    def categories(self) -> tuple[Category, ...]:
        """All finding categories, in file order."""
        return self._categories

    @property
    def basins(self) -> tuple[Basin, ...]:
        """All cross-border basins, in file order."""
        return self._basins

    @property
    def regions(self) -> dict[str, str]:
        """A copy of the GB/T 2260 code → Chinese name map."""
        return dict(self._regions)

    @property
    def regions_en(self) -> dict[str, str]:
        """A copy of the GB/T 2260 code → English name map (``regions_en`` in the file)."""
        return dict(self._regions_en)

    def region_name_en(self, code: str) -> str:
        """The English name of a listed region code (its Chinese name when none is given).

        Raises:
            ValidationError: if the code is malformed or not in ``regions.json``.
        """
        chinese = self.region_name(code)
        return self._regions_en.get(code.strip(), chinese)

    def category(self, code: str) -> Category:
        """Return the category with this code.

        Raises:
            ValidationError: naming the valid codes, if ``code`` is unknown.
        """
        found = self._by_code.get(code.strip() if isinstance(code, str) else code)
        if found is None:
            valid = ", ".join(self._by_code)
            raise ValidationError(Msg.CATEGORY_UNKNOWN(code=repr(code), valid=valid))
        return found

    def basin(self, code_or_name: str) -> Basin:
        """Return the basin by code, Chinese name or English name (case-insensitive).

        Raises:
            ValidationError: naming the valid codes, if nothing matches.
        """
        key = code_or_name.strip().casefold() if isinstance(code_or_name, str) else ""
        found = self._basin_keys.get(key)
        if found is None:
            valid = ", ".join(f"{b.code} ({b.name_zh})" for b in self._basins)
            raise ValidationError(Msg.BASIN_UNKNOWN(name=repr(code_or_name), valid=valid))
        return found

    def region_name(self, code: str) -> str:
        """Return the Chinese name of a GB/T 2260 region code, e.g. ``"510903"`` → ``"船山区"``.

        Raises:
            ValidationError: if the code is malformed or not in ``regions.json``.
        """
        checked = validate_region_code(code)
        name = self._regions.get(checked)
        if name is None:
            raise ValidationError(Msg.REGION_UNKNOWN(code=checked, file=REGIONS_FILE))
        return name


def _read_json(path: Path) -> dict[str, Any]:
    """Read one reference file as a JSON object, or raise ValidationError."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError(
            Msg.REFERENCE_UNREADABLE(path=path, reason=str(exc.strerror or exc))
        ) from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            Msg.REFERENCE_NOT_JSON(path=path, line=exc.lineno, problem=exc.msg)
        ) from exc
    if not isinstance(doc, dict):
        raise ValidationError(Msg.REFERENCE_NOT_OBJECT(path=path))
    return doc


def _field(item: Any, name: str, file: str) -> Any:
    """Return ``item[name]`` or raise ValidationError naming the file and field."""
    if not isinstance(item, dict) or name not in item:
        raise ValidationError(Msg.REFERENCE_MISSING_FIELD(file=file, field=repr(name)))
    return item[name]


def _candidates(item: dict[str, Any], key: str) -> tuple[Candidate, ...]:
    """The structured candidate citations under ``key`` (absent: none).

    Raises:
        ValidationError: not a list of ``{"cite": "LAW:ARTICLE…", "default": bool}``.
    """
    raw = item.get(key, [])
    if not isinstance(raw, list):
        raise ValidationError(Msg.REFERENCE_MISSING_FIELD(file=CATEGORIES_FILE, field=repr(key)))
    return tuple(
        Candidate(parse_spec(str(_field(c, "cite", CATEGORIES_FILE))), bool(c.get("default")))
        for c in raw
    )


def _no_duplicates(codes: list[str], file: str) -> None:
    """Raise ValidationError if a code appears twice."""
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ValidationError(Msg.REFERENCE_DUPLICATE_CODE(file=file, code=repr(code)))
        seen.add(code)
