import type { Rule, RuleHit } from "../types";
import type { CellText, Severity } from "../../types";
import { rowFacts } from "../shared/rowFacts";
import { describeTypo, findTypos, mayHaveTypos } from "../shared/typos";

const FIELD_NAME = { level3: "三级指标", description: "绩效指标描述", value: "指标值", basis: "指标值确定依据" } as const;
type Field = keyof typeof FIELD_NAME;
const FIELDS: Field[] = ["level3", "description", "value", "basis"];

/**
 * TYPO — known near-misses and text slips in the 三级指标, 描述, 指标值 and 依据 cells (R-TXT-001):
 * dictionary (历史惊讶标准 → 历史经验标准), doubled words (意见意见), traditional characters (服務),
 * unbalanced “” / 《》, English "and" in Chinese text. One finding per cell, whose suggestion is the
 * whole corrected cell text (when something could be corrected). English quotes alone are info.
 * Header fields are RULES-TABLE's (they can reuse `findTypos`).
 */
export const TYPO: Rule = {
  code: "TYPO",
  severity: "warning",
  title: "错别字或标点问题",
  research: ["R-TXT-001"],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const f of rowFacts(ctx)) {
      for (const field of FIELDS) {
        const c = f.ind[field] as CellText | undefined;
        if (!c || !c.text || !mayHaveTypos(c.text)) continue;
        const { typos, fixed } = findTypos(c.text);
        if (!typos.length) continue;
        const severity: Severity | undefined = typos.every((t) => t.kind === "ascii-quotes") ? "info" : undefined;
        hits.push({
          row: f.index,
          cell: c.cell,
          message: `${f.label}的${FIELD_NAME[field]}有文字问题：${typos.map(describeTypo).join("；")}。`,
          ...(fixed !== c.text ? { suggestion: fixed } : {}),
          ...(severity ? { severity } : {}),
        });
      }
    }
    return hits;
  },
};
