"""Importing the office's registers (花名册) from Excel or CSV into the replica."""
