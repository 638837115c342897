/** Two records of counts added field by field (evaluation scripts sum per-document counts with it). */
export function addCounts<T extends Record<keyof T, number>>(a: T, b: T): T {
  const sum = {...a};
  for (const key of Object.keys(b) as (keyof T)[]) sum[key] = (a[key] + b[key]) as T[keyof T];
  return sum;
}
