import type { CellText, TableHeader, TableLayout } from "../../types";
import { withBudgetYear } from "../shared/messages";
import { defineRule } from "../defineRule";
import { firstCellOf } from "../shared/tableCells";

interface FieldSpec {
  key: Exclude<keyof TableHeader, "fundParts" | "otherGoals">;
  label: string;
  how: string;
  /** Whether this table's layout has the field at all (absent fields are never flagged). */
  applies: (l: TableLayout) => boolean;
  /** Flag the field when its label is missing altogether (only the project name: a table must say what it is). */
  required?: boolean;
}

const FIELDS: FieldSpec[] = [
  { key: "projectName", label: "项目名称", how: "请填写完整的项目名称（含年度，如“{year}年××专项经费”）", applies: () => true, required: true },
  { key: "projectCode", label: "项目编码", how: "请填写预算系统中的项目编码", applies: (l) => l.hasCode },
  { key: "supervisor", label: "主管部门", how: "请填写项目的主管部门（及其预算代码）", applies: () => true },
  { key: "implementer", label: "实施单位", how: "请填写具体负责实施项目的单位", applies: () => true },
  { key: "attribute", label: "项目属性", how: "请按表样勾选或填写项目属性（如“延续性项目”“新增项目”）", applies: () => true },
  { key: "procurement", label: "是否政府采购", how: "请填写“是”或“否”，需要政府采购的写明采购品目", applies: () => true },
  { key: "budget", label: "预算数", how: "请填写项目预算总额（与“单位：万元/元”一致）", applies: () => true },
  { key: "fiscal", label: "其中：财政资金", how: "请填写财政资金金额（预算数 = 财政资金 + 其他资金）", applies: (l) => l.hasFunds },
  { key: "purpose", label: "资金用途", how: "请说明资金具体用于什么（如“用于举办3期培训班的场地、食宿和讲课费”）", applies: (l) => l.hasPurpose },
  { key: "projectBasis", label: "立项依据", how: "请写明项目设立所依据的政策或文件（文件名称及文号）", applies: () => true },
  { key: "goal", label: "绩效目标", how: "请写明本项目年度要完成什么、做多少、何时完成", applies: () => true },
];

function empty(c: CellText | undefined): boolean {
  return !c || String(c.text ?? "").trim() === "";
}

/**
 * HEADER_MISSING_FIELD — a header field the table prints is left empty (R-HDR-001).
 * Forms differ between provinces and years (项目支出名称, 年度资金总额, 本年度绩效目标, 主管部门及代码, 专项立项依据 …:
 * the reader's label lexicon): a field is judged only when the table prints its label, so a form without a 编码, a
 * plan or a 立项依据 line is never asked for one — except the project name, which every table needs (a title line
 * naming the project counts). Bare indicator rows (custom functions) have no header at all.
 */
export const rule = defineRule({
  meta: { code: "HEADER_MISSING_FIELD", severity: "error", title: "表头必填项为空", research: ["R-HDR-001"] },
  check(ctx) {
    const t = ctx.table;
    if (t.variant === "rows") return;
    const fallback = firstCellOf(t);
    for (const f of FIELDS) {
      if (!f.applies(t.layout)) continue;
      const c = t.header[f.key];
      if (!c && !f.required) continue;
      // A title line such as "1.“领潮计划”专项培训绩效目标表" names the project when the field is absent.
      if (f.key === "projectName" && !c && !empty(t.header.title)) continue;
      // 财政资金(万元) printed over its parts (中央 | 省级 | 市级 | 本级, 026 南岳) with the amounts in the parts: filled in.
      if (f.key === "fiscal" && t.header.fundParts?.some((p) => !empty(p.value))) continue;
      if (empty(c)) ctx.report({ row: null, cell: c?.cell ?? fallback, message: `“${f.label}”未填写：${withBudgetYear(f.how, ctx.year)}。` });
    }
    if (t.layout.hasPlan) {
      const plan = t.plan;
      if (!plan || plan.points.length === 0) {
        ctx.report({ row: null, cell: plan?.labelCell.cell ?? fallback, message: "“资金支出计划（%）”未填写：请填写3月底、6月底、10月底、12月底的累计支出百分比，12月底为 100%。" });
      }
    }
  },
});
