"""Reads by long lists of ids go a slice at a time and miss nothing at the slices' edges."""

from __future__ import annotations

from fieldvisit.receipts.data import in_chunks
from fieldvisit.store.chunked import IN_LIST, chunked
from fieldvisit.store.models import Setting


def test_slices_cover_the_list_in_order_and_no_more():
    values = list(range(2 * IN_LIST + 1))
    slices = list(chunked(values))
    assert [len(s) for s in slices] == [IN_LIST, IN_LIST, 1]
    assert [v for s in slices for v in s] == values
    assert list(chunked([])) == []
    assert [list(s) for s in chunked("abcde", 2)] == [["a", "b"], ["c", "d"], ["e"]]


def test_a_read_by_more_ids_than_one_statement_binds_finds_every_row(replica):
    keys = [f"bench_key_{n:05d}" for n in range(2 * IN_LIST + 1)]
    with replica.session() as s:
        s.add_all(Setting(key=k, value=k[-5:]) for k in keys)
    asked = [*keys, "no_such_key", keys[IN_LIST]]  # a miss, and a key asked twice
    with replica.reader() as s:
        found = in_chunks(s, Setting, Setting.key, asked)
    assert sorted(r.key for r in found) == keys
