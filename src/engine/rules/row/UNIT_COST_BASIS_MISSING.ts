import { defineRule } from "../defineRule";
import type { Profile } from "../../profiles/schema";
import { rowFacts } from "../shared/rowFacts";
import { formatValue, quoteValue, writtenUnit } from "../shared/messages";
import { hasNumber } from "../shared/valueFacts";
import { completeMoneyUnit, correctedValue, withCostBasis } from "../shared/unitFix";

/** Standards of a rate per unit (补助标准, 补贴标准, 单价, 定额): a total amount says nothing without its basis. */
const RATE_STANDARD = /(补助|补贴|奖补|资助|救助|救济|抚恤|慰问|收费|建设|造价)标准|单价|定额/;
/**
 * Pay to a person in a role or a household (护路员劳务补助, 保洁员工资, 网格员补贴, 住户记账补贴, 防疫员免疫劳务补助): pay is always per head
 * and period, so an amount that is a small share of the budget (profile cost.personPayShareMax) is one person's (one
 * household's) rate written without its basis.
 */
// The kind of pay may follow a word or two of what the work is (防疫员免疫劳务补助, 网格员巡查工作补贴).
const PERSON_PAY = /(员|人员|工|师|医生|教师|学生|对象|(?<![入进到])户)(?:[\u4e00-\u9fff]{0,3}(?:劳务|生活|工作|岗位|交通|误工|记账))?(补助|补贴|津贴|工资|报酬|劳务费|酬金)$/;
/**
 * An allowance for living or travel (参训生活费补贴, 交通费补助, 误工补贴): paid per person and day or trip, so an amount
 * in plain 元 within the profile's per-person-day ceiling is that rate written without its basis.
 */
const ALLOWANCE = /(生活|交通|误工|伙食|住宿)费?(补助|补贴)$/;
/** Pay to a household (住户记账补贴, 困难户生活补助): per 户 and month. */
const HOUSEHOLD_PAY = /户[\u4e00-\u9fff]{0,2}(补助|补贴|津贴|报酬|劳务费|酬金)$/;
/**
 * The basis a standard of this kind is paid per, for the message's example (培训定额 per 人·天, 印制单价 per 份, 造林补助
 * per 亩, 公路补助 per 公里, 慰问 and 高龄津贴 per 人); null when the name does not say, and the message lists a few.
 */
const BASIS_BY_NAME: readonly (readonly [RegExp, string])[] = [
  [/培训|参训|会议|参会/, "人·天"],
  [/印制|印刷|折页|宣传册|手册|海报|画册/, "份"],
  [/清淤|疏浚|土方|挖方/, "立方米"],
  [/造林|植树|种植|耕地|农田|草原|林地|复垦|土地|亩/, "亩"],
  [/公路|道路|管网|河道|沟渠|渠道|线路|里程/, "公里"],
  [/(?<![入进到])户/, "户"],
  [/慰问|救助|救济|抚恤|资助|生活|护理|养老|助学|奖励|津贴|高龄|长寿|周岁|老人|学生|幼儿|儿童|残疾|员|医生|教师|对象/, "人"],
];
function exampleBasis(name: string): string | null {
  return BASIS_BY_NAME.find(([re]) => re.test(name))?.[1] ?? null;
}
/** The message's closing example: the basis the name suggests, else a few to choose from. */
function basisExample(written: string, basis: string | null): string {
  return basis ? `请写成“${written}/${basis}”这样带计量基础的单位。` : `请在单位中写明计量基础，如“${written}/件”“${written}/人”“${written}/亩”。`;
}
/**
 * A fee the 会议费 / 培训费 rules fix per person and day (培训费, 会议费, 住宿费, 伙食费): an amount that is a small share of
 * the budget (cost.personPayShareMax) and within the profile's per-person-day standards is that standard written
 * without its basis (培训费 | ≤450元 of a 78万元 project); 会议费 | ≤3.5万元 is a total.
 */
const PERSON_DAY_FEE = /(培训|会议|住宿|伙食)费(用)?(标准)?$/;

