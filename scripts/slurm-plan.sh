#!/usr/bin/env bash
# Runs a sharded ridepool capacity plan on a throw-away single-node Slurm cluster on this machine and
# checks that the Slurm result equals the one-machine result, byte for byte.
#
#   1. installs slurm-wlm and munge with apt-get when a Slurm or MUNGE program is missing;
#   2. starts a private munged (own key, socket, log and pid files) and a private slurmctld and
#      slurmd (own slurm.conf, state, spool, logs) under a temporary folder, as foreground processes
#      of this script (no systemd); /etc/slurm, /etc/munge and any system daemons are left alone;
#   3. waits (bounded) until `sinfo` shows the node idle;
#   4. writes the job script plan-shards.sh, submits it as a job array (task i runs shard i of N)
#      and the merge with --dependency=afterok on the array, waits (bounded) for both, checks every
#      task's state and exit code (`scontrol show job`; no accounting storage needed);
#   5. runs the same --grid plan on this machine without Slurm and compares plan.json and plan.html
#      with `cmp`; prints the timings (also written to OUT/timings.txt).
#
# An EXIT trap cancels the jobs it submitted and stops the daemons it started (by their process
# ids, nothing else), on success and on failure; `--keep-running` leaves the cluster up instead.
#
# Needs: Debian 12 or Ubuntu 24.04, root (or sudo: the script re-runs itself with sudo), and a
# release binary (bash scripts/setup.sh). Only loopback addresses are used: the controller and the
# node are `localhost` at 127.0.0.1 (slurmctld and slurmd still bind their ports on all addresses,
# as Slurm has no bind-address setting).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/slurm-plan.sh [options]

Runs `ridepool plan … --grid … --shard I/N` as a Slurm job array on a private single-node cluster
started on this machine, merges the shards with a dependent job, runs the same grid without Slurm
and checks that plan.json and plan.html are byte-identical. Prints timings. Stops everything it
started on exit.

Study (defaults: a small study for CI, 45-55 s in all on 2 busy cores):
  --scenario PATH        scenario, relative to the repository root
                         (default scenarios/cottbus/cottbus.yaml)
  --target 'KPI>=V'      a target, repeatable (default: 'accepted_share>=0.9' and 'wait_p95<=840')
  --grid A,B,...         fleet sizes (default 150,200)
  --seeds S              seeds per fleet size (default 2)
  --shards N             array tasks, one shard each (default 4: more than fit at once on 2 CPUs)
  --cpus-per-shard C     --cpus-per-task of each array task = its --jobs (default 1)
  --mem-per-shard MEM    --mem of each array task and of the merge (default 1G; Slurm books it,
                         nothing enforces it without cgroups)
  --no-check             pass --no-check to every plan (sharded and single run alike)

Files:
  --binary PATH          ridepool binary (default .build/release/ridepool, relative to the repository)
  --out DIR              output folder (relative paths: to the repository), must not exist or be empty
                         (default results/<scenario>/slurm-plan-<UTC time>)

Cluster:
  --ctld-port P          SlurmctldPort (default 6817)
  --slurmd-port P        SlurmdPort (default 6818)
  --node-cpus N          CPUs declared for the node (default: nproc)
  --node-mem MB          RealMemory declared for the node (default: 95 % of MemTotal in /proc/meminfo)
  --conf-extra LINE      append LINE to the generated slurm.conf (repeatable; for tuning or for
                         testing the failure path)
  --start-timeout SEC    wait at most SEC for the node to be idle (default 30)
  --job-timeout SEC      wait at most SEC for the array and the merge (default 1200)
  --keep-running         leave munged, slurmctld and slurmd running at the end (prints how to stop)
  --no-install           never run apt-get; fail if Slurm or MUNGE is missing
  -h, --help             this help

Exit status: 0 when the cluster ran every job, every job completed with exit code 0 and the merged
plan equals the single-machine plan byte for byte; non-zero otherwise (with the reason on stderr).
EOF
}

