// An SVG path for a sparkline: each run of values is its own subpath, so a gap stays a gap.

export function sparkPath(values: readonly (number | null)[], width: number, height: number): string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length === 0) return "";
  const max = Math.max(...finite);
  const min = Math.min(0, ...finite);
  const span = max - min || 1;
  const dx = values.length > 1 ? width / (values.length - 1) : 0;
  const parts: string[] = [];
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    const x = +(i * dx).toFixed(1);
    const y = +(height - ((v - min) / span) * height).toFixed(1);
    parts.push(`${pen ? "L" : "M"}${x} ${y}`);
    pen = true;
  });
  return parts.join(" ");
}
