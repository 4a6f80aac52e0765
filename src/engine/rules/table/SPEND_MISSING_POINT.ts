import { defineRule } from "../defineRule";
import { planReading, reportPlanFindings } from "../shared/spendPlan";
import { pointName, type PlanReading, type SpendFinding } from "../../spend/reading";

/**
 * SPEND_MISSING_POINT — a point of the plan is missing (R-PLAN-002): nothing filled, no 12月底 point, an empty
 * year-end, or a blank earlier point (read as 0%: a warning, "请填写 0%", except all-blank-then-100%, which
 * SPEND_BACKLOADED reports). A blank point that is also behind pace gets the pace value from SPEND_BEHIND_PACE,
 * so no "0%" here: one cell, one fix.
 */
export function decide(r: PlanReading): SpendFinding[] {
  if (r.stage === "failed") return [{ code: "SPEND_MISSING_POINT", index: null, message: `支出计划无法读取：${r.error ?? ""}` }];
  if (r.stage === "empty") {
    return [{
      code: "SPEND_MISSING_POINT",
      index: r.yearEnd >= 0 ? r.yearEnd : null,
      message: "资金支出计划未填写：请按累计百分比填写各时间点的计划支出进度，12月底应为 100%（如“25%、50%、80%、100%”）。",
      ...(r.yearEnd >= 0 ? { suggestion: "100%" } : {}),
    }];
  }
  if (r.stage !== "read") return [];
  const out: SpendFinding[] = [];
  if (r.knownMonths && r.yearEnd < 0) {
    const monthsSeen = r.points.map((p) => p.month).filter((m): m is number => m !== null);
    out.push({
      code: "SPEND_MISSING_POINT",
      index: null,
      message: `资金支出计划缺少12月底（年末）时间点（现有：${monthsSeen.map((m) => `${m}月`).join("、") || "无"}）：请增加“12月底”并填写 100%。`,
      suggestion: "100%",
    });
  } else if (r.yearEnd >= 0 && r.cells[r.yearEnd].kind !== "percent" && r.cells[r.yearEnd].kind !== "number") {
    out.push({ code: "SPEND_MISSING_POINT", index: r.yearEnd, message: "资金支出计划12月底未填写：年末累计支出进度应为 100%，请填写“100%”。", suggestion: "100%" });
  }
  if (!r.allBlankThenEnd) {
    const paced = new Set(r.paceShortfalls.filter((s) => s.fits).map((s) => s.index));
    r.cells.forEach((c, i) => {
      if (c.kind !== "blank" || i >= r.firstFilled) return;
      out.push({
        code: "SPEND_MISSING_POINT",
        index: i,
        severity: "warning",
        message: `${pointName(r, i)}的计划支出进度未填写，按 0% 理解：如本期不支出请填写“0%”。`,
        ...(paced.has(i) ? {} : { suggestion: "0%" }),
      });
    });
  }
  return out;
}

export const rule = defineRule({
  meta: { code: "SPEND_MISSING_POINT", severity: "error", title: "支出计划缺少时间点", research: ["R-PLAN-002"] },
  check(ctx) {
    const r = planReading(ctx);
    if (r) reportPlanFindings(ctx, decide(r));
  },
});
