"""An existing replica cannot be enrolled into another hub's organisation."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from fieldvisit.errors import FieldVisitError
from fieldvisit.store.replica import Replica
from fieldvisit.sync import client, enrol, hub
from tests.conftest import PG_URL
from tests.sync.util import household


@pytest.fixture
def other_hub(pg_available: str) -> Iterator[str]:
    name = f"fv_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_available, autocommit=True) as c:
        c.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    hub.init(url, "另一个区总工会")
    try:
        yield url
    finally:
        hub.drop_roles(url)
        with psycopg.connect(pg_available, autocommit=True) as c:
            c.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def test_enrolling_a_replica_from_another_hub_is_refused(enrolled, other_hub, tmp_path):
    a = enrolled("HZ01")
    household(a, "户一")
    client.sync(a)
    cursor, conninfo = a.settings.get("hub_pos"), a.settings["hub_conninfo"]
    # The other hub's administrator enrols a device with this laptop's id.
    e = hub.enroll(other_hub, device="HZ01", team="第一走访组", device_id=a.device_id)
    code = enrol.new_code()
    f = tmp_path / "other.fvenrol"
    enrol.seal(e.data, f, code)
    base = a.base
    a.close()
    with pytest.raises(FieldVisitError) as err:
        enrol.enrol_from_file(base, f, code)
    assert "另一个区总工会" in str(err.value) and "测试区总工会" in str(err.value)
    # Nothing of the other hub was kept: same hub, same cursor, still syncs.
    with Replica.open(base) as again:
        assert again.settings["hub_conninfo"] == conninfo
        assert again.settings.get("hub_pos") == cursor
        client.sync(again)
