"""``fieldvisit receipt ...`` end to end: exit codes, files, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldvisit.cli import main

from .conftest import World, pdftotext


def run(world: World, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(world.replica.base), "receipt", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_print_verify_register(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = world.pay(cash_fen=120_000)
    pdf = tmp_path / "r.pdf"
    code, out, _ = run(world, capsys, "print", pid, "--out", str(pdf), "--layout", "a5", "--json")
    assert code == 0 and json.loads(out)["out"] == str(pdf)
    assert "人民币壹仟贰佰元整" in pdftotext(pdf)
    code, out, _ = run(world, capsys, "verify", str(pdf), "--json")
    verdict = json.loads(out)
    assert code == 0 and verdict["status"] == "genuine"
    assert verdict["entry"]["payment_id"] == pid
    tampered = verdict["payload"].replace("|120000|", "|990000|")
    code, out, _ = run(world, capsys, "verify", "--payload", tampered)
    assert code == 1 and out.startswith("ALTERED")
    code, out, _ = run(world, capsys, "print", pid, "--out", str(pdf))
    assert code == 0 and "补打" in pdftotext(pdf)
    code, out, _ = run(world, capsys, "register", "--json")
    (series,) = json.loads(out)
    assert series["issued"] == 1 and list(series["reprints"].values()) == [1]


def test_batch_and_roster_by_campaign_name(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(3):
        world.pay()
    world.pay(paid_on=__import__("datetime").date(2025, 12, 2))
    code, out, _ = run(
        world,
        capsys,
        "batch",
        "--campaign",
        "2026年双节送温暖",
        "--date",
        "2025-12-01",
        "--team",
        "第一走访组",
        "--out",
        str(tmp_path / "b.pdf"),
        "--json",
    )
    assert code == 0 and json.loads(out)["receipts"] == 3
    code, out, _ = run(
        world,
        capsys,
        "roster",
        "--campaign",
        world.campaign_id,
        "--out",
        str(tmp_path / "roster.pdf"),
    )
    assert code == 0
    assert "发放签收表" in pdftotext(tmp_path / "roster.pdf")


@pytest.mark.parametrize(
    "argv",
    [
        ["print", "no-such-id", "--out", "{tmp}/r.pdf"],
        ["print", "{pid}", "--out", "{tmp}/missing/r.pdf"],
        ["print", "{pid}", "--out", "{tmp}"],
        ["batch", "--campaign", "没有这个活动", "--out", "{tmp}/b.pdf"],
        ["batch", "--campaign", "2026年双节送温暖", "--date", "2025-13-01", "--out", "{tmp}/b.pdf"],
        ["roster", "--campaign", "2026年双节送温暖", "--team", "没有的组", "--out", "{tmp}/r.pdf"],
        ["verify"],
        ["verify", "{tmp}/nothing.pdf"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    world: World, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    pid = world.pay()
    args = [a.replace("{tmp}", str(tmp_path)).replace("{pid}", pid) for a in argv]
    code, _out, err = run(world, capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf"))


def test_character_no_font_has_warns_on_stderr(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = world.pay(world.household(name="\U00030000祥"))  # Extension G: in no bundled font
    code, _, err = run(world, capsys, "print", pid, "--out", str(tmp_path / "r.pdf"))
    assert code == 0
    assert "U+30000" in err and "〓" in err
    assert "〓祥" in pdftotext(tmp_path / "r.pdf")


def test_extension_b_name_prints_without_a_warning(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = world.pay(world.household(name="𠮷祥"))
    code, _, err = run(world, capsys, "print", pid, "--out", str(tmp_path / "r.pdf"))
    assert code == 0
    assert "〓" not in err
    assert "𠮷祥" in pdftotext(tmp_path / "r.pdf")


def test_layout_setting_is_the_default(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world.replica.set_setting("receipt_layout", "a5")
    pid = world.pay()
    code, _, _ = run(world, capsys, "print", pid, "--out", str(tmp_path / "r.pdf"))
    assert code == 0
    pages = [p for p in pdftotext(tmp_path / "r.pdf").split("\f") if p.strip()]
    assert len(pages) == 2  # a5: one copy a page


def test_roster_for_one_team(
    world: World, make_replica: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldvisit import payments
    from fieldvisit.store.replica import team_id_for

    world.pay(world.household(name="本组住户"))
    hid = world.household(name="二组住户")
    with world.replica.session() as s:
        payments.record_payment(
            s,
            household_id=hid,
            campaign_id=world.campaign_id,
            paid_on=__import__("datetime").date(2025, 12, 3),
            data=payments.PaymentInput(cash_fen=50_000),
            team_id=team_id_for("第二走访组"),
        )
    out = tmp_path / "roster.pdf"
    code, _, _ = run(
        world,
        capsys,
        "roster",
        "--campaign",
        "2026年双节送温暖",
        "--team",
        world.replica.team_id,
        "--out",
        str(out),
    )
    assert code == 0
    text = pdftotext(out)
    assert "本组住户" in text and "二组住户" not in text


def test_an_auditor_verifies_with_a_registry_file_and_no_replica(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = world.pay(cash_fen=120_000)
    pdf = tmp_path / "r.pdf"
    assert run(world, capsys, "print", pid, "--out", str(pdf))[0] == 0
    reg = tmp_path / "registry.json"
    code, out, _ = run(world, capsys, "registry", "--out", str(reg), "--json")
    assert code == 0 and json.loads(out)["devices"] == 1
    empty = tmp_path / "auditor"  # no replica here, no key of any kind
    code = main(["--data-dir", str(empty), "receipt", "verify", str(pdf), "--registry", str(reg)])
    out, _ = capsys.readouterr()
    assert code == 0 and out.startswith("SIGNED") and "HZ01" in out
    payload = json.loads(reg.read_text("utf-8"))
    assert "signing_key" not in json.dumps(payload)
    code, out, _ = run(world, capsys, "verify", str(pdf), "--json")
    tampered = json.loads(out)["payload"].replace("|120000|", "|990000|")
    code = main(
        [
            "--data-dir",
            str(empty),
            "receipt",
            "verify",
            "--payload",
            tampered,
            "--registry",
            str(reg),
        ]
    )
    out, _ = capsys.readouterr()
    assert code == 1 and out.startswith("ALTERED")


def test_old_scheme_verdict_says_so(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldvisit.receipts import payload
    from fieldvisit.store.models import Payment

    pid = world.pay(cash_fen=120_000)
    shared = bytes(range(32))
    world.replica.set_setting(payload.KEY_SETTING, shared.hex())
    with world.replica.reader() as s:
        p = s.get(Payment, pid)
        assert p is not None and p.receipt_no
        text = payload.make_old(shared, p.receipt_no, 120_000, p.orig_household_id, p.paid_on)
    code, out, _ = run(world, capsys, "verify", "--payload", text.text())
    assert code == 0 and out.startswith("GENUINE") and "Old scheme" in out
