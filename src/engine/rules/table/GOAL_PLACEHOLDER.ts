import { defineRule } from "../defineRule";
import type { RuleHit } from "../types";

/** Template text left in the cell (error): "1.目标内容 1", "请输入…", "XXX". */
const PLACEHOLDER = /目标内容\s*[0-9０-９一二三四五六七八九十]*|请(输入|填写)|[xX×]{2,}|^[（(]?填写[^）)]*[）)]?$|^(无|略|暂无)$/;

/**
 * Generic clauses that say nothing project-specific (warning, R-HDR-004 "generic, e.g. 保障单位业务开展").
 * A goal is boilerplate only when EVERY clause matches one of these and it holds no number besides dates:
 * "1.做好工作业务培训，保障单位业务开展。" is, "拟对12名…发放生活互助金" is not.
 */
const GENERIC_CLAUSES: RegExp[] = [
  /^保障(单位|机关|部门|本单位)?(各项)?(业务|工作|日常工作)?(的)?(正常|顺利)?(开展|发展|运转|运行)$/,
  /^做好.{0,12}$/,
  // 完成培训任务, 圆满完成上级交办的各项工作任务: done, but what and how much?
  /^(圆满|按时|按期|全面|顺利|保质保量)?完成(年度|全年|本年度?|各项|上级(?:下达|交办|分配|安排)的?(?:各项)?)?[\u4e00-\u9fff]{0,4}?(工作|目标)?(计划|任务)?$/,
  /^做好其他专项支出$/,
  /^(确保|保证)(工作|业务)(正常|顺利)(开展|运转)$/,
  // 确保系统正常运行, 保障设施安全稳定运行: what every upkeep project wants, not what this year's does.
  /^(确保|保证|保障)[\u4e00-\u9fff]{0,8}?(系统|设备|平台|设施|网络)?(正常|稳定|安全|平稳|安全稳定|稳定高效)(运行|运转)$/,
  // 保证林业局职能实现, 保障人员经费, 确保单位履职 (044): the office keeps running — true of every year and every project.
  /^(保障|保证|确保|维持)[\u4e00-\u9fff]{0,6}?(职能|运转|运行|履职|人员经费|工作经费|日常经费|各项工作)(的)?(正常|顺利|有效)?(实现|运转|开展|履行)?$/,
  // 推进科技事业发展, 促进经济社会发展: a direction, not a task.
  /^(推进|促进|推动|助力)[\u4e00-\u9fff]{0,6}?(事业|经济|社会)?(发展|进步)$/,
  // 提升社区服务水平, 提高工作效率: better than before, but by what?
  /^(提升|提高|改善|增强)[\u4e00-\u9fff]{0,8}?(服务|工作|管理|保障|履职)?(水平|能力|质量|效率|效能|环境|面貌|秩序|形象)$/,
  // 以服务对象满意为目标, 以群众需求为导向: an aim stated, nothing planned.
  /^以[\u4e00-\u9fff]{0,16}为(目标|宗旨|导向|核心|根本)$/,
  // 着力打造文明型机关, 争创一流窗口: a reputation wished for, not a task.
  /^(着力|努力|全力|积极|倾力)?(打造|创建|争创|树立)[\u4e00-\u9fff、]{0,16}(机关|单位|部门|窗口|品牌|形象|氛围|队伍)$/,
];

const DATE_WORDS = /(20\d{2}|\d{1,2})\s*(年|月份?|日)(底|末|前|之前)?/g;

function clauses(goal: string): string[] {
  return goal
    .normalize("NFKC")
    .replace(/^\s*[（(]?[0-9一二三四五六七八九十]+[)）.、．]\s*/gm, "") // "1." "（一）" numbering
    .replace(DATE_WORDS, "")
    .split(/[，,。；;！!\n\r]+/)
    .map((c) => c.replace(/[\s\u3000]+/g, "").replace(/^[0-9]+[.、]/, ""))
    .filter(Boolean);
}

/** A verb that only says the project is carried out (开展…, 完成…, 实施…): 完成XX维修改造项目 names the project again. */
const CARRY_OUT = /^(?:开展|完成|实施|做好|组织|组织实施|推进|落实|保障|进行|用于|按时完成|顺利完成|全面完成)/;

/**
 * The two texts the same once spacing, punctuation, a year, a leading verb of carrying out, the words
 * 项目/专项/经费/资金/工作/任务/政策 and a last verb of running it (发放, 管理, 实施 …) are set aside (落实草原生态保护补助奖励政策
 * for 草原生态保护补助奖励资金, 做好…培训补贴发放工作 for …培训补贴).
 */
function wordsKey(t: string): string {
  return t.normalize("NFKC").replace(/[\s\p{P}]+/gu, "").replace(/正常|顺利|有序/g, "").replace(/^\d{4}年度?/, "").replace(CARRY_OUT, "").replace(/^\d{4}年度?/, "").replace(/(项目|专项|经费|资金|工作|任务|政策|保障)+$/, "").replace(/(发放|管理|实施|运行|运转)$/, "");
}
function sameWords(a: string, b: string): boolean {
  const ka = wordsKey(a);
  return ka.length >= 2 && ka === wordsKey(b);
}

