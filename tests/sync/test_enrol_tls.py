"""Enrolment connection info asks for TLS: sslmode=prefer unless the office gave one."""

from __future__ import annotations

from fieldvisit.sync import client, hub


def test_sslmode_prefer_by_default_and_the_offices_choice_kept() -> None:
    admin = "postgresql://admin:secret@hub.example.org:5432/fieldvisit_hub"
    params = hub.device_conninfo(admin, None, "fvd_1", "pw")
    assert params["sslmode"] == "prefer"
    assert "password" not in params and params["user"] == "fvd_1"
    given = "postgresql://hub.example.org/fieldvisit_hub?sslmode=require"
    assert hub.device_conninfo(admin, given, "fvd_1", "pw")["sslmode"] == "require"
    full = "postgresql://hub.example.org/fieldvisit_hub?sslmode=verify-full&sslrootcert=ca.crt"
    params = hub.device_conninfo(admin, full, "fvd_1", "pw")
    assert params["sslmode"] == "verify-full" and params["sslrootcert"] == "ca.crt"


def test_an_enrolled_laptop_asks_for_tls_and_still_syncs(enrolled) -> None:
    r = enrolled("HZ01")
    assert r.settings["hub_conninfo"]["sslmode"] == "prefer"
    assert not client.sync(r).cancelled
