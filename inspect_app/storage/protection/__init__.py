"""Protection at rest: the data key, what it encrypts, and how it is unlocked.

The scheme (one data folder, one random 256-bit **data key**):

- ``protection.json`` beside the store (:mod:`.keyfile`) holds the data key **wrapped**
  (AES-256-GCM) under a key derived from the officer's passphrase (Argon2id, RFC 9106;
  parameters in the file, chosen in :mod:`.kdf`), and again for the team's **recovery key**
  (X25519, HPKE RFC 9180 base mode, held by the team lead). Nothing in the file reveals the
  data key; changing the passphrase rewrites only this file.
- The store file is encrypted page by page with AEGIS-256 by SQLite3 Multiple Ciphers
  (:mod:`inspect_app.sqlite_engine`; stores of schema v11–v12 keep SQLCipher 4), keyed with a
  raw 256-bit key derived from the data key (HKDF-SHA256, one ``info`` per cipher:
  :meth:`.keyfile.DataKey.key_literal`): no second passphrase derivation on open. The
  replica's signing key and every other private key live inside it.
- Every other file under the data folder that holds case data — evidence originals, the
  hub's copies, thumbnails, print copies, signed documents — is a sealed stream
  (:mod:`.sealed_stream`): AES-256-GCM in 64 KiB chunks under a per-file key (HKDF of the
  data key and a random salt), still **named by the SHA-256 of the plaintext**, so content
  addressing, deduplication, the op log and sync are unchanged.
- Bundles are sealed streams too, their file key wrapped (HPKE) for each recipient replica.

An unlocked key is held in memory only (:mod:`.session`), per data folder, and forgotten on
lock. A store created with ``--no-encryption`` has a ``protection.json`` that says so
(:data:`.keyfile.MODE_CLEAR`), shown in the window's status bar and by ``db check``.
"""
