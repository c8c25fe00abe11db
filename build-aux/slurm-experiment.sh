#!/bin/sh
# slurm-experiment.sh — runs an experiment as a Slurm array job of N shards
# and a merge job that starts when they all succeeded.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/slurm-experiment.sh FILE.experiment N [OUTPUT.csv]
#
# Shard K of N runs `cluster-workbench-cli experiment FILE --shard K/N` into
# OUTPUT.parts/part-K.csv on as many threads as the task has CPUs; the merge
# job joins the parts into OUTPUT (default: FILE with .csv for .experiment),
# byte for byte what one machine writes. FILE, OUTPUT and the CLI must be on a
# file system every node sees. A failed or cancelled shard can be resubmitted
# alone (sbatch --array=K); it resumes where it stopped.
#
# Environment: CW_CLI (the command-line tool; default: cluster-workbench-cli
# on PATH), SBATCH_OPTIONS (more sbatch options for both jobs, e.g.
# "--partition=short --time=1:00:00"), CW_CPUS_PER_SHARD (default 2).
# Prints the two job ids.
set -eu

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "Usage: $0 FILE.experiment N [OUTPUT.csv]" >&2
  exit 2
fi
case "$2" in
  ''|*[!0-9]*|0) echo "$0: N must be a whole number of at least 1" >&2; exit 2 ;;
esac
[ -r "$1" ] || { echo "$0: cannot read $1" >&2; exit 1; }

file=$(realpath "$1")
shards=$2
output=$(realpath -m "${3:-${1%.experiment}.csv}")
parts="$output.parts"
cli=$(command -v "${CW_CLI:-cluster-workbench-cli}") || { echo "$0: no cluster-workbench-cli (set CW_CLI)" >&2; exit 1; }
cli=$(realpath "$cli")
cpus=${CW_CPUS_PER_SHARD:-2}

# The experiment must load before anything is queued.
"$cli" validate "$file" >/dev/null

mkdir -p "$parts"
# shellcheck disable=SC2086  # SBATCH_OPTIONS is a list of options
array=$(sbatch --parsable ${SBATCH_OPTIONS:-} --job-name=cw-experiment \
  --array="1-$shards" --cpus-per-task="$cpus" --output="$parts/shard-%a.log" \
  --wrap="exec '$cli' experiment '$file' --shard \"\$SLURM_ARRAY_TASK_ID/$shards\" \
--threads \"\${SLURM_CPUS_PER_TASK:-$cpus}\" --output '$parts/part-'\"\$SLURM_ARRAY_TASK_ID\"'.csv'")
array=${array%%;*}
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_OPTIONS:-} --job-name=cw-experiment-merge \
  --dependency="afterok:$array" --output="$parts/merge.log" \
  --wrap="exec '$cli' merge '$parts'/part-*.csv --output '$output'")
merge=${merge%%;*}
echo "$array $merge"
