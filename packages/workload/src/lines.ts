/**
 * Calls `row(text, lineNo)` for every line after the header, without splitting the whole file into an
 * array first. CRLF or LF; a missing final newline and trailing blank lines are fine; `row` returns
 * false to stop early. A blank line inside the data is reported as an empty row.
 */
export function forEachDataLine(text: string, row: (line: string, lineNo: number) => boolean): void {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  let pos = text.indexOf("\n");
  if (pos < 0 || pos >= end) return;
  pos++;
  for (let lineNo = 2; pos < end; lineNo++) {
    let next = text.indexOf("\n", pos);
    if (next < 0 || next > end) next = end;
    const stop = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    if (!row(text.slice(pos, stop), lineNo)) return;
    pos = next + 1;
  }
}

/** The first line without a byte-order mark or CR. */
export function headerLine(text: string): string {
  const nl = text.indexOf("\n");
  let h = nl < 0 ? text : text.slice(0, nl);
  if (h.charCodeAt(0) === 0xfeff) h = h.slice(1);
  return h.endsWith("\r") ? h.slice(0, -1) : h;
}
