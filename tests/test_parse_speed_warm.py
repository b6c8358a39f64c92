"""`zhifa parse` of many files (issue 14): the parent warms the parser before it forks the pool (parse/pipeline.warm:
the record classes' validators, the unit vocabulary, the late imports are built once, not once per worker on its
first file), and forks the workers with its objects frozen out of their garbage collector (workers.frozen). Neither
may change a record: both are checked on the seeds in fresh processes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import RAW

WARMED_FIRST = """
import sys
from pathlib import Path
import pydantic
from zhifa_cli import models
from zhifa_cli.parse import pipeline
from zhifa_cli.store import dumps

def built():
    return sorted(name for name, c in vars(models).items()
                  if isinstance(c, type) and issubclass(c, pydantic.BaseModel) and c.__pydantic_complete__)

pipeline.warm()
modules, classes = set(sys.modules), built()
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    dumps(pipeline.parse_file(path))
print(sorted(set(sys.modules) - modules), [c for c in built() if c not in classes], "Document" in classes)
"""


def test_after_warm_a_parse_imports_and_builds_nothing():
    """What the first file would build (late imports, the record classes' validators) the warm-up built: parsing
    and writing the five seeds afterwards imports no module and completes no record class."""
    done = subprocess.run([sys.executable, "-c", WARMED_FIRST, str(RAW)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "[] [] True"


COLD = """
import sys
from pathlib import Path
from zhifa_cli.parse import pipeline
from zhifa_cli.store import dumps

if sys.argv[2] == "warm":
    pipeline.warm()
print(json.dumps([dumps(pipeline.parse_file(p)) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]))
"""


def test_warm_changes_no_record():
    """The warm-up's two lines stay in the parser's caches (memo.py): the seeds' records are the same as a cold
    process writes them, byte for byte."""
    outputs = []
    for how in ("cold", "warm"):
        done = subprocess.run([sys.executable, "-c", "import json\n" + COLD, str(RAW), how], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout))
    assert len(outputs[0]) == 5 and outputs[0] == outputs[1]


FORKED = """
import gc
from zhifa_cli import documents

def job(item):
    return gc.get_freeze_count() > 0

print(list(documents._in_order(job, list(range(6)), workers=2, parallel_from=2, chunksize=1)), gc.get_freeze_count())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux")
def test_workers_are_forked_frozen_and_the_parent_thaws():
    """The workers inherit the parent's objects frozen (their collector never walks them, so never copies their
    pages); the parent's own collector has them back once the workers are started."""
    done = subprocess.run([sys.executable, "-c", FORKED], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{[True] * 6} 0"
