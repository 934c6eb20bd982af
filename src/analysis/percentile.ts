// Percentiles of samples: the one definition behind the uncertainty band, the bench timings and the class's predictions.

/** Percentile `p` (0 to 1) of ascending `sorted`: linear interpolation at rank (n − 1)·p (Hyndman–Fan type 7); NaN for none. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = (n - 1) * p;
  const below = Math.floor(rank);
  const above = Math.min(n - 1, below + 1);
  const lower = sorted[below]!;
  return lower + (rank - below) * (sorted[above]! - lower);
}

/** Percentile `p` (0 to 1) of samples in any order; the samples are left as they are. */
export function percentile(samples: readonly number[], p: number): number {
  return percentileOfSorted(
    [...samples].sort((a, b) => a - b),
    p,
  );
}

/** The middle sample, or the mean of the two middle ones for an even count; NaN for none. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}
