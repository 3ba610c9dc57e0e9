// FP/FN on the tuning part only (never the held-out part).
import { createFlagEngine } from '../shared/flags';
import { SpamModel } from '../shared/spam';
import { loadDevFiles, devDir, contextFor, HELD_OUT_SHARE, type Labeled } from './spam';
const mode = process.argv[2] ?? 'fresh';
const only = process.argv[3];
const engine = createFlagEngine();
for (const file of loadDevFiles(devDir())) {
  if (only && !file.name.includes(only)) continue;
  const n = file.rows.length, heldFrom = Math.floor(n * (1 - HELD_OUT_SHARE)), half = Math.floor(n / 2);
  let judged: Labeled[]; let ctx; let model: SpamModel | null = null;
  if (mode === 'fresh') { judged = file.rows.slice(0, heldFrom); ctx = contextFor([], file.rows); }
  else { const older = file.rows.slice(0, half); judged = file.rows.slice(half, heldFrom); ctx = contextFor(older, file.rows.slice(half)); model = new SpamModel(); for (const e of older) model.learn(e.input, e.spam ? 'spam' : 'ham'); }
  console.log(`\n##### ${file.name} (${mode})`);
  for (const e of judged) {
    const r = engine.check(e.input, ctx(e.input), model);
    if (r.likelySpam !== e.spam) console.log(e.spam ? 'FN' : 'FP', r.score.toFixed(2), JSON.stringify(e.input.author_name), JSON.stringify(e.input.content.slice(0, 160)), '|', r.flags.map((f) => `${f.code}:${f.weight}`).join(' '));
  }
}
