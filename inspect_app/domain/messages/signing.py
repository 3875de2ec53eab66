"""Keyed messages about signing: certificates, permissions, the team PKI and verification.

Three groups, by id prefix:

* ``signing.*`` — preparing and signing a PDF (``inspect_app/notices/signing.py``) and the
  hand-signature and seal images of a stamp (``inspect_app/notices/signature_render.py``);
  ``signing.field_*`` are the names of the PDF signature fields, words of the catalog
  (their English is the field's name in the PDF, ``TeamLead``);
* ``pki.*`` — the team certificate authority and officer certificates
  (``inspect_app/notices/pki.py``, ``inspect_app/notices/team_pki.py``); ``pki.what_*`` are
  words naming what a refusal is about (the CA name, the CA key …);
* ``verify.*`` — the findings of a verification report (``verify_pdf``): lower-case
  fragments, listed one per line under a verdict, as they always were.
"""

from __future__ import annotations

from inspect_app.domain.messages.catalog import MessageKind, translate


class SigningMsg(MessageKind):
    """Members: ``X = translate("Message", "English {param}.", "family.what")``."""

    # -- the PDF signature fields (words; English = the field's name in the PDF) ------------
    FIELD_TEAM_LEAD = translate("Message", "TeamLead", "signing.field_team_lead")
    FIELD_OFFICER = translate("Message", "Officer", "signing.field_officer")

    # -- preparing a PDF for signing (add_signature_fields) ---------------------------------
    NO_BOXES = translate(
        "Message",
        "No signature boxes were given; render the document for signing.",
        "signing.no_boxes",
    )
    FIELD_NAMES_INVALID = translate(
        "Message",
        "Signature field names must be unique and non-empty: {names}.",
        "signing.field_names_invalid",
    )
    LOCK_FIELD_UNKNOWN = translate(
        "Message",
        "The lock field '{field}' is not one of the boxes ({names}).",
        "signing.lock_field_unknown",
    )
    FIELDS_AFTER_SIGNATURE = translate(
        "Message",
        "This PDF is already signed; signature fields must all be created before the first"
        " signature. Render the notice again and add the fields to the new copy.",
        "signing.fields_after_signature",
    )
    FIELDS_EXIST = translate(
        "Message",
        "The PDF already has signature fields named {names}.",
        "signing.fields_exist",
    )
    BOX_PAGE_OUT_OF_RANGE = translate(
        "Message",
        "Signature box '{field}' is on page {page}, but the PDF has {pages} page(s).",
        "signing.box_page_out_of_range",
    )
    BOX_EMPTY = translate(
        "Message",
        "Signature box '{field}' has an empty rectangle {box}.",
        "signing.box_empty",
    )
    FIELD_NOT_ADDED = translate(
        "Message", "Cannot add signature field '{field}': {error}", "signing.field_not_added"
    )
    PDF_DAMAGED = translate(
        "Message",
        "not a PDF, or too damaged to read; ask for the original file",
        "signing.pdf_damaged",
    )
    FORM_FIELDS_UNREADABLE = translate(
        "Message",
        "The form fields of this PDF cannot be read: not a PDF, or too damaged to read; ask"
        " for the original file",
        "signing.form_fields_unreadable",
    )

    # -- signing (signer_from_p12, sign_pdf) ------------------------------------------------
    OWN_CERTIFICATE_EXPIRED = translate(
        "Message",
        "Your signing certificate expired on {date}; ask the team lead to issue a new one.",
        "signing.own_certificate_expired",
    )
    OWN_CERTIFICATE_NOT_YET_VALID = translate(
        "Message",
        "Your signing certificate is not valid before {date}; check this computer's date and time.",
        "signing.own_certificate_not_yet_valid",
    )
    NO_OWN_CERTIFICATE = translate(
        "Message",
        "no signing certificate for this officer on this laptop: a team lead issues one"
        " ('{issue_command}') and you import it (Documents ▸ Import certificate…, or"
        " '{import_command}')",
        "signing.no_own_certificate",
    )
    SIGN_FAILED = translate(
        "Message",
        "Signing field '{field}' failed ({error}); the document was not changed.",
        "signing.sign_failed",
    )
    NO_SUCH_FIELD = translate(
        "Message",
        "This PDF has no signature field '{field}' (fields: {fields}); add the fields before"
        " the first signature.",
        "signing.no_such_field",
    )
    NO_FIELDS = translate(
        "Message",
        "This PDF has no signature field '{field}' (it has no signature fields at all); add"
        " the fields before the first signature.",
        "signing.no_fields",
    )
    FIELD_ALREADY_SIGNED = translate(
        "Message",
        "Field '{field}' is already signed; a field can be signed once.",
        "signing.field_already_signed",
    )
    DOCUMENT_LOCKED = translate(
        "Message",
        "The signature in '{field}' locked this document; it cannot be signed again. Sign a"
        " fresh copy of the notice instead.",
        "signing.document_locked",
    )
    FIELD_LOCKED = translate(
        "Message",
        "The signature in '{locked_by}' locked field '{field}'; it cannot be signed any more."
        " Sign a fresh copy of the notice instead.",
        "signing.field_locked",
    )
    SIGNATURES_UNREADABLE = translate(
        "Message",
        "The existing signatures of this PDF cannot be read ({error}); do not sign this copy.",
        "signing.signatures_unreadable",
    )
    STAMP_IMAGE_UNREADABLE = translate(
        "Message",
        "The signature image is not a readable PNG; draw the signature again.",
        "signing.stamp_image_unreadable",
    )
    STAMP_IMAGE_NOT_PNG = translate(
        "Message",
        "The signature image must be a PNG, not {format}.",
        "signing.stamp_image_not_png",
    )

    # -- hand signatures and the seal (signature_render.py) ---------------------------------
    SEAL_TOO_LARGE = translate(
        "Message",
        "The seal image is too large (more than {limit} pixels); choose a smaller image.",
        "signing.seal_too_large",
    )
    SEAL_NOT_AN_IMAGE = translate(
        "Message",
        "The seal image is not an image file that can be read; choose a PNG image of the seal.",
        "signing.seal_not_an_image",
    )
    SEAL_UNREADABLE = translate(
        "Message",
        "The seal image cannot be read ({error}); choose the seal image again.",
        "signing.seal_unreadable",
    )
    SIGNED_AND_REFUSED = translate(
        "Message",
        "{role}: a signature and a refusal to sign are both recorded; keep only one.",
        "signing.signed_and_refused",
    )

    # -- the team PKI: words naming what a refusal is about ----------------------------------
    WHAT_CA_NAME = translate("Message", "the CA name", "pki.what_ca_name")
    WHAT_ORGANISATION = translate("Message", "the organisation", "pki.what_organisation")
    WHAT_OFFICER_NAME = translate("Message", "the officer's name", "pki.what_officer_name")
    WHAT_CERTIFICATE_NO = translate(
        "Message",
        "the enforcement certificate number (执法证号)",
        "pki.what_certificate_no",
    )
    WHAT_AGENCY_NAME = translate("Message", "the agency name", "pki.what_agency_name")
    WHAT_CA_KEY = translate("Message", "the CA key", "pki.what_ca_key")
    WHAT_OFFICER_P12 = translate(
        "Message", "the officer's PKCS#12 file", "pki.what_officer_key_file"
    )
    WHAT_CA_CERTIFICATE = translate("Message", "the CA certificate", "pki.what_ca_certificate")
    WHAT_CERTIFICATE = translate("Message", "the certificate", "pki.what_certificate")
    WHAT_TEAM_CA_CERTIFICATE = translate(
        "Message", "a team CA certificate", "pki.what_team_ca_certificate"
    )
    UNNAMED_HOLDER = translate("Message", "an unnamed holder", "pki.unnamed_holder")

    # -- the team PKI: creating the CA, issuing and opening certificates (pki.py) ------------
    EMPTY = translate("Message", "Fill in {what}: it is empty.", "pki.empty")
    PASSPHRASE_NOT_BYTES = translate(
        "Message",
        "The passphrase for {what} must be given as bytes.",
        "pki.passphrase_not_bytes",
    )
    PASSPHRASE_TOO_SHORT = translate(
        "Message",
        "The passphrase for {what} is too short ({length} characters); use at least {minimum}.",
        "pki.passphrase_too_short",
    )
    VALIDITY_OUT_OF_RANGE = translate(
        "Message",
        "The validity must be 1 to {most} years, not {years}.",
        "pki.validity_out_of_range",
    )
    OFFICER_ID_INVALID = translate(
        "Message",
        "The officer id '{officer_id}' is not a UUID; pick the officer from the register.",
        "pki.officer_id_invalid",
    )
    UNKNOWN_ROLE = translate(
        "Message",
        "Unknown officer role '{role}'; use one of {roles}.",
        "pki.unknown_role",
    )
    CA_KEY_MISMATCH = translate(
        "Message",
        "The CA key does not belong to this CA certificate; choose the key file that was"
        " created with the certificate.",
        "pki.ca_key_mismatch",
    )
    NOT_A_CA = translate(
        "Message",
        "The certificate chosen as CA is not a certificate authority; choose the team CA"
        " certificate.",
        "pki.not_a_ca",
    )
    CA_EXPIRED = translate(
        "Message",
        "The team CA expired on {date}; create a new team CA and issue new officer certificates.",
        "pki.ca_expired",
    )
    CA_NOT_YET_VALID = translate(
        "Message",
        "The team CA is not valid before {date}; check this computer's clock and date.",
        "pki.ca_not_yet_valid",
    )
    P12_EMPTY = translate(
        "Message",
        "The certificate file is empty; choose the officer's .p12 file.",
        "pki.key_file_empty",
    )
    NOT_P12 = translate(
        "Message",
        "This file is not a PKCS#12 certificate file (.p12/.pfx); choose the file the team"
        " lead issued to you.",
        "pki.not_key_file",
    )
    P12_WRONG_PASSPHRASE = translate(
        "Message",
        "The passphrase does not open this PKCS#12 file; check it (capitals, input method)"
        " and try again.",
        "pki.key_file_wrong_passphrase",
    )
    P12_NO_KEY = translate(
        "Message",
        "This PKCS#12 file holds no private key and certificate; ask the team lead to issue"
        " your certificate again.",
        "pki.key_file_no_key",
    )
    P12_NOT_RSA = translate(
        "Message",
        "This PKCS#12 file holds a non-RSA key, which the app does not sign with; ask the"
        " team lead to issue an RSA certificate.",
        "pki.key_file_not_rsa",
    )
    NO_OFFICER_NAMED = translate(
        "Message",
        "This certificate names no officer (no UID in its subject), so it was not issued by"
        " a team CA of this app; ask the team lead to issue one.",
        "pki.no_officer_named",
    )
    NO_TEAM_CA_CONFIGURED = translate(
        "Message",
        "No team CA certificate is configured; import the team CA certificate.",
        "pki.no_team_ca_configured",
    )
    NOT_ISSUED_BY_TEAM = translate(
        "Message",
        "The certificate of {subject} was not issued by a trusted team CA; ask your team lead"
        " for a certificate from the team CA, or import the CA that issued it.",
        "pki.not_issued_by_team",
    )
    CERTIFICATE_EXPIRED = translate(
        "Message",
        "The certificate of {subject} expired on {date}; ask the team lead to issue a new"
        " certificate.",
        "pki.certificate_expired",
    )
    CERTIFICATE_NOT_YET_VALID = translate(
        "Message",
        "The certificate of {subject} is not valid before {date}; check this computer's clock"
        " and date.",
        "pki.certificate_not_yet_valid",
    )
    CERTIFICATE_FILE_EMPTY = translate(
        "Message",
        "The file of {what} is empty; choose a certificate file (.pem/.crt).",
        "pki.certificate_file_empty",
    )
    CERTIFICATE_UNREADABLE = translate(
        "Message",
        "The file of {what} is not a readable X.509 certificate; choose the .pem/.crt file again.",
        "pki.certificate_unreadable",
    )
    CA_KEY_NOT_ENCRYPTED = translate(
        "Message",
        "The CA key file is not encrypted or the passphrase is missing; use the encrypted key"
        " created with the team CA and its passphrase.",
        "pki.ca_key_not_encrypted",
    )
    CA_KEY_NOT_PEM = translate(
        "Message",
        "The CA key file is not a PEM private key; choose the key file created with the team CA.",
        "pki.ca_key_not_pem",
    )
    CA_KEY_WRONG_PASSPHRASE = translate(
        "Message",
        "The passphrase does not open the team CA key; check it and try again.",
        "pki.ca_key_wrong_passphrase",
    )
    CA_KEY_NOT_RSA = translate(
        "Message",
        "The CA key is not an RSA key; create the team CA with this app.",
        "pki.ca_key_not_rsa",
    )
    TRUST_ROOT_UNREADABLE = translate(
        "Message",
        "A team CA certificate is not readable; import the team CA certificate again.",
        "pki.trust_root_unreadable",
    )

    # -- the team PKI on the store (team_pki.py) ---------------------------------------------
    CA_KEY_EXISTS = translate(
        "Message",
        "this laptop already holds a team CA key ({path}); the team needs only one",
        "pki.ca_key_exists",
    )
    NO_CA_KEY = translate(
        "Message",
        "this laptop does not hold the team CA key: issue certificates on the laptop where"
        " the team CA was created",
        "pki.no_ca_key",
    )
    NO_TEAM_CA = translate(
        "Message",
        "this store knows no team CA yet: sync with the team lead's laptop first",
        "pki.no_team_ca",
    )

    # -- verification findings (verify_pdf) --------------------------------------------------
    NO_SIGNATURE = translate("Message", "no digital signature", "verify.no_signature")
    NO_TRUST_ROOTS = translate(
        "Message",
        "no team CA certificate was given, so no signature can be trusted",
        "verify.no_trust_roots",
    )
    SIGNATURE_DATA_ALTERED = translate(
        "Message",
        "the signature data in this file was altered or damaged and cannot be read: the"
        " document cannot be trusted; ask for the original file",
        "verify.signature_data_altered",
    )
    PDF_UNREADABLE = translate(
        "Message",
        "not a PDF, or too damaged to read; ask for the original file ({error})",
        "verify.pdf_unreadable",
    )
    CANNOT_CHECK = translate(
        "Message", "the signature cannot be checked ({error})", "verify.cannot_check"
    )
    FAILED = translate("Message", "the signature did not pass validation", "verify.failed")
    BYTES_CHANGED = translate(
        "Message",
        "bytes changed: the signature does not match the signed content",
        "verify.bytes_changed",
    )
    VALUE_INVALID = translate(
        "Message",
        "the signature value does not verify with the signer's certificate",
        "verify.value_invalid",
    )
    NOT_TRUSTED = translate(
        "Message", "certificate not issued by a trusted team CA", "verify.not_trusted"
    )
    NOT_TRUSTED_BECAUSE = translate(
        "Message",
        "certificate not issued by a trusted team CA ({reason})",
        "verify.not_trusted_because",
    )
    REVOKED = translate("Message", "the signer's certificate was revoked", "verify.revoked")
    CA_REVOKED = translate("Message", "the team CA certificate was revoked", "verify.ca_revoked")
    EXPIRED = translate(
        "Message",
        "the signer's certificate has expired (a B-B signature without a timestamp cannot"
        " prove it was made before that)",
        "verify.expired",
    )
    OUT_OF_BOUNDS = translate(
        "Message",
        "the signer's certificate was not valid at the validation time",
        "verify.out_of_bounds",
    )
    NOT_YET_VALID = translate(
        "Message",
        "the signer's certificate is not yet valid (check the computer's clock)",
        "verify.not_yet_valid",
    )
    CHAIN_CONSTRAINTS = translate(
        "Message",
        "the certificate is not allowed to sign documents (key usage or chain constraints)",
        "verify.chain_constraints",
    )
    KEY_USAGE = translate(
        "Message",
        "the certificate is not allowed to sign documents (key usage)",
        "verify.key_usage",
    )
    PARTIAL_COVERAGE = translate(
        "Message",
        "the signature does not cover a whole revision of the file",
        "verify.partial_coverage",
    )
    CHANGED_AFTER_SIGNING = translate(
        "Message",
        "the file was changed after this signature (an incremental update that is not form"
        " filling)",
        "verify.changed_after_signing",
    )
    CHANGED_AFTER_LOCK = translate(
        "Message",
        "the file was changed after this signature locked it",
        "verify.changed_after_lock",
    )
    SEED_VALUE = translate(
        "Message",
        "the signature breaks the field's seed value rules ({error})",
        "verify.seed_value",
    )

    # -- signatures that last: CRL, TSA, B-T/B-LTA, revocation (issue 13) --------------------
    TSA_NOT_TIMESTAMPING = translate(
        "Message",
        "this file holds no timestamping certificate of the team (issue one on the team CA"
        " laptop with: {command})",
        "pki.tsa_not_timestamping",
    )
    CRL_UNREADABLE = translate(
        "Message", "the revocation list (CRL) cannot be read", "pki.crl_unreadable"
    )
    CRL_NOT_FROM_TEAM = translate(
        "Message",
        "the revocation list (CRL) was not signed by the team CA",
        "pki.crl_not_from_team",
    )
    CRL_RECORD_MISMATCH = translate(
        "Message",
        "the recorded revocation list (CRL) does not match its content (id, team CA, number or"
        " date)",
        "pki.crl_record_mismatch",
    )
    LTA_COPY_MISMATCH = translate(
        "Message",
        "a long-term (B-LTA) copy must extend its document: same kind, subject, number and"
        " signer, written in the signer's name",
        "signing.lta_copy_mismatch",
    )
    LTA_FAILED = translate(
        "Message",
        "the long-term (B-LTA) copy could not be made: {error}",
        "signing.lta_failed",
    )
    NO_SUCH_CERTIFICATE = translate(
        "Message",
        "no certificate {fingerprint} is recorded in this store (list them with: {command})",
        "pki.no_such_certificate",
    )
    ALREADY_REVOKED = translate(
        "Message",
        "this certificate was already revoked on {date}; a revocation cannot be changed",
        "pki.already_revoked",
    )
    REVOCATION_FINAL = translate(
        "Message",
        "a revocation is final: a revoked certificate cannot be restored or changed",
        "pki.revocation_final",
    )
    CERTIFICATE_FIXED = translate(
        "Message",
        "a recorded certificate cannot be changed, only revoked (with a reason)",
        "pki.certificate_fixed",
    )
    REVOKED_DONE = translate(
        "Message",
        "The certificate of {officer} is revoked as of {time} (Beijing time).",
        "pki.revoked_done",
    )
    CRL_MADE = translate(
        "Message",
        "Revocation list no. {number} made, listing {count} revoked certificate(s); it"
        " reaches every laptop and the hub with the next sync.",
        "pki.crl_made",
    )
    CRL_PENDING = translate(
        "Message",
        "The revocation list is made where the team CA key is: on that laptop run {command}.",
        "pki.crl_pending",
    )
    TSA_ISSUED = translate(
        "Message",
        "Timestamping certificate for the hub written to {path}. Start the hub with: {command}",
        "pki.tsa_issued",
    )
    REASON_UNSPECIFIED = translate("Message", "unspecified", "pki.reason_unspecified")
    REASON_KEY_COMPROMISE = translate(
        "Message", "key compromise (laptop or key file lost)", "pki.reason_key_compromise"
    )
    REASON_AFFILIATION_CHANGED = translate(
        "Message", "left the agency", "pki.reason_affiliation_changed"
    )
    REASON_SUPERSEDED = translate(
        "Message", "replaced by a new certificate", "pki.reason_superseded"
    )
    REASON_CESSATION = translate("Message", "no longer needed", "pki.reason_cessation_of_operation")

    # -- verify: level, time source, revocation, what the store knows (issue 13) -------------
    LEVEL = translate("Message", "PAdES level {level}", "verify.level")
    TIME_FROM_TSA = translate(
        "Message",
        "signed at {time} (Beijing time), time from the timestamp authority {tsa}",
        "verify.time_from_tsa",
    )
    TIME_FROM_CLOCK = translate(
        "Message",
        "signed at {time} (Beijing time) by the signing laptop's own clock (no timestamp)",
        "verify.time_from_clock",
    )
    TIME_UNKNOWN = translate("Message", "the signing time is not stated", "verify.time_unknown")
    DOCUMENT_TIMESTAMP = translate(
        "Message",
        "document timestamp of {time} (Beijing time) by {tsa}: the file existed as it is then",
        "verify.document_timestamp",
    )
    VALIDATED_AT = translate(
        "Message", "signatures validated as at {time} (Beijing time)", "verify.validated_at"
    )
    REVOCATION_GOOD = translate(
        "Message",
        "not revoked (revocation list no. {number} of {date})",
        "verify.revocation_good",
    )
    REVOCATION_REVOKED = translate(
        "Message",
        "certificate revoked at {time} (Beijing time), reason: {reason}",
        "verify.revocation_revoked",
    )
    REVOCATION_UNKNOWN = translate(
        "Message",
        "revocation status unknown: this store holds no revocation list of the team CA",
        "verify.revocation_unknown",
    )
    REVOKED_BEFORE_SIGNING = translate(
        "Message",
        "the signer's certificate was revoked at {revoked} (Beijing time), before this"
        " signature's own timestamp of {signed}",
        "verify.revoked_before_signing",
    )
    REVOKED_BEFORE_CLOCK = translate(
        "Message",
        "the signer's certificate was revoked at {revoked} (Beijing time), before the time"
        " {signed} that the signing laptop's own clock gives for this signature (no timestamp)",
        "verify.revoked_before_clock",
    )
    REVOKED_BEFORE_PROOF = translate(
        "Message",
        "the signer's certificate was revoked at {revoked} (Beijing time), and the earliest"
        " proof that this signature existed is the document timestamp of {proven}, after the"
        " revocation (the signing laptop's clock says {claimed}, which no timestamp confirms)",
        "verify.revoked_before_proof",
    )
    REVOKED_TIME_UNKNOWN = translate(
        "Message",
        "the signer's certificate was revoked at {revoked} (Beijing time), and this signature"
        " states no time that shows it was made before",
        "verify.revoked_time_unknown",
    )
    EXPIRED_HINT = translate(
        "Message",
        "this {level} document is invalid only because the signer's certificate had expired"
        " by the validation time: it holds no long-term proof; the office hub keeps a"
        " long-term (B-LTA) copy of every signed document, which stays valid (export that"
        " copy from the hub or a synced laptop and verify it)",
        "verify.expired_hint",
    )
    REVOKED_NO_PROOF = translate(
        "Message",
        "the signer's certificate was revoked for key compromise at {time} (Beijing time),"
        " and no timestamp proves this signature was made before",
        "verify.revoked_no_proof",
    )
    CASE_UNKNOWN = translate(
        "Message",
        "this store does not know this document: it was not issued here and has not arrived"
        " by sync; it may be a copy from elsewhere",
        "verify.case_unknown",
    )
    CASE_DOCUMENT = translate(
        "Message",
        "document {number} of this store, signed on {date}",
        "verify.case_document",
    )
    CASE_SUPERSEDED = translate(
        "Message",
        "SUPERSEDED by decision {number}: this one no longer applies",
        "verify.case_superseded",
    )
    CASE_SERVED = translate("Message", "served on {date}", "verify.case_served")
    CASE_NOT_SERVED = translate("Message", "not served yet", "verify.case_not_served")
    CASE_CLOSED = translate("Message", "case closed on {date}", "verify.case_closed")
    CASE_LTA_COPY = translate(
        "Message",
        "the hub's long-term (B-LTA) copy of document {sha}",
        "verify.case_lta_copy",
    )
    CASE_HAS_LTA = translate(
        "Message",
        "a long-term (B-LTA) copy exists ({sha}); export and verify that one",
        "verify.case_has_lta",
    )
