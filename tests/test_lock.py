"""The pinned lock that `make` installs from holds every dependency the package declares."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    """The distribution's normalised name (PEP 503): dask[distributed]>=2024.8 → dask, Jinja2 → jinja2."""
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group(0)).lower()


def test_every_declared_dependency_is_pinned_in_the_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    pinned = {_name(line) for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#") and "==" in line}
    assert declared - pinned == set()
