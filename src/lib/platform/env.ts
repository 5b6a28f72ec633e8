/**
 * A whole number from the environment: `fallback` when the variable is unset, not a number or below
 * `min` (0 unless said, so `0` can switch a limit off).
 */
export function intEnv(name: string, fallback: number, min = 0): number {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v >= min ? v : fallback;
}
