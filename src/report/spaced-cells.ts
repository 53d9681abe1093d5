// Cells of a whitespace-aligned line with their display columns (CJK counted double), shared by the table reader
// (structure.ts) and the serial-table reader (serial-columns.ts). Pure.

export interface Cell {
  text: string;
  /** Display column of the cell's start (CJK counted double), for whitespace-aligned tables. */
  col: number;
  end: number;
}

const wide = (ch: string): boolean => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch);
export const displayWidth = (s: string): number => [...s].reduce((n, c) => n + (wide(c) ? 2 : 1), 0);

/** Width counting every character as one: a text padded by characters, not by display columns. */
export const charWidth = (s: string): number => [...s].length;

/**
 * Cells set apart by two or more spaces (or an ideographic space); single spaces stay inside a cell. `width` measures
 * places: display columns by default; `charWidth` for a table whose writer padded by characters.
 */
export function spacedCells(line: string, width: (s: string) => number = displayWidth): Cell[] {
  const cells: Cell[] = [];
  const text = line.replace(/\u3000/g, '  ');
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const col = width(text.slice(0, m.index));
    cells.push({ text: m[0], col, end: col + width(m[0]) });
  }
  return cells;
}
