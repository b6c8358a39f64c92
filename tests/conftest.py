from __future__ import annotations

import os
from pathlib import Path

import forms
import pytest

from zhifa_cli.models import Document
from zhifa_cli.parse import parse_text

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
PARSED = ROOT / "data" / "parsed"
SEED_IDS = ["shangrao", "nanchang", "yandu", "tongling-jiaoqu", "shangrao-fazhi"]

os.environ.setdefault("NO_COLOR", "1")


@pytest.fixture(autouse=True)
def _repo_cwd(monkeypatch):
    """Commands resolve data/ relative to the working directory: run every test from the repo root."""
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="session")
def docs():
    from zhifa_cli.parse import parse_file

    old = Path.cwd()
    os.chdir(ROOT)
    try:
        return {name: parse_file(RAW / f"{name}.txt") for name in SEED_IDS}
    finally:
        os.chdir(old)


# --- the seeds re-published in every form (issue 5), generated once per session ---


def content(doc: Document) -> dict:
    """What must not depend on the form a circular came in: tasks, units, deadlines, table, metadata."""
    tasks = [t.model_dump(include={"id", "path", "section", "title", "text", "units", "deadlines", "rows"})
             for t in doc.tasks]
    rows = [r.model_dump(include={"number", "task", "text", "units", "deadlines"}) for r in doc.table]
    meta = doc.model_dump(include={"title", "issuer", "doc_number", "date", "region", "period", "basis"})
    return {"tasks": tasks, "table": rows, "meta": meta}


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, Document]:
    return {name: parse_text(forms.seed(name)) for name in forms.SEEDS}


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """(seed, form) -> file, for form in docx, docx-numbered, pdf, html; built once per session."""
    folder = tmp_path_factory.mktemp("published")
    out: dict[tuple[str, str], Path] = {}
    for name in forms.SEEDS:
        text = forms.seed(name)
        doc = parse_text(text)
        info = {"索引号": f"0001/{name}", "发文字号": doc.doc_number or "无", "成文日期": str(doc.date or "")}
        out[name, "docx"] = forms.make_docx(text, folder / f"{name}.docx")
        out[name, "docx-numbered"] = forms.make_docx(text, folder / f"{name}-numbered.docx", tracked=False,
                                                     numbering=True)
        out[name, "html"] = forms.make_html(text, folder / f"{name}.html", info=info)
        if forms.CJK_FONT.exists():
            out[name, "pdf"] = forms.make_pdf(text, folder / f"{name}.pdf")
    return out


def needs_font() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not forms.CJK_FONT.exists(),
                              reason=f"CJK font {forms.CJK_FONT} missing: apt-get install fonts-wqy-microhei")
