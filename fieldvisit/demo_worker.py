"""Demo households invented in a second process while this one records them.

Inventing a household (random choices, every row validated by the forms' input
classes) costs about as much as numbering and logging its operations; on a laptop's
two cores the two overlap. The worker makes exactly the households
:class:`fieldvisit.demo.Inventor` would make here (same plan, same seed) and sends
them a batch at a time through a short queue, so neither side runs far ahead. Only a
bulk demo uses it: a few thousand households are done before a process has started.
Where no process can be started, or it ends before its first batch, the households
are invented here, the same ones.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldvisit.demo import Inventor, Plan

#: One new row: entity, row id, team id and its payload as the JSON text the log stores
#: (``engine.dumps``), for ``oplog.log_created``. Made by the worker, so that the
#: process which logs them neither encodes nor decodes a payload.
Made = tuple[str, str, str | None, str]
#: One batch: how many households, and their rows.
Batch = tuple[int, list[Made]]

#: Batches the worker may have made before this process takes them.
AHEAD = 2
#: Seconds between looks at whether the other process is still there.
POLL = 0.5


class Invented:
    """The invented households, a :data:`Batch` at a time; after the last one,
    ``counts`` (members, visits, payments, needs) and ``receipts`` (year -> last
    receipt number taken)."""

    def __init__(self, plan: Plan, households: int, batch: int, *, in_process: bool) -> None:
        self.plan, self.households, self.batch = plan, households, batch
        self.counts: dict[str, int] = {}
        self.receipts: dict[int, int] = dict(plan.receipts)
        self._queue: Any = None
        self._process: BaseProcess | None = None
        self._exit_code: int | None = None
        if not in_process:
            ctx = multiprocessing.get_context("spawn")
            q = ctx.Queue(maxsize=AHEAD)
            process = ctx.Process(
                target=_work,
                args=(plan, households, batch, q),
                name="fieldvisit-demo",
                daemon=True,
            )
            try:
                process.start()
            except OSError:  # no process to be had (a locked-down machine): invent here
                q.close()
            else:
                self._queue, self._process = q, process

    def __iter__(self) -> Iterator[Batch]:
        if self._process is None:
            yield from self._here()
            return
        received = False
        while True:
            message = self._next()
            if message is None and not received:
                # It ended before its first batch: it could not start here (a script whose
                # main module runs again when imported, a process killed by a guard). The
                # same households are invented here, only slower.
                self.close()
                yield from self._here()
                return
            if message is None:  # a short demo is never made
                code = self._exit_code
                raise RuntimeError(
                    f"the process inventing demo households ended early (exit code {code})"
                )
            if message[0] == "batch":
                received = True
                yield message[1], message[2]
            elif message[0] == "end":
                self.counts, self.receipts = message[1], message[2]
                return
            else:
                raise RuntimeError(f"inventing demo households failed:\n{message[1]}")

    def _here(self) -> Iterator[Batch]:
        from fieldvisit.demo import Inventor

        inventor = Inventor(self.plan)
        for n in batch_sizes(self.households, self.batch):
            yield _batch(inventor, n)
        self.counts, self.receipts = inventor.counts, inventor.receipts

    def _next(self) -> tuple[Any, ...] | None:
        """The worker's next message; None when it has ended without one."""
        assert self._process is not None
        while True:
            try:
                return self._queue.get(timeout=POLL)  # type: ignore[no-any-return]
            except queue.Empty:
                if not self._process.is_alive():
                    try:  # its last message may have arrived as it ended
                        return self._queue.get(timeout=POLL)  # type: ignore[no-any-return]
                    except queue.Empty:
                        self._exit_code = self._process.exitcode
                        return None

    def close(self) -> None:
        """Stop the worker (done, or this side gave up half-way) and wait for it."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.is_alive():
            process.terminate()
        process.join(timeout=10)
        self._queue.close()
        self._queue.cancel_join_thread()


@contextmanager
def invented(
    plan: Plan, households: int, batch: int, *, in_process: bool = False
) -> Iterator[Invented]:
    """The households of ``plan``, invented in a second process (``in_process``: here)."""
    made = Invented(plan, households, batch, in_process=in_process)
    try:
        yield made
    finally:
        made.close()


def batch_sizes(households: int, batch: int) -> Iterator[int]:
    """How many households each batch has: ``batch`` each, the rest in the last."""
    done = 0
    while done < households:
        n = min(batch, households - done)
        yield n
        done += n


def _work(plan: Plan, households: int, batch: int, out: Any) -> None:
    """The worker process: every batch into ``out``, then the counts; or what went wrong.

    Ctrl+C in a terminal reaches both processes: this one leaves it to its parent, which
    stops it (:meth:`Invented.close`), so the user sees one interruption, not two."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from fieldvisit.demo import Inventor

        inventor = Inventor(plan)
        for n in batch_sizes(households, batch):
            _put(out, ("batch", *_batch(inventor, n)))
        _put(out, ("end", inventor.counts, inventor.receipts))
    except Exception:
        _put(out, ("error", traceback.format_exc()))


def _batch(inventor: Inventor, n: int) -> Batch:
    from fieldvisit.store.engine import dumps

    return n, [(e, r, t, dumps(payload)) for e, r, payload, t in inventor.batch(n)]


def _put(out: Any, message: tuple[Any, ...]) -> None:
    """Wait for room in the queue while the process that reads it is there: a worker
    whose parent was killed ends instead of waiting for ever."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            out.put(message, timeout=POLL)
            return
        except queue.Full:
            if parent is not None and not parent.is_alive():
                out.cancel_join_thread()  # nobody will read what is still in the pipe
                raise SystemExit(1) from None
