/**
 * The 指标值 parser (spec §3): parseValue plus helpers rules use for messages and suggestions.
 * Grammar and decisions: docs/values.md.
 */
export * from "./types";
export { parseValue, parseTimelinessValue, isDashOnly, isNotApplicableValue } from "./parse";
export {
  operatorSymbol,
  formatNumber,
  formatValue,
  toNumber,
  extractNumbers,
  percentOf,
  scaledNumber,
  isNumeric,
  type ExtractedNumber,
} from "./helpers";
export { normalizeWidth } from "./normalize";
