// Downsampling for DRAWING only: the numbers in reports are always computed from every sample.
// Min/max per pixel column keeps every peak and trough a reader could see at the drawn width
// (a plain stride or average would hide spikes), and it is linear in the number of samples.

/** A polyline piece without gaps: x and y as parallel arrays. */
export interface Segment {
  x: number[];
  y: number[];
}

/**
 * Reduces (x, y) points to at most 2 per pixel column of `columns` columns over [x0, x1], in x order.
 * `y` null or non-finite is a gap: the line breaks there (a gap is never drawn as zero).
 * Points must be sorted by x. Returns the pieces between gaps.
 */
export function minMaxPerColumn(
  xs: ArrayLike<number>,
  ys: ArrayLike<number | null>,
  x0: number,
  x1: number,
  columns: number,
): Segment[] {
  const n = Math.min(xs.length, ys.length);
  const cols = Math.max(1, Math.floor(columns));
  const span = x1 - x0;
  const segments: Segment[] = [];
  let seg: Segment | null = null;
  // Current column's extremes (index of min and max), flushed when the column changes.
  let col = -1;
  let iMin = -1;
  let iMax = -1;
  const flush = (): void => {
    if (seg === null || iMin < 0) return;
    const a = Math.min(iMin, iMax);
    const b = Math.max(iMin, iMax);
    seg.x.push(xs[a] as number);
    seg.y.push(ys[a] as number);
    if (b !== a) {
      seg.x.push(xs[b] as number);
      seg.y.push(ys[b] as number);
    }
    iMin = iMax = -1;
  };
  for (let i = 0; i < n; i++) {
    const y = ys[i];
    const x = xs[i] as number;
    if (y === null || y === undefined || !Number.isFinite(y) || !Number.isFinite(x)) {
      flush();
      if (seg !== null && seg.x.length > 0) segments.push(seg);
      seg = null;
      col = -1;
      continue;
    }
    const c = span > 0 ? Math.min(cols - 1, Math.max(0, Math.floor(((x - x0) / span) * cols))) : 0;
    if (seg === null) seg = { x: [], y: [] };
    if (c !== col) {
      flush();
      col = c;
    }
    if (iMin < 0 || y < (ys[iMin] as number)) iMin = i;
    if (iMax < 0 || y > (ys[iMax] as number)) iMax = i;
  }
  flush();
  if (seg !== null && (seg as Segment).x.length > 0) segments.push(seg);
  return segments;
}
