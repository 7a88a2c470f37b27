import datetime as dt
import io
import json

import pytest

from checker.config import Config
from checker.errors import InputError
from checker.ingest import read_paths, split_front_matter


def test_front_matter_and_body_line(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: T\nsource: Wire\npublished: 2025-07-04\n---\nBody 5 drones.\n")
    [a] = read_paths([str(p)])
    assert (a.title, a.source, a.status) == ("T", "Wire", "ok")
    assert a.published == dt.datetime(2025, 7, 4)
    assert a.text == "Body 5 drones.\n"
    assert a.body_line == 6


def test_no_front_matter_keeps_text():
    meta, body, line = split_front_matter("Just text --- here\n")
    assert meta == {} and body == "Just text --- here\n" and line == 1


def test_directory_recursive_sorted_dotfiles_skipped(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    ids = [a.id for a in read_paths([str(tmp_path)])]
    assert ids == ["b.txt", "sub/a.txt"]


def test_jsonl_records_ids_and_errors(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(
        json.dumps({"id": "r1", "text": "One", "published": "2025-07-04T10:00:00Z"}) + "\n"
        + "\n"
        + json.dumps({"text": "Two", "source": "AP"}) + "\n"
        + "{not json\n"
        + json.dumps({"body": "no text field"}) + "\n"
    )
    arts = read_paths([str(tmp_path)])
    assert [a.id for a in arts] == ["r1", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5"]
    assert arts[0].published.tzinfo is not None and arts[0].line == 1
    assert arts[1].source == "AP" and arts[1].line == 3
    assert arts[2].status == "skipped" and "invalid JSON" in arts[2].reason
    assert arts[3].status == "skipped" and "'text'" in arts[3].reason


def test_jsonl_custom_field(tmp_path):
    p = tmp_path / "f.jsonl"
    p.write_text(json.dumps({"body": "Five"}) + "\n")
    [a] = read_paths([str(p)], Config(text_field="body"))
    assert a.status == "ok" and a.text == "Five"


def test_undecodable_file_is_reported_not_dropped(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "good.txt").write_text("ok")
    arts = read_paths([str(tmp_path)])
    assert [(a.id, a.status) for a in arts] == [("bad.txt", "skipped"), ("good.txt", "ok")]
    assert arts[0].reason


def test_html_main_text(tmp_path):
    p = tmp_path / "page.html"
    body = " ".join(["Russia launched 539 drones and 11 missiles at Ukraine overnight."] * 5)
    p.write_text(
        "<html><head><title>Strike</title><meta property='og:site_name' content='Wire'>"
        "</head><body><nav>Home | News</nav><article><h1>Strike</h1>"
        f"<p>{body}</p><p>{body}</p></article>"
        "<div class='comments'><p>Comment: fake 999 drones</p></div></body></html>"
    )
    [a] = read_paths([str(p)])
    assert a.status == "ok" and a.format == "html"
    assert "539 drones" in a.text


def test_stdin_text_and_jsonl():
    [a] = read_paths(["-"], stdin=io.StringIO("Two people died."))
    assert a.id == "-" and a.text == "Two people died."
    arts = read_paths(["-"], stdin=io.StringIO('{"text": "a"}\n{"text": "b"}\n'))
    assert [a.id for a in arts] == ["-:1", "-:2"]


def test_missing_path_and_empty_glob_are_errors(tmp_path):
    with pytest.raises(InputError):
        read_paths([str(tmp_path / "nope")])
    with pytest.raises(InputError):
        read_paths([str(tmp_path / "*.md")])


def test_glob(tmp_path):
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    arts = read_paths([str(tmp_path / "*.md")])
    assert len(arts) == 1 and arts[0].text == "a"


def test_front_matter_yaml_cannot_parse_is_read_line_by_line(tmp_path):
    p = tmp_path / "review.md"
    p.write_text('---\ntitle: "Death at the station": rights group pins strike on Russia\n'
                 "source: Conflict Review\npublished: 2023-02-21T10:00:00+00:00\n---\n"
                 "KYIV - At least 58 people were killed.\n", encoding="utf-8")
    (art,) = read_paths([str(p)])
    assert art.published is not None and art.published.year == 2023
    assert art.source == "Conflict Review"
    assert art.title.startswith('"Death at the station": rights group')
    assert art.text.startswith("KYIV")
