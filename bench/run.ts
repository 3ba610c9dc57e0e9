// `npm run bench`: every speed and quality figure the issues ask for, measured in this run,
// printed as a table and written to bench-results.json at the repository root.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types';

interface Section {
  title: string;
  load: () => Promise<{ run: () => Promise<BenchRow[]> }>;
}

const sections: Section[] = [
  { title: 'Local store (issue 3)', load: () => import('./store') },
  { title: 'Spam flags (issue 4)', load: () => import('./flags') },
  { title: 'Learning spam filter (issues 4, 8)', load: () => import('./spam') },
  { title: 'WordPress sync (issue 5)', load: () => import('./sync') },
  { title: 'Headless CLI (issue 6)', load: () => import('./cli') },
  { title: 'Queue UI in Chromium (issue 11)', load: () => import('./ui') },
  { title: 'Core thread under a sync (issue 11)', load: () => import('./core-thread') },
];

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchRow[] = [];
  for (const section of sections) {
    if (only.length > 0 && !only.some((o) => section.title.toLowerCase().includes(o.toLowerCase()))) continue;
    console.log(`\n${section.title}`);
    let sectionRows: BenchRow[];
    try {
      sectionRows = await (await section.load()).run();
    } catch (err) {
      // A section that cannot run is reported as a failed figure, never silently left out.
      const message = err instanceof Error ? err.message : String(err);
      sectionRows = [{ name: `${section.title}: not measured (${message})`, value: 0, unit: '', target: 'runs', pass: false }];
    }
    const width = Math.max(...sectionRows.map((r) => r.name.length), 10);
    for (const r of sectionRows) {
      const mark = r.pass ? 'ok  ' : 'FAIL';
      console.log(`  ${mark} ${r.name.padEnd(width)}  ${format(r.value).padStart(12)} ${r.unit.padEnd(12)} target ${r.target}`);
    }
    rows.push(...sectionRows.map((r) => ({ ...r, section: section.title })));
  }
  const out = fileURLToPath(new URL('../bench-results.json', import.meta.url));
  // A partial run (`npm run bench -- sync`) replaces only its own sections' rows.
  const ran = new Set(rows.map((r) => r.section));
  const kept = only.length > 0 && existsSync(out) ? readRows(out).filter((r) => r.section && !ran.has(r.section)) : [];
  const order = sections.map((s) => s.title);
  const all = [...kept, ...rows].sort((a, b) => order.indexOf(a.section ?? '') - order.indexOf(b.section ?? ''));
  writeFileSync(out, JSON.stringify(all, null, 2) + '\n');
  const failed = rows.filter((r) => !r.pass).length;
  console.log(`\n${rows.length - failed} of ${rows.length} figures on target; written to bench-results.json`);
  process.exitCode = failed > 0 ? 1 : 0;
}

function readRows(path: string): BenchRow[] {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BenchRow[];
  } catch {
    return [];
  }
}

await main();
