// How the bench reports: figures on stdout, one per line as `name: value unit`, so a run can be
// piped into a file or compared with another; progress and child-process output on stderr.

export function figure(name: string, value: string | number, unit = ''): void {
  console.log(unit ? `${name}: ${String(value)} ${unit}` : `${name}: ${String(value)}`);
}

export function progress(message: string): void {
  console.error(`[bench] ${message}`);
}

/** Kilobytes of 1,024 bytes, as the budgets and `npm run budget` count them. */
export const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

export const milliseconds = (ms: number) => ms.toFixed(1);

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  // An even count takes the mean of the two middle values.
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export function worst(values: readonly number[]): number {
  if (values.length === 0) throw new Error('worst of no values');
  return Math.max(...values);
}
