#!/usr/bin/env python3
# check-docs.py — the documents refer only to what exists, cite only what the
# bibliography lists, and the tutorial's commands work.
# SPDX-License-Identifier: GPL-3.0-or-later
"""Usage: check-docs.py links SOURCE_ROOT
       check-docs.py tutorial SOURCE_ROOT CLI

links: every relative link and every `path/file` in README.md and docs/*.md
names a file or folder of the repository; every "(Author year)" citation in the
documents, the model tables and the examples is an entry of docs/bibliography.md.
tutorial: writes the file docs/tutorial.md shows, and runs its sh blocks in a
fresh folder with $cli set to CLI; every command must succeed."""

import glob
import os
import re
import subprocess
import sys
import tempfile

mode, root = sys.argv[1], sys.argv[2]
failures = []


def read(path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


def documents():
    return ["README.md"] + sorted(os.path.relpath(p, root)
                                  for p in glob.glob(os.path.join(root, "docs", "*.md")))


# Paths the documents name that the build or the reader creates.
MADE = ("build/", "build-fuzz/", "build-asan/", "fuzz-corpus/", "/tmp/", "/dev/", "/proc/",
        "po/cluster-workbench.pot")
PATH = re.compile(r"^[A-Za-z0-9_.*-]+(/[A-Za-z0-9_.*-]+)+/?$")
UNITS = re.compile(r"(€|1/yr|/yr|/year|/firm)")


def check_links():
    for doc in documents():
        text = read(doc)
        folder = os.path.dirname(doc)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                continue
            path = os.path.normpath(os.path.join(folder, target.split("#")[0]))
            if not os.path.exists(os.path.join(root, path)):
                failures.append(f"{doc}: the link “{target}” leads nowhere")
        # Paths in code spans, outside fenced blocks of commands and files.
        prose = re.sub(r"```.*?```", "", text, flags=re.S)
        for span in re.findall(r"`([^`\n]+)`", prose):
            for word in span.split():
                word = word.rstrip(".,;:)").removeprefix("./")
                if not PATH.match(word) or UNITS.search(word) or word.startswith(MADE):
                    continue
                # Only placeholders in capitals: K/N, the K-th of N parts.
                if not any(c.islower() for c in word):
                    continue
                # Placeholders in capitals (NAME, CODE, ROOM) stand for any name.
                pattern = re.sub(r"[A-Z]{3,}", "*", word)
                if not any(glob.glob(os.path.join(root, base, pattern))
                           for base in (".", folder, "core", "core/*")):
                    failures.append(f"{doc}: “{word}” is not in the repository")


# "Menzel & Fornahl 2010", "(GHS 2005)", "Rozkwitalska and Lis (2022)", "Nooteboom et al. 2007"
CITATION = re.compile(r"\b((?:[A-Z][a-z][A-Za-z-]*|GHS|OECD)(?:(?:,| &| and) (?:[A-Z][a-z][A-Za-z-]*))*"
                      r"(?: et al\.)?),? \(?((?:19|20)\d\d)\)?")
NOT_AUTHORS = {"Model", "Version", "Debian", "Workbench", "GTK", "GLib", "Cluster"}


def check_citations():
    bibliography = read("docs/bibliography.md")
    keys = set(re.findall(r"^- \*\*([^*]+)\*\*", bibliography, flags=re.M))
    keys |= set(re.findall(r"also cited as ([^)]+\)?)\)", bibliography))
    sources = documents() + sorted(os.path.relpath(p, root) for pattern in ("core/*/*.c", "ui/*.c")
                                   for p in glob.glob(os.path.join(root, pattern)))
    sources += sorted(os.path.relpath(p, root)
                      for p in glob.glob(os.path.join(root, "resources", "scenarios", "*.cluster")))
    for source in sources:
        for authors, year in CITATION.findall(read(source)):
            if authors.split()[0].rstrip(",") in NOT_AUTHORS:
                continue
            # "Ter Wal & Boschma 2011" is found as "Wal & Boschma": accept a key that ends so.
            cited = f"{authors.replace(' and ', ' & ')} {year}"
            if not any(key == cited or key.endswith(" " + cited) or key.endswith(cited + ")")
                       or key.replace(" (", " ").rstrip(")") == cited for key in keys):
                failures.append(f"{source}: “{cited}” is not in docs/bibliography.md")


def check_tutorial(cli):
    text = read("docs/tutorial.md")
    with tempfile.TemporaryDirectory() as work:
        for name, body in re.findall(r"```xml (\S+)\n(.*?)```", text, flags=re.S):
            with open(os.path.join(work, name), "w", encoding="utf-8") as f:
                f.write(body)
        blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
        if len(blocks) < 5:
            failures.append(f"docs/tutorial.md: only {len(blocks)} command blocks")
        script = "set -e\n" + "".join(blocks).replace(
            "cli=build/core/cli/cluster-workbench-cli", f"cli='{cli}'")
        done = subprocess.run(["bash", "-c", script], cwd=work, capture_output=True, text=True,
                              env=dict(os.environ, LC_ALL="C.UTF-8"))
        if done.returncode != 0:
            failures.append(f"docs/tutorial.md: the commands failed: {done.stderr}")
        for made in ("my-cluster.csv", "upgrading.png", "minutes.pdf"):
            if not os.path.getsize(os.path.join(work, made)) if os.path.exists(os.path.join(work, made)) else True:
                failures.append(f"docs/tutorial.md: the commands made no {made}")
        if "my-cluster.cluster: valid scenario" not in done.stdout + done.stderr:
            failures.append("docs/tutorial.md: the scenario did not validate")


if mode == "links":
    check_links()
    check_citations()
elif mode == "tutorial":
    check_tutorial(sys.argv[3])
else:
    sys.exit(__doc__)
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
