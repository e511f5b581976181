"""Copies the manifest's files out of the repository mirrors into one flat folder, with index.tsv beside it.

    /usr/bin/python3 tests/robustness/extract.py --mirrors /work/.mirror --out /tmp/robustness/files

Each file is read at the manifest's commit (git cat-file), named NNNN-<its file name> so that one folder
holds them all (hsnforms parse reads a folder, not a tree), and listed in index.tsv (beside the folder, so that the folder holds only the documents) with its repository,
commit, path and expected outcome. A mirror or commit that is missing is reported, never guessed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

from build_manifest import git_dir


def main() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirrors", default="/work/.mirror")
    parser.add_argument("--manifest", default=os.path.join(here, "manifest.tsv"))
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    with open(args.manifest, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]

    batches: dict[str, subprocess.Popen] = {}
    index = []
    missing = 0
    for number, (repo, commit, path, expected, *_) in enumerate(rows, 1):
        directory = git_dir(args.mirrors, repo)
        if not os.path.isdir(directory):
            missing += 1
            continue
        batch = batches.get(directory)
        if batch is None:
            batch = batches[directory] = subprocess.Popen(
                ["git", "--git-dir", directory, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        batch.stdin.write(f"{commit}:{path}\n".encode())
        batch.stdin.flush()
        header = batch.stdout.readline().split()
        if len(header) < 3:
            print(f"not in the mirror: {repo} {commit}:{path}", file=sys.stderr)
            missing += 1
            continue
        data = batch.stdout.read(int(header[2]))
        batch.stdout.read(1)
        base = re.sub(r"[^A-Za-z0-9._+-]", "_", os.path.basename(path))[-100:]
        name = f"{number:04d}-{base}"
        with open(os.path.join(args.out, name), "wb") as out:
            out.write(data)
        index.append((name, repo, commit, path, expected))
    for batch in batches.values():
        batch.stdin.close()
        batch.wait()

    with open(os.path.join(os.path.dirname(os.path.abspath(args.out)), "index.tsv"), "w", encoding="utf-8") as f:
        f.write("# name\trepository\tcommit\tpath\texpected\n")
        for row in index:
            f.write("\t".join(row) + "\n")
    print(f"{len(index)} files in {args.out}; {missing} missing (fetch those repositories first)", file=sys.stderr)
    if missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
