"""What the province hub tells its operator and its laptops when something is wrong (issue 15).

Leftovers found by walking the hub (helper S8): a pull cursor without its op id is checked like
a cursor mismatch on both hub logs; a number past the allowed range names the range; a hub
key file that is not there is named with what to do; what no retry can mend (a ``mysql://``
address, an object store without access keys or without its bucket, a bucket name S3 does not
allow) says what to fix instead of "try again later"; ``db check`` on a PostgreSQL hub
process's cache folder does not count the photos that live in the hub's photo store.

Real PostgreSQL (``pg_url``), real S3 (moto, ``s3_bucket``), real hubs on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_fixtures import World, add_finding_with_photos, make_world
from s3_server import ACCESS_KEY, REGION, SECRET_KEY, S3Bucket

from inspect_app import cli
from inspect_app.cli.messages import render
from inspect_app.domain.messages import CHINESE
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.keyed_reasons import decode_message
from inspect_app.sync import hub_client
from inspect_app.sync.hub import HubError, HubThread
from inspect_app.sync.hub_blobs import BlobsUnavailableError, open_hub_blobs, shared_blobs_key
from inspect_app.sync.hub_client import HubSession
from inspect_app.sync.hub_pg import open_pg_hub


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """A world on each hub log: SqliteHubLog, then PgHubLog."""
    database = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    made = make_world(tmp_path, database=database)
    yield made
    made.close()


# -- GET /ops: the cursor and its numbers -------------------------------------------------------
def test_a_cursor_without_its_op_id_is_a_cursor_mismatch_and_a_full_pull_converges(
    world: World,
) -> None:
    """``after`` > 0 with no ``after_op`` cannot be checked against the log: 409, pull anew."""
    hub_client.both(world.a, world.url)
    with HubSession(world.a, world.url) as session:
        session.hello()
        page = session.get_ops(0, None, 1000)
        assert page is not None and int(page["next"]) > 1
        for after in (1, int(page["next"])):  # a position in the log, and its end
            answer = session.request("GET", "/ops", params={"after": str(after)}, expect=(200, 409))
            assert answer.status_code == 409, answer.text
            assert answer.json()["reason"] == "cursor_mismatch"
            keyed = decode_message(answer.json()["keyed"])
            assert keyed is not None and keyed.id == SyncMsg.HUB_CURSOR_MISMATCH.id
        # with its op id the same cursor is served: only the check was missing
        assert session.get_ops(int(page["next"]), str(page["next_op"]), 10) is not None
    hub_client.both(world.b, world.url)
    assert world.b.op_count() == world.hub.op_count()


def test_a_number_past_the_range_names_the_range(world: World) -> None:
    hub_client.both(world.a, world.url)
    with HubSession(world.a, world.url) as session:
        session.hello()
        answer = session.request("GET", "/ops", params={"after": str(2**64)}, expect=(400,))
    keyed = decode_message(answer.json()["keyed"])
    assert keyed is not None and keyed.id == SyncMsg.HUB_PARAM_NOT_NUMBER.id
    assert "from 0 to 999,999,999,999,999" in keyed.english()
    assert "≥" not in keyed.english()
    assert "0 至 999" in render(keyed, CHINESE).replace(",", "")


# -- the hub key file ---------------------------------------------------------------------------
def test_a_hub_key_path_that_does_not_exist_is_named_with_what_to_do(
    tmp_path: Path, pg_url: str
) -> None:
    first = open_pg_hub(tmp_path / "hub-1", pg_url)
    first.close()
    first.store.close()
    absent = tmp_path / "typo" / "hub.key"
    with pytest.raises(HubError) as missing:
        open_pg_hub(tmp_path / "hub-2", pg_url, absent)
    said = missing.value.keyed_message
    assert said is not None and said.id == SyncMsg.HUB_KEY_MISSING.id
    assert said.params["path"] == absent
    english = said.english()
    assert f"the hub key file {absent} does not exist" in english
    assert "copy that hub's key file to" in english and "--hub-key FILE" in english
    assert f"同步服务器密钥文件 {absent} 不存在" in render(said, CHINESE)


# -- what no retry mends --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "url", ["mysql://hub:secret@10.0.0.5/inspect", "sqlite:///srv/hub.db", "host=/nowhere =x"]
)
def test_a_database_address_that_is_not_postgresqls_says_what_to_give(
    tmp_path: Path, url: str
) -> None:
    with pytest.raises(HubError) as bad:
        open_pg_hub(tmp_path / "hub", url)
    said = bad.value.keyed_message
    assert said is not None and said.id == SyncMsg.HUB_DATABASE_BAD_URL.id, said
    assert "try again later" not in said.english() and "secret" not in said.english()
    assert "postgresql://USER@HOST:5432/DATABASE" in said.english()


@pytest.fixture
def no_aws_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No access keys anywhere boto3 looks (environment, files, instance metadata)."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    for name in ("AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)


def _spec(bucket: S3Bucket, name: str | None = None) -> str:
    return f"s3://{name or bucket.bucket}/hub?endpoint={bucket.endpoint_url}&region={REGION}"


def test_an_object_store_without_access_keys_says_to_set_them(
    tmp_path: Path, s3_bucket: S3Bucket, no_aws_credentials: None
) -> None:
    with pytest.raises(BlobsUnavailableError) as none:
        open_hub_blobs(_spec(s3_bucket), tmp_path, None)
    said = none.value.keyed_message
    assert said is not None and said.id == SyncMsg.HUB_BLOBS_NO_CREDENTIALS.id, said
    assert "AWS_ACCESS_KEY_ID" in said.english() and "try again later" not in said.english()


def test_a_missing_or_misnamed_bucket_says_to_create_it_or_fix_the_name(
    tmp_path: Path, s3_bucket: S3Bucket, aws_env: None
) -> None:
    with pytest.raises(BlobsUnavailableError) as missing:
        open_hub_blobs(_spec(s3_bucket, "no-such-bucket-s8"), tmp_path, None)
    said = missing.value.keyed_message
    assert said is not None and said.id == SyncMsg.HUB_BLOBS_NO_BUCKET.id, said
    assert said.params["bucket"] == "no-such-bucket-s8"
    assert "try again later" not in said.english()
    for name in ("ab", "-bucket", "bucket-", "Bucket_1"):  # not names S3 allows
        with pytest.raises(BlobsUnavailableError) as bad:
            open_hub_blobs(_spec(s3_bucket, name), tmp_path, None)
        assert bad.value.keyed_message is not None
        assert bad.value.keyed_message.id == SyncMsg.HUB_BLOBS_BAD_URL.id, name


# -- db check on a hub process's cache folder ------------------------------------------------
def test_db_check_on_a_hub_process_cache_does_not_count_the_photos_of_the_photo_store(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    world = make_world(tmp_path, database=pg_url)
    try:
        hub_log = world.server.hub.log
        shared = tmp_path / "shared-photos"
        blobs = open_hub_blobs(str(shared), world.hub.data_dir, shared_blobs_key(hub_log.key))
        world.server.stop()
        world.server = HubThread(world.hub, blobs=blobs, hub_log=hub_log).start()
        add_finding_with_photos(
            world.a, world.lead, world.patrol, world.site, ["recurser_Landscape_6.jpg"]
        )
        assert hub_client.both(world.a, world.url)["ok"]
        assert list((shared / "photos").iterdir())  # the photo is in the photo store
        missing = [sha for sha, _ in world.hub.check().photo_problems]
        assert missing  # the store alone sees it missing from the cache folder
        assert cli.main(["--data-dir", str(world.hub.data_dir), "--json", "db", "check"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["ok"] and out["photo_problems"] == []
        assert out["photos_elsewhere"]["message_id"] == SyncMsg.HUB_CACHE_PHOTOS_ELSEWHERE.id
        assert (
            cli.main(["--data-dir", str(world.hub.data_dir), "--lang", "zh_CN", "db", "check"]) == 0
        )
        shown = capsys.readouterr().out
        assert "照片存放位置：本文件夹是使用数据库的同步服务器进程的本地缓存" in shown, shown
        # a laptop's folder: photos missing there are still problems, and nothing is said
        assert cli.main(["--data-dir", str(world.a.data_dir), "--json", "db", "check"]) == 0
        assert "photos_elsewhere" not in json.loads(capsys.readouterr().out)
    finally:
        world.close()
