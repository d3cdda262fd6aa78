import { describe, expect, it } from 'vitest';
import type { Block, Cut } from '../../src/engine/blocks.js';
import { repairCuts } from '../../src/engine/repair.js';
import { Trace } from '../../src/engine/trace.js';

const b = (text: string, cut: Cut = null, extra: Partial<Block> = {}): Block => ({ text, tag: 'P', strong: false, linkOnly: false, cut, page: 0, ...extra });
const texts = (bs: Block[]): string[] => repairCuts(bs, new Trace()).map((x) => x.text);

describe('repairCuts', () => {
  it('joins a paragraph cut at a page break', () => {
    expect(texts([b('出了问题谁'), b('负责。各包抓领导要做好工作。', 'page')])).toEqual(['出了问题谁负责。各包抓领导要做好工作。']);
  });
  it('joins a list item a page break cut into the next page\'s list, never a whole item ending at ；', () => {
    const item = (list: string, id: string) => ({ item: { list, item: id, level: 0, ordered: false } });
    expect(texts([b('十一月：低年级识字写字比赛，', null, item('1:7', '1:10')), b('中高年级古诗词诵读展示；', 'page', item('2:11', '2:12'))])).toEqual(['十一月：低年级识字写字比赛，中高年级古诗词诵读展示；']);
    expect(texts([b('定地点，各年级办公室；', null, item('1:7', '1:9')), b('定内容，提前一周确定下一单元的重难点；', 'page', item('2:11', '2:12'))])).toHaveLength(2);
    // Two items of one list stay two items.
    expect(texts([b('九月：读书分享会，', null, item('1:7', '1:8')), b('十月：作文比赛；', 'ad', item('1:7', '1:9'))])).toHaveLength(2);
  });
  it('joins a paragraph cut around an ad slot', () => {
    expect(texts([b('二是教育科研能力有待提'), b('升，理论学习还不够系统。', 'ad')])).toEqual(['二是教育科研能力有待提升，理论学习还不够系统。']);
  });
  it('an English paragraph ending at a full stop is whole: the paragraph after an ad is its own', () => {
    expect(texts([b('The state has said it will decide next spring.'), b('Downstream, the farmers who lost land have their own complaint.', 'ad')])).toHaveLength(2);
    expect(texts([b('The intake, a concrete tower that used to stand in'), b('fast water, now sits in a shallow backwater.', 'ad')])).toEqual(['The intake, a concrete tower that used to stand in fast water, now sits in a shallow backwater.']);
  });
  it('drops a closing quote repeated on both sides of the cut', () => {
    expect(texts([b('当好群众的“贴心人”和“主心骨”'), b('”，网格化管理的作用没有充分凸显。', 'page')])).toEqual([
      '当好群众的“贴心人”和“主心骨”，网格化管理的作用没有充分凸显。',
    ]);
  });
  it('joins when the second half opens with punctuation even after a full stop', () => {
    expect(texts([b('他说：“好。'), b('”然后走了。', 'page')])).toEqual(['他说：“好。”然后走了。']);
  });
  it('joins a long numbered paragraph cut by an ad', () => {
    expect(texts([b('2. 乙方应合理使用房屋及设施，不得擅自改变房屋结构和用途，未经甲方书面同意不得将房屋'), b('转租、转借给他人。', 'ad')])).toHaveLength(1);
  });
  it('joins a short numbered clause that ends with a comma, or holds a full stop', () => {
    expect(texts([b('3. 乙方如需提前还款，应提前十五日书面通知甲方，'), b('利息按实际借款天数计算。', 'ad')])).toHaveLength(1);
    expect(texts([b('第二条 本借款不计利息。乙方应归还全部借款，如'), b('有特殊情况需要延期，应协商。', 'page')])).toHaveLength(1);
  });
  it('joins the rest of a paragraph a box sat inside, even after a full stop or in a sub-heading', () => {
    expect(texts([b('妈妈是一个勤劳的人。'), b('每天天还没亮。', 'ad', { restOfParagraph: true })])).toEqual(['妈妈是一个勤劳的人。每天天还没亮。']);
    expect(texts([b('三、家校沟通方'), b('面', 'ad', { restOfParagraph: true })])).toEqual(['三、家校沟通方面']);
  });
  it('keeps verse lines apart even when an ad stands between them', () => {
    expect(texts([b('三尺讲台'), b('是您耕耘了半生的土地'), b('一支粉笔'), b('写尽了多少个春夏秋冬', 'ad')])).toHaveLength(4);
  });
  it('joins a number cut from its unit, even in a dialogue line', () => {
    expect(texts([b('男：2024'), b('年，公司销售额突破十亿元大关。', 'ad')])).toEqual(['男：2024年，公司销售额突破十亿元大关。']);
  });
  it('a clause ending in "；" goes on across a cut; the next "二是…" line stands alone', () => {
    expect(texts([b('三是加强社区队伍建设。每人全年学习不少于40学时；'), b('建立工作考核机制，把满意度作为依据。', 'ad')])).toHaveLength(1);
    expect(texts([b('一是完善制度建设，规范办事流程；'), b('二是深化网格管理，提升服务水平。', 'page')])).toHaveLength(2);
  });
  it('where paragraphs open with an indent, an unindented block after a cut is the rest of the one before', () => {
    const p = (t: string, cut: Block['cut'] = null, indented = true): Block => b(t, cut, { indented });
    const page = [p('第一段写得完整，意思清楚，内容也比较长一些。'), p('第二段也写得完整，意思清楚，内容也比较长一些。'), p('讲师首先播放了几段视频，浓烟在几十秒内就充满了车间。')];
    expect(texts([...page, p('看到这里，会议室里一片安静。', 'ad', false)])).toHaveLength(3);
    expect(texts([...page, p('看到这里，会议室里一片安静。', 'ad', true)])).toHaveLength(4);
  });
  it('on an indented page, a numbered item cut mid-clause by an ad goes on in the unindented block after it (round 57); a sub-heading does not', () => {
    const p = (t: string, cut: Block['cut'] = null, indented = true): Block => b(t, cut, { indented });
    const page = [p('第一段写得完整，意思清楚，内容也比较长一些。'), p('第二段也写得完整，意思清楚，内容也比较长一些。'), p('第三段同样写得完整，意思清楚，内容也比较长一些。')];
    expect(texts([...page, p('（1）完善值周检查制度，由值周教师和学生干部'), p('每天检查卫生、纪律和两操情况，每周一公布检查结果。', 'ad', false)]).at(-1)).toBe('（1）完善值周检查制度，由值周教师和学生干部每天检查卫生、纪律和两操情况，每周一公布检查结果。');
    expect(texts([...page, p('（1）加强学习'), p('每天检查卫生、纪律和两操情况，每周一公布检查结果。', 'ad', false)])).toHaveLength(5);
    expect(texts([...page, p('（1）完善值周检查制度，由值周教师和学生干部'), p('每天检查卫生、纪律和两操情况，每周一公布检查结果。', 'ad', true)])).toHaveLength(5);
  });
  it('joins the rest of a numbered list item cut between items n and n+1; never a sub-heading over its paragraph', () => {
    const list = [b('42、愿你新年快乐，万事如意。'), b('43、愿你的每一个清晨都充满希'), b('望，每一个夜晚都安稳香甜。', 'page'), b('44、祝你身体健康。')];
    expect(texts(list)).toEqual(['42、愿你新年快乐，万事如意。', '43、愿你的每一个清晨都充满希望，每一个夜晚都安稳香甜。', '44、祝你身体健康。']);
    const headings = [b('一、做好服务'), b('正文一段，写得完整。'), b('二、及时化解矛盾纠纷'), b('网格虽小，却连着千家万户。', 'page'), b('三、不足')];
    expect(texts(headings)).toHaveLength(5);
  });
  it('a bold lead-in ending with a comma is not a heading: it joins across an ad', () => {
    expect(texts([b('第三，', null, { strong: true }), b('做好志愿填报的准备工作。', 'ad')])).toEqual(['第三，做好志愿填报的准备工作。']);
  });
  it('never joins without a cut', () => {
    expect(texts([b('一、思想政治方面'), b('我始终把加强师德修养放在首位。')])).toHaveLength(2);
    expect(texts([b('这一行没有标点'), b('下一行也是正文。')])).toHaveLength(2);
  });
  it('never joins across a missing page', () => {
    expect(texts([b('出了问题谁'), b('负责。', 'gap')])).toHaveLength(2);
  });
  it.each([
    ['sub-heading', '三、不足与今后努力方向', '回顾一学期的工作，我也看到不足。'],
    ['sub-heading without punctuation', '第一，切实提高政治站位', '新型冠状病毒感染的肺炎疫情发生以来。'],
    ['article heading', '第一条 房屋基本情况', '甲方将其房屋出租给乙方使用。'],
    ['salutation', '同志们：', '经市委同意，我们召开会议。'],
    ['dialogue', '男：辞旧岁', '女：迎新年'],
    ['date line', '____年____月____日', '篇二：房屋租赁合同范本'],
    ['date', '2024年3月1日', '附件：清单'],
    ['form line', '出租方（甲方）：____________', '承租方（乙方）：____________'],
    ['a finished sentence', '谢谢大家。', '第二位发言人讲了三点。'],
    ['piece marker second', '正文写到这里还没有完', '学校疫情防控讲话篇二'],
    ['numbered item second', '正文写到这里还没有完', '1. 租期为一年。'],
  ])('never joins a %s', (_why, first, second) => {
    expect(texts([b(first), b(second, 'page')])).toHaveLength(2);
  });
  it('never joins a bold heading', () => {
    expect(texts([b('学校疫情防控讲话', null, { strong: true }), b('正文。', 'page')])).toHaveLength(2);
  });
  it('puts a space between two Latin words, none between Chinese', () => {
    expect(texts([b('the quick brown'), b('fox jumps.', 'page')])).toEqual(['the quick brown fox jumps.']);
  });
});

describe('letter closings', () => {
  it('keeps a closing formula and its wish apart across a page break (敬祝 | 教安, 此致 | 敬礼！), simplified or traditional', () => {
    expect(texts([b('感謝老師撥冗閱讀。'), b('敬祝'), b('教安', 'page')])).toEqual(['感謝老師撥冗閱讀。', '敬祝', '教安']);
    expect(texts([b('此致'), b('敬礼！', 'ad')])).toEqual(['此致', '敬礼！']);
    expect(texts([b('順頌'), b('商祺', 'page')])).toEqual(['順頌', '商祺']);
  });
});
