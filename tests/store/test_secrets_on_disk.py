"""Secrets and personal data on disk: no plaintext keyring, private modes, no leftovers."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from fieldvisit import backup, private_files
from fieldvisit.files import written_atomically
from fieldvisit.households import edit
from fieldvisit.store import secrets
from fieldvisit.store.replica import PassphraseRequired, Replica
from fieldvisit.sync import enrol

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.fixture
def plaintext_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """keyrings.alt's PlaintextKeyring as the system keyring, its file under tmp_path."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("FIELDVISIT_NO_KEYRING", raising=False)
    monkeypatch.delenv("FIELDVISIT_PASSPHRASE", raising=False)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def test_a_plaintext_keyring_is_refused_and_the_passphrase_used(
    plaintext_keyring: Any, tmp_path: Path
) -> None:
    assert not secrets.keyring_usable()
    assert "PlaintextKeyring" in (secrets.keyring_problem() or "")
    with pytest.raises(PassphraseRequired) as caught:
        Replica.create(tmp_path / "r", device="K1", team="一组")
    assert "plain" in str(caught.value) and "PlaintextKeyring" in str(caught.value)
    r = Replica.create(tmp_path / "r2", device="K1", team="一组", passphrase="长一点的口令")
    try:
        assert r.info.unlock == "passphrase"
        enrol.store_password(r, "hub-secret-password")  # an enrolment's hub password
        assert r.settings["hub_password_in"] == "replica"
    finally:
        r.close()
    stored = Path(plaintext_keyring.file_path)
    assert not stored.exists() or b"hub-secret" not in stored.read_bytes()


def test_a_chain_that_writes_to_a_plaintext_file_is_refused(
    plaintext_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import chainer

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext_keyring])
    keyring.set_keyring(chainer.ChainerBackend())
    assert not secrets.keyring_usable()


def test_a_low_priority_backend_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Weak(KeyringBackend):
        priority = 0.9  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("never asked to store")

        def delete_password(self, service: str, username: str) -> None:
            pass

    previous = keyring.get_keyring()
    keyring.set_keyring(Weak())
    monkeypatch.delenv("FIELDVISIT_NO_KEYRING", raising=False)
    try:
        assert not secrets.keyring_usable()
    finally:
        keyring.set_keyring(previous)


def test_data_folder_is_private_and_data_files_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual desktop umask: files would be 0644
    try:
        base = tmp_path / "data"
        r = Replica.create(base, device="K1", team="一组")
        with r.session() as s:
            edit.create_household(s, edit.HouseholdInput(name="张三"))
        assert _mode(base) == 0o700
        files = [f for f in private_files.replica_files(base) if f.exists()]
        assert {f.name for f in files} >= {"replica.db", "replica.db-wal", "replica.json"}
        for f in files:
            assert _mode(f) == 0o600, f
        out = tmp_path / "export.csv"
        with written_atomically(out) as part:
            part.write_text("张三", "utf-8")
        assert _mode(out) == 0o600
        result = backup.backup(r, tmp_path / "backups")
        assert _mode(result.folder) == 0o700
        for f in result.folder.iterdir():
            assert _mode(f) == 0o600, f
        r.close()
        # an older install's 0644 files are made private when it is opened again
        files = [f for f in files if f.exists()]
        for f in files:
            os.chmod(f, 0o644)
        os.chmod(base, 0o755)
        Replica.open(base).close()
        assert _mode(base) == 0o700
        assert [_mode(f) for f in files] == [0o600] * len(files)
    finally:
        os.umask(old)


def test_a_leftover_preview_is_removed_at_the_next_start(tmp_path: Path) -> None:
    base = tmp_path / "data"
    Replica.create(base, device="K1", team="一组").close()
    with Replica.open(base):
        folder = private_files.tmpdir("fv-receipt-", base)
        (folder / "HZ01-2025-000001.pdf").write_bytes(b"%PDF personal data")
        assert folder.is_relative_to(base / "tmp") and _mode(folder) == 0o700
        assert _mode(base / "tmp") == 0o700
    # a crash: the process never removed it; a stray file at the top as well
    (base / "tmp" / "stray.png").write_bytes(b"x")
    stale = folder.parent
    private_files._own.pop(base)[1].close()  # the crashed process's lock goes with it
    with Replica.open(base):
        assert not stale.exists() and not (base / "tmp" / "stray.png").exists()


def test_a_folder_another_running_process_holds_is_kept(tmp_path: Path) -> None:
    import subprocess
    import sys

    base = tmp_path / "data"
    Replica.create(base, device="K1", team="一组").close()
    other = base / "tmp" / "run-other"
    other.mkdir(parents=True)
    (other / "preview.pdf").write_bytes(b"%PDF")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl,sys,time; f=open(sys.argv[1],'wb'); "
            "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)",
            str(other / private_files.LOCK_NAME),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        Replica.open(base).close()
        assert (other / "preview.pdf").exists()  # the GUI still shows it
    finally:
        holder.kill()
        holder.wait()
    Replica.open(base).close()
    assert not other.exists()