say() { printf '[slurm-plan] %s\n' "$*" >&2; }
die() { printf '[slurm-plan] error: %s\n' "$*" >&2; exit 1; }
now() { printf '%s' "${EPOCHREALTIME/,/.}"; }                       # seconds, microsecond resolution
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# --- options -----------------------------------------------------------------------------------
original_args=("$@")
scenario=scenarios/cottbus/cottbus.yaml
targets=()
grid=150,200
seeds=2
shards=4
cpus_per_shard=1
mem_per_shard=1G
no_check=0
binary=.build/release/ridepool
out=
ctld_port=6817
slurmd_port=6818
node_cpus=
node_mem=
conf_extra=()
start_timeout=30
job_timeout=1200
keep_running=0
install=1

need_value() { [ $# -ge 2 ] && [ -n "$2" ] || die "$1 needs a value (see --help)"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --scenario) need_value "$@"; scenario=$2; shift 2 ;;
    --target) need_value "$@"; targets+=("$2"); shift 2 ;;
    --grid) need_value "$@"; grid=$2; shift 2 ;;
    --seeds) need_value "$@"; seeds=$2; shift 2 ;;
    --shards) need_value "$@"; shards=$2; shift 2 ;;
    --cpus-per-shard) need_value "$@"; cpus_per_shard=$2; shift 2 ;;
    --mem-per-shard) need_value "$@"; mem_per_shard=$2; shift 2 ;;
    --no-check) no_check=1; shift ;;
    --binary) need_value "$@"; binary=$2; shift 2 ;;
    --out) need_value "$@"; out=$2; shift 2 ;;
    --ctld-port) need_value "$@"; ctld_port=$2; shift 2 ;;
    --slurmd-port) need_value "$@"; slurmd_port=$2; shift 2 ;;
    --node-cpus) need_value "$@"; node_cpus=$2; shift 2 ;;
    --node-mem) need_value "$@"; node_mem=$2; shift 2 ;;
    --conf-extra) need_value "$@"; conf_extra+=("$2"); shift 2 ;;
    --start-timeout) need_value "$@"; start_timeout=$2; shift 2 ;;
    --job-timeout) need_value "$@"; job_timeout=$2; shift 2 ;;
    --keep-running) keep_running=1; shift ;;
    --no-install) install=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=('accepted_share>=0.9' 'wait_p95<=840')
for v in seeds shards cpus_per_shard ctld_port slurmd_port start_timeout job_timeout; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "--${v//_/-} must be a positive whole number, not '${!v}'"
done
[ "$ctld_port" != "$slurmd_port" ] || die "--ctld-port and --slurmd-port must differ (both $ctld_port)"

# --- root: Slurm's daemons run as root here (SlurmUser=root) -------------------------------------
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "run this as root or install sudo: slurmd must run as root to start jobs"
  say "not root: re-running with sudo"
  exec sudo --preserve-env=PATH bash "$0" "${original_args[@]}"
