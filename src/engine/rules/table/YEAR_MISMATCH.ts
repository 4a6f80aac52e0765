import { defineRule } from "../defineRule";
import { categoryOf } from "../../framework";
import { firstCellOf } from "../shared/tableCells";
import { parseValue } from "../../values";

/** "2025年伤残人员…", "2025企业改制保障经费" (year without 年 at the start). */
function nameYear(text: string): number | null {
  const s = text.normalize("NFKC");
  const m = /(20\d{2})\s*年(?!\s*\d{1,2}\s*月)/.exec(s) ?? /^[\s\d.、]*?(20\d{2})(?!\d)/.exec(s.replace(/^\s*\d+[.、]\s*/, ""));
  return m ? Number(m[1]) : null;
}

/** The year a goal opens with ("2026年保障…", "1.2026年度…"), or null. */
function leadingYear(text: string): number | null {
  const m = /^[\s\d.、（()）一二三四五六七八九十]*?(20\d{2})\s*年(?!\s*\d{1,2}\s*月)/.exec(text.normalize("NFKC"));
  return m ? Number(m[1]) : null;
}

/** 河北 code: 6-digit region + 2-digit year + P… (spaces are extraction artefacts). */
function codeYear(text: string): number | null {
  const m = /^\d{6}(\d{2})P/i.exec(text.normalize("NFKC").replace(/\s+/g, ""));
  return m ? 2000 + Number(m[1]) : null;
}

/**
 * YEAR_MISMATCH — years in the project name, the project code and the document (or the budget year the
 * caller gave, e.g. --year 2025) disagree (R-HDR-006).
 *
 * Deadline years are the row rules' business (DEADLINE_OUTSIDE_YEAR / DEADLINE_NO_YEAR); here they only
 * decide whether a carried-over project (2024 project in a 2025 document) already states its year: when
 * every 时效 deadline carries an explicit year the carry-over is clear and nothing is reported.
 */
export const rule = defineRule({
  meta: { code: "YEAR_MISMATCH", severity: "warning", title: "项目名称、编码与文件年度不一致", research: ["R-HDR-006", "R-HDR-003"] },
  check(ctx) {
    const { header, documentYear } = ctx.table;
    const nameCell = header.projectName ?? header.title;
    const nYear = nameCell ? nameYear(nameCell.text) : null;
    const cYear = header.projectCode ? codeYear(header.projectCode.text) : null;

    const nameAndCodeDiffer = nYear !== null && cYear !== null && nYear !== cYear;
    if (nameAndCodeDiffer) {
      ctx.report({
        row: null,
        cell: header.projectCode!.cell,
        message: `项目编码中的年度（${String(cYear).slice(2)}，即${cYear}年）与项目名称中的${nYear}年不一致：请核对项目名称的年度或项目编码是否填错。`,
      });
    }

    const projectYear = nYear ?? cYear;
    let reportedName = false;
    // The document's year, else the budget year the caller gave (--year, a function argument): when the
    // runner inferred ctx.year from this very name or code it equals projectYear and nothing is reported.
    const refYear = typeof documentYear === "number" ? documentYear : ctx.year;
    const refWhat = typeof documentYear === "number" ? "所在文件为" : "检查的预算年度为";
    if (projectYear !== null && typeof refYear === "number" && refYear !== projectYear && !nameAndCodeDiffer) {
      const deadlines = ctx.table.indicators
        .map((r, i) => ({ r, p: ctx.parsed[i] }))
        .filter(({ r, p }) => p?.kind === "deadline" || (categoryOf(r.level1.text, r.level2.text) === "时效" && p?.date));
      const allStated = deadlines.length > 0 && deadlines.every(({ p }) => typeof p?.date?.year === "number");
      if (!allStated) {
        reportedName = true;
        ctx.report({
          row: null,
          cell: nameCell?.cell ?? header.projectCode?.cell ?? firstCellOf(ctx.table),
          message: `项目年度为${projectYear}年，但${refWhat}${refYear}年度：如为结转项目，请在时效指标中写明年份（如“${refYear}年12月31日前”），并核对项目名称与编码的年度。`,
        });
      }
    }
    // 项目名称 “2025年…” over a goal that opens with 2026年 (609): the name was kept from last year's table. Only a goal
    // that opens with its year says which year it is for; a year inside it may be a deadline or a baseline.
    const goalYear = header.goal ? leadingYear(header.goal.text) : null;
    if (nYear !== null && goalYear !== null && goalYear > nYear && !reportedName && !/(20\d{2})\s*年?\s*[-—–~至到]\s*(20\d{2})/.test(nameCell!.text)) {
      ctx.report({
        row: null,
        cell: nameCell!.cell,
        message: `项目名称中的年度（${nYear}年）与年度绩效目标所写的${goalYear}年不一致，疑似沿用往年表格：请核对项目名称的年度。`,
      });
    }
    // 项目起止时间 / 实施期限 that does not reach the budget year (2023年1月-2023年12月 in a 2024 table): copied from last
    // year's table. A multi-year period holding the year (2023-2025年) is fine.
    const budgetYear = projectYear ?? (typeof refYear === "number" ? refYear : null);
    const period = header.period;
    const p = period ? parseValue(period.text) : null;
    if (budgetYear !== null && period && p?.kind === "deadline" && p.date?.year != null) {
      const from = p.period?.start.year ?? p.date.year;
      const to = p.date.year;
      if (from !== null && (budgetYear < from || budgetYear > to)) {
        ctx.report({
          row: null,
          cell: period.cell,
          message: `项目起止时间“${period.text}”不含预算年度${budgetYear}年，疑似沿用往年表格：请改为本年度的实施期限（如“${budgetYear}年1月至${budgetYear}年12月”）；跨年项目请写明起止年份并包含${budgetYear}年。`,
          // A one-year period is proposed for the budget year; a multi-year one is the applicant's to restate.
          ...(from === to ? { suggestion: `${budgetYear}年1月至${budgetYear}年12月` } : {}),
        });
      }
    }
  },
});
