// Plain-text tables for terminals and for grep/awk: one row per line, columns
// padded with spaces, the last column truncated to the terminal width.
// Dates and numbers in cells come from ./i18n.ts (formatDate, formatNumber): the user's language.

export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Right-align (numbers). */
  right?: boolean;
}

/** Visible length in code points, so accented names do not skew the columns. */
function width(text: string): number {
  return [...text].length;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? chars.slice(0, max).join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * One line, whitespace collapsed: comment text must not break the table's rows. No-break spaces
 * stay (French typography puts them before : ; ? ! and inside « », Intl inside numbers: "1 000").
 */
export function oneLine(text: string): string {
  return text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
}

export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[], maxWidth: number | null): string[] {
  const cells = rows.map((row) => columns.map((column) => oneLine(column.value(row))));
  const widths = columns.map((column, i) => Math.max(width(column.header), ...cells.map((r) => width(r[i] ?? ''))));
  const last = columns.length - 1;
  if (maxWidth !== null && last >= 0) {
    const used = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
    widths[last] = Math.max(width(columns[last]?.header ?? ''), Math.min(widths[last] ?? 0, maxWidth - used));
  }
  const render = (values: readonly string[]): string =>
    values
      .map((value, i) => {
        const w = widths[i] ?? 0;
        const text = truncate(value, w);
        if (i === last) return text;
        const pad = ' '.repeat(Math.max(0, w - width(text)));
        return columns[i]?.right ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  return [render(columns.map((c) => c.header)), ...cells.map(render)];
}
