/** Indices of the strings of `sorted` (in ascending order) that start with `prefix`: a binary search for the first. */
export function withPrefix(sorted: readonly string[], prefix: string): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.startsWith(prefix); k++) out.push(k);
  return out;
}
