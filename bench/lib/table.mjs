// @ts-check
// A plain-text table for the console: columns as wide as their widest cell, numbers right-aligned.

/**
 * @param {Array<Record<string, string>>} rows - every row with the same keys, in column order
 * @returns {string}
 */
export function formatTable(rows) {
  if (rows.length === 0) return '(no rows)';
  const columns = Object.keys(rows[0]);
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column]).length)),
  );
  const numeric = columns.map((column) => rows.every((row) => /^[-+\d.\s/–n/a]*$/.test(String(row[column]))));
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, index) => (numeric[index] ? cell.padStart(widths[index]) : cell.padEnd(widths[index])))
      .join('  ');
  return [
    line(columns),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => line(columns.map((column) => String(row[column])))),
  ].join('\n');
}
