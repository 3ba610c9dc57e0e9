/** One figure an issue asks for, measured in this run. Written to bench-results.json. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≥ 100000" or "< 1". */
  target: string;
  pass: boolean;
  /** The bench section that measured it (set by run.ts), so a partial run replaces only its own rows. */
  section?: string;
}

export function atLeast(name: string, value: number, unit: string, min: number): BenchRow {
  return { name, value, unit, target: `>= ${min}`, pass: value >= min };
}

export function below(name: string, value: number, unit: string, max: number): BenchRow {
  return { name, value, unit, target: `< ${max}`, pass: value < max };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
