"""corpus: many circulars at once — load, units, deadlines, export, search, and (on the compare
engine) matrix, coverage and trace. One module per stage; the CLI calls these verbs."""

from __future__ import annotations

from .load import Corpus, load_corpus

__all__ = ["Corpus", "load_corpus"]
