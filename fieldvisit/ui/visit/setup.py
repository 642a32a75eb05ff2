"""What every page of the visit wizard shares: the household and its campaigns,
read once on the worker before the wizard opens, and the labels of the checklist."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldvisit import campaigns, visit_checks
from fieldvisit.households import edit
from fieldvisit.i18n import translate
from fieldvisit.store.models import Campaign
from fieldvisit.ui.format import mask_id

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".bmp")
CAMERA_NEWEST = 6
DRAFT_DELAY_MS = 1500


def observation_label(key: str) -> str:
    return {
        "health": translate("VisitWizard", "Health"),
        "housing": translate("VisitWizard", "Housing"),
        "income": translate("VisitWizard", "Income"),
        "employment": translate("VisitWizard", "Employment"),
        "schooling": translate("VisitWizard", "Children's schooling"),
        "elderly_care": translate("VisitWizard", "Care of the elderly"),
    }.get(key, key)


@dataclass
class WizardSetup:
    """What the wizard needs to know before it opens (read on the worker)."""

    household_id: str
    name: str
    id_masked: str
    category: str
    address: str
    campaigns: list[dict[str, Any]] = field(default_factory=list)
    current_campaign: str | None = None
    visitors: str = ""
    #: What the checks before money changes hands read (earlier payments, periods).
    facts: visit_checks.Facts | None = None


def load_setup(s: Session, household_id: str) -> WizardSetup:
    hh = edit.get(s, household_id)
    rows = s.execute(
        select(Campaign).where(Campaign.archived.is_(False)).order_by(Campaign.starts_on.desc())
    ).scalars()
    camps = [
        {
            "id": c.id,
            "name": c.name,
            "standard_fen": campaigns.standard_for(c, hh.category),
            "cap_fen": c.cap_fen,
            "catalogue": list(c.catalogue or []),
        }
        for c in rows
    ]
    cur = campaigns.current(s)
    return WizardSetup(
        hh.id,
        hh.name,
        mask_id(hh.id_number),
        hh.category or "",
        hh.address or "",
        camps,
        cur.id if cur else None,
        facts=visit_checks.load_facts(s, hh.id),
    )


def newest_images(folder: Path, n: int = CAMERA_NEWEST) -> list[Path]:
    """The camera folder: the ``n`` most recent images in it (what was just taken)."""
    files = [p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES]
    files.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return files[:n]
