/**
 * Confusables of 公文 text: a word written with a similar-sounding or similar-looking character, recognised in its
 * context (截止 before a date is 截至; 帐 of accounts is 账; 了放 before a subsidy is 发放). Data, grown from the
 * published tables of the corpus and the 公文 usage notes; each entry is a literal `core` (for the cheap
 * pre-scan), the pattern that confirms it in context (lookarounds only, so the match is the wrong word; they also
 * guard word boundaries such as 拨付|合规率 and 按|排名), and its correction.
 */

export interface Confusable {
  /** Literal text every match starts with (the pre-scan looks for it). */
  core: string;
  /** The wrong word, its context in lookarounds: the whole match is replaced by `right`. */
  pattern: string;
  right: string;
  /** zh-CN: why, for the message ("截至用于时间点之前"). */
  note?: string;
}

const DATE_AHEAD = "(?=\\s*(?:\\d{4}\\s*年|\\d{4}\\s*[-./]\\s*\\d{1,2}|\\d{1,2}\\s*月|目前|当前|现在|今年|本年|年底|年末|上半年|下半年))";
/** A verb of change right after the word (进一步提高, 进一步完善): where 进一点 / 进一部 can only mean 进一步. */
const CHANGE_VERB_AHEAD = "(?=提高|提升|加强|完善|改善|推进|扩大|增强|规范|落实|优化|深化|巩固|健全)";
const PERIOD_OWNERS = ["服务", "实施", "建设", "项目", "执行", "运行", "合同", "工作"];

