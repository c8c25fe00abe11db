#!/usr/bin/env python3
# check-listings.py — the listing commands (levers, params, profile, outcomes)
# in each format, and the documents that reuse their texts.
# SPDX-License-Identifier: GPL-3.0-or-later
"""Usage: check-listings.py CLI SOURCE_ROOT

Each listing gives the same rows as text, CSV and JSON; the JSON has the
documented fields; docs/glossary.md and docs/scenario-format.md quote every
outcome's and profile value's meaning as the program prints it, and
docs/bibliography.md every full citation `params` prints."""

import csv
import io
import json
import os
import subprocess
import sys

cli, root = sys.argv[1], sys.argv[2]
failures = []


def run(*args, status=0):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    done = subprocess.run([cli, *args], capture_output=True, text=True, env=env)
    if done.returncode != status:
        failures.append(f"{' '.join(args)}: exit {done.returncode}, wanted {status}: {done.stderr}")
    return done.stdout, done.stderr


def read(path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


FIELDS = {
    "levers": ["id", "group", "min", "max", "cost_meur_per_year", "cost_keur_per_firm_year",
               "name", "explanation", "source"],
    "params": ["id", "value", "min", "max", "unit", "tag", "source", "references"],
    "profile": ["id", "unit", "min", "max", "max_included", "whole", "default", "name", "meaning"],
    "outcomes": ["id", "kind", "unit", "min", "max", "name", "meaning"],
}
COUNTS = {"levers": 26, "profile": 21}
rows = {}
for command, fields in FIELDS.items():
    text, _ = run(command)
    as_csv, _ = run(command, "--format", "csv")
    as_json, _ = run(command, "--format", "json")
    data = json.loads(as_json)
    table = list(csv.DictReader(io.StringIO(as_csv)))
    rows[command] = data
    if list(data[0].keys()) != fields:
        failures.append(f"{command} --format json: fields {list(data[0].keys())}, wanted {fields}")
    if [r["id"] for r in table] != [r["id"] for r in data]:
        failures.append(f"{command}: CSV and JSON list different ids")
    text_ids = [line.split()[0] for line in text.splitlines()[1:len(data) + 1]]
    if text_ids != [r["id"] for r in data]:
        failures.append(f"{command}: text and JSON list different ids")
    if command in COUNTS and len(data) != COUNTS[command]:
        failures.append(f"{command}: {len(data)} rows, wanted {COUNTS[command]}")
    for r in data:
        if any(isinstance(r[f], str) and r[f] == "" for f in ("id",)):
            failures.append(f"{command}: a row without an id")
    _, err = run(command, "--format", "xml", status=2)
    if "text, csv or json" not in err:
        failures.append(f"{command} --format xml: no list of formats in {err!r}")

# Units and kinds the issue asked for.
by_id = {r["id"]: r for r in rows["outcomes"]}
expect = {"upgrading": ("index", ""), "membership_share": ("share", ""),
          "digital_adopters": ("count", "firms"), "governance": ("category", ""),
          "spend": ("amount", "M€/year")}
for oid, (kind, unit) in expect.items():
    if (by_id[oid]["kind"], by_id[oid]["unit"]) != (kind, unit):
        failures.append(f"outcomes: {oid} is {by_id[oid]['kind']}/{by_id[oid]['unit']!r}")
if "gross value added" not in by_id["value_added"]["meaning"]:
    failures.append("outcomes: value_added does not say it is not gross value added")
profile = {r["id"]: r for r in rows["profile"]}
if profile["budget"]["unit"] != "M€/year" or profile["focus"]["max_included"] != "false":
    failures.append("profile: budget's unit or focus's open range is wrong")
levers, _ = run("levers")
if "M€/yr" not in levers or "k€/firm/yr" not in levers:
    failures.append("levers: the cost column has no unit")
params_text, _ = run("params")
for tag in ("inv  invented", "ord  ordered", "lit  literature"):
    if tag not in params_text:
        failures.append(f"params: no legend line {tag!r}")

# One source of texts: the documents quote the program.
glossary = read("docs/glossary.md")
for r in rows["outcomes"]:
    if f"`{r['id']}`" not in glossary or r["meaning"] not in glossary:
        failures.append(f"docs/glossary.md: {r['id']} or its meaning is missing")
scenario_format = read("docs/scenario-format.md")
for r in rows["profile"]:
    if f"`{r['id']}`" not in scenario_format or r["meaning"] not in scenario_format:
        failures.append(f"docs/scenario-format.md: profile {r['id']} or its meaning is missing")
bibliography = read("docs/bibliography.md")
for line in params_text.splitlines():
    if line.startswith("  ") and "(19" in line or line.startswith("  ") and "(20" in line:
        if line.strip() not in bibliography:
            failures.append(f"docs/bibliography.md lacks: {line.strip()}")

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
