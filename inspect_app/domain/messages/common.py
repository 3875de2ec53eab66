"""Keyed messages about the values records hold.

Photos, coordinates, times, field values, credit codes, region codes, hand signatures and
the reference data.
"""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate


class Msg(MessageKind):
    """Every keyed message of the core: ``Msg.X.id``, ``Msg.X.english``; ``Msg.X(**params)``.

    Ids are ``family.what`` and never change once released (scripts read them from
    ``--json``); the English may be reworded (the ``.ts`` entry then needs translating again).
    """

    # -- photos: why a file was not imported (inspect_app/photos/) -----------------------------
    PHOTO_NOT_FOUND = translate(
        "Message", "{name} was not found: check that the file still exists.", "photo.not_found"
    )
    PHOTO_IS_FOLDER = translate(
        "Message", "{name} is a folder, not a photo file.", "photo.is_folder"
    )
    PHOTO_FILE_UNREADABLE = translate(
        "Message",
        "{name} cannot be read ({reason}): check the file and its permissions.",
        "photo.file_unreadable",
    )
    PHOTO_EMPTY = translate(
        "Message",
        "{name} is empty (0 bytes): copy the original photo from the camera again.",
        "photo.empty",
    )
    PHOTO_TOO_LARGE = translate(
        "Message",
        "{name} is too large to open safely ({pixels} pixels, limit {limit}): it may be a "
        "decompression bomb, so it was not imported.",
        "photo.too_large",
    )
    PHOTO_TOO_MANY_PIXELS = translate(
        "Message",
        "{name} is too large to open safely (too many pixels, limit {limit}): it may be a "
        "decompression bomb, so it was not imported.",
        "photo.too_many_pixels",
    )
    PHOTO_NOT_DECODABLE = translate(
        "Message", "{name} cannot be read as an image ({reason}).", "photo.not_decodable"
    )
    PHOTO_BROKEN_HEADER = translate(
        "Message", "{name} is not a readable image ({error}).", "photo.broken_header"
    )
    PHOTO_EMPTY_SIZE = translate(
        "Message",
        "{name} claims an empty image size ({width}×{height}).",
        "photo.empty_size",
    )
    PHOTO_AVIF = translate(
        "Message",
        "{name} is an AVIF image, which this installation cannot read: convert it to JPEG.",
        "photo.avif",
    )
    PHOTO_NOT_AN_IMAGE = translate(
        "Message",
        "{name} is not an image file that can be read (JPEG, PNG, TIFF, WebP …).",
        "photo.not_an_image",
    )
    PHOTO_HEIF_NO_DECODER = translate(
        "Message",
        "{name} is a HEIC/HEIF photo, which this installation cannot read: convert it to JPEG "
        "(on an iPhone choose Camera > Formats > Most Compatible) or install the pi-heif "
        "package.",
        "photo.heif_no_decoder",
    )
    PHOTO_HEIF_DAMAGED = translate(
        "Message",
        "{name} is a HEIC/HEIF photo, which this installation cannot read: the file is damaged "
        "or uses a HEIF feature that is not supported ({problem}); copy the original from the "
        "phone again, or convert it to JPEG.",
        "photo.heif_damaged",
    )
    PHOTO_FOLDER_CHOSEN = translate(
        "Message", "{name} is a folder; choose photo files.", "photo.folder_chosen"
    )
    PHOTO_NOT_REGULAR_FILE = translate(
        "Message",
        "{name} is not a regular file (a device, pipe or socket); choose photo files.",
        "photo.not_regular_file",
    )
    PHOTO_READ_FAILED = translate(
        "Message", "{name} could not be read ({error}).", "photo.read_failed"
    )
    PHOTO_STORE_FAILED = translate(
        "Message",
        "{name} could not be stored ({reason}): check free disk space and try again.",
        "photo.store_failed",
    )
    PHOTO_FOLDER_EMPTY = translate(
        "Message", "no photos found in folder {folder} ({endings}).", "photo.folder_empty"
    )
    PHOTO_FOLDER_UNREADABLE = translate(
        "Message", "folder {folder} cannot be read ({reason}).", "photo.folder_unreadable"
    )
    PHOTO_RECORD_CLOSED = translate(
        "Message",
        "this record is signed and closed: it takes no more photos",
        "photo.record_closed",
    )
    PHOTO_PATHS_MISSING = translate(
        "Message",
        "no such file or folder: {paths} (nothing was saved)",
        "photo.paths_missing",
    )
    PHOTO_NO_SUCH_PATH = translate("Message", "no such file or folder", "photo.no_such_path")

    # -- field names, given as the {field} / {axis} parameter of the messages below -----------
    # The English is the field's name in the store (what --json and logs show).
    LABEL_NAME = translate("Message", "name", "label.name")
    LABEL_CODE = translate("Message", "code", "label.code")
    LABEL_REGION = translate("Message", "region", "label.region")
    LABEL_ADDRESS = translate("Message", "address", "label.address")
    LABEL_RECONSIDERATION_BODY = translate(
        "Message", "reconsideration_body", "label.reconsideration_body"
    )
    LABEL_LITIGATION_COURT = translate("Message", "litigation_court", "label.litigation_court")
    LABEL_SEAL_PNG = translate("Message", "seal_png", "label.seal_png")
    LABEL_LEGAL_REPRESENTATIVE = translate(
        "Message", "legal_representative", "label.legal_representative"
    )
    LABEL_DESCRIPTION = translate("Message", "description", "label.description")
    LABEL_LATITUDE = translate("Message", "latitude", "label.latitude")
    LABEL_LONGITUDE = translate("Message", "longitude", "label.longitude")
    LABEL_OBSERVED_AT = translate("Message", "observed_at", "label.observed_at")
    LABEL_DATE = translate("Message", "date", "label.date")
    LABEL_DEADLINE = translate("Message", "deadline", "label.deadline")
    LABEL_STARTED_AT = translate("Message", "started_at", "label.started_at")
    LABEL_ENDED_AT = translate("Message", "ended_at", "label.ended_at")
    LABEL_SERVED_AT = translate("Message", "served_at", "label.served_at")
    LABEL_PLACE = translate("Message", "place", "label.place")
    LABEL_ORDER_TEXT = translate("Message", "order_text", "label.order_text")
    LABEL_NOTE = translate("Message", "note", "label.note")
    LABEL_CAPTION = translate("Message", "caption", "label.caption")
    LABEL_CATEGORY = translate("Message", "category", "label.category")
    LABEL_SEVERITY = translate("Message", "severity", "label.severity")
    LABEL_RECIPIENT = translate("Message", "recipient", "label.recipient")

    # -- coordinates (inspect_app/domain/coordinates.py, entities.py) ---------------------------
    COORDINATE_FLOAT = translate(
        "Message", "{axis} must be given as decimal text, not a float", "coordinate.float"
    )
    COORDINATE_NOT_DECIMAL = translate(
        "Message",
        "{axis} {value} is not decimal degrees (write e.g. 30.5728 or -3.7247)",
        "coordinate.not_decimal",
    )
    COORDINATE_NOT_A_NUMBER = translate(
        "Message", "{axis} {value} is not a number of degrees", "coordinate.not_a_number"
    )
    COORDINATE_OUT_OF_RANGE = translate(
        "Message", "{axis} {value} is outside −{limit}…{limit} degrees", "coordinate.out_of_range"
    )
    COORDINATE_HALF_POSITION = translate(
        "Message",
        "give both latitude and longitude (WGS84), or neither",
        "coordinate.half_position",
    )

    # -- dates and times (inspect_app/domain/entities.py); the years are _FIRST_YEAR, _LAST_YEAR
    TIME_NOT_A_DATE = translate(
        "Message", "{field} must be a date YYYY-MM-DD (got {value})", "time.not_a_date"
    )
    TIME_NOT_A_TIME = translate(
        "Message",
        "{field} must be a time like 2026-05-01T10:30:00+08:00 (got {value})",
        "time.not_a_time",
    )
    TIME_IMPLAUSIBLE_YEAR = translate(
        "Message", "{field} {value} is not a plausible date (1990–2100)", "time.implausible_year"
    )

    # -- field values of the entity registry (inspect_app/domain/entities.py) -----------------
    FIELD_REQUIRED = translate("Message", "{field} is required", "field.required")
    FIELD_NOT_TEXT = translate("Message", "{field} must be text", "field.not_text")
    FIELD_UNSAFE_CHARACTERS = translate(
        "Message",
        "{field} contains control or text-direction characters",
        "field.unsafe_characters",
    )
    FIELD_EMPTY = translate("Message", "{field} must not be empty", "field.empty")
    FIELD_TOO_LONG = translate(
        "Message", "{field} is longer than {max_len} characters", "field.too_long"
    )
    FIELD_NOT_ONE_OF = translate(
        "Message", "{field} must be one of: {allowed} (got {value})", "field.not_one_of"
    )
    FIELD_NOT_A_REFERENCE = translate(
        "Message",
        "{field} must be the id of a record of the kind {entity} (got {value})",
        "field.not_a_reference",
    )
    FIELD_NOT_A_REGION = translate(
        "Message",
        "{field} must be a 6-digit GB/T 2260 region code such as 510900 (got {value})",
        "field.not_a_region",
    )
    FIELD_NOT_WHOLE_NUMBER = translate(
        "Message", "{field} must be a whole number", "field.not_whole_number"
    )
    FIELD_NOT_BOOLEAN = translate("Message", "{field} must be true or false", "field.not_boolean")
    FIELD_NOT_A_HASH = translate(
        "Message",
        "{field} must be a SHA-256: 64 lower-case hex characters",
        "field.not_a_hash",
    )
    FIELD_NOT_REPLICA_ID = translate(
        "Message", "{field} must be a replica id: 32 hex characters", "field.not_replica_id"
    )
    FIELD_OUT_OF_RANGE = translate(
        "Message", "{field} must be between 1 and 1000000", "field.out_of_range"
    )
    FIELD_NOT_CERTIFICATE = translate(
        "Message",
        "{field} must be one X.509 certificate in PEM form",
        "field.not_certificate",
    )
    FIELD_NOT_PNG = translate("Message", "{field} must be a PNG image (base64)", "field.not_png")
    FIELD_PNG_TOO_LARGE = translate(
        "Message", "{field} is too large: use a PNG under 150 KB", "field.png_too_large"
    )
    FIELD_NOT_PUBLIC_KEY = translate(
        "Message",
        "{field} must be an Ed25519 public key: 64 hex characters",
        "field.not_public_key",
    )
    FIELD_BAD_ID = translate("Message", "{value} is not a valid {entity} id", "field.bad_id")
    FIELD_UNKNOWN = translate("Message", "{entity} has no field {fields}", "field.unknown")
    FIELD_REQUIRED_ON_CREATE = translate(
        "Message", "{entity} {field} is required", "field.required_on_create"
    )
    FIELD_NOT_CLEARABLE = translate(
        "Message", "{entity} {field} must not be cleared", "field.not_clearable"
    )
    FIELD_UNKNOWN_ENTITY = translate("Message", "unknown entity {entity}", "field.unknown_entity")

    # -- unified social credit codes, GB 32100-2015 (inspect_app/domain/credit_code.py) --------
    CREDIT_CODE_NOT_TEXT = translate(
        "Message", "a credit code must be text.", "credit_code.not_text"
    )
    CREDIT_CODE_EMPTY = translate(
        "Message", "the credit code is empty; it has 18 characters.", "credit_code.empty"
    )
    CREDIT_CODE_WRONG_LENGTH = translate(
        "Message",
        "a credit code has 18 characters, this one has {length}: {code}.",
        "credit_code.wrong_length",
    )
    CREDIT_CODE_PREFIX_LENGTH = translate(
        "Message",
        "the first part of a credit code must be 17 characters, got {length}.",
        "credit_code.prefix_length",
    )
    CREDIT_CODE_BAD_CHARACTER = translate(
        "Message",
        "character '{char}' at position {position} is not allowed; valid characters are "
        "{alphabet}.",
        "credit_code.bad_character",
    )
    CREDIT_CODE_UNUSED_LETTER = translate(
        "Message",
        "character '{char}' at position {position} is not allowed: credit codes do not use the "
        "letters I, O, Z, S and V.",
        "credit_code.unused_letter",
    )
    CREDIT_CODE_CHECK_CHARACTER = translate(
        "Message",
        "{code}: check character should be {expected}, not {actual}; please re-check the code.",
        "credit_code.check_character",
    )

    # -- GB/T 2260 region codes (inspect_app/domain/reference.py) -----------------------------
    REGION_NOT_TEXT = translate("Message", "a region code must be text.", "region.not_text")
    REGION_MALFORMED = translate(
        "Message",
        "region code {code} is not six digits per GB/T 2260 (e.g. 510903).",
        "region.malformed",
    )
    REGION_UNKNOWN = translate(
        "Message",
        "region code {code} is not in the reference list {file}.",
        "region.unknown",
    )

    # -- hand-drawn signatures (inspect_app/domain/signature.py) ------------------------------
    LABEL_SIGNATURE_WIDTH = translate("Message", "width", "label.width")
    LABEL_SIGNATURE_HEIGHT = translate("Message", "height", "label.height")
    LABEL_SIGNATURE_POINTS = translate("Message", "points", "label.points")
    SIGNATURE_EMPTY = translate("Message", "the signature is empty", "signature.empty")
    SIGNATURE_NOT_WHOLE_NUMBERS = translate(
        "Message", "signature {part} must be whole numbers", "signature.not_whole_numbers"
    )
    SIGNATURE_NOT_TEXT = translate(
        "Message", "signature must be text (JSON strokes)", "signature.not_text"
    )
    SIGNATURE_TOO_LARGE = translate(
        "Message", "signature is too large: draw it again more simply", "signature.too_large"
    )
    SIGNATURE_NOT_STROKE_DATA = translate(
        "Message", "signature is not valid stroke data", "signature.not_stroke_data"
    )
    SIGNATURE_WRONG_KEYS = translate(
        "Message", "signature must have exactly w, h and strokes", "signature.wrong_keys"
    )
    SIGNATURE_GRID_OUT_OF_RANGE = translate(
        "Message", "signature grid size is out of range", "signature.grid_out_of_range"
    )
    SIGNATURE_TOO_MANY_STROKES = translate(
        "Message", "signature must have at most {limit} strokes", "signature.too_many_strokes"
    )
    SIGNATURE_BAD_STROKE = translate(
        "Message", "each signature stroke must be a list of x, y pairs", "signature.bad_stroke"
    )
    SIGNATURE_POINT_OUTSIDE = translate(
        "Message", "signature point lies outside its grid", "signature.point_outside"
    )
    SIGNATURE_TOO_MANY_POINTS = translate(
        "Message", "signature has more than {limit} points", "signature.too_many_points"
    )
    SIGNATURE_NO_STROKE = translate(
        "Message",
        "the signature is empty: sign with at least one stroke",
        "signature.no_stroke",
    )
    FIELD_PROBLEM = translate("Message", "{field}: {problem}", "field.problem")
    FILE_PROBLEM = translate("Message", "{path}: {problem}", "file.problem")

    # -- the reference data: categories, basins, the files (inspect_app/domain/reference.py) --
    CATEGORY_UNKNOWN = translate(
        "Message", "unknown finding category {code}; valid codes: {valid}.", "category.unknown"
    )
    BASIN_UNKNOWN = translate("Message", "unknown basin {name}; valid: {valid}.", "basin.unknown")
    REFERENCE_UNREADABLE = translate(
        "Message",
        "reference data file {path} cannot be read ({reason}); reinstall the app.",
        "reference.unreadable",
    )
    REFERENCE_NOT_JSON = translate(
        "Message",
        "reference data file {path} is malformed: line {line}: {problem}.",
        "reference.not_json",
    )
    REFERENCE_NOT_OBJECT = translate(
        "Message",
        "reference data file {path} is malformed: it must hold a JSON object.",
        "reference.not_object",
    )
    REFERENCE_MISSING_FIELD = translate(
        "Message",
        "{file}: an entry lacks the required field {field}.",
        "reference.missing_field",
    )
    REFERENCE_DUPLICATE_CODE = translate(
        "Message", "{file}: code {code} appears twice.", "reference.duplicate_code"
    )
    REFERENCE_NOT_A_MAP = translate(
        "Message", "{file}: {key} must be an object of code → name.", "reference.not_a_map"
    )
    REFERENCE_BASIN_UNKNOWN_REGIONS = translate(
        "Message",
        "{file}: basin {code} names region codes missing from {regions_file}: {codes}.",
        "reference.basin_unknown_regions",
    )
