"""context: what a rule may look at: the Document, its raw lines and parsed parts, the parent, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..errors import ZhifaError
from ..models import Coverage, Document, Task
from ..parse.normalize import split_lines
from ..parse.outline import Parts
from .carried import Alignment, align_tasks, coverage
from .config import Config


@dataclass
class Context:
    path: str
    doc: Document | None = None
    text: str | None = None
    error: ZhifaError | None = None
    parent: Document | None = None
    config: Config = field(default_factory=Config)
    parts: Parts | None = None  # the parse's classified lines, when the text was parsed here (parse.Parsed)

    @cached_property
    def lines(self) -> list[str]:
        return [] if self.text is None else split_lines(self.text)

    @cached_property
    def top_line(self) -> int:
        """The first line with text: where findings about the whole document point."""
        return next((i + 1 for i, line in enumerate(self.lines) if line.strip()), 1)

    @cached_property
    def alignment(self) -> Alignment | None:
        if self.doc is None or self.parent is None:
            return None
        return align_tasks(self.parent, self.doc, threshold=self.config.coverage_threshold)

    @cached_property
    def coverage(self) -> Coverage | None:
        if self.doc is None or self.parent is None:
            return None
        return coverage(self.parent, self.doc, threshold=self.config.coverage_threshold, alignment=self.alignment)

    def task_at(self, line: int) -> Task | None:
        if self.doc is None:
            return None
        return next((t for t in self.doc.tasks if t.lines[0] == line), None)

    def task_lines(self, task: Task) -> list[int]:
        """The lines a task's words may be on: its own, then those of the table rows detailing it."""
        rows = [r.lines[0] for r in self.doc.table if r.task == task.id] if self.doc else []
        return [*range(task.lines[0], task.lines[1] + 1), *rows]
