"""Ingest on real seed text and on the bad inputs a newsroom inbox really holds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summarizer import InputError, load_articles
from summarizer.articles import MAX_BYTES, read_jsonl

SEEDS = Path(__file__).parent.parent / "seeds"
SEED_000 = SEEDS / "000_9391f326c2eaa901.txt"
SEED_001 = SEEDS / "001_23b64bebdaa24c53.txt"


def test_seed_header_is_split_from_a_body_on_the_same_line() -> None:
    [article] = load_articles([SEED_000])
    assert article.id == "000_9391f326c2eaa901"
    assert article.published == dt.date(2025, 5, 24)
    assert article.text.startswith("Ukraine's President Volodymyr Zelensky on Saturday said 307")
    assert article.text.endswith("causing widespread damage and casualties.")


def test_directory_loads_its_articles_in_name_order(tmp_path: Path) -> None:
    for seed in (SEED_001, SEED_000):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "notes.md").write_text("not an article")
    assert [a.id for a in load_articles([tmp_path])] == [SEED_000.stem, SEED_001.stem]


def test_stdin_is_read_when_dash_is_given() -> None:
    [article] = load_articles(["-"], stdin=" date 2025-05-24\nKyiv was attacked overnight.\n")
    assert (article.id, article.published, article.text) == (
        "stdin", dt.date(2025, 5, 24), "Kyiv was attacked overnight.")


def test_a_time_of_day_in_the_header_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2023-11-24T16:05 Hostages were released.")
    [article] = load_articles([path])
    assert article.published == dt.datetime(2023, 11, 24, 16, 5)
    assert article.published_date == dt.date(2023, 11, 24)


def test_jsonl_articles_and_a_bad_line_that_does_not_stop_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "inbox.jsonl"
    good = {"id": "a1", "source": "Wire", "published": "2025-05-24", "text": "307 returned."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "a2"}) + "\n")
    items = list(read_jsonl(path))
    assert [getattr(i, "id", None) for i in items] == ["a1", None, "a2"]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.path == f"{path}:2"
    assert "malformed JSON" in str(error)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "the file is empty", id="empty"),
        pytest.param(b"  \n\t\n", "the file is empty", id="whitespace"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a PNG image, not text",
                     id="binary"),
        pytest.param(b"\x01\x02\x00\x00 an unknown format", "looks binary", id="nul-bytes"),
        pytest.param("Prisoners returned to Kyïv".encode("latin-1"), "not UTF-8", id="latin1"),
        pytest.param(b" date 2025-02-30 Text.", "not a real date", id="bad-date"),
        pytest.param(b" date 2025-05-24   ", "has no text", id="header-only"),
    ],
)
def test_bad_input_names_the_file_and_what_to_do(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_a_huge_file_is_refused_not_truncated(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5 + 1))
    with pytest.raises(InputError, match="over the 2,000,000-byte limit"):
        load_articles([path])


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    line = json.dumps({"id": "x", "source": "s", "text": "t"})
    path.write_text(line + "\n" + line + "\n")
    with pytest.raises(InputError) as refused:
        load_articles([path])
    assert (refused.value.path, refused.value.reason.split(";")[0]) == (
        str(path), "duplicate id 'x', first used by " + str(path))


def test_a_duplicate_id_names_both_files(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text("Russia released 390 prisoners on Friday.\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_articles([first, second])
    assert (refused.value.path, refused.value.reason.split(";")[0]) == (
        str(second), f"duplicate id 'x', first used by {first}")


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    body = SEED_001.read_text(encoding="utf-8").split(" ", 3)[3]
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    page = (
        "<html><head><title>Exchange</title><meta property='article:published_time' "
        "content='2025-05-24T10:00:00Z'></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Prisoner exchange</h1>{paragraphs}</article>"
        "<footer>Copyright 2025</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [article] = load_articles([path])
    assert article.published == dt.date(2025, 5, 24)
    assert "This brings the total number of returnees to 697 over two days" in article.text
    assert "Copyright 2025" not in article.text
