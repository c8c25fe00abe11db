#!/bin/sh
# test-slurm.sh — build-aux/slurm-experiment.sh on a single-node Slurm that
# this test starts itself: the merged output equals one machine's run byte
# for byte.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-slurm.sh CLI SOURCE_ROOT
# Needs root (the daemons run as root with a throw-away configuration under a
# temporary folder) and Debian's slurm-wlm and munge; skips (77) otherwise.
# munged, slurmctld and slurmd are stopped at the end, whatever happens.
set -u

cli=$(realpath "$1")
root=$(realpath "$2")

[ "$(id -u)" -eq 0 ] || { echo "1..0 # SKIP needs root to start slurmctld and slurmd"; exit 77; }
for tool in munged mungekey slurmctld slurmd sbatch squeue sinfo; do
  command -v "$tool" >/dev/null || { echo "1..0 # SKIP $tool is not installed (slurm-wlm, munge)"; exit 77; }
done

tmp=$(mktemp -d /tmp/cw-slurm-XXXXXX)
chmod 755 "$tmp"
stop () {
  for pid_file in "$tmp/slurmd.pid" "$tmp/slurmctld.pid" "$tmp/munged.pid"; do
    if [ -s "$pid_file" ]; then
      pid=$(cat "$pid_file")
      kill "$pid" 2>/dev/null
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null
    fi
  done
  rm -rf "$tmp"
}
trap stop EXIT INT TERM

fail () {
  echo "not ok 1 - $1"
  for log in "$tmp"/*.log "$tmp"/out/*.parts/*.log; do
    [ -f "$log" ] && { echo "# --- $log"; sed 's/^/# /' "$log"; }
  done
  exit 1
}

# A free TCP port from the kernel.
free_port () {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# munge with its own key and socket.
mungekey --create --keyfile="$tmp/munge.key" 2>/dev/null || fail "mungekey"
chmod 600 "$tmp/munge.key"
mkdir -m 700 "$tmp/munge"
munged --key-file="$tmp/munge.key" --socket="$tmp/munge/munge.sock" --pid-file="$tmp/munged.pid" \
  --log-file="$tmp/munged.log" --seed-file="$tmp/munge/seed" --force 2>>"$tmp/munged.log" || fail "munged did not start"

node=$(hostname -s)
cat > "$tmp/slurm.conf" <<CONF
ClusterName=cwtest
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
AuthType=auth/munge
AuthInfo=socket=$tmp/munge/munge.sock
CredType=cred/munge
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
NodeName=$node NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
mkdir -p "$tmp/state" "$tmp/spool"
export SLURM_CONF="$tmp/slurm.conf"
slurmctld -i 2>>"$tmp/slurmctld.log" || fail "slurmctld did not start"
slurmd 2>>"$tmp/slurmd.log" || fail "slurmd did not start"
for _ in $(seq 100); do
  sinfo -h -o %t 2>/dev/null | grep -q idle && break
  sleep 0.2
done
sinfo -h -o %t | grep -q idle || fail "the node did not come up"

# A small experiment: 3 × 3 × 2 points, 2 replicates, in 4 shards.
mkdir -p "$tmp/out"
cat > "$tmp/out/study.experiment" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<experiment xmlns="https://clusterworkbench.github.io/ns/experiment" version="1">
  <base href="$root/resources/scenarios/poland-ict.cluster"/>
  <factors>
    <factor id="trust_building" min="0" max="1" steps="3"/>
    <factor id="education" values="0 0.5 1"/>
    <factor id="profile.firms" values="50 80"/>
  </factors>
  <design type="factorial" replicates="2" seed="12"/>
  <record outputs="upgrading cooperators_4 locomotives" years="3 6"/>
</experiment>
XML
jobs=$(CW_CLI="$cli" CW_CPUS_PER_SHARD=1 "$root/build-aux/slurm-experiment.sh" \
  "$tmp/out/study.experiment" 4 "$tmp/out/merged.csv") || fail "slurm-experiment.sh failed"
for _ in $(seq 600); do
  [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break
  sleep 0.2
done
[ -z "$(squeue -h -o %i)" ] || fail "jobs $jobs did not finish"
[ -s "$tmp/out/merged.csv" ] || fail "the merge job wrote nothing"

"$cli" experiment "$tmp/out/study.experiment" --output "$tmp/out/whole.csv" 2>/dev/null || fail "the single-machine run failed"
cmp "$tmp/out/whole.csv" "$tmp/out/merged.csv" || fail "the merged output differs from the single-machine run"
echo "1..1"
echo "ok 1 - 4 Slurm shards merged equal the single-machine run ($(wc -l < "$tmp/out/whole.csv") lines)"
