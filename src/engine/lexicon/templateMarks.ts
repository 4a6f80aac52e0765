/**
 * What a template leaves in a 三级 name (data, not rules; L3_TEMPLATE_RESIDUE). A harmless mark is a form's own
 * annotation that a filler may keep; a residue is the template's fill-in hint that should have been replaced or
 * deleted once the row was filled (docs/decisions.md "Template residue in 三级 names").
 */

/**
 * Fill-in instructions left in brackets: （请填写…）, （示例）, （自行设置）. Words a filler also writes in a note of their
 * own are no instruction alone: （如村干部、党员）, （例如…） say what is counted, （按实际参训人数统计） how; a 如：
 * hint is residue when its example is masked (（如：XX镇）, caught by the mask).
 */
export const HINT_WORDS = ["请填写", "请输入", "请选择", "示例", "自行设置", "自行填写"];

/** An instruction to fill by the facts: （根据实际填写）, （按实际发放人数填写）, （按实际情况确定）. */
export const HINT_PATTERN = /(?:根据|按照?)实际[^()（）]{0,10}(?:填写|填报|设置|设定|确定)/;

/**
 * Field markers forms print after a column title or a 三级 name and that say nothing about the target: （必填）,
 * （选填）, （可选）, （核心指标）, （必填硬性指标）; with a ★ / ☆ / * marking a core or required indicator. Harmless on
 * their own; when the name also carries a mask (the row is a copy of the template line), the leading stars go with it.
 * A filling word may run on a few characters (必填项, 必填硬性指标); the core words stand alone.
 */
export const FILL_WORDS = ["必填", "选填", "非必填", "可选填", "可选", "必选", "可不填"];
export const CORE_WORDS = ["核心指标", "核心"];
const FIELD_MARKER = `(?:${CORE_WORDS.join("|")}|(?:${FILL_WORDS.join("|")})[\u4e00-\u9fff]{0,4})`;
/** A field marker ending a label key (labelKey writes brackets full-width): 三级指标（必填）, 数量指标（必填硬性指标）. */
export const FIELD_MARKER_AFTER_LABEL = new RegExp(`（${FIELD_MARKER}）$`);
/** A field marker ending a 三级 name, brackets of either width: 培训合格率（核心指标）, 苗木成活率(必填). */
export const FIELD_MARKER_AFTER_NAME = new RegExp(`[（(]${FIELD_MARKER}[)）]$`);

/** Words that, repeated, stand for a name the template leaves to the filler: 某某, ××, XX. */
export const NAME_MASK_WORDS = ["某某", "XX", "××", "**"];
