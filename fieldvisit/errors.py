"""Errors a user can act on.

Anything derived from :class:`FieldVisitError` carries a message that is already
translated and fit to show as it is: the CLI prints it on one line and exits 2,
the GUI shows it in a dialog. Anything else is a bug and gets a traceback in the log.
"""

from __future__ import annotations


class FieldVisitError(Exception):
    """A problem the user caused or can fix; ``str(exc)`` is the message to show."""


def first_line(exc: BaseException) -> str:
    """A driver's error in one line, to put inside a :class:`FieldVisitError`'s message:
    PostgreSQL's go on with DETAIL and HINT lines, and some have no text at all."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class ValidationError(FieldVisitError):
    """A value the user gave is not acceptable; names the field."""

    def __init__(self, field: str, message: str, *, label: str | None = None) -> None:
        self.field = field
        self.label = label or field
        self.reason = message
        super().__init__(f"{self.label}: {message}")


class ReplicaError(FieldVisitError):
    """The local database cannot be opened or used as it is."""


class ImportFileError(FieldVisitError):
    """A file given for import cannot be read at all."""