/** A clause that is a part of the project's name with a verb of carrying it out (做好信息系统安全等级保护测评工作 for 机关运行及信息系统安全等级保护测评经费). */
function partOfName(clause: string, projectName: string): boolean {
  const k = wordsKey(clause);
  return k.length >= 4 && wordsKey(projectName).includes(k);
}

/** A generic clause, or a list of them (增强政府工作效率、改善乡镇居住环境); 做好涉案、价格认定工作 is one clause and generic whole. */
function isGenericClause(clause: string): boolean {
  const generic = (c: string) => GENERIC_CLAUSES.some((re) => re.test(c));
  return generic(clause) || (clause.includes("、") && clause.split("、").every((c) => c !== "" && generic(c)));
}

/** Every clause generic and no number besides dates. */
function isBoilerplate(text: string): boolean {
  const parts = clauses(text);
  return parts.length > 0 && !parts.some((c) => /\d/.test(c)) && parts.every(isGenericClause);
}

/**
 * The goal is the project's name again, alone or with generic clauses beside it (做好…系统运维保障工作，确保系统正常运行
 * for …系统运维项目, 607).
 */
function repeatsName(text: string, projectName: string): boolean {
  if (!projectName) return false;
  if (sameWords(text, projectName)) return true;
  const parts = clauses(text);
  // A generic clause that shares words with the name (保障街道机关正常运转 for 街道机关运转经费) is still only generic.
  const named = parts.filter((c) => sameWords(c, projectName) || (!isGenericClause(c) && partOfName(c, projectName)));
  return named.length > 0 && !parts.some((c) => /\d/.test(c)) && parts.every((c) => named.includes(c) || isGenericClause(c));
}

/**
 * GOAL_PLACEHOLDER — 绩效目标 is template text (error) or generic boilerplate (warning) (R-HDR-004).
 */
/** What is wrong with the year's goal `text` (template text, a bare number, the project's name again, boilerplate), or null. */
function goalDefect(text: string, projectName: string, year: number | null): Pick<RuleHit, "message" | "severity"> | null {
  const example = `（如“${year ?? "××××"}年举办3期培训班，培训非公经济人士≥150人次”）`;
  if (PLACEHOLDER.test(text.normalize("NFKC")))
    return { message: `绩效目标“${text.slice(0, 20)}”是模板占位文字：请写明本项目年度要完成的具体任务、数量和时间${example}。` };
  // A goal that is only a number or an amount (预期目标 | 43.2, 101): the budget figure typed in the goal's cell.
  if (!/[\u4e00-\u9fff]{2}/.test(text.replace(/万元|元|万|亿/g, "")))
    return { message: `绩效目标只写了“${text.slice(0, 20)}”，没有文字说明：请写明本项目年度要完成的具体任务、数量和时间${example}。` };
  const shown = text.replace(/\s+/g, "").slice(0, 30);
  // 年度总体目标 | 国家基本公共卫生服务 (160): the project's name again says nothing of what the year will achieve.
  if (repeatsName(text, projectName))
    return { severity: "warning", message: `绩效目标“${shown}”只重复了项目名称，看不出本年度要做什么、做多少：请写明具体任务、数量和完成时间，并与下方指标对应。` };
  if (isBoilerplate(text))
    return { severity: "warning", message: `绩效目标“${shown}”是通用套话，看不出本项目做什么、做多少：请写明具体任务、数量和完成时间，并与下方指标对应。` };
  return null;
}

export const rule = defineRule({
  meta: { code: "GOAL_PLACEHOLDER", severity: "error", title: "绩效目标为模板占位或空泛套话", research: ["R-HDR-004"] },
  check(ctx) {
    const goal = ctx.table.header.goal;
    const text = String(goal?.text ?? "").trim();
    if (!goal || !text) return;
    const projectName = ctx.table.header.projectName?.text ?? "";
    const hit = goalDefect(text, projectName, typeof ctx.year === "number" ? ctx.year : null);
    if (hit) ctx.report({ row: null, cell: goal.cell, ...hit });
    // 中期目标 “推进科技事业发展” beside a real 年度目标 (053): the other goal is boilerplate too, whatever the year's one is.
    for (const other of ctx.table.header.otherGoals ?? []) {
      const t = String(other.text ?? "").trim();
      if (!t) continue;
      // 中期目标 | 社区居家养老服务补贴 (959): the project's name again, as a year's goal would be.
      const what = projectName && sameWords(t, projectName) ? "只重复了项目名称" : isBoilerplate(t) ? "是通用套话" : null;
      if (what)
        ctx.report({
          row: null,
          cell: other.cell,
          severity: "warning",
          message: `中期（实施期）目标“${t.replace(/\s+/g, "").slice(0, 30)}”${what}，看不出项目几年内要完成什么：请写明实施期内的任务、规模和成效。`,
        });
    }
  },
});
