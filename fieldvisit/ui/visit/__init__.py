"""The visit wizard, one module per page (conditions, photos, money, needs,
recipient, review); what the pages share is in ``setup``; the wizard in ``wizard``
collects the pages into one ``VisitInput`` and saves it as one unit of work."""

from __future__ import annotations

from fieldvisit.ui.visit.setup import WizardSetup, load_setup, newest_images, observation_label
from fieldvisit.ui.visit.wizard import VisitWizard

__all__ = ["VisitWizard", "WizardSetup", "load_setup", "newest_images", "observation_label"]
