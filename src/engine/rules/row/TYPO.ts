import { defineRule } from "../defineRule";
import type { ReportingContext } from "../types";
import type { CellText, Severity } from "../../types";
import { rowFacts } from "../shared/rowFacts";
import { describeTypo, findTypos, mayHaveTypos, placeNameSlips, type Typo } from "../shared/typos";

const FIELD_NAME = { level3: "三级指标", description: "绩效指标描述", value: "指标值", basis: "指标值确定依据", note: "备注" } as const;
type Field = keyof typeof FIELD_NAME;
const at = (label: string, field: Field): string => `${label}的${FIELD_NAME[field]}`;

/** Header fields by key; a field the reader adds later is still checked, under the generic name. */
const HEADER_NAME: Readonly<Record<string, string>> = {
  title: "标题",
  projectName: "项目名称",
  purpose: "资金用途（项目概况）",
  goal: "绩效目标",
  overview: "项目概况",
  period: "项目起止时间",
  projectBasis: "立项依据",
  supervisor: "主管部门",
  implementer: "实施单位",
  budget: "预算数",
  fiscal: "财政拨款",
  other: "其他资金",
};
/** Titles are often cut from a longer line ("…绩效目标表 2020年度)"): a stray bracket or number there is not the author's slip. */
const TITLE_SKIPS = new Set<Typo["kind"]>(["unbalanced", "numbering"]);
/** The same amount twice in a row: 854万854万, 5.00万元5.00万元. */
const DOUBLED_AMOUNT = /(\d+(?:\.\d+)?(?:万元|万|元|亿元))\1/;
/** Header fields that hold amounts or codes, not text. */
const NOT_TEXT = new Set(["budget", "fiscal", "other", "projectCode"]);

function reportTypos(ctx: ReportingContext, row: number | null, where: string, c: CellText, more: readonly Typo[] = [], skip?: ReadonlySet<Typo["kind"]>): void {
  const found = findTypos(c.text);
  let typos = more.length ? [...found.typos, ...more] : found.typos;
  if (skip) typos = typos.filter((t) => !skip.has(t.kind));
  if (!typos.length) return;
  let fixed = found.fixed;
  for (const t of more) if (t.replacement) fixed = fixed.split(t.found).join(t.replacement);
  const severity: Severity | undefined = typos.every((t) => t.kind === "ascii-quotes") ? "info" : undefined;
  ctx.report({
    row,
    cell: c.cell,
    message: `${where}有文字问题：${typos.map(describeTypo).join("；")}。`,
    // A cell whose text gathers the rows under it: the corrected text is not this cell's, so none is proposed.
    ...(fixed !== c.text && !c.partial ? { suggestion: fixed } : {}),
    ...(severity ? { severity } : {}),
  });
}

/**
 * TYPO — known near-misses and text slips in the 三级指标, 描述, 指标值, 依据 and 备注 cells (R-TXT-001):
 * dictionary (历史惊讶标准 → 历史经验标准), doubled words (意见意见), traditional characters (服務),
 * 公文 confusables in context (截止 before a date → 截至, 帐户 → 账户, 了放…补助 → 发放), repeated fragments,
 * unbalanced “” / 《》 / brackets, broken list numbering (1. 2. 4.), periods written as bare digits
 * (20246-202516), English "and" in Chinese text. One finding per cell, whose suggestion is the whole
 * corrected cell text (when something could be corrected). English quotes alone are info. The header's
 * text fields (title, 项目名称, 项目概况/资金用途, 绩效目标 …) are checked the same way, with `row` null.
 */
export const rule = defineRule({
  meta: { code: "TYPO", severity: "warning", title: "错别字或标点问题", research: ["R-TXT-001"] },
  check(ctx) {
    for (const f of rowFacts(ctx)) {
      const { level3, description, value, basis } = f.ind;
      // Unrolled over the cells: the common case is a few quick character scans and no allocation.
      if (level3.text && mayHaveTypos(level3.text)) reportTypos(ctx, f.index, at(f.label, "level3"), level3);
      if (description && description.text && mayHaveTypos(description.text)) reportTypos(ctx, f.index, at(f.label, "description"), description);
      if (value.text && mayHaveTypos(value.text)) reportTypos(ctx, f.index, at(f.label, "value"), value);
      if (basis && basis.text && mayHaveTypos(basis.text)) reportTypos(ctx, f.index, at(f.label, "basis"), basis);
      const note = f.ind.parts?.note;
      if (note && note.text && mayHaveTypos(note.text)) reportTypos(ctx, f.index, at(f.label, "note"), note);
    }
    const project = ctx.table.header.projectName?.text ?? "";
    // One header cell may fill two fields (资金用途 and 项目概况): checked once.
    const seen = new Set<string>();
    // Other goals (中期目标 beside 年度目标) are read like the goal; the fund parts are amounts.
    const fields = Object.entries(ctx.table.header).flatMap(([key, c]): [string, CellText | undefined][] =>
      key === "otherGoals" ? (c as CellText[]).map((g): [string, CellText] => ["goal", g]) : key === "fundParts" ? [] : [[key, c as CellText | undefined]],
    );
    for (const [key, c] of fields) {
      if (!c || !c.text || seen.has(c.cell)) continue;
      if (NOT_TEXT.has(key)) {
        // An amount printed twice in a row (854万854万(…), 040 岳阳): the figure is doubled by a slip.
        const d = DOUBLED_AMOUNT.exec(c.text.replace(/\s+/g, ""));
        if (d) {
          seen.add(c.cell);
          ctx.report({
            row: null,
            cell: c.cell,
            message: `表头“${HEADER_NAME[key] ?? "金额"}”的金额“${d[0]}”重复写了两遍，请只写一次“${d[1]}”。`,
            suggestion: c.text.replace(d[0], d[1]),
          });
        }
        continue;
      }
      seen.add(c.cell);
      const places = key === "projectName" || key === "title" ? [] : placeNameSlips(c.text, project);
      if (places.length || mayHaveTypos(c.text)) reportTypos(ctx, null, `表头“${HEADER_NAME[key] ?? "栏目"}”`, c, places, key === "title" ? TITLE_SKIPS : undefined);
    }
  },
});
