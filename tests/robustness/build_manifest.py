"""Builds manifest.tsv from mirrors of the repositories in sources.tsv (see README.md).

    /usr/bin/python3 tests/robustness/build_manifest.py [--mirrors /work/.mirror] [--out manifest.tsv]

Takes every Word and Excel file (by extension, old and new) at each mirror's newest commit, keeps one copy
of each distinct content (the same blob in two repositories counts once, for the first source listed),
at most `cap` files of one extension from one repository (chosen by blob id, so the choice is stable),
and writes what each file is by oracle.py. Rows a person has settled by hand live in overrides.tsv
(repository, path, expected, why) and win over the oracle.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

EXTENSIONS = ("docx", "docm", "dotx", "dotm", "xlsx", "xlsm", "xltx", "xltm", "xlsb",
              "doc", "dot", "xls", "xlt", "wps", "wri", "xlw", "xlr")


def git_dir(mirrors: str, repo: str) -> str:
    base = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    return os.path.join(base, ".git") if os.path.isdir(os.path.join(base, ".git")) else base


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirrors", default="/work/.mirror")
    parser.add_argument("--out", default=os.path.join(here, "manifest.tsv"))
    args = parser.parse_args()

    overrides = {}
    with open(os.path.join(here, "overrides.tsv"), encoding="utf-8") as f:
        for row in csv.reader((line for line in f if not line.startswith("#")), delimiter="\t"):
            if len(row) >= 3:
                overrides[(row[0], row[1])] = (row[2], row[3] if len(row) > 3 else "by hand")

    seen: set[str] = set()
    rows = []
    with open(os.path.join(here, "sources.tsv"), encoding="utf-8") as f:
        sources = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    for source in sources:
        repo, cap = source[0], int(source[1])
        prefixes = [p for p in source[2].split(",") if p] if len(source) > 2 else []
        directory = git_dir(args.mirrors, repo)
        if not os.path.isdir(directory):
            print(f"missing mirror: {repo} (fetch it first)", file=sys.stderr)
            continue
        commit = subprocess.check_output(["git", "--git-dir", directory, "rev-parse", "HEAD"], text=True).strip()
        listing = subprocess.check_output(["git", "--git-dir", directory, "ls-tree", "-r", "-z", "HEAD"]).decode("utf-8", "replace")
        by_extension: dict[str, list[tuple[str, str]]] = {}
        for entry in listing.split("\0"):
            if not entry:
                continue
            meta, path = entry.split("\t", 1)
            mode, kind, blob = meta.split()
            extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
            if kind != "blob" or mode == "120000" or extension not in EXTENSIONS or blob in seen:
                continue
            if prefixes and not any(path.startswith(p) for p in prefixes):
                continue
            if "\t" in path or "\n" in path:
                continue
            seen.add(blob)
            by_extension.setdefault(extension, []).append((blob, path))
        batch = subprocess.Popen(["git", "--git-dir", directory, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

        def content(blob: str) -> bytes | None:
            batch.stdin.write((blob + "\n").encode())
            batch.stdin.flush()
            header = batch.stdout.readline().split()
            if len(header) < 3:  # a blob the snapshot left out (4 MiB and more)
                return None
            data = batch.stdout.read(int(header[2]))
            batch.stdout.read(1)
            return None if data.startswith(b"version https://git-lfs") else data

        chosen = []
        for extension, files in by_extension.items():
            taken = 0
            for blob, path in sorted(files):
                data = content(blob)
                if data is None:
                    continue
                # Files that are neither a zip nor an OLE storage are rare (Word 2, Write, BIFF2-4, a
                # renamed text file): every one is taken, whatever the cap.
                common = data.startswith(b"PK") or data.startswith(b"\xd0\xcf\x11\xe0")
                if common and taken >= cap:
                    continue
                taken += common
                chosen.append((path, data))
        batch.stdin.close()
        batch.wait()
        for path, data in sorted(chosen):
            if (repo, path) in overrides:
                expected, note = overrides[(repo, path)]
            else:
                expected, note = oracle.classify(data)
            rows.append((repo, commit, path, expected, note))

    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write("# repository\tcommit\tpath\texpected\twhat the file is (oracle.py, or overrides.tsv by hand)\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} files written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