/** The highest per-person-day standard of the profile (会议费 一类 760元): an amount above it is no day rate. 0 without one. */
function dayRateCeiling(profile: Profile): number {
  let max = 0;
  for (const s of profile.standards) if (s.basis === "元/人·天" && s.maxYuan > max) max = s.maxYuan;
  return max;
}

/**
 * UNIT_COST_BASIS_MISSING — a per-capita cost without /人, /人·天 or /人次 (R-UNIT-004). Training and
 * meeting costs get 元/人·天 (the 会议费/培训费 standards are per person-day), others 元/人.
 * `≤450元` on 人均培训成本 → `≤450元/人·天`. A 补助标准 / 单价 / 定额 in plain 元 or 万元 (`硬化水泥砼公路补助标准 ≤120万元`)
 * lacks its basis too; which one (公里, 亩, 户) is the author's, so no suggestion.
 */
export const rule = defineRule({
  meta: { code: "UNIT_COST_BASIS_MISSING", severity: "warning", title: "人均成本未写计量基础", research: ["R-UNIT-004"] },
  check(ctx) {
    const dayRateMax = dayRateCeiling(ctx.profile);
    for (const f of rowFacts(ctx)) {
      const p = f.parsed;
      // A plain amount of money (≤450元, ≤120万元): the form every reading below starts from.
      const plainMoney = hasNumber(p) && !p.mixed && p.unitClass === "money";
      const smallShare = p.amountYuan != null && ctx.budgetYuan != null && p.amountYuan < ctx.budgetYuan * ctx.profile.cost.personPayShareMax;
      const personPay = !f.perCapita && PERSON_PAY.test(f.name) && smallShare;
      const allowance = !f.perCapita && ALLOWANCE.test(f.name) && smallShare && p.amountYuan! <= dayRateMax;
      if (!f.perCapita && smallShare && plainMoney && PERSON_DAY_FEE.test(f.name) && p.amountYuan! <= dayRateMax) {
        const s = `${formatValue(p.operator ?? "<=", p.number, writtenUnit(p))}/人·天`;
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: `${f.label}的指标值${quoteValue(p)}远小于预算数，是每人每天的标准而不是总额，却没有写明计量基础。会议费、培训费标准按“元/人·天”核定，请写成“${s}”；若是总额，请核对金额。`,
          suggestion: s,
        });
        continue;
      }
      if (!f.perCapita && (RATE_STANDARD.test(f.name) || personPay || allowance) && plainMoney) {
        // 硬化水泥砼公路补助标准 ≤120万元: a standard is per something (公里, 亩, 户, 人); which one only the author knows.
        const written = formatValue(p.operator ?? "<=", p.number, writtenUnit(p));
        ctx.report({
          row: f.index,
          cell: f.ind.value.cell,
          message: personPay
            ? HOUSEHOLD_PAY.test(f.name)
              ? `${f.label}是按户发放的补贴，指标值${quoteValue(p)}却没有写明按什么计算（每户每月还是每户每年）。请写成“${written}/户·月”这样带计量基础的单位。`
              : `${f.label}是按人发放的报酬，指标值${quoteValue(p)}却没有写明按什么计算（每人每月还是每人每年）。请写成“${written}/人·月”这样带计量基础的单位。`
            : `${f.label}是补助（单价）标准，指标值${quoteValue(p)}却没有写明按什么计算（每公里、每亩、每户还是每人）。${basisExample(written, exampleBasis(f.name))}`,
        });
        continue;
      }
      if (!f.perCapita || !(f.money || f.category === "成本") || !hasNumber(p) || p.mixed) continue;
      const unit = writtenUnit(p);
      const withBasis = withCostBasis(f, completeMoneyUnit(f, unit) ?? unit);
      if (!withBasis) continue;
      const basis = withBasis.slice(withBasis.indexOf("/") + 1);
      const s = correctedValue(f) ?? "";
      ctx.report({
        row: f.index,
        cell: f.ind.value.cell,
        message: `${f.label}的指标值${quoteValue(p)}没有写明按什么计算（每人、每人每天还是每人次）。${basis === "人·天" ? "会议费、培训费标准按“元/人·天”核定，" : ""}请写成“${s}”。`,
        suggestion: s,
      });
    }
  },
});
