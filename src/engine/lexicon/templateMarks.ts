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
 * Field markers forms print beside a name and that say nothing about the target: （必填）, （选填）, （可选）,
 * （核心指标）, （硬性指标）, （共性指标）, and a ★ / ☆ / * marking a core or required indicator. Harmless on their own;
 * when the name also carries a mask (the row is a copy of the template line), the leading stars go with it.
 */
export const FIELD_MARKERS = ["必填", "选填", "可选", "必选", "核心指标", "硬性指标", "共性指标", "个性指标", "必填硬性指标"];

/** Words that, repeated, stand for a name the template leaves to the filler: 某某, ××, XX. */
export const NAME_MASK_WORDS = ["某某", "XX", "××", "**"];
