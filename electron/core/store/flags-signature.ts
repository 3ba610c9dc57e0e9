// A 53-bit fingerprint of a comment's flags, stored next to them (comments.flags_sig), so a
// re-flag of the whole database can tell "nothing changed" without reading every stored flags
// text and serialising every new result to compare them. Two flag lists with the same JSON
// have the same signature; a different list gets a different one except with a probability
// of about 2^-53 per comment.
import type { Flag } from '../../../shared/types';

const float = new Float64Array(1);
const halves = new Int32Array(float.buffer);

// Two independent 32-bit multiplicative lanes, joined into one 53-bit integer at the end.
// Module state rather than an object: this runs for every stored comment on a re-flag.
let a = 0;
let b = 0;

function code(c: number): void {
  a = Math.imul(a ^ c, 0x01000193);
  b = Math.imul(b ^ c, 0x5bd1e995);
  b ^= b >>> 15;
}

function text(s: string): void {
  let x = a;
  let y = b;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    x = Math.imul(x ^ c, 0x01000193);
    y = Math.imul(y ^ c, 0x5bd1e995);
    y ^= y >>> 15;
  }
  a = x;
  b = y;
  code(0x22); // a closing quote: "ab" + "c" differs from "a" + "bc"
}

function num(n: number): void {
  if ((n | 0) === n) {
    code(0x69);
    code(n);
    return;
  }
  float[0] = n;
  code(halves[0]!);
  code(halves[1]!);
}

export function flagsSignature(flags: readonly Flag[]): number {
  // Field by field rather than a generic walk (3× slower): every field of Flag and Span is
  // read here. A field added to either type must be added here too, or a change in that
  // field alone would not be written by a re-flag (the signature test goes through them).
  a = 0x811c9dc5;
  b = 0x2f7c3a1d;
  for (const f of flags) {
    code(0x7b);
    text(f.kind);
    if (f.code !== undefined) text(f.code);
    // Parameters are few and small: their JSON is cheaper than a walk written for each code.
    if (f.params !== undefined) text(JSON.stringify(f.params));
    text(f.reason);
    num(f.weight);
    if (f.note) code(0x6e);
    if (f.spans !== undefined) {
      code(0x5b);
      for (const s of f.spans) {
        num(s.start);
        num(s.end);
        text(s.term);
        text(s.list);
        text(s.field);
      }
      code(0x5d);
    }
    code(0x7d);
  }
  return (a >>> 0) * 0x200000 + (b >>> 11);
}
