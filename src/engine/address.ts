/** A1 addresses. 0-based row/col in, "B3"-style out. */

export function columnName(col: number): string {
  let n = Math.max(0, Math.floor(col)) + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function toA1(row: number, col: number): string {
  return `${columnName(col)}${Math.max(0, Math.floor(row)) + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${toA1(top, left)}:${toA1(bottom, right)}`;
}

/** "E12" → {row: 11, col: 4}; "$E$12" and "Sheet1!E12" accepted; null when not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^(?:.*!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(String(address).trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = parseInt(m[2], 10);
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A3:G24" → corners, 0-based inclusive; a single address gives a 1×1 range. */
export function parseRangeA1(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const parts = String(range).replace(/^.*!/, "").split(":");
  const a = parseA1(parts[0]);
  const b = parts.length > 1 ? parseA1(parts[1]) : a;
  if (!a || !b || parts.length > 2) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
