"""The office workspace (shown on office replicas): reconciliation and reports.

Contract with the main window: ``OfficeWorkspace(ctx, parent)``.
"""

from __future__ import annotations

from fieldvisit.ui.office.workspace import OfficeWorkspace

__all__ = ["OfficeWorkspace"]
