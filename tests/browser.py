"""Headless Chromium for the HTML pages (zhifa diff, the corpus views): the DOM as the browser built it, and a screenshot."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def need_chromium() -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed (make test installs it)")


def chromium(page: Path, *extra: str) -> subprocess.CompletedProcess:
    need_chromium()
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
                              capture_output=True, text=True, timeout=90)


def dump_dom(page: Path) -> str:
    result = chromium(page, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def screenshot(page: Path, png: Path, size: str = "1280,900") -> Path:
    result = chromium(page, f"--screenshot={png}", f"--window-size={size}")
    assert png.exists(), result.stderr[-2000:]
    return png