fi

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"                       # jobs run here too: the merge needs the scenario at the shards' path
[ -f "$scenario" ] || die "scenario $scenario not found (paths are relative to $repo)"
case "$scenario" in /*) die "--scenario must be relative to the repository root, so shards and merge agree on it" ;; esac
[ -x "$binary" ] || die "ridepool binary $binary not found or not executable: build it with 'bash scripts/setup.sh' or pass --binary PATH"
name=$(basename "$scenario"); name=${name%.*}
[ -n "$out" ] || out=results/$name/slurm-plan-$(date -u +%Y%m%dT%H%M%SZ)
if [ -e "$out" ] && [ -n "$(ls -A "$out")" ]; then die "output folder $out is not empty: pass a new --out"; fi

# The two ports must be free before anything starts.
port_in_use() {   # listening on any address (ss), or accepting on 127.0.0.1 (bash /dev/tcp)
  if command -v ss >/dev/null && [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]; then return 0; fi
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
port_in_use "$ctld_port" && die "port $ctld_port (SlurmctldPort) is in use: pass --ctld-port with a free port"
port_in_use "$slurmd_port" && die "port $slurmd_port (SlurmdPort) is in use: pass --slurmd-port with a free port"

# --- 1. packages -------------------------------------------------------------------------------
programs=(munged slurmctld slurmd sbatch scontrol sinfo squeue scancel)
missing=()
for p in "${programs[@]}"; do command -v "$p" >/dev/null || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$install" -eq 1 ] || die "missing ${missing[*]}; install the Debian/Ubuntu packages slurm-wlm and munge (or drop --no-install)"
  command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get: install Slurm and MUNGE yourself"
  say "missing ${missing[*]}: installing slurm-wlm munge with apt-get (packages: slurm-wlm slurmctld slurmd slurm-client slurm-wlm-basic-plugins munge libmunge2 and their libraries)"
  t=$(now)
  apt-get update -qq
  # In a container without systemd this starts nothing. On a systemd host the packages may start
  # the system's munge.service (its own socket, not the one used here); slurmctld.service and
  # slurmd.service need /etc/slurm/slurm.conf, which this script never writes.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
  for p in "${programs[@]}"; do command -v "$p" >/dev/null || die "apt-get installed slurm-wlm munge but $p is still missing"; done
  say "installed in $(since "$t") s: $(slurmctld -V), munge $(dpkg-query -W -f='${Version}' munge)"
fi

# --- 2. private cluster files ------------------------------------------------------------------
mkdir -p "$out"/shards "$out"/merged "$out"/single "$out"/logs
out=$(cd "$out" && pwd)
rel_out=${out#"$repo"/}          # as the job script spells it (relative when inside the repository)

tmp=$(mktemp -d /tmp/ridepool-slurm.XXXXXX)
# munged wants its socket's folders searchable by all (and writable by none but root), its key
# readable by root only.
chmod 755 "$tmp"
mkdir -m 755 "$tmp"/munge
mkdir -m 700 "$tmp"/key "$tmp"/state "$tmp"/spool
conf=$tmp/slurm.conf
export SLURM_CONF=$conf                          # every Slurm command below talks to our cluster only

started_pids=()                                  # the daemons this script started
job_ids=()                                       # the jobs this script submitted

show_logs() {   # slurmctld.log, slurmd.log (or their stderr when a daemon died before logging), munged's stderr
  local f
  for f in "$tmp"/slurmctld.log "$tmp"/slurmd.log "$tmp"/munged.stderr; do
    [ -s "$f" ] || f=${f%.log}.stderr
    [ -s "$f" ] || continue
    printf -- '--- last lines of %s ---\n' "$(basename "$f")" >&2
    tail -n 15 "$f" >&2
  done
}

stop_all() {
  local rc=$?
  set +e
  trap '' INT TERM HUP PIPE      # nothing interrupts the clean-up; a closed stderr just drops messages
  if [ "$keep_running" -eq 1 ] && [ "$rc" -eq 0 ]; then
    say "--keep-running: cluster left up. Use it with: export SLURM_CONF=$conf"
    local p=${started_pids[*]}
    say "stop it with: kill $p; while kill -0 $p 2>/dev/null; do sleep 0.2; done; rm -rf $tmp"
    return
  fi
  if [ ${#job_ids[@]} -gt 0 ] && [ -n "$(squeue -h -j "$(IFS=,; echo "${job_ids[*]}")" 2>/dev/null)" ]; then
    say "cancelling jobs ${job_ids[*]}"
    scancel "${job_ids[@]}" 2>/dev/null
    for _ in $(seq 1 20); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 1; done
  fi
  # A job step's slurmstepd keeps a socket in the spool folder while it lives: let them end first.
  for _ in $(seq 1 50); do [ -z "$(find "$tmp/spool" -type s 2>/dev/null)" ] && break; sleep 0.2; done
  # Stop in reverse start order: slurmd, slurmctld, munged; TERM, then KILL after 10 s.
  local i pid
  for ((i = ${#started_pids[@]} - 1; i >= 0; i--)); do
    pid=${started_pids[i]}
    kill -0 "$pid" 2>/dev/null || continue
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && { say "process $pid did not stop on TERM: KILL"; kill -KILL "$pid" 2>/dev/null; }
    wait "$pid" 2>/dev/null
  done
  local left=()
  for pid in "${started_pids[@]}"; do kill -0 "$pid" 2>/dev/null && left+=("$pid"); done
  if [ ${#left[@]} -gt 0 ]; then say "error: still running: ${left[*]}"; rc=1
  elif [ ${#started_pids[@]} -gt 0 ]; then say "stopped the daemons this script started (pids ${started_pids[*]})"; fi
  # Keep the daemons' logs and configuration beside the results; drop the rest.
  for f in "$tmp"/*.log "$tmp"/*.stderr "$conf"; do [ -s "$f" ] && cp "$f" "$out/logs/"; done
  rm -rf "$tmp"
  if [ -n "${SUDO_UID:-}" ]; then chown -R "$SUDO_UID:$SUDO_GID" "$out"; fi
  exit "$rc"
}
trap stop_all EXIT
# Signals end the script through the EXIT trap too (a closed pipe on stderr, as in '| head', included).
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE

# Node size: the CPUs and memory of this machine (or what --node-cpus / --node-mem say).
[ -n "$node_cpus" ] || node_cpus=$(nproc)
[ -n "$node_mem" ] || node_mem=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.95 }' /proc/meminfo)

# munged: a fresh key and socket of our own.
if command -v mungekey >/dev/null; then
  mungekey --create --keyfile="$tmp/key/munge.key"
else
  dd if=/dev/urandom of="$tmp/key/munge.key" bs=1024 count=1 status=none
fi
chmod 400 "$tmp/key/munge.key"
munge_socket=$tmp/munge/munge.socket

cat >"$conf" <<EOF
# Written by scripts/slurm-plan.sh: a single-node cluster on this machine, loopback only,
# without systemd, cgroups or accounting storage. Everything lives under $tmp.
ClusterName=ridepool
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$munge_socket
CredType=cred/munge
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# No cgroups or systemd in a container: track processes by parent id, bind no tasks.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
# (slurmd still logs that it cannot load the PMIx library: harmless, no job here uses MPI.)
MpiDefault=none
# No mail is sent; this silences "Configured MailProg is invalid" when no mailer is installed.
MailProg=/bin/true
SwitchType=switch/none
# CPUs and memory are the consumable resources; the array tasks share the node.
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
SchedulerType=sched/backfill
# A merge whose array failed is cancelled instead of pending forever.
DependencyParameters=kill_invalid_depend
# Finished jobs stay visible to 'scontrol show job' for an hour (no accounting database here).
MinJobAge=3600
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=60
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$node_cpus RealMemory=$node_mem State=UNKNOWN
PartitionName=ridepool Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
for line in "${conf_extra[@]}"; do printf '%s\n' "$line" >>"$conf"; done

# --- 3. start the daemons and wait for the node ------------------------------------------------
t_cluster=$(now)
say "starting munged, slurmctld (port $ctld_port) and slurmd (port $slurmd_port) under $tmp"
# --foreground: munged logs to its stderr.
munged --foreground --key-file="$tmp/key/munge.key" --socket="$munge_socket" \
  --pid-file="$tmp/munge/munged.pid" --seed-file="$tmp/munge/munged.seed" </dev/null >"$tmp/munged.stderr" 2>&1 &
started_pids+=($!)
for _ in $(seq 1 50); do [ -S "$munge_socket" ] && break; sleep 0.1; done
[ -S "$munge_socket" ] || { say "error: munged did not create its socket $munge_socket"; show_logs; exit 1; }
# -D: stay in the foreground (a child of this script, no pid-file daemon); -i: ignore old state.
# No daemon keeps this script's stdin, stdout or stderr (a pipe reading them would never end).
slurmctld -D -i -f "$conf" </dev/null >"$tmp/slurmctld.stderr" 2>&1 &
started_pids+=($!)
# -N localhost: this node's name in slurm.conf, whatever the machine's hostname.
slurmd -D -N localhost -f "$conf" </dev/null >"$tmp/slurmd.stderr" 2>&1 &
started_pids+=($!)

state=
deadline=$((SECONDS + start_timeout))
while :; do
  for i in 0 1 2; do
    if ! kill -0 "${started_pids[i]}" 2>/dev/null; then
      say "error: $(echo munged slurmctld slurmd | cut -d' ' -f$((i + 1))) exited while the cluster was starting"
      show_logs; exit 1
    fi
  done
  state=$(sinfo -h -N -n localhost -o %T 2>/dev/null || true)
  [ "$state" = idle ] && break
  if [ "$SECONDS" -ge "$deadline" ]; then
    say "error: node not idle after ${start_timeout}s (sinfo state: '${state:-no answer from slurmctld}')"
    scontrol show node localhost 2>/dev/null | grep -E 'State=|Reason=' >&2 || true
    show_logs; exit 1
  fi
  sleep 0.5
done
cluster_s=$(since "$t_cluster")
say "cluster up in ${cluster_s} s: node localhost idle, $node_cpus CPUs, $node_mem MB ($(slurmctld -V))"

# --- 4. the job array and the merge ------------------------------------------------------------
check_flag=
[ "$no_check" -eq 0 ] || check_flag=" --no-check"
target_args=
for t in "${targets[@]}"; do target_args+=" --target '$t'"; done
job_script=$out/plan-shards.sh
cat >"$job_script" <<EOF
#!/bin/bash
#SBATCH --job-name=ridepool-plan
#SBATCH --array=1-$shards
#SBATCH --cpus-per-task=$cpus_per_shard
#SBATCH --mem=$mem_per_shard
#SBATCH --output=$rel_out/logs/shard-%a.out
# Array task i evaluates shard i of $shards, in the folder sbatch was called from (the repository root).
set -euo pipefail
$binary plan $scenario \\
    ${target_args# } \\
    --grid $grid --seeds $seeds$check_flag \\
    --shard "\${SLURM_ARRAY_TASK_ID}/$shards" --jobs "\${SLURM_CPUS_PER_TASK}" --quiet --out $rel_out/shards
EOF
merge_cmd="$binary plan merge $rel_out/shards --out $rel_out/merged --jobs $node_cpus --quiet"

t_jobs=$(now)
# Both are submitted from the repository root (this script cd-ed there): a batch job starts in the
# folder sbatch was called from. The commands are printed exactly as run.
quote() { local w out=; for w in "$@"; do [[ $w =~ ^[A-Za-z0-9_./:=,%@+-]+$ ]] && out+=" $w" || out+=" '$w'"; done; printf '%s' "${out# }"; }
array_submit=(sbatch --parsable "$rel_out/plan-shards.sh")
jobid=$("${array_submit[@]}")
job_ids+=("$jobid")
say "submitted the array: jobid=\$($(quote "${array_submit[@]}")) -> $jobid"
merge_submit=(sbatch --parsable --dependency=afterok:"$jobid" --job-name=ridepool-merge --cpus-per-task="$node_cpus"
              --mem="$mem_per_shard" --output="$rel_out/logs/merge.out" --wrap "$merge_cmd")
merge_id=$("${merge_submit[@]}")
job_ids+=("$merge_id")
say "submitted the merge: $(quote "${merge_submit[@]}" | sed "s/afterok:$jobid/afterok:\$jobid/") -> $merge_id"

# One line per job record: "JobId ArrayTaskId JobState ExitCode EndTime" (the array's pending
# remainder is one record with ArrayTaskId=2-4 and so on).
job_records() {
  scontrol show job -o "$1" 2>/dev/null | awk '{
    id = ""; task = "-"; st = ""; ec = ""; end = ""
    for (i = 1; i <= NF; i++) { split($i, kv, "=")
      if (kv[1] == "JobId") id = kv[2]; else if (kv[1] == "ArrayTaskId") task = kv[2]
      else if (kv[1] == "JobState") st = kv[2]; else if (kv[1] == "ExitCode") ec = kv[2]
      else if (kv[1] == "EndTime") end = kv[2] }
    print id, task, st, ec, end }'
}
terminal='^(COMPLETED|FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY|PREEMPTED|BOOT_FAIL|DEADLINE)$'
all_done() {   # every record of job $1 is in a terminal state
  local recs; recs=$(job_records "$1")
  [ -n "$recs" ] || return 1
  ! awk '{ print $3 }' <<<"$recs" | grep -Eqv "$terminal"
}
array_s=
deadline=$((SECONDS + job_timeout))
while :; do
  if [ -z "$array_s" ] && all_done "$jobid"; then array_s=$(since "$t_jobs"); say "array done after $array_s s"; fi
  [ -n "$array_s" ] && all_done "$merge_id" && break
  # A failed shard: the merge can never run (its state is reported below; the trap cancels it).
  [ -n "$array_s" ] && job_records "$jobid" | awk '$3 != "COMPLETED" || $4 != "0:0"' | grep -q . && break
  if [ "$SECONDS" -ge "$deadline" ]; then
    say "error: jobs not finished after ${job_timeout}s (raise --job-timeout):"
    squeue >&2 || true
    exit 1
  fi
  sleep 1
done
jobs_s=$(since "$t_jobs")

failed=0
while read -r _ task st ec _; do
  if [ "$st" = COMPLETED ] && [ "$ec" = 0:0 ]; then
    say "job ${jobid}_$task (shard $task/$shards): $st, exit code $ec"
  else
    say "error: job ${jobid}_$task (shard $task/$shards): $st, exit code $ec; see $rel_out/logs/shard-$task.out"; failed=1
  fi
done < <(job_records "$jobid" | sort -k2,2n)
read -r _ _ mst mec _ < <(job_records "$merge_id")
if [ "$mst" = COMPLETED ] && [ "$mec" = 0:0 ]; then
  say "job $merge_id (merge): $mst, exit code $mec"
elif [ "$failed" -eq 1 ]; then
  say "error: job $merge_id (merge): not run ($mst): its dependency afterok:$jobid failed"
else
  say "error: job $merge_id (merge): $mst, exit code $mec; see $rel_out/logs/merge.out (ridepool exits 2 when no size in the grid meets every target)"; failed=1
fi
for ((i = 1; i <= shards; i++)); do
  [ -f "$out/shards/plan-shard-$i-of-$shards.json" ] || { say "error: shard file plan-shard-$i-of-$shards.json missing"; failed=1; }
done
[ "$failed" -eq 0 ] || { for f in "$out"/logs/*.out; do printf -- '--- %s ---\n' "$(basename "$f")" >&2; tail -n 20 "$f" >&2; done; exit 1; }
cat "$out/logs/merge.out" >&2

# --- 5. the same grid on one machine, and the comparison ---------------------------------------
single_cmd="$binary plan $scenario${target_args} --grid $grid --seeds $seeds$check_flag --jobs $node_cpus --quiet --out $rel_out/single"
say "one machine, no Slurm: $single_cmd"
t_single=$(now)
eval "$single_cmd" >"$out/logs/single.out" 2>&1 || { cat "$out/logs/single.out" >&2; die "the single-machine plan failed"; }
single_s=$(since "$t_single")
for f in plan.json plan.html; do
  cmp "$out/merged/$f" "$out/single/$f" || die "merged/$f differs from single/$f"
  say "cmp: merged/$f and single/$f are byte-identical ($(wc -c <"$out/merged/$f") bytes)"
done

runs=$(awk '/shard done:/ { s += $3 } END { print s + 0 }' "$out"/logs/shard-*.out)
{
  echo "study: $scenario --grid $grid --seeds $seeds${target_args}$check_flag; $shards shards x $cpus_per_shard CPU on a $node_cpus-CPU node"
  echo "cluster start (munged, slurmctld, slurmd until sinfo idle): $cluster_s s"
  echo "array (submit until every shard done, $runs simulations): $array_s s"
  echo "array + merge (submit until merge done): $jobs_s s"
  echo "same grid on one machine, --jobs $node_cpus: $single_s s"
  echo "merged plan.json and plan.html byte-identical to the single run: yes"
} | tee "$out/timings.txt" >&2
say "done: results in $rel_out (total $(since "$t_cluster") s from cluster start)"
