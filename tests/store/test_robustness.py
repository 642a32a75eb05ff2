"""Bad input and bad luck: newer databases, wrong keys, a full disk, kill -9, and
what lands on disk (nothing readable) — each leaves the replica whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from fieldvisit import campaigns, integrity, needs, payments, visits
from fieldvisit.cli import main
from fieldvisit.errors import ReplicaError, ValidationError
from fieldvisit.households import edit
from fieldvisit.store import migrate
from fieldvisit.store.engine import connect_raw
from fieldvisit.store.models import Household, Need, Operation, Payment, Visit
from fieldvisit.store.replica import Replica
from tests.importing.builders import make_id

ROOT = Path(__file__).resolve().parents[2]


def _counts(r: Replica) -> tuple[int, ...]:
    with r.reader() as s:
        return tuple(
            int(s.execute(select(func.count()).select_from(m)).scalar() or 0)
            for m in (Household, Visit, Payment, Need, Operation)
        )


def _household(r: Replica) -> tuple[str, str]:
    with r.session() as s:
        hid = edit.create_household(s, edit.HouseholdInput(name="刘小山", id_number=make_id()))
        camp = campaigns.create_campaign(
            s, campaigns.CampaignInput(name="送温暖", budget_fen=10**7, cap_fen=200_000)
        )
    return hid, camp


def _visit(hid: str, camp: str, **kw: object) -> visits.VisitInput:
    pay = kw.pop("payment", payments.PaymentInput(cash_fen=100_000))
    return visits.VisitInput(
        household_id=hid,
        visited_on=date(2026, 1, 5),
        campaign_id=camp,
        payment=pay,  # type: ignore[arg-type]
        needs=[needs.NeedInput("子女就学", "学费")],
        **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("payment", "words"),
    [
        (payments.PaymentInput(cash_fen=-100), "negative"),
        (payments.PaymentInput(cash_fen=10**13), "larger than"),
        (payments.PaymentInput(cash_fen=250_000), "cap"),
    ],
)
def test_bad_amounts_change_nothing(
    replica: Replica, payment: payments.PaymentInput, words: str
) -> None:
    hid, camp = _household(replica)
    before = _counts(replica)
    with pytest.raises(ValidationError, match=words), replica.session() as s:
        visits.record_visit(s, _visit(hid, camp, payment=payment))
    assert _counts(replica) == before


def test_over_cap_with_reason_is_accepted(replica: Replica) -> None:
    hid, camp = _household(replica)
    pay = payments.PaymentInput(cash_fen=250_000, override_reason="重病，经工会主席批准")
    with replica.session() as s:
        visits.record_visit(s, _visit(hid, camp, payment=pay))
    with replica.reader() as s:
        assert s.execute(select(Payment.override_reason)).scalar() == "重病，经工会主席批准"


def test_ten_thousand_character_note_is_refused(replica: Replica) -> None:
    hid, camp = _household(replica)
    before = _counts(replica)
    with pytest.raises(ValidationError) as e, replica.session() as s:
        visits.record_visit(s, _visit(hid, camp, notes="很" * 10_000))
    assert "Notes" in str(e.value) and "5000" in str(e.value)
    assert _counts(replica) == before


def test_newer_database_is_refused(replica: Replica, capsys: pytest.CaptureFixture[str]) -> None:
    base = replica.base
    replica.close()
    conn = connect_raw(base / "replica.db", "test-passphrase", raw=False)
    conn.execute(f"PRAGMA user_version = {migrate.LATEST + 1}")
    conn.close()
    with pytest.raises(ReplicaError, match="newer version"):
        Replica.open(base)
    assert main(["--data-dir", str(base), "search", "x"]) == 2
    err = capsys.readouterr().err.strip()
    assert "newer version" in err and len(err.splitlines()) == 1


def test_latest_matches_newest_revision() -> None:
    assert migrate.head_serial() == migrate.LATEST


def test_wrong_passphrase(
    replica: Replica, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ReplicaError, match="Wrong passphrase"):
        Replica.open(replica.base, passphrase="not-the-passphrase")
    monkeypatch.setenv("FIELDVISIT_PASSPHRASE", "not-the-passphrase")
    assert main(["--data-dir", str(replica.base), "check"]) == 2
    assert "Wrong passphrase" in capsys.readouterr().err


def test_disk_full_leaves_no_partial_visit(replica: Replica) -> None:
    hid, camp = _household(replica)
    before = _counts(replica)
    big = [needs.NeedInput("医疗救助", "需" * 4000) for _ in range(12)]
    with pytest.raises(Exception, match="full"), replica.session() as s:
        pages = s.execute(text("PRAGMA page_count")).scalar()
        s.execute(text(f"PRAGMA max_page_count = {int(pages or 0) + 3}"))
        data = _visit(hid, camp)
        data.needs = big
        visits.record_visit(s, data)
    replica.engine.dispose()  # drop the connection that carries the page limit
    assert _counts(replica) == before
    with replica.session() as s:
        assert integrity.run(s) == []
        visits.record_visit(s, _visit(hid, camp))  # room again: the visit lands whole
    after = _counts(replica)
    assert after[1:4] == (before[1] + 1, before[2] + 1, before[3] + 1)


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fieldvisit.households import edit
    from fieldvisit.store.replica import Replica

    r = Replica.open(Path(sys.argv[1]))
    i = 0
    while True:
        with r.session() as s:
            for _ in range(20):
                edit.create_household(s, edit.HouseholdInput(name=f"户{i}", notes="x" * 2000))
                i += 1
        print(i, flush=True)
    """
)


