#!/usr/bin/env python3
# check-reproduce.py — a result can be run again from its JSON or its CSV alone
# (`run`'s and `chart --format csv`'s): the meta records every setting and
# override, and running them gives the same series bit for bit.
# SPDX-License-Identifier: GPL-3.0-or-later
"""Usage: check-reproduce.py CLI SOURCE_ROOT"""

import json
import os
import subprocess
import sys
import tempfile

cli, root = sys.argv[1], sys.argv[2]
example = os.path.join(root, "resources", "scenarios", "poland-ict.cluster")
failures = []


def cli_text(command, *args):
    done = subprocess.run([cli, command, *args], capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C.UTF-8"))
    if done.returncode != 0:
        sys.exit(f"{command} {' '.join(args)} failed: {done.stderr}")
    return done.stdout


def run_text(fmt, *args):
    return cli_text("run", *args, "--format", fmt)


def run(*args):
    return json.loads(run_text("json", *args))


def split_csv(text):
    """The meta record (the "# " lines read as JSON) and the table of a CSV."""
    lines = text.splitlines(keepends=True)
    meta = [line[2:] for line in lines if line.startswith("# ")]
    table = "".join(line for line in lines if not line.startswith("#"))
    if not text.startswith("".join("# " + line for line in meta)):
        sys.exit("the CSV's meta record is not at its start")
    return json.loads("".join(meta)), table


def run_csv(*args):
    return split_csv(run_text("csv", *args))


def chart_csv(kind, *args):
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "chart.csv")
        cli_text("chart", *args, "--kind", kind, "--format", "csv", "-o", path)
        with open(path, encoding="utf-8") as f:
            return split_csv(f.read())


def again_args(path, s):
    """The command line that runs the settings @s of a meta record again."""
    return [path, "--runs", str(s["runs"])] + [
        f"--{flag.replace('_', '-')}" for flag in ("uncertainty", "baseline", "no_cycle", "effect") if s[flag]]


cases = [
    [example, "--years", "3", "--runs", "4", "--seed", "11", "--uncertainty",
     "--set", "rd_subsidy=0.4", "--set", "param.lambda0=0.3", "--set", "profile.firms=90"],
    [example, "--years", "2", "--runs", "3", "--effect", "--set", "trust_building=0.9"],
    ["--years", "2", "--runs", "1", "--no-cycle", "--set", "profile.trust=0.6"],
]
with tempfile.TemporaryDirectory() as work:
    for n, args in enumerate(cases):
        first = run(*args)
        s = first["meta"]["settings"]
        if s["set"] != [a for i, a in enumerate(args) if i > 0 and args[i - 1] == "--set"]:
            failures.append(f"case {n}: meta.settings.set is {s['set']}")
        path = os.path.join(work, f"again{n}.cluster")
        with open(path, "w", encoding="utf-8") as f:
            f.write(s["scenario"])
        second = run(*again_args(path, s))
        if second["series"] != first["series"]:
            failures.append(f"case {n}: the series from the meta differs from the first run")
        if (second["meta"]["seed"], second["meta"]["runs"]) != (first["meta"]["seed"], first["meta"]["runs"]):
            failures.append(f"case {n}: seed or runs differ")
        for key in ("profile", "parameters", "standing_levers", "seed", "years"):
            if second["meta"]["settings"][key] != s[key]:
                failures.append(f"case {n}: {key} differs")
        # The same from the CSV: its meta record alone runs the same table again.
        meta, table = run_csv(*args)
        if meta["settings"]["set"] != s["set"] or meta["settings"]["scenario"] != s["scenario"]:
            failures.append(f"case {n}: the CSV's meta differs from the JSON's")
        csv_path = os.path.join(work, f"again{n}-csv.cluster")
        with open(csv_path, "w", encoding="utf-8") as f:
            f.write(meta["settings"]["scenario"])
        meta2, table2 = run_csv(*again_args(csv_path, meta["settings"]))
        if table2 != table:
            failures.append(f"case {n}: the CSV from the CSV's meta differs from the first CSV")
        if (meta2["seed"], meta2["runs"], meta2["scenario_hash"]) != (meta["seed"], meta["runs"],
                                                                      meta["scenario_hash"]):
            failures.append(f"case {n}: the CSV's seed, runs or scenario hash differ")
        # The CSV of a chart carries the same record, and it runs the chart again.
        if s["effect"]:
            continue
        # `chart` always runs the cycle.
        meta, table = chart_csv("upgrading", *[a for a in args if a != "--no-cycle"])
        if meta["settings"]["set"] != s["set"] or meta["settings"]["scenario"] != s["scenario"]:
            failures.append(f"case {n}: the chart CSV's meta differs from the run's")
        elif meta["seed"] != first["meta"]["seed"] or meta["runs"] != first["meta"]["runs"]:
            failures.append(f"case {n}: the chart CSV's seed or runs differ from the run's")
        chart_path = os.path.join(work, f"again{n}-chart.cluster")
        with open(chart_path, "w", encoding="utf-8") as f:
            f.write(meta["settings"]["scenario"])
        meta2, table2 = chart_csv("upgrading", *again_args(chart_path, meta["settings"]))
        if table2 != table:
            failures.append(f"case {n}: the chart CSV from its meta differs from the first chart CSV")
    # The overrides are named: a parameter set on the command line shows up.
    if run(*cases[0])["meta"]["settings"]["parameters"] != {"lambda0": 0.3}:
        failures.append("meta.settings.parameters does not name lambda0")
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
