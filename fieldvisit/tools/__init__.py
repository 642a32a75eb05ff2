"""Developer tools run through ``python -m`` (translations, screenshots)."""
