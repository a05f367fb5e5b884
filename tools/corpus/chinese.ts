/**
 * Material for the Chinese-language share of the corpus (`lang: zh`): headlines and sentences in the
 * register of wire copy, recombined into articles. Enough variety for search and layout to behave
 * as with real Chinese text (no spaces between words, full-width punctuation, 新疆 in several).
 */

const lines = (text: string): readonly string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Headlines. */
export const ZH_TITLES = lines(`
联合国人权办公室发布新疆问题评估报告
中方称联合国“关闭了合作的大门”
外交部发言人就新疆相关报告答记者问
日内瓦会议聚焦全球气候融资问题
多国代表在人权理事会会议上发表不同意见
世界卫生组织呼吁加强疫苗公平分配
专家：全球经济增长面临多重风险
欧盟与中国举行新一轮经贸对话
新疆棉花产业引发国际供应链讨论
联合国秘书长呼吁各方保持克制
多地遭遇极端天气 救援工作正在进行
央行宣布下调存款准备金率
国际组织发布年度粮食安全报告
新一轮气候谈判在争议中结束
科学家发现新的古代物种化石
`);

/** Sentences of reporting, each complete with its full stop. */
export const ZH_SENTENCES = lines(`
联合国人权事务高级专员办事处本月发布了一份关于新疆的评估报告。
报告称，新疆维吾尔自治区存在严重的人权问题，需要国际社会紧急关注。
中国常驻日内瓦代表在周五的发布会上对该报告表示强烈反对。
外交部发言人表示，所谓评估是少数西方国家策划的政治工具。
人权理事会预计将在下周的会议上讨论这份报告。
多个人权组织呼吁联合国采取进一步行动。
分析人士认为，这份报告可能会影响各方今后的合作。
报告发布前，各方围绕是否公开报告进行了长时间的博弈。
有关部门表示，将继续坚持对外开放，欢迎各国记者前往新疆实地采访。
新疆的经济发展和社会稳定问题长期受到国际社会关注。
官员表示，相关政策旨在促进就业和改善民生。
批评者则认为，相关措施缺乏透明度，应当接受独立调查。
会议期间，多国代表就气候融资、能源转型和粮食安全交换了意见。
世界卫生组织表示，全球公共卫生体系仍然面临严峻挑战。
专家指出，通货膨胀和债务压力正在拖累许多发展中国家的经济复苏。
据统计，今年前三个季度的对外贸易总额同比增长百分之五。
中央银行表示，将继续实施稳健的货币政策，保持流动性合理充裕。
受持续降雨影响，多条河流水位超过警戒线，数万名居民被紧急转移。
救援人员正在受灾地区搜救被困群众，并发放食品和饮用水。
科学家表示，这一发现有助于了解早期生物的演化过程。
研究团队在实验室中对样本进行了为期两年的分析。
这项研究的结果已经发表在一份国际学术期刊上。
当地政府宣布，将投入专项资金用于修复受损的道路和桥梁。
多家企业表示，供应链中断导致生产成本明显上升。
消费者对物价上涨的担忧仍在加剧。
联合国秘书长在声明中呼吁各方保持克制，通过对话解决分歧。
谈判代表表示，双方在若干关键问题上仍存在分歧。
这次会议被认为是近年来规模最大的一次国际气候会议。
多名与会者表示，发达国家应当履行资金承诺。
据报道，有关方面已经成立专门工作组，负责调查事件原因。
目击者称，事发时现场秩序混乱，许多人试图离开。
警方表示，目前没有证据表明事件与恐怖主义有关。
当地居民表示，希望政府尽快公布调查结果。
教育部门宣布，新学期将在部分地区试行新的课程标准。
运动员们在比赛中表现出色，赢得了观众的热烈掌声。
这部电影在国际电影节上获得了评委会大奖。
博物馆负责人表示，展览吸引了大量海外游客前来参观。
人工智能技术的快速发展引发了关于隐私和就业的广泛讨论。
监管机构表示，将加强对大型科技平台的监督。
新疆各地的棉花和葡萄种植业近年来发展迅速。
`);

/** Sentences fit to be quoted, without the closing full stop (the attribution follows). */
export const ZH_QUOTES = lines(`
我们坚决反对发布所谓的新疆相关报告
这份报告是少数国家精心策划的一场闹剧
所谓评估关闭了合作的大门
我们欢迎任何有助于对话与合作的建设性努力
国际社会应当以客观公正的态度看待这一问题
我们将继续与各方保持沟通，推动问题得到妥善解决
现在最重要的是保障受灾群众的基本生活
这项研究为今后的工作奠定了坚实的基础
我们对谈判结果感到失望，但不会放弃努力
经济复苏的基础还不牢固，需要保持政策的连续性
`);

/** Standfirsts. */
export const ZH_DESCRIPTIONS = lines(`
中方对联合国人权办公室发布的报告作出强烈回应。
各方在会议上就多个议题展开讨论，但分歧依然存在。
专家认为，相关进展将对地区局势产生深远影响。
有关部门表示，将继续密切关注事态发展。
`);

/** Subheadings. */
export const ZH_SUBHEADINGS = lines(`
各方反应
背景
专家观点
下一步
`);

const FILLER = '有关方面表示将继续密切关注事态发展并及时公布最新情况';

/** A Chinese sentence of exactly `characters` ideographs (at least one), to land a body on its length. */
export function zhSentenceOfLength(characters: number): string {
  let text = '';
  while (text.length < characters) text += FILLER;
  return `${text.slice(0, Math.max(1, characters))}。`;
}
