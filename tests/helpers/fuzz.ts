/**
 * Number of generated cases for a property test: its default × FUZZ_SCALE (default 1).
 * `npm test` uses the defaults (together ≥ 100 000 cases); `npm run fuzz` sets FUZZ_SCALE=20.
 */
export function fuzzRuns(defaultRuns: number): number {
  const scale = Number(process.env.FUZZ_SCALE);
  return Math.max(1, Math.round(defaultRuns * (scale > 0 ? scale : 1)));
}
