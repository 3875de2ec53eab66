"""Team certificates (文书 ▸ 证书管理): the team CA and each officer's signing certificate.

A team lead creates the team certificate authority once, on the laptop that will issue the
officers' certificates (its key stays there, encrypted), then issues each officer a signing
certificate: a PKCS#12 (.p12) file saved where the lead chooses and handed to the officer,
who imports it on their own laptop (Documents ▸ Import certificate…). The dialog shows the
team's CA, whether this laptop holds its key, and every officer's newest certificate and
whether it was imported here.

Key generation and certificate parsing run on the writer thread (they are slow, and they
write ``<data dir>/pki``); passphrases are handed to the job as bytes and cleared after.
"""
