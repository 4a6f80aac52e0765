/**
 * What a template leaves in a 三级 name (data, not rules; L3_TEMPLATE_RESIDUE). A harmless mark is a form's own
 * annotation that a filler may keep; a residue is the template's fill-in hint that should have been replaced or
 * deleted once the row was filled (docs/decisions.md "Template residue in 三级 names").
 */

/** Fill-in instructions left in brackets: （请填写…）, （示例）, （如：…）, （根据实际填写）, （自行设置）. */
export const HINT_WORDS = ["请填写", "请输入", "请选择", "填写", "示例", "举例", "例如", "如：", "如:", "根据实际", "自行设置", "自行填写", "按实际"];

/**
 * Field markers forms print beside a name and that say nothing about the target: （必填）, （选填）, （可选）,
 * （核心指标）, （硬性指标）, （共性指标）, and a ★ / ☆ / * marking a core or required indicator. Harmless on their own;
 * when the name also carries a mask (the row is a copy of the template line), the leading stars go with it.
 */
export const FIELD_MARKERS = ["必填", "选填", "可选", "必选", "核心指标", "硬性指标", "共性指标", "个性指标", "必填硬性指标"];

/** Words that, repeated, stand for a name the template leaves to the filler: 某某, ××, XX. */
export const NAME_MASK_WORDS = ["某某", "XX", "××", "**"];
