// The bench reads the labeled dev files (../shared/data/spam-dev/*.csv) with its own CSV reader:
// every figure of the spam verdict rests on it reading each comment whole, as written.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../bench/spam';

describe('the dev files’ CSV reader', () => {
  it('keeps commas, line breaks and doubled quotes inside a quoted comment', () => {
    const text = 'COMMENT_ID,AUTHOR,CONTENT,CLASS\r\n1,"Doe, Jane","Great post, ""really"" great!\nSecond line",0\r\n2,Sam,Check my channel,1\r\n';
    expect(parseCsv(text)).toEqual([
      ['COMMENT_ID', 'AUTHOR', 'CONTENT', 'CLASS'],
      ['1', 'Doe, Jane', 'Great post, "really" great!\nSecond line', '0'],
      ['2', 'Sam', 'Check my channel', '1'],
    ]);
  });

  it('reads a byte-order mark, empty fields, a last line without a line break and blank lines', () => {
    expect(parseCsv('\ufeffA,B,C\n1,,\n\n2,"",x')).toEqual([
      ['A', 'B', 'C'],
      ['1', '', ''],
      ['2', '', 'x'],
    ]);
  });

  it('keeps text written after a closing quote with its field, as spreadsheets do', () => {
    expect(parseCsv('A,B\n"quoted" tail,2\n')).toEqual([
      ['A', 'B'],
      ['quoted tail', '2'],
    ]);
  });
});
