"""The office screens use the same diverged world as the report tests."""

from tests.reports.conftest import world  # noqa: F401  (re-exported fixture)
