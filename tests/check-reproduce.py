#!/usr/bin/env python3
# check-reproduce.py — a result can be run again from its JSON alone: the meta
# records every setting and override, and running them gives the same series
# bit for bit.
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


def run(*args):
    done = subprocess.run([cli, "run", *args, "--format", "json"], capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C.UTF-8"))
    if done.returncode != 0:
        sys.exit(f"run {' '.join(args)} failed: {done.stderr}")
    return json.loads(done.stdout)


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
        again = ["--runs", str(s["runs"])]
        again += [f"--{flag.replace('_', '-')}" for flag in ("uncertainty", "baseline", "no_cycle", "effect")
                  if s[flag]]
        second = run(path, *again)
        if second["series"] != first["series"]:
            failures.append(f"case {n}: the series from the meta differs from the first run")
        if (second["meta"]["seed"], second["meta"]["runs"]) != (first["meta"]["seed"], first["meta"]["runs"]):
            failures.append(f"case {n}: seed or runs differ")
        for key in ("profile", "parameters", "standing_levers", "seed", "years"):
            if second["meta"]["settings"][key] != s[key]:
                failures.append(f"case {n}: {key} differs")
    # The overrides are named: a parameter set on the command line shows up.
    if run(*cases[0])["meta"]["settings"]["parameters"] != {"lambda0": 0.3}:
        failures.append("meta.settings.parameters does not name lambda0")
for f in failures:
    print(f)
sys.exit(1 if failures else 0)
