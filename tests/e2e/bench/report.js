// What the benchmarks of this folder share: medians, sizes and a plain text table.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The median of `values` (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** PASS when `met`, OVER otherwise. */
export const verdict = (met) => (met ? "PASS" : "OVER");

/** Each of `files` (paths under `dir`): { file, raw, gzip } in bytes, gzip at level 9. */
export function sizes(dir, files) {
  // A file an older build does not have (pkg/__wasm_split.js) is left out: the same bench
  // weighs a baseline build too.
  return files.filter((file) => existsSync(join(dir, file))).map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

/** Prints `rows` under `header` in columns, the first left-aligned, the others right-aligned. */
export function printTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(line(cells[0]));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}
