import type { Rule } from "./types";
import { rule as missingCategory } from "./table/missingCategory";
import { rule as headerMissingField } from "./table/headerMissingField";
import { rule as budgetSumMismatch } from "./table/budgetSumMismatch";
import { rule as goalPlaceholder } from "./table/goalPlaceholder";
import { rule as yearMismatch } from "./table/yearMismatch";
import { rule as costNotMoney } from "./table/costNotMoney";
import { rule as costOverBudget } from "./table/costOverBudget";
import { rule as costCoverageLow } from "./table/costCoverageLow";
import { rule as costReconcile } from "./table/costReconcile";
import { rule as costOverStandard } from "./table/costOverStandard";
import { rule as costRestatesBudget } from "./table/costRestatesBudget";
import { rule as descValueConflict } from "./table/descValueConflict";
import { rule as spendNotPercent } from "./table/spendNotPercent";
import { rule as spendMissingPoint } from "./table/spendMissingPoint";
import { rule as spendNotMonotonic } from "./table/spendNotMonotonic";
import { rule as spendIncrements } from "./table/spendIncrements";
import { rule as spendNot100 } from "./table/spendNot100";
import { rule as spendBehindPace } from "./table/spendBehindPace";
import { rule as spendBackloaded } from "./table/spendBackloaded";

/** Registry of table-level rules (header, categories, cost, spending plan), one file per code. */
export const TABLE_RULES: Rule[] = [
  missingCategory,
  headerMissingField,
  budgetSumMismatch,
  goalPlaceholder,
  yearMismatch,
  costNotMoney,
  costOverBudget,
  costCoverageLow,
  costReconcile,
  costOverStandard,
  costRestatesBudget,
  descValueConflict,
  spendNotPercent,
  spendMissingPoint,
  spendNotMonotonic,
  spendIncrements,
  spendNot100,
  spendBehindPace,
  spendBackloaded,
];
