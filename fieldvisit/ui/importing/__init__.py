"""Importing a register from the GUI: preview, column mapping, import, rows to fix."""