export const CONFUSABLES: readonly Confusable[] = [
  { core: "截止", pattern: `截止${DATE_AHEAD}`, right: "截至", note: "表示“到某时为止”用“截至”" },
  { core: "布署", pattern: "布署", right: "部署" },
  { core: "按装", pattern: "按装(?!机|载|车)", right: "安装" },
  { core: "拔付", pattern: "拔付", right: "拨付" },
  { core: "拔款", pattern: "拔款", right: "拨款" },
  { core: "投款", pattern: "(?<=财政|专项|上级|中央|省级|市级|县级)投款", right: "拨款" },
  { core: "复盖", pattern: "(?<![重反])复盖(?!章)", right: "覆盖" },
  { core: "峻工", pattern: "峻工", right: "竣工" },
  { core: "报消", pattern: "报消(?![防毒费])", right: "报销" },
  { core: "既使", pattern: "既使(?!用)", right: "即使" },
  { core: "贯切", pattern: "贯切", right: "贯彻" },
  { core: "按排", pattern: "按排(?![名放序行列队])", right: "安排" },
  { core: "签定", pattern: "签定", right: "签订", note: "合同、协议用“签订”" },
  { core: "做为", pattern: "(?<!叫)做为(?![民人群])", right: "作为" },
  { core: "养植", pattern: "养植", right: "养殖" },
  { core: "一但", pattern: "(?<![统唯划均单同专])一但", right: "一旦" },
  { core: "即然", pattern: "即然", right: "既然" },
  { core: "对像", pattern: "对像", right: "对象" },
  { core: "部暑", pattern: "部暑", right: "部署" },
  { core: "归挡", pattern: "归挡", right: "归档" },
  // 既定目标 (set beforehand); 即定即办 (decided on the spot) stays.
  { core: "即定", pattern: "即定(?!即)", right: "既定" },
  // The head of a rate or a degree typed twice (合格率率, 满意度度); 年度度量 and 限额额度 are two words and stay.
  { core: "率率", pattern: "率率", right: "率", note: "字重复" },
  { core: "度度", pattern: "度度(?![量数])", right: "度", note: "字重复" },
  { core: "付合", pattern: "(?<![拨支交偿给应预垫])付合(?=要求|规定|标准|条件|实际|政策|国家|相关)", right: "符合" },
  { core: "知哓", pattern: "知哓", right: "知晓" },
  { core: "在接再厉", pattern: "在接再厉", right: "再接再厉" },
  { core: "一至", pattern: "(?<=保持|基本|完全|相|不)一至(?!\\d|[一二三四五六七八九十])", right: "一致" },
  { core: "反应", pattern: "反应(?=[\\u4e00-\\u9fff、，,]{0,12}(?:情况|水平|程度|质量|效果|进度|成效))", right: "反映", note: "“反映…情况”用“反映”" },
  ...["户", "目", "务", "本", "号", "簿", "面"].map((after) => ({ core: "帐" + after, pattern: `帐${after}`, right: `账${after}`, note: "账目、账户等用“账”" })),
  ...["记", "台", "对", "查", "结", "入", "挂", "做", "算", "报", "销", "建"].map((before) => ({
    core: before + "帐",
    pattern: `${before}帐(?!篷|幕|子)`,
    right: `${before}账`,
    note: "账目、账户等用“账”",
  })),
  { core: "其它", pattern: "其它(?=人员|人|单位|部门|资金|收入|支出|费用|经费|来源|事项|工作|成员)", right: "其他", note: "指人、单位和资金用“其他”" },
  { core: "制订", pattern: "制订(?=政策|制度|法规|法律|办法|规定|标准)", right: "制定", note: "政策、制度、标准用“制定”" },
  // 学生对学校伙食得满意度 (052): 得 before a noun of measure is the particle 的. 获得/取得/值得/显得 … stay.
  {
    core: "得",
    pattern: "(?<![获取使值记应所赢觉懂显免难不可晓心博求落舍])得(?=满意度|满意率|满意程度|知晓率|覆盖率|合格率|完成率|情况|比例|效果|水平)",
    right: "的",
    note: "“……的满意度”“……的情况”用结构助词“的”",
  },
  // 大力支出民办幼儿园发展 (110): 支出 (spending) for 支持 (support) after 大力 / 给予 / 积极, before what is supported.
  { core: "支出", pattern: "(?<=大力|给予|积极|全力)支出(?=[\u4e00-\u9fff]{0,12}(?:发展|建设|工作|事业|企业|项目))", right: "支持" },
  // 率 typed as its homophone 律: after the head of a rate (满意律, 知晓律, 合格律达到…), and at the end of a word after any
  // other character (办结律, 运用律: a rate's head is open-ended). The words that end in 律 (法律, 规律, 纪律, 一律, 自律,
  // 定律, 旋律, 韵律 …) and 律师 / 律所 stay.
  { core: "律", pattern: "(?:(?<=合格|覆盖|完成|及时|满意|知晓|达标|到位|使用|执行|利用|参与|普及|通过|准确|完好|成活|入学|发生|增长|出勤|就业|回收|处置)律|(?<=[\u4e00-\u9fff])(?<![法规纪一自他定旋韵格音戒乐声诗典刑军条])律(?![\u4e00-\u9fff]))", right: "率" },
  // 抚育 of forest tending (中幼林抚育, 抚育管护): 扶育 is a slip of the same sound.
  { core: "扶育", pattern: "扶育(?=管护|管理|面积|间伐|作业|补助|补贴|任务|措施|林|工程|成效)|(?<=森林|中幼林|幼林|林木|林分)扶育", right: "抚育" },
  // 推进 after a manner word (有序推近, 稳步推近): 推近 is a slip of the same sound.
  { core: "推近", pattern: "(?<=有序|稳步|加快|持续|扎实|全面|积极|深入|统筹|协同|逐步|大力)推近", right: "推进" },
  // 著录 of archives (目录著录, 著录准确率): 着录 is no word.
  { core: "着录", pattern: "着录", right: "著录" },
  // 青贮 (silage: 青贮池, 青贮饲料, 青贮玉米): 青储 is a slip of the same sound.
  { core: "青储", pattern: "青储(?=池|窖|饲料|玉米|草|料|设施|收储|加工)", right: "青贮" },
  // 安全生产 (work safety): 安全生成 is a slip of the same sound.
  { core: "安全生成", pattern: "安全生成", right: "安全生产" },
  // 弘扬 (carry forward a culture or spirit): 宏扬 is a slip of the same sound.
  { core: "宏扬", pattern: "宏扬", right: "弘扬" },
  // 塌方 (a landslip on a road): 踏方 is a slip of the same sound.
  { core: "踏方", pattern: "踏方", right: "塌方" },
  // 检 of inspection (质检, 快检, 检查, 检测, 检验, 检修, 年检): 捡 (pick up) is a slip of the same sound; 捡拾, 捡垃圾 stay.
  { core: "捡", pattern: "(?<=[质安年抽巡体送复初终自互快])捡(?![拾起到垃])|捡(?=查|测|验|修|定|疫|索)", right: "检" },
  // 校准 (calibrating instruments), 校对 (proofreading): 效 is a slip of the same sound; 有效准确, 成效对比 stay.
  { core: "效准", pattern: "(?<![有无成实绩功高时长生见奏])效准(?![确入备时])", right: "校准" },
  { core: "效对", pattern: "(?<![有无成实绩功高时长生见奏增提])效对(?![接比应象策口于待])", right: "校对" },
  // 及时 (in time): 既时 is a slip of the same sound.
  { core: "既时", pattern: "既时(?!尚|间)", right: "及时" },
  // 排查 (checking for hazards): 排察 is a slip of the same sound; 安排察看 stays.
  { core: "排察", pattern: "(?<!安)排察(?!看)", right: "排查" },
  // 满意度: 满义度 is a slip of the same sound.
  { core: "满义度", pattern: "满义度", right: "满意度" },
  // 采购 (procurement): 采够, 采构 are slips of the same sound; 采构件 stays.
  { core: "采够", pattern: "采够", right: "采购" },
  { core: "采构", pattern: "采构(?!件)", right: "采购" },
  // 保养 (servicing equipment): 保样 is a slip of the same sound; 确保样品, 留保样本 stay.
  { core: "保样", pattern: "(?<![确留])保样(?![品本])", right: "保养" },
  // 补贴, 津贴 (subsidies, allowances): 帖 is a slip of the same sound and a like shape.
  { core: "补帖", pattern: "补帖", right: "补贴" },
  { core: "津帖", pattern: "津帖", right: "津贴" },
  // 群众 (the public): 群从 is a slip of a like shape and sound.
  { core: "群从", pattern: "群从", right: "群众" },
  // 形象 (image, standing): 形像 is a slip of the same sound; 图形像素, 外形像… stay.
  { core: "形像", pattern: "(?<![图外字])形像(?!素)", right: "形象" },
  // 横幅 / 条幅 (banners), 大幅 (by a wide margin): 副 is a slip of the same sound; 大副 alone (a ship's mate) stays.
  { core: "横副", pattern: "横副", right: "横幅" },
  { core: "条副", pattern: "条副", right: "条幅" },
  { core: "大副", pattern: "大副(?=[提增上下降减度改])", right: "大幅" },
  // 评审 (review by experts): 平审 is a slip of the same sound; 公平审查, 水平审核 stay.
  { core: "平审", pattern: "(?<![公水])平审", right: "评审" },
  // 博览会 (an exposition): 博缆 is a slip of the same sound.
  { core: "博缆", pattern: "博缆", right: "博览" },
  // 测试 (a test: 渗透测试, 压力测试): 测式 is a slip of the same sound; 预测式, 检测式 stay.
  { core: "测式", pattern: "(?<=渗透|压力|性能|功能|安全|系统|联调|联合|上线|接口)测式|(?<![预检监])测式(?=次数|报告|工作|服务|结果|合格|通过)", right: "测试" },
  // 健身 (fitness: 全民健身, 健身器材): 建身 is a slip of the same sound; 修建身边的… stays.
  { core: "建身", pattern: "(?<=全民|强身|体育|群众)建身|建身(?=器材|路径|步道|活动|场所|设施|中心|广场|运动|操|房|馆)", right: "健身" },
  // 测评 (an assessment: 等级保护测评, 满意度测评): 测平 is a slip of the same sound; 监测平台, 检测平均值 stay.
  { core: "测平", pattern: "(?<=等级保护|等保|安全|绩效|质量|满意度|综合|民主|网络)测平|测平(?=次数|结果|报告|工作|服务|等级|得分|机构|费|合格)", right: "测评" },
  // 籍 of registers (户籍, 学籍, 国籍, 党籍, 籍贯) and of books (书籍): 藉 is a slip of a like shape; 慰藉, 狼藉, 藉由 stay.
  { core: "藉", pattern: "(?<=[户学国党书原祖军])藉|藉(?=贯)", right: "籍" },
  // 到岗, 在岗, 离岗 (at one's post): 冈 is a slip of a like shape and sound; place names (黄冈, 井冈山) stay.
  { core: "冈", pattern: "(?<=[到在离上转])冈(?![山])(?=率|人|位|情况|时间|[，。、；]|$)", right: "岗" },
  // 浪费 (waste): 浪废 is a slip of the same sound.
  { core: "浪废", pattern: "浪废", right: "浪费" },
  // 整治 (cleaning up, putting right): 整制 is a slip of the same sound; 调整制度, 完整制作, 规整制式 stay.
  { core: "整制", pattern: "(?<![调完规编修])整制(?![度作式定订])", right: "整治" },
  // 扫描 (scanning archives, codes): 扫瞄 is a slip of the same sound.
  { core: "扫瞄", pattern: "扫瞄", right: "扫描" },
  // 部署 (arrangements made) after the work or the plan it arranges; 部属 (subordinates: 部属高校, 部属单位) stays.
  { core: "部属", pattern: "(?<=工作|决策|统筹|周密|精心|战略|总体|全面|安排|重大|重点|任务)部属(?!单位|高校|院校|企业|医院|机构|院所)|部属(?=要求|安排|落实)", right: "部署" },
  // 安全度汛 (getting through the flood season): 渡汛 is a slip of the same sound.
  { core: "渡汛", pattern: "渡汛", right: "度汛" },
  // 合法权益, 切身利益's 权益: 权义 is a slip of the same sound.
  { core: "权义", pattern: "(?<=合法|正当|切身|基本|劳动|民生|消费者|职工|妇女|儿童|群众)权义", right: "权益" },
  // …and 合法权宜 (权宜 is a word of its own only in 权宜之计).
  { core: "权宜", pattern: "(?<=合法|正当|切身|基本|劳动|消费者|职工|妇女|儿童|群众)权宜(?!之)", right: "权益" },
  // Look-alikes and homophones in words every 绩效 table uses (an IME or OCR slip), keyed on the wrong character, which
  // is rare, so the pre-scan stays cheap: 效宜/效溢 → 效益, 影晌/影向 → 影响, 标淮 → 标准, 群从 → 群众, 满意渡, 可持读,
  // 必须品 → 必需品, 指标直 → 指标值.
  { core: "宜", pattern: "(?<=效)宜", right: "益" },
  { core: "溢", pattern: "(?<=效)溢", right: "益" },
  { core: "晌", pattern: "(?<=影)晌", right: "响" },
  { core: "向", pattern: "(?<=影)向", right: "响" },
  { core: "淮", pattern: "(?<=标)淮", right: "准" },
  { core: "从", pattern: "(?<=[益民]群)从", right: "众" },
  { core: "渡", pattern: "(?<=满意)渡", right: "度" },
  { core: "读", pattern: "(?<=可持)读", right: "续" },
  { core: "须品", pattern: "(?<=必)须品", right: "需品" },
  { core: "直", pattern: "(?<=指标)直", right: "值" },
  // A word cut short at the end of a cell (开展食品安全宣传周等科普宣传活, 061) and 不良应 for 不良反应 (059).
  { core: "活", pattern: "(?<=宣传|科普|文体|文化|体育|志愿|主题|教育|实践|公益|服务|党日|联谊)活$", right: "活动" },
  { core: "不良应", pattern: "不良应(?![用对急当该有])", right: "不良反应" },
  // 办公经费的的使用: the particle typed twice. 目的的 (目的 + 的), 有的的 and 的的确确 stay.
  { core: "的的", pattern: "(?<![目有])的的(?!确)", right: "的" },
  // 物资 (supplies) stored, bought or handed out; 物质 (matter) in 物质储备, 应急物质 is a slip (055 南县). 物质文化,
  // 物质生活, 物质基础, 物质保障 are words and stay.
  { core: "物质", pattern: "(?:物质(?=储备|采购|调拨|发放|仓库|库存|配送)|(?<=应急|救灾|防汛|抗旱|防疫|救援|防护|储备)物质(?!文化|生活|基础|条件|精神|保障|需求))", right: "物资" },
  // 债劵, 证劵, 优惠劵: 劵 (juàn, weary) for 券 (quàn, a ticket or bond).
  { core: "劵", pattern: "劵", right: "券" },
  { core: "了放", pattern: "了放(?=[\\u4e00-\\u9fff]{0,6}(?:补助|补贴|资金|奖励|奖金|金|款|物资|津贴))", right: "发放" },
  {
    core: "事实",
    pattern: "(?:(?<=[村镇乡县区市]|开展|组织|计划|拟)事实|事实(?=[\\u4e00-\\u9fff]{0,8}(?:项目|工程|建设|绿化|美化|改造|修缮|硬化|治理|计划|方案)))(?!上|求是|证明|清楚|依据|表明|认定)",
    right: "实施",
  },
  // 设施 (facilities) after the kind of facility: 基础实施建设, 交安实施 (003 清涧).
  { core: "实施", pattern: "(?<=基础|交安|附属|消防|公共)实施(?!方案|计划|细则|办法|意见|项目|过程|主体|单位|期|进度|时间|步骤|阶段)", right: "设施" },
  // 配套 / 服务 / 防护 实施 is also a verb phrase (同步配套实施道路硬化, 签约服务实施情况): 设施 only where a facility is
  // meant — built, equipped, maintained — or the name ends there (配套实施建设, 服务实施完善).
  { core: "实施", pattern: "(?<=配套|服务|防护)实施(?=建设|完善|齐全|改造|维修|维护|用房|配置|设备|[，,。；;、）)]|$)", right: "设施" },
  // 进一步 before a verb of change: 进一点提高 (016 澧县), and 进一部 (a same-sound slip, 924).
  { core: "进一点", pattern: `进一点${CHANGE_VERB_AHEAD}`, right: "进一步" },
  { core: "进一部", pattern: `进一部${CHANGE_VERB_AHEAD}`, right: "进一步" },
  // 全民 of 全民健身 / 全民健康水平 (004 长庆); 全面健康发展 is a word and stays.
  { core: "全面", pattern: "全面(?=健身|健康水平|健康素养|阅读|参保)", right: "全民" },
  // 河道 of river works: 中小河流治理问道长度 (048 陈仓).
  { core: "问道", pattern: "问道(?=长度|治理|整治|清淤|疏浚|护岸|堤防|两岸|管护|保洁)", right: "河道" },
  // 岗位: 冈 is a hill in place names (大青冈村), 冈位 is no word.
  { core: "冈位", pattern: "冈位(?![村镇乡山])", right: "岗位" },
  // 独生子女 of family-planning support: 独生子伤残、死亡家庭 (042 昭化).
  { core: "独生子", pattern: "独生子(?!女)(?=伤残|死亡|家庭|父母|户|奖励|特别扶助|扶助)", right: "独生子女" },
  // 麻风病 misspelt by sound or shape (病风病, 马风病; 麻疯病 is the obsolete form).
  ...["病", "马", "痳", "嘛"].map((first) => ({ core: `${first}风病`, pattern: `${first}风病`, right: "麻风病" })),
  { core: "麻疯", pattern: "麻疯(?=病)", right: "麻风" },
  ...PERIOD_OWNERS.map((owner) => ({ core: owner + "周", pattern: `${owner}周(?=\\s*\\d)`, right: `${owner}周期`, note: "漏了“期”字" })),
];
