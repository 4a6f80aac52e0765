/**
 * Served groups a satisfaction indicator may name without the project text naming them (data, not rules;
 * INDICATOR_IRRELEVANT): the general public, the served or benefiting people, and the usual groups of public services.
 * A group outside this list that the table mentions nowhere else (“本土人才满意度” on a 村干部补助 project, 008) is
 * likely copied from another project. 政策, 工作, 项目 name what is rated, not who rates it (政策满意度 on a subsidy).
 * 人员 names a role (驾乘人员, 参训人员, 工作人员), not a group of its own.
 */
export const GENERIC_GROUPS = /服务对象|受益|群众|公众|社会|居民|市民|村民|农户|农民|学生|家长|教师|老师|师生|职工|干部|员工|患者|病人|企业|游客|读者|观众|参训|参会|学员|用户|人民|百姓|对象|单位|部门|领导|上级|社区|使用|相关方|服务|主体|申请|参与|参加|办事|来访|旅客|乘客|商户|经营|人员|政策|工作|项目|工程|活动/;
