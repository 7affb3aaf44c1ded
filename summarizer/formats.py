"""What a piece of input is, told from its bytes, its first characters or its folder.

A binary format by its signature (a PDF whose bytes happen to be ASCII is still a
PDF), HTML markup pasted or saved as text, a .txt file that lists links, and the
article files of a folder tree with what was left out and why. Pure functions
but `walk`, which lists a directory; nothing here reads an article's meaning.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_PDF_HINT = "copy the article's text into a .txt file (e.g. `pdftotext FILE.pdf FILE.txt`)"
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (or a .docx, .odt or .epub document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
"""File signatures (magic numbers): several are plain ASCII, so the NUL-byte test alone
would read such a file as an article."""
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|main|div)\b",
    re.IGNORECASE | re.DOTALL)
_LINK = re.compile(r"\Ahttps?://\S+\Z", re.IGNORECASE)


def binary_refusal(data: bytes) -> str | None:
    """Why `data` is refused, when it starts with a known binary format's signature."""
    kind = binary_kind(data)
    if kind is None:
        return None
    hint = _PDF_HINT if kind == "a PDF" else "save the article's text as a .txt file"
    return f"this is {kind}, not text; summarizer reads plain text, HTML and JSONL: {hint}"


def binary_kind(data: bytes) -> str | None:
    """What a file is when its first bytes are a known binary format's signature."""
    if b"%PDF-" in data[:1024]:  # the PDF spec allows junk before the header
        return "a PDF"
    head = data.lstrip()[:16]
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if head[4:8] == b"ftyp":
        return "a video or image (MP4, MOV or HEIC)"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a WebP image, WAV sound or AVI video"
    return None


def looks_like_html(text: str) -> bool:
    """HTML markup, which reads as an article of tags unless its text is extracted."""
    return _HTML_START.match(text) is not None


def read_links(raw: str) -> list[tuple[int, str]] | None:
    """(line number, link) when every non-blank line of a text is a link (lines starting
    with # are comments): such a .txt file is a list of articles to fetch."""
    links: list[tuple[int, str]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not _LINK.match(line):
            return None
        links.append((number, line))
    return links or None


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def walk(directory: Path) -> tuple[list[Path], list[Skipped]]:
    """The article files under `directory`, subfolders included, in path order, and what
    was left out and why. Hidden files and folders (a .git) are counted, not listed."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    hidden = 0
    for root, dirs, names in os.walk(directory):
        hidden += sum(d.startswith(".") for d in dirs) + sum(n.startswith(".") for n in names)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            path = Path(root) / name
            if name.startswith("."):
                continue
            if path.suffix.lower() in SUFFIXES:
                files.append(path)
            else:
                skipped.append(Skipped(str(path), "not an article file (summarizer reads "
                                       f"{', '.join(SUFFIXES)})"))
    if hidden:
        skipped.append(Skipped(str(directory), f"{hidden} hidden file(s) or folder(s) (names "
                               "starting with '.') not read"))
    return sorted(files), sorted(skipped, key=lambda s: s.path)
