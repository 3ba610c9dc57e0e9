// Machine-wide CPU time (every process: Node, php, MariaDB), from /proc/stat on Linux. The push
// bench uses it to show how far a parallel run can go when client and server share the cores.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export interface CpuSample {
  busyMs: number;
  totalMs: number;
}

/** Null where /proc/stat does not exist (macOS, Windows): the figures that need it are left out. */
export function sampleCpu(): CpuSample | null {
  let line: string;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  } catch {
    return null;
  }
  // cpu user nice system idle iowait irq softirq steal … in clock ticks (100 per second on Linux).
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = ticks[3]! + ticks[4]!;
  return { busyMs: (total - idle) * 10, totalMs: total * 10 };
}

export interface CpuUse {
  /** CPU time of the whole machine spent during the interval, in ms. */
  busyMs: number;
  /** Share of all cores that was busy, 0..1. */
  utilisation: number;
}

export function cpuBetween(start: CpuSample | null, end: CpuSample | null): CpuUse | null {
  if (!start || !end || end.totalMs <= start.totalMs) return null;
  const busyMs = end.busyMs - start.busyMs;
  return { busyMs, utilisation: busyMs / (end.totalMs - start.totalMs) };
}

export const cores = availableParallelism();
