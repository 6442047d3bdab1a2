"""Writing outputs whole: the old file or the new one, never half; links replaced, not followed; Chinese errors."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

from nianbao import atomic
from nianbao.pipeline import processes


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(atomic.TEMP_PREFIX))


def test_write_replaces_whole_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out" / "page.html"
    atomic.write_text(target, "旧</html>")
    atomic.write_text(target, "新</html>")
    assert target.read_text(encoding="utf-8") == "新</html>"
    assert _leftovers(target.parent) == []


def test_a_failing_writer_leaves_the_old_file(tmp_path):
    target = tmp_path / "figures.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(ValueError), atomic.writing(target) as tmp:
        tmp.write_bytes(b"half of it")
        raise ValueError("the writer failed")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_link_at_the_target_is_replaced_not_written_through(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("system file", encoding="utf-8")
    out = tmp_path / "output"
    out.mkdir()
    (out / "index.html").symlink_to(outside)
    atomic.write_text(out / "index.html", "<html></html>")
    assert outside.read_text(encoding="utf-8") == "system file"
    assert not (out / "index.html").is_symlink()


def test_a_folder_linked_outside_output_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "output"
    out.mkdir()
    (out / "2020").symlink_to(elsewhere)
    with pytest.raises(atomic.OutputError, match="符号链接"):
        atomic.inside(out / "2020", out)
    assert atomic.inside(out / "2021", out).is_dir()


def test_a_file_too_large_for_the_disk_is_a_chinese_error_and_nothing_half_written(tmp_path):
    """RLIMIT_FSIZE makes the kernel refuse the write part-way (EFBIG), as a full disk does (ENOSPC)."""
    target = tmp_path / "x.ipynb"
    target.write_text("{}", encoding="utf-8")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        with pytest.raises(atomic.OutputError) as e:
            atomic.write_bytes(target, b"x" * 100_000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert "x.ipynb" in str(e.value) and "无法写入" in str(e.value)
    assert target.read_text(encoding="utf-8") == "{}"
    assert _leftovers(tmp_path) == []


def test_a_file_where_the_folder_should_be(tmp_path):
    (tmp_path / "output").write_text("not a folder", encoding="utf-8")
    with pytest.raises(atomic.OutputError, match="output.*应为文件夹"):
        atomic.write_text(tmp_path / "output" / "2020" / "index.html", "x")


def test_leftovers_of_a_killed_writer_are_removed(tmp_path):
    year = tmp_path / "output" / "2020"
    year.mkdir(parents=True)
    kept = atomic.write_text(year / "a.html", "<html></html>")
    (year / f"{atomic.TEMP_PREFIX}123-abcd-a.html").write_text("<html", encoding="utf-8")
    assert atomic.remove_leftovers(tmp_path / "output") == 1
    assert [p.name for p in year.iterdir()] == [kept.name]


def test_orphans_in_the_temp_folder_are_those_whose_owner_is_gone(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    (tmp_path / f"nianbao-{dead_pid}-kernel-0a1b-1").write_text("", encoding="utf-8")
    (tmp_path / f"nianbao-{dead_pid}-chromium-xyz").mkdir()
    mine = tmp_path / f"nianbao-{os.getpid()}-kernel-2c3d.json"
    mine.write_text("{}", encoding="utf-8")
    unrelated = tmp_path / "nianbao-pdf-bench-1234"
    unrelated.mkdir()
    assert processes.remove_orphans(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, unrelated.name])
