"""index: the SQLite export — documents, tasks, units, deadlines tables and a jieba-segmented FTS5 index.

Analysts can query it with their own SQL, for example:
    SELECT t.document, t.task, t.title FROM tasks_fts JOIN tasks t ON t.id = tasks_fts.rowid
    WHERE tasks_fts MATCH '裁量权 AND 基准' ORDER BY bm25(tasks_fts);
(the index holds jieba words, so a query names words, not arbitrary substrings; `zhifa search` segments it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..errors import UsageError, WriteError
from ..files import atomic_path
from ..models import Document
from .records import SearchHit
from .search_words import fts_query, index_terms

SCHEMA = """
CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, issuer TEXT, doc_number TEXT, date TEXT,
    region TEXT, period_start INTEGER, period_end INTEGER, source_path TEXT, sha256 TEXT);
CREATE TABLE tasks (id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id), task TEXT NOT NULL,
    path TEXT, section TEXT, title TEXT, text TEXT, line_start INTEGER, line_end INTEGER, UNIQUE(document, task));
CREATE TABLE units (task_id INTEGER NOT NULL REFERENCES tasks(id), name TEXT NOT NULL, raw TEXT, role TEXT);
CREATE TABLE deadlines (task_id INTEGER NOT NULL REFERENCES tasks(id), text TEXT, kind TEXT, due TEXT,
    every TEXT, ongoing INTEGER, inferred INTEGER, source TEXT);
CREATE INDEX units_name ON units(name);
CREATE INDEX deadlines_due ON deadlines(due);
CREATE VIRTUAL TABLE tasks_fts USING fts5(title, text, units, tokenize = 'unicode61');
"""


def _insert_document(db: sqlite3.Connection, doc: Document) -> int:
    period = doc.period
    db.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)", (
        doc.id, doc.title, doc.issuer, doc.doc_number, doc.date and doc.date.isoformat(), doc.region,
        period and period.start, period and period.end, doc.source.path, doc.source.sha256))
    for task in doc.tasks:
        cur = db.execute("INSERT INTO tasks (document, task, path, section, title, text, line_start, line_end) "
                         "VALUES (?,?,?,?,?,?,?,?)", (doc.id, task.id, " ".join(task.path), task.section,
                                                      task.title, task.text, *task.lines))
        row = cur.lastrowid
        db.executemany("INSERT INTO units VALUES (?,?,?,?)", [(row, u.name, u.raw, u.role) for u in task.units])
        db.executemany("INSERT INTO deadlines VALUES (?,?,?,?,?,?,?,?)", [
            (row, d.text, d.kind, d.due and d.due.isoformat(), d.every, int(d.ongoing), int(d.inferred), d.source)
            for d in task.deadlines])
        units = " ".join(dict.fromkeys(u.name for u in task.units))
        db.execute("INSERT INTO tasks_fts (rowid, title, text, units) VALUES (?,?,?,?)",
                   (row, index_terms(task.title), index_terms(task.text), index_terms(units)))
    return len(doc.tasks)


def fill(db: sqlite3.Connection, docs: Iterable[Document], advance=lambda: None) -> int:
    db.executescript(SCHEMA)
    count = 0
    with db:
        for doc in docs:
            count += _insert_document(db, doc)
            advance()
    return count


def write_sqlite(docs: Iterable[Document], path: Path, advance=lambda: None) -> int:
    """Build the database beside `path` and move it into place only when complete; a full disk (or any
    SQLite failure to write) is a WriteError naming `path`."""
    with atomic_path(path) as tmp:
        tmp.unlink()
        db = sqlite3.connect(tmp)
        try:
            count = fill(db, docs, advance)
        except sqlite3.Error as exc:
            raise WriteError(f"cannot write: {exc}", path=str(path)) from None
        finally:
            db.close()
    return count


def memory_index(docs: Iterable[Document]) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    fill(db, docs)
    return db


def open_index(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise UsageError(f"{path}: no such database (make one with zhifa export --to sqlite)")
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)  # %, # and ? are quoted: a path
    try:
        db.execute("SELECT 1 FROM tasks_fts LIMIT 1")
    except sqlite3.DatabaseError:
        db.close()
        raise UsageError(f"{path}: not a zhifa SQLite export") from None
    return db


SEARCH = """SELECT t.document, t.task, t.title, t.text, d.region, -bm25(tasks_fts, 2.0, 1.0, 0.5)
FROM tasks_fts JOIN tasks t ON t.id = tasks_fts.rowid JOIN documents d ON d.id = t.document
WHERE tasks_fts MATCH ? ORDER BY bm25(tasks_fts, 2.0, 1.0, 0.5), t.document, t.id LIMIT ?"""


def search(db: sqlite3.Connection, query: str, *, limit: int = 20) -> list[SearchHit]:
    """Tasks holding every word of `query` (title, text or units), most relevant first."""
    match = fts_query(query)
    if not match:
        raise UsageError(f"nothing to search for in '{query}'")
    rows = db.execute(SEARCH, (match, limit)).fetchall()
    return [SearchHit(document=r[0], task=r[1], title=r[2], text=r[3], region=r[4], score=round(r[5], 4))
            for r in rows]
