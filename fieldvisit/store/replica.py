"""The local replica: one encrypted database per laptop, opened and unlocked.

``Replica.session()`` is the unit of work the CLI, the GUI worker and the tests
all use: it opens a Session ready for change capture and commits it as one
transaction (a visit with its payments and needs lands whole or not at all).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from fieldvisit import __version__, paths, private_files
from fieldvisit.errors import ReplicaError
from fieldvisit.i18n import translate
from fieldvisit.store import busy, damage, journal, migrate, secrets
from fieldvisit.store.early import take as take_early
from fieldvisit.store.engine import WRITE, connect_raw, key_pragma, make_engine
from fieldvisit.store.hlc import Clock
from fieldvisit.store.models import Setting
from fieldvisit.store.oplog import GUARD_KEY, WRITER_KEY, Writer, create
from fieldvisit.text import normalize

TEAM_NS = uuid.UUID("2d5b8f0e-7c4a-4e51-a1f3-0b9d6c2e8a47")


class PassphraseRequired(ReplicaError):
    """The replica is passphrase-protected and none was given."""


def team_id_for(name: str) -> str:
    """Teams created by name on different laptops get the same id, so they meet at the hub."""
    return str(uuid.uuid5(TEAM_NS, normalize(name).casefold()))


@dataclass(frozen=True)
class ReplicaInfo:
    """The non-secret side file: which replica this is and how it is unlocked."""

    replica_id: str
    unlock: str  # "keyring" | "passphrase"
    created_by: str

    @classmethod
    def load(cls, path: Path) -> ReplicaInfo:
        try:
            data = json.loads(path.read_text("utf-8"))
            return cls(
                str(data["replica_id"]), str(data["unlock"]), str(data.get("created_by", ""))
            )
        except (OSError, ValueError, KeyError) as exc:
            raise ReplicaError(
                translate("Replica", "The replica's description file is missing or damaged.")
            ) from exc

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.__dict__, indent=2), "utf-8")
        private_files.secure_file(tmp)
        tmp.replace(path)


class Replica:
    def __init__(
        self, base: Path, engine: Engine, info: ReplicaInfo, *, clock: Clock | None = None
    ):
        self.base = base
        self.engine = engine
        self.info = info
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(
            engine.execution_options(**{WRITE: True}), expire_on_commit=False
        )
        with self._sessions() as s:
            settings = {row.key: row.value for row in s.execute(select(Setting)).scalars()}
        self.settings: dict[str, Any] = settings
        self.writer = Writer(str(settings.get("device_id", "")), clock)

    # ------------------------------------------------------------ lifecycle
    @staticmethod
    def exists(base: Path) -> bool:
        """Is (or was) there a replica here? Either file says so: a folder whose
        replica.db vanished or emptied is damaged, never a place for a new one."""
        return paths.replica_db(base).exists() or paths.replica_info(base).exists()

    @classmethod
    def create(
        cls,
        base: Path,
        *,
        device: str,
        team: str,
        organisation: str = "",
        role: str = "field",
        passphrase: str | None = None,
        device_id: str | None = None,
        team_id: str | None = None,
    ) -> Replica:
        """Make a new encrypted replica for this device in ``base``."""
        device, team = normalize(device), normalize(team)
        if not device:
            raise ReplicaError(translate("Replica", "A device name is required."))
        if not team:
            raise ReplicaError(translate("Replica", "A team name is required."))
        if cls.exists(base):
            raise ReplicaError(
                translate("Replica", "A replica already exists in %1.").replace("%1", str(base))
            )
        private_files.secure_folder(base)
        replica_id = str(uuid.uuid4())
        passphrase = passphrase or secrets.passphrase_from_env()
        if passphrase:
            key, raw, unlock = passphrase, False, "passphrase"
        elif secrets.keyring_usable():
            key, raw, unlock = secrets.new_raw_key(), True, "keyring"
            secrets.store_key(replica_id, key)
        else:
            raise PassphraseRequired(
                translate(
                    "Replica",
                    "No usable system keyring: %1 Choose a passphrase "
                    "(or set FIELDVISIT_PASSPHRASE for unattended use).",
                ).replace("%1", secrets.keyring_problem() or "")
            )
        info = ReplicaInfo(replica_id, unlock, __version__)
        db = paths.replica_db(base)
        private_files.create_private(db)  # 0600 from the start; SQLite gives -wal/-shm its mode
        engine = make_engine(db, key, raw=raw)
        migrate.upgrade(engine)
        info.save(paths.replica_info(base))
        private_files.open_data_folder(base)
        dev_id = device_id or str(uuid.uuid4())
        tid = team_id or team_id_for(team)
        with Session(engine) as s, s.begin():
            for k, v in {
                "replica_id": replica_id,
                "device_id": dev_id,
                "device_name": device,
                "team_id": tid,
                "team_name": team,
                "organisation": normalize(organisation),
                "role": role,
                "receipt_prefix": "",
            }.items():
                s.add(Setting(key=k, value=v))
        replica = cls(base, engine, info)
        with replica.session() as s:
            create(s, "team", tid, {"name": team})
            create(s, "device", dev_id, {"name": device, "team_id": tid, "role": role})
        return replica

    @classmethod
    def open(
        cls, base: Path, *, passphrase: str | None = None, clock: Clock | None = None
    ) -> Replica:
        """Unlock and open, upgrading an older schema; refuse a newer one clearly."""
        db = paths.replica_db(base)
        damage.check_file(base)
        if not db.exists():
            raise ReplicaError(
                translate("Replica", "No replica in %1. Run 'fieldvisit init' first.").replace(
                    "%1", str(base)
                )
            )
        info = ReplicaInfo.load(paths.replica_info(base))
        private_files.open_data_folder(base)  # modes, and leftovers of a crashed run removed
        if info.unlock == "keyring":
            key, raw = secrets.load_key(info.replica_id), True
        else:
            given = passphrase or secrets.passphrase_from_env()
            if not given:
                raise PassphraseRequired(
                    translate(
                        "Replica",
                        "This replica is protected by a passphrase. Enter it "
                        "(or set FIELDVISIT_PASSPHRASE for unattended use).",
                    )
                )
            key, raw = given, False
        early = take_early(db)  # unlocked at process start (the GUI), if it was
        if early is not None and (early.key, early.raw) != (key, raw):
            if early.conn is not None:
                early.conn.close()
            early = None
        try:
            if early is not None and early.refused is not None:
                raise early.refused  # the same key, refused at start: not tried again
            checked = early.conn if early is not None else connect_raw(db, key, raw=raw)
        except sqlcipher3.DatabaseError as exc:
            if busy.is_busy(exc):
                raise ReplicaError(busy.at_open()) from exc
            if not damage.wrong_key(db, key_pragma(key, raw)):
                raise damage.damaged(db) from exc
            if info.unlock == "passphrase":
                raise ReplicaError(
                    translate("Replica", "Wrong passphrase: the replica could not be unlocked.")
                ) from exc
            raise ReplicaError(
                translate(
                    "Replica",
                    "The replica could not be unlocked with the key in the keyring, "
                    "or the file is damaged.",
                )
            ) from exc
        engine = make_engine(db, key, raw=raw, first=checked)
        try:
            migrate.upgrade(engine)
            return cls(base, engine, info, clock=clock)
        except (DBAPIError, sqlcipher3.DatabaseError) as exc:
            engine.dispose()
            if busy.is_busy(exc):
                raise ReplicaError(busy.at_open()) from exc
            if damage.is_damage(exc):
                raise damage.damaged(db) from exc
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Replica:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ facts
    @property
    def device_id(self) -> str:
        return str(self.settings["device_id"])

    @property
    def team_id(self) -> str:
        return str(self.settings["team_id"])

    @property
    def role(self) -> str:
        return str(self.settings.get("role", "field"))

    def set_setting(self, key: str, value: Any) -> None:
        with self._writes() as s, s.begin():
            s.merge(Setting(key=key, value=value))
        self.settings[key] = value

    # ------------------------------------------------------------ units of work
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work with change capture; commits on success, rolls back on error.

        It holds the write lock from its start, so two units of work that overlap
        run one after the other (the later waits up to the busy timeout)."""
        with self._writes() as s:
            s.info[WRITER_KEY] = self.writer
            guard = self._guard()
            if guard is not None:
                s.info[GUARD_KEY] = guard
            with s.begin():
                self.writer.begin(s)
                yield s

    def _guard(self) -> Any:
        """The rules check for this device's own changes, once it is enrolled."""
        registry = self.settings.get("device_keys")
        if not registry:
            return None
        from fieldvisit.sync.authz import local_guard  # the rules table lives with sync

        return local_guard(registry, self.device_id)

    @contextmanager
    def alone(self) -> Iterator[bool]:
        """Units of work inside write through a rollback journal (:mod:`store.journal`)
        if no other connection has the replica open; yields whether they do.

        For one transaction that writes most of a fresh file (a bulk demo). Inside, the
        units of work take this process's one pooled connection, the one that left WAL
        mode; another connection opened meanwhile waits for the transaction's lock."""
        self.engine.dispose()  # idle connections of the pool would keep the WAL in use
        with self.engine.connect() as c:
            left = journal.leave_wal(c.connection.driver_connection)
        try:
            yield left
        finally:
            if left:
                with self.engine.connect() as c:
                    journal.enter_wal(c.connection.driver_connection)

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read unit: no writer attached, so a stray business write fails loudly.

        Loaded objects stay readable after the block (closed, not expired)."""
        with self._sessions() as s:
            yield s
