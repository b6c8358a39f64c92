"""Input-form benchmark: parse time of each seed as .docx, .pdf and .html against its plain text.

The forms are generated from the seeds (tests/forms.py) in a temporary folder first; times are
in-process medians of parse_file (read + parse), so the ratio is what the reader adds.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import ROOT, median_seconds

from zhifa_cli.parse import parse_file

sys.path.insert(0, str(ROOT / "tests"))
import forms  # noqa: E402  (test helpers: python-docx and fpdf2 writers)

REPEAT = {"txt": 9, "docx": 9, "html": 9, "pdf": 3}


def _publish(folder: Path) -> dict[tuple[str, str], Path]:
    files: dict[tuple[str, str], Path] = {}
    for name in forms.SEEDS:
        text = forms.seed(name)
        files[name, "txt"] = ROOT / "data" / "raw" / f"{name}.txt"
        files[name, "docx"] = forms.make_docx(text, folder / f"{name}.docx")
        files[name, "html"] = forms.make_html(text, folder / f"{name}.html", info={"发文字号": "无"})
        if forms.CJK_FONT.exists():
            files[name, "pdf"] = forms.make_pdf(text, folder / f"{name}.pdf")
    return files


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = _publish(Path(tmp))
        fmts = [f for f in REPEAT if any(k[1] == f for k in files)]
        print(f"{'document':<18}" + "".join(f"{f:>12}" for f in fmts) + "   (ms, median)")
        totals = dict.fromkeys(fmts, 0.0)
        for name in forms.SEEDS:
            row = f"{name:<18}"
            for fmt in fmts:
                path = files[name, fmt]
                parse_file(path)  # warm: imports, vocabulary, fonts
                seconds = median_seconds(lambda p=path: parse_file(p), repeat=REPEAT[fmt])
                totals[fmt] += seconds
                row += f"{seconds * 1000:12.1f}"
            print(row)
        print(f"{'all five':<18}" + "".join(f"{totals[f] * 1000:12.1f}" for f in fmts))
        print(f"{'× plain text':<18}" + "".join(f"{totals[f] / totals['txt']:12.1f}" for f in fmts))
        if "pdf" not in fmts:
            print(f"(no .pdf: the CJK font {forms.CJK_FONT} is missing; apt-get install fonts-wqy-microhei)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
