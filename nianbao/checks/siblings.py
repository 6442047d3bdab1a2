"""The other townships of a year as the copy-paste rule sees them, found in near-linear time.

Comparing every narrative with every other costs N² (content.copy_sibling's exact comparison
of 200 townships with each other is 40,000 comparisons). Instead, each narrative's clauses
(digits masked, as the rule reads them) get a MinHash signature; an LSH forest (datasketch)
gives each township its few nearest neighbours by estimated Jaccard similarity, and only
those are compared exactly by the rule. The neighbours are an approximation: a township
whose narrative shares much with many others is compared with the closest ``NEIGHBOURS``.

The result is plain data, written once per batch to one file (SQLite, read-only for the
kernels) that the master notebook receives as its ``comparison`` parameter.
"""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
from contextlib import closing
from dataclasses import astuple, dataclass
from pathlib import Path

from .. import atomic
from ..dataset import DatasetBase
from ..errors import NianbaoError
from .context import Sibling

NEIGHBOURS = 8  # townships compared exactly with each one
_PERMUTATIONS = 128
_SEED = 1  # fixed: the same narratives give the same neighbours in every run and process


@dataclass
class Comparison:
    """Every township of a folder (keyed by file name without .yaml) and its nearest neighbours."""

    townships: dict[str, Sibling]
    neighbours: dict[str, tuple[str, ...]]

    @classmethod
    def build(cls, townships: dict[str, Sibling]) -> Comparison:
        from datasketch import MinHash, MinHashLSHForest

        from .content import clauses

        forest = MinHashLSHForest(num_perm=_PERMUTATIONS)
        signatures = {}
        for key, s in sorted(townships.items()):
            words = {c for c, _, _ in clauses(s.text)}
            if not words:
                continue  # no clause to repeat: nothing to compare
            m = MinHash(num_perm=_PERMUTATIONS, seed=_SEED)
            m.update_batch([w.encode("utf-8") for w in sorted(words)])
            signatures[key] = m
            forest.add(key, m)
        forest.index()
        neighbours = {}
        for key, m in signatures.items():
            found = [k for k in forest.query(m, NEIGHBOURS + 1) if k != key]
            found.sort(key=lambda k: (-m.jaccard(signatures[k]), k))
            neighbours[key] = tuple(found[:NEIGHBOURS])
        return cls(dict(townships), neighbours)

    @classmethod
    def of_datasets(cls, datasets: dict[str, DatasetBase]) -> Comparison:
        return cls.build({key: Sibling.of(ds) for key, ds in datasets.items()})

    @classmethod
    def of_folder(cls, folder: Path, loaded: dict[Path, DatasetBase] | None = None) -> Comparison:
        """Every dataset of ``folder`` (``data/<year>/``), as ``nianbao check`` compares a township.

        ``loaded``: datasets already read, by resolved path (read again otherwise). A file that does
        not load is left out: it is reported where it is checked itself.
        """
        from ..load import load  # load never imports the checks; keep it that way

        loaded = loaded or {}
        datasets = {}
        for path in sorted(folder.glob("*.yaml")):
            ds = loaded.get(path.resolve())
            if ds is None:
                try:
                    ds = load(path).dataset
                except NianbaoError:
                    continue
            datasets[path.stem] = ds
        return cls.of_datasets(datasets)

    def siblings_of(self, key: str) -> tuple[Sibling, ...]:
        return tuple(self.townships[k] for k in self.neighbours.get(key, ()))

    def fingerprint(self, key: str) -> str:
        """What township ``key``'s checks read from the comparison (its neighbours), as a hash: a rerun key."""
        used = [astuple(s) for s in self.siblings_of(key)]
        return hashlib.sha256(json.dumps(used, ensure_ascii=False).encode("utf-8")).hexdigest()

    def write(self, path: Path) -> Path:
        """One SQLite file: written to a temporary name and moved, so a reader never sees half of it."""
        try:
            with atomic.writing(path) as tmp, closing(sqlite3.connect(tmp)) as db, db:
                db.execute("CREATE TABLE township (key TEXT PRIMARY KEY, township_id TEXT, organ TEXT, year INTEGER, text TEXT)")
                db.execute("CREATE TABLE neighbour (key TEXT, rank INTEGER, other TEXT, PRIMARY KEY (key, rank))")
                db.executemany("INSERT INTO township VALUES (?, ?, ?, ?, ?)",
                               ((k, *astuple(s)) for k, s in sorted(self.townships.items())))
                db.executemany("INSERT INTO neighbour VALUES (?, ?, ?)",
                               ((k, i, o) for k, others in sorted(self.neighbours.items()) for i, o in enumerate(others)))
        except sqlite3.OperationalError as e:  # SQLite's word for a disk that refuses the write
            full = e.sqlite_errorcode == sqlite3.SQLITE_FULL
            raise atomic.output_error(path, OSError(errno.ENOSPC if full else errno.EIO, str(e))) from None
        return path


def _query(path: str | Path, sql: str, args: tuple = ()) -> list[tuple]:
    path = Path(path)
    if not path.is_file():
        raise NianbaoError(f"比对数据文件不存在：{path}（参数 comparison；由 nianbao batch 生成，留空则不与其他乡镇比对）")
    # immutable: no locking, so many kernels (and a shared network folder) read it side by side.
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return db.execute(sql, args).fetchall()
    except sqlite3.DatabaseError as e:
        raise NianbaoError(f"比对数据文件无法读取：{path}（{e}）：重新运行 nianbao batch") from None
    finally:
        db.close()


def read_siblings(path: str | Path, key: str) -> tuple[Sibling, ...]:
    """The neighbours of township ``key`` from a comparison file, in rank order (one indexed query)."""
    rows = _query(path, "SELECT t.township_id, t.organ, t.year, t.text FROM neighbour n "
                        "JOIN township t ON t.key = n.other WHERE n.key = ? ORDER BY n.rank", (key,))
    return tuple(Sibling(*r) for r in rows)


def updated(path: Path, townships: dict[str, Sibling]) -> Comparison:
    """The comparison of ``townships``, written to ``path``; the file there is kept when it already compares
    exactly these townships (a rerun with no narrative changed neither builds nor writes)."""
    if path.is_file():
        try:
            known = {r[0]: Sibling(*r[1:]) for r in _query(path, "SELECT * FROM township")}
            if known == townships:
                neighbours: dict[str, list[str]] = {}
                for key, _, other in _query(path, "SELECT * FROM neighbour ORDER BY key, rank"):
                    neighbours.setdefault(key, []).append(other)
                return Comparison(known, {k: tuple(v) for k, v in neighbours.items()})
        except NianbaoError:
            pass  # unreadable: built again below
    comparison = Comparison.build(townships)
    comparison.write(path)
    return comparison
