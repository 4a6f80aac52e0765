import { defineRule } from "../defineRule";
import { rowFacts } from "../shared/rowFacts";
import { GENERIC_GROUPS } from "../../lexicon/servedGroups";
import type { PerfTable } from "../../types";

/**
 * The group a satisfaction indicator asks (“本土人才满意度” → 本土人才, “培训学员对培训效果满意度” → 培训学员). The 对 of
 * 对象 opens no object clause: 帮扶对象满意度 asks 帮扶对象.
 */
const SUBJECT = /^(?:\d{1,2}[.、．:：]|指标\d{1,2}[:：])?(.{2,12}?)(?:对(?!象)[^满]{0,24})?(?:的)?满意(?:度|率|程度)/;

/** The table's own words: header fields, title and every indicator's name and description. */
function tableText(t: PerfTable): string {
  const h = t.header;
  const parts = [h.title, h.projectName, h.goal, h.overview, h.purpose, h.projectBasis, h.implementer, h.supervisor].map((c) => c?.text ?? "");
  for (const ind of t.indicators) parts.push(ind.level3.text, ind.description?.text ?? "");
  return parts.join("|");
}

/**
 * INDICATOR_IRRELEVANT — a satisfaction indicator asking a group the project has nothing to do with (corpus 008 潼南:
 * “本土人才满意度” on a project paying 村干部 wages): the group is not a general one (lexicon/servedGroups.ts) and
 * no two consecutive characters of it appear anywhere else in the table (name, goal, overview, other indicators). A
 * warning at the 三级 cell; no suggestion (which group is served is the applicant's to say).
 */
export const rule = defineRule({
  meta: { code: "INDICATOR_IRRELEVANT", severity: "warning", title: "指标与项目无关", research: ["R-HDR-007"] },
  check(ctx) {
    let text: string | null = null;
    for (const f of rowFacts(ctx)) {
      if (!f.satisfaction) continue;
      const m = SUBJECT.exec(f.name);
      const subject = m?.[1].replace(/[（(].*$/, "") ?? "";
      if (subject.length < 2 || GENERIC_GROUPS.test(subject)) continue;
      text ??= tableText(ctx.table).replace(f.ind.level3.text, "");
      let shared = false;
      for (let i = 0; i + 2 <= subject.length && !shared; i++) shared = text.includes(subject.slice(i, i + 2));
      if (shared) continue;
      ctx.report({
        row: f.index,
        cell: f.ind.level3.cell,
        message: `满意度指标${f.label}调查的“${subject}”在本项目的名称、目标和其他指标中都没有出现，疑似照抄其他项目：请改为本项目服务对象的满意度（如“补助对象满意度”）。`,
      });
    }
  },
});
