"""The repository's scripts: run as `python scripts/<name>.py`, imported as `scripts.<name>` (the tests do)."""
