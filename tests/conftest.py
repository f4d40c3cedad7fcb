"""Test-wide settings: parses are cached in a fresh directory per test run, never in the user's cache."""
from __future__ import annotations

import os
import tempfile

_CACHE = tempfile.mkdtemp(prefix="attribution-test-cache-")
os.environ["ATTRIBUTION_CACHE_DIR"] = _CACHE
