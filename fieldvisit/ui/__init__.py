"""The desktop application (PySide6): the only layer that imports QtWidgets."""

from fieldvisit.ui import qtcompat as _qtcompat  # noqa: F401  (must run before any emit)