def test_kill_9_mid_write_leaves_a_consistent_replica(replica: Replica) -> None:
    base = replica.base
    replica.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(base)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    committed = 0
    try:
        while committed < 200:
            line = proc.stdout.readline()
            assert line, "the writer died on its own"
            committed = int(line)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    r = Replica.open(base)
    try:
        with r.session() as s:
            assert integrity.run(s) == []
            n = s.execute(select(func.count()).select_from(Household)).scalar()
        assert n is not None and n >= committed and n % 20 == 0
    finally:
        r.close()
    assert main(["--data-dir", str(base), "check"]) == 0


def _scan(base: Path, secrets: list[bytes]) -> list[str]:
    found = []
    for path in base.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {s!r}" for s in secrets if s in data]
    return found


def test_no_plaintext_on_disk(replica: Replica) -> None:
    name, idn = "欧阳秀兰", make_id("330106", "19720315", "246")
    with replica.session() as s:
        for i in range(50):
            edit.create_household(
                s,
                edit.HouseholdInput(
                    name=name if i == 0 else f"欧阳{i}",
                    id_number=idn if i == 0 else None,
                    address="杭州市西湖区文新街道88号",
                ),
            )
    secrets = [
        name.encode("utf-8"),
        name.encode("utf-16-le"),
        name.encode("utf-16-be"),
        idn.encode("ascii"),
        idn.encode("utf-16-le"),
        "文新街道".encode(),
    ]
    files = {p.name for p in replica.base.iterdir()}
    assert "replica.db-wal" in files  # the write-ahead log is there and scanned too
    assert _scan(replica.base, secrets) == []
    replica.close()
    assert _scan(replica.base, secrets) == []


def test_key_goes_to_the_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Backend(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    backend = Backend()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("FIELDVISIT_NO_KEYRING")
    monkeypatch.delenv("FIELDVISIT_PASSPHRASE")
    try:
        base = tmp_path / "kr"
        r = Replica.create(base, device="K1", team="一组")
        assert r.info.unlock == "keyring"
        with r.session() as s:
            edit.create_household(s, edit.HouseholdInput(name="张三"))
        r.close()
        (key,) = backend.store.values()
        assert len(key) == 64 and key.encode() not in (base / "replica.json").read_bytes()
        with Replica.open(base) as again, again.reader() as s:  # no passphrase anywhere
            assert s.execute(select(Household.name)).scalar() == "张三"
        backend.store.clear()
        with pytest.raises(ReplicaError, match="not in the system keyring"):
            Replica.open(base)
    finally:
        keyring.set_keyring(previous)


def test_two_writers_that_overlap_wait_for_each_other(replica: Replica) -> None:
    """A save made while another unit of work has read and is about to write waits
    for it instead of failing at once with "database is locked".

    With a deferred BEGIN the first unit holds a read snapshot; once the second
    commits, the first can no longer write (SQLite's stale-snapshot case) and no
    busy timeout helps. Seen when the user saved while a pull batch folded."""
    import threading

    hid, _camp = _household(replica)
    errors: list[BaseException] = []
    saved = threading.Event()

    def other_save() -> None:
        try:
            with replica.session() as s:
                edit.create_household(s, edit.HouseholdInput(name="王小河", id_number=make_id()))
            saved.set()
        except BaseException as e:  # reported by the assertion below
            errors.append(e)

    with replica.session() as s:
        assert s.get(Household, hid) is not None  # the unit has read: it holds a snapshot
        t = threading.Thread(target=other_save)
        t.start()
        saved.wait(1.0)  # old code: it lands here, and the write below fails at once
        edit.update_household(s, hid, {"name": "刘小川"})
    t.join(30)
    assert not errors, errors
    assert saved.is_set()
    with replica.reader() as s:
        names = set(s.execute(select(Household.name)).scalars())
    assert {"刘小川", "王小河"} <= names
