"""Convergence with unmerges: the harness of test_convergence plus an "undo a merge" rule.

Any laptop (not only the office: the fold must converge whoever writes it) undoes
the merge in effect on a household it holds, while merges, edits, payments and
needs go on elsewhere and the operations travel through the hub and bundles in
random order. The verdict is the harness's: every replica equals a fresh replica
fed the hub's log for its scope, no payment lost or counted twice.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import rule

from fieldvisit.households import edit
from tests.sync.test_convergence import SyncMachine, _needs_pg  # noqa: F401  (fixture)


class UnmergeMachine(SyncMachine):
    @rule(r=st.integers(0, 3), n=st.integers(0, 50), m=st.integers(0, 50))
    def unmerge(self, r: int, n: int, m: int) -> None:
        """Undo a merge this laptop holds; where it holds none, merge two households first
        (so that a later unmerge here, or elsewhere after a sync, has one to undo)."""
        rep = self.reps[r]
        merged = [h for h in self._households(rep) if h.merged_into]
        if not merged:
            self.merge(r, n, m)
            return
        if rep.role != "office":
            return  # undoing a merge is the office's (the rules table refuses it elsewhere)
        with rep.session() as s:
            edit.unmerge_household(s, merged[n % len(merged)].id, "复核：不是同一家")


TestConvergenceUnmerge = UnmergeMachine.TestCase
TestConvergenceUnmerge.settings = settings(
    max_examples=int(os.environ.get("FIELDVISIT_CONVERGENCE_EXAMPLES", "4")),
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
