#!/usr/bin/env bash
# Stops what up.sh started, and nothing else: the pids in its pidfiles (and php -S worker children).
# Usage: test/wordpress/down.sh [php] [mariadb]    (no argument: both)
STATE="${MODERATO_WP_STATE:-/var/lib/moderato-wp-test}"
targets=("$@"); [ $# -eq 0 ] && targets=(php mariadb)
for name in "${targets[@]}"; do
  pidfile="$STATE/$name.pid"
  [ -s "$pidfile" ] || continue
  main_pid="$(cat "$pidfile")"
  if kill -0 "$main_pid" 2>/dev/null; then
    pids="$main_pid $(ps -o pid= --ppid "$main_pid" | tr '\n' ' ')"
    echo "[wp-down] stopping $name ($pids)" >&2
    kill $pids 2>/dev/null
    for _ in $(seq 60); do kill -0 $pids 2>/dev/null || break; sleep 0.5; done
    kill -0 $pids 2>/dev/null && echo "[wp-down] $name still running: $pids" >&2
  fi
  rm -f "$pidfile"
done
exit 0
