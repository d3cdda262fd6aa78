import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/engine/blocks.js';
import { dropBoilerplate, dropRepeatedEdges } from '../../src/engine/boilerplate.js';
import { Trace } from '../../src/engine/trace.js';

const b = (text: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'P', strong: false, linkOnly: false, cut: null, page: 0, ...extra });
const keep = (blocks: Block[], title = '测试文章'): string[] => dropBoilerplate(blocks, null, title, new Trace()).map((x) => x.text);
const REAL = '今年以来，我们坚持以学生为中心，认真落实各项教学任务，取得了一定成绩。';

describe('phrase families drop boilerplate blocks', () => {
  it.each([
    ['本文原地址：https://xiaorob.com/zuowen/1.html'],
    ['本文来源：https://www.diyifanwen.com/fanwen/hetong/9527.htm'],
    ['本文链接：https://blog.example.cn/posts/a/'],
    ['原文地址：http://www.example.com/a.html'],
    ['来源：第一范文网'],
    ['（本文来自瑞文网整理）'],
    ['（本文由对联网整理，转载请注明出处。）'],
    ['春节贴春联是我国的传统习俗。对联网为您精选了2025年七字春联大全，每副都配有横批，快来挑选一副贴在自家门上吧！'],
    ['在日常学习、工作或生活中，大家总少不了接触作文或者范文吧，通过文章可以把我们那些零零散散的思想，聚集在一块。下面是小编帮大家整理的优质范文，仅供参考，大家一起来看看吧。'],
    ['以下是无忧考网为您整理的《国庆节演讲稿三分钟（精选4篇）》，希望大家能够喜欢。'],
    ['以下是小编精心整理的大学生军训心得体会范文（通用6篇），欢迎阅读，希望大家能够喜欢。'],
    ['房屋租赁合同范本是我们经常会用到的，下面是第一范文网小编为大家整理的房屋租赁合同范本（通用3篇），欢迎大家阅读参考！'],
    ['在平日的学习、工作和生活里，大家都经常看到范文的身影吧，范文可以帮助我们提高写作水平。'],
    ['下面给大家分享一些关于工作总结的范文，方便大家学习。'],
    ['这篇范文由本站编辑整理，仅供参考。'],
  ])('canned intro or source line: %s', (text) => expect(keep([b(text), b(REAL)])).toEqual([REAL]));

  it.each([
    ['更多 范文大全 请访问 https://xiaorob.com/zhuanti/fanwen/'],
    ['更多相关内容请关注本站工作总结频道。'],
    ['更多精彩内容，敬请关注本站演讲稿频道！'],
    ['无忧考网温馨提示：更多精彩内容，请关注本站频道。'],
    ['看了“国庆节演讲稿”的人还看了：'],
    ['作者：小六 来源：网友投稿 时间：2024-03-11'],
    ['时间：2024-12-03　人气：　作者：佚名'],
    ['以上就是小编为大家收集的辞职申请书范文，希望能帮助到你，更多申请书范文欢迎关注本站。'],
    ['以上就是小编整理的竞聘演讲稿（精选6篇），想了解更多竞聘演讲稿范文，请继续关注本站。'],
    ['以上就是小編為大家整理的讀後感範文，更多精彩內容敬請關注本站讀後感頻道。'],
    ['复制本文需先关注公众号获取验证码'],
    ['（责任编辑：郭倩）'],
    ['点击查看：感恩老师的作文（第4-10篇）>>>'],
    ['↑返回目录'],
    ['本文目录'],
    ['（文章来源：无忧考网）'],
    ['作者：江不渡　　字数：3216　　更新时间：2024-06-18 23:40'],
    ['天才一秒记住本站地址：www.qingshuge.cc'],
    ['本章未完，请点击下一页继续阅读！'],
    ['（本章完）'],
    ['上一篇：爱护校园环境倡议书'],
    ['更多爱国作文相关文章，请持续关注本站作文频道。'],
    ['更多相关内容推荐：三年级日记大全'],
    ['以上这3篇名著读后感就是读后感网小编为大家精心挑选的内容了，希望可以帮助到大家！'],
    ['【消防安全培训心得体会（精选3篇）】相关文章，想了解更多请关注文秘网心得体会栏目！'],
    ['喜欢这篇文章，就点个“在看”吧'],
    ['文章生成PDF付费下载功能，由ECMS帝国之家开发'],
    ['展开阅读全文'],
  ])('outro, meta or paywall line: %s', (text) => expect(keep([b(REAL), b(text)])).toEqual([REAL]));

  it('drops a related list heading and the links under it, not the text after', () => {
    const blocks = [b(REAL), b('【大学生军训心得体会】相关文章：'), b('军训心得一', { linkOnly: true }), b('军训心得二', { linkOnly: true }), b('这段是正文，没有链接。')];
    expect(keep(blocks)).toEqual([REAL, '这段是正文，没有链接。']);
  });
  it('drops the title repeated at the top of the body, and of a later page', () => {
    expect(keep([b('测试文章'), b(REAL)])).toEqual([REAL]);
    expect(keep([b(REAL), b('测试文章', { cut: 'page' }), b(REAL)])).toEqual([REAL, REAL]);
    expect(keep([b(REAL), b('测试文章'), b(REAL)])).toEqual([REAL, '测试文章', REAL]);
  });
});

describe('phrase families never eat real text', () => {
  it.each([
    ['在日常学习、工作和生活中，我们要养成良好的习惯，这是我今年最大的体会。'],
    ['下面，我就下阶段的疫情防控工作再强调几点意见。'],
    ['以下是我对本学期工作的几点反思：一是备课不够充分，二是作业批改不够及时。'],
    ['大家好！我是初二（5）班的xxx，希望大家能够喜欢我的演讲。'],
    ['来源：国家统计局2023年统计公报显示，全年粮食产量创历史新高，这是一个了不起的成绩。'],
    ['作者：王梓涵同学在作文中写道，她最喜欢的季节是秋天，因为秋天是收获的季节。'],
    ['地址：____________'],
    ['更多的时候，我们需要的是坚持，而不是天赋。'],
    ['请大家关注我们班的黑板报，那是我们共同的作品。'],
    ['以上就是我今天要讲的三点意见，请大家认真落实。'],
    ['同学们纷纷为他点赞。'],
    ['那些范文网站，打开来几乎一个模样。很多网站开头都写着“下面是小编为大家整理的……”，读多了就知道是套话。'],
    ['这件事我们要持续关注，下一步还会跟进。'],
    ['时间：上午九点，地点：学校礼堂，全体师生参加了这次活动。'],
  ])('keeps: %s', (text) => expect(keep([b(text), b(REAL)])).toEqual([text, REAL]));

  it('导语 lines are canned intros at the top, in either script', () => {
    expect(keep([b('導語：時間過得可真快，新的一年又來到了，是時候開始寫計劃了。'), b(REAL)])).toEqual([REAL]);
    expect(keep([b('【导语】演讲稿是在较为隆重的仪式上发表的讲话文稿。'), b(REAL)])).toEqual([REAL]);
  });
  it('a "…到底应该怎么写呢？" opener goes only before the pieces of a collection', () => {
    const opener = '当我们对人生有了新的思考时，可以将其记录在心得体会里。那么心得体会到底应该怎么写呢？';
    expect(keep([b(opener), b('篇一'), b(REAL), b('篇二'), b(REAL)])).not.toContain(opener);
    expect(keep([b(opener), b(REAL)])).toContain(opener);
    const question = '一段时间的实习生活又告一段落了，我们收获了很多。那么实习总结要注意有什么内容呢？';
    expect(keep([b(question), b('篇一'), b(REAL), b('篇二'), b(REAL)])).not.toContain(question);
  });
  it('drops related lines that are partly a link, and a related heading with its links in one block', () => {
    const note = (t: string): Block => b(t, { linkShare: 0.3 });
    expect(keep([b(REAL), b('推荐阅读：'), note('1. 《小王子读后感》——初中组征文获奖作品'), note('2. 《读小王子有感》——适合五、六年级参考')])).toEqual([REAL]);
    expect(keep([b(REAL), b('【家长会发言稿】相关文章：\n初中家长会发言稿\n小学家长会发言稿', { linkShare: 0.7 })])).toEqual([REAL]);
    expect(keep([b(REAL), b('《毕业实习工作总结（通用4篇）》相关文章：'), b('实习总结一', { linkOnly: true }), b('实习总结二', { linkOnly: true })])).toEqual([REAL]);
  });
  it('drops a related line whose links follow its colon in the same block, in either script', () => {
    expect(keep([b(REAL), b('延伸閱讀：大學推甄自傳範例、轉職自傳怎麼寫', { linkShare: 0.8 })])).toEqual([REAL]);
    // Prose that merely mentions further reading after a colon, without links, stays.
    expect(keep([b(REAL), b('延伸阅读：老师建议每天读书半小时', { linkShare: 0 })])).toHaveLength(2);
  });
  it("a sign-in form's own lines are not an article", () => {
    expect(keep([b('New here? Create an account or By signing in you agree to our Terms of Service and confirm that you have read our Privacy Notice.')])).toEqual([]);
    expect(keep([b('登录即表示同意《用户协议》和《隐私政策》')])).toEqual([]);
    // An article that reports on terms of service is not a form.
    const report = 'Regulators said that users who keep signing in after the change are taken to agree to the new terms, which critics called unfair.';
    expect(keep([b(report)])).toEqual([report]);
  });
  it('drops download and novel-site lines, bracketed related labels and slash meta lines; keeps a letter date', () => {
    expect(keep([b(REAL), b('本合同共3页，可编辑Word文档'), b('W家乡的味道作文（精选8篇）.docx4.8万人已下载'), b('笔趣阁 www.biqugex.cc，最快更新青灯照夜最新章节！')])).toEqual([REAL]);
    expect(keep([b(REAL), b('【延伸閱讀】'), b('《夏綠蒂的網》讀書心得', { linkOnly: true }), b('【相关推荐】幼儿园中班教师个人总结', { linkShare: 0.8 })])).toEqual([REAL]);
    expect(keep([b('发言稿 / 2024年6月18日 / 作者'), b(REAL), b('2024年6月18日')])).toEqual([REAL, '2024年6月18日']);
    expect(keep([b(REAL), b('上一页 下一页'), b('首页 1 2 3 尾页'), b('下一页阅读更多精彩内容，请点击进入。')])).toEqual([REAL, '下一页阅读更多精彩内容，请点击进入。']);
  });
  it("a site's licence and copyright lines and a missing page's apology are not an article", () => {
    expect(keep([b(REAL), b('央视网 版权所有 未经许可 请勿转载'), b('京ICP证060535号 网络视听许可证0102004号')])).toEqual([REAL]);
    expect(keep([b('We’re sorry, but the page you were looking for doesn’t exist any more. It may have been moved or deleted.')])).toEqual([]);
    // A contract clause about copyright is the contract's own.
    const clause = '乙方交付的设计图纸版权归甲方所有，未经甲方书面同意，乙方不得用于其他项目。';
    expect(keep([b(clause)])).toEqual([clause]);
  });
  it('never judges a code block by the phrase families', () => {
    const code = "while read -r host <&3; do\n    ssh \"$host\" 'df -h / | tail -n 1'\ndone 3< hosts.txt";
    expect(keep([b(REAL), b(code, { tag: 'PRE', code: true }), b(REAL)])).toHaveLength(3);
  });
  it("drops the site's labelled reference note, keeps a template's own adapt-me note", () => {
    expect(keep([b('温馨提示：本教案仅供教师备课参考，可根据班级学情自行调整。'), b(REAL)])).toEqual([REAL]);
    expect(keep([b(REAL), b('注意：本合同仅供参考，签订前请咨询律师意见。'), b(REAL)])).toHaveLength(3);
  });
  it('canned-intro families only match before the first piece marker', () => {
    const late = '以下是我为大家整理的三条建议，希望对大家有所帮助。';
    expect(keep([b('篇一'), b(REAL), b(REAL), b(REAL), b(late)])).toContain(late);
  });
  it('a long paragraph that merely contains a phrase survives', () => {
    const long = `本文来源于我的亲身经历。${REAL.repeat(8)}`;
    expect(keep([b(REAL), b(long)])).toEqual([REAL, long]);
  });
});

describe('dropRepeatedEdges', () => {
  it('keeps a date or signature line that ends every page', () => {
    const page = (i: number): Block[] => [b(`第${i}页正文。`), b('20xx年xx月xx日')];
    const out = dropRepeatedEdges([page(1), page(2)], new Trace()).map((p) => p.map((x) => x.text));
    expect(out).toEqual([1, 2].map((i) => [`第${i}页正文。`, '20xx年xx月xx日']));
  });
  it('drops a link line that every page repeats, keeps a shared sentence', () => {
    const page = (i: number): Block[] => [b('本站网址：www.example.com', { linkOnly: true }), b(`第${i}页正文。`), b('谢谢大家！')];
    const out = dropRepeatedEdges([page(1), page(2), page(3)], new Trace()).map((p) => p.map((x) => x.text));
    expect(out).toEqual([1, 2, 3].map((i) => [`第${i}页正文。`, '谢谢大家！']));
  });
  it("drops page 1's opening (a dek, a summary) printed again atop a later page, keeps a salutation", () => {
    const dek = '外婆家的灶屋在院子的西南角，低矮，昏暗，一进门就能闻到柴灰的味道……';
    const pages = [[b(dek), b('尊敬的各位领导：'), b('第一页正文。')], [b('尊敬的各位领导：'), b(dek), b('第二页正文。')]];
    const out = dropRepeatedEdges(pages, new Trace()).map((p) => p.map((x) => x.text));
    expect(out).toEqual([[dek, '尊敬的各位领导：', '第一页正文。'], ['尊敬的各位领导：', '第二页正文。']]);
  });
});

describe('where the site broke or ended its own text', () => {
  it.each([['第 1 页 共 3 页'], ['分页： 上一页 1 [2] 3 下一页'], ['2/2 首页 上一页 1 2'], ['上一页1/3下一页'], ['上一页 2 / 3 下一页'], ['广告'], ['广告加载失败'], ['本帖最后由 青柠老师 于 2024-2-26 21:40 编辑'], ['DOCX上传人：z****5文档编号：13522087上传时间：2024-01-03格式：DOCX页数：3大小：21.10KB']])(
    'drops %s',
    (text) => expect(keep([b(REAL), b(text), b('这段是正文，没有链接。')])).toEqual([REAL, '这段是正文，没有链接。']),
  );

  it('a page footer or pager between the halves of a paragraph lets them join', () => {
    const out = dropBoilerplate([b('4、强化回款管理。逾期款项明确'), b('第 1 页 共 3 页'), b('专人负责催收。')], null, '测试', new Trace());
    expect(out.map((x) => [x.text, x.cut])).toEqual([['4、强化回款管理。逾期款项明确', null], ['专人负责催收。', 'ad']]);
  });

  it('after an end marker the short site lines go, up to the next piece', () => {
    expect(keep([b(REAL), b('- END -'), b('图文来源：周老师的语文课'), b('分享 · 收藏 · 点赞 · 在看')])).toEqual([REAL]);
    expect(keep([b(REAL), b('全文预览已结束'), b('本文档下载需 5 积分'), b('篇二', { strong: true }), b(REAL)], '心得（2篇）')).toEqual([REAL, '篇二', REAL]);
    expect(keep([b(REAL), b('亲，该文档总共3页，全文预览已结束'), b('下载此文档'), b('版权声明')])).toEqual([REAL]);
    expect(keep([b(REAL), b('▼关注我们▼'), b('每天更新工作总结、计划、方案、讲话稿')])).toEqual([REAL]);
  });
});

describe('a canned intro in two paragraphs', () => {
  const marker = b('社区志愿服务活动方案1', { tag: 'H2' });
  const opening = '为了确保事情或工作安全顺利进行，常常需要提前进行细致的方案准备工作，方案一般包括指导思想、主要目标、工作重点等项目。';
  const intro = '以下是小编精心整理的社区志愿服务活动方案（精选3篇），欢迎阅读，希望大家能够喜欢。';
  it('drops the generic opening before "以下是小编整理的…" on a page of pieces', () => {
    expect(keep([b(opening), b(intro), marker, b(REAL)], '社区志愿服务活动方案（精选3篇）')).toEqual(['社区志愿服务活动方案1', REAL]);
  });
  it('keeps it on a page without pieces, and keeps a preface with more in it', () => {
    expect(keep([b(opening), b(intro), b(REAL)], '社区志愿服务活动方案')).toEqual([opening, REAL]);
    const heading = b('前言', { tag: 'H3' });
    expect(keep([heading, b(opening), b(intro), marker, b(REAL)], '社区志愿服务活动方案（精选3篇）')).toEqual(['前言', opening, '社区志愿服务活动方案1', REAL]);
  });
});

describe('time stamps, contents and tag lines', () => {
  it.each([['时间：2024-12-18 10:32:17个人工作总结'], ['发布时间：2024-03-28 16:21:05'], ['目录 [隐藏]'], ['文章目录【收起】'], ['本文标签：社会实践心得、暑期实践、大学生心得体会。'], ['Tags: rust, cli, tooling'],
    ['Last updated: 12 February 2024'], ['【作文点评】三篇作文分别从小草、长跑和滴水写坚持，选材贴近生活。'], ['教师评语：文章条理清楚，语言生动。'], ['责任编辑：'], ['您现在的位置：范文吧 >> 申请书 >> 入党申请书 >> 正文'], ['查看条文说明'], ['展开全文 ∨'], ['当前位置：首页 > 工作总结'], ['Published March 3, 2024 at 9:15 a.m. EST'], ['Updated 2024-02-12'], ['Last update: March 4, 2024'], ['以成长为话题的作文相关文章：'], ['更多>>相关新闻'], ['（责编：王晓、刘洋）'], ['本报记者 陈思远 赵一鸣'], ['《人民日报》（2024年05月13日 第07版）'], ['（原标题：新能源车进县下乡 充电桩建到家门口）'], ['原标题：社区工具屋开张八个月　四百多户居民借过工具'], ['新华社记者 林涛 摄'], ['（文/宋雨萱 图/党委宣传部 审核/陈立）'], ['【1】【2】【3】'], ['本章共2页，当前第1页'], ['请记住本书首发域名：。笔趣阁手机版阅读网址：m.bqg789.net'], ['上次更新: 2024/10/30 下午3:12:45'], ['Photograph: Harbour Gazette / Sam Oduya'], ['3/8'], ['4楼 2024-04-02 21:34'], ['图片来源：视觉中国'], ['（摄影：林晓）'], ['Last Updated: 10/30/2024, 3:12:45 PM'], ['最后更新于 2024-10-30'], ['Was this page helpful?'], ['这篇文章对你有帮助吗？'],
    ['Posted Tue 11 Feb 2025 at 2:21pm, updated Tue 11 Feb 2025 at 4:05pm'], ['Topics: local-government, marine-biology, fishing, mission-beach-4852'], ['Last updated 14th March 2003'], ['本篇简历模板可直接下载Word格式：下载Word版']])(
    'drops %s',
    (text) => expect(keep([b(REAL), b(text)])).toEqual([REAL]),
  );

  it('drops a label before a link to another story, keeps such words in prose', () => {
    const related = 'Related Story: Green turtle strandings hit record as seagrass beds struggle';
    expect(keep([b(REAL), b(related, { linkShare: 0.8 }), b(REAL)])).toEqual([REAL, REAL]);
    expect(keep([b(REAL), b('Read: The year translated fiction stopped being a niche', { linkOnly: true })])).toEqual([REAL]);
    expect(keep([b(REAL), b('精品推荐家长会发言稿大全：班主任、任课老师、家长代表', { linkShare: 0.85 }), b(REAL)])).toEqual([REAL, REAL]);
    expect(keep([b(REAL), b('精品推荐的三道家常菜，我都学会了做，味道还不错。')])).toEqual([REAL, '精品推荐的三道家常菜，我都学会了做，味道还不错。']);
    const prose = 'Read: the word on the sign was all the instruction the crew had, and they followed it.';
    expect(keep([b(REAL), b(prose)])).toEqual([REAL, prose]);
  });
  it('drops a lower-case byline at the top', () => expect(keep([b('by E. M. Pargeter'), b(REAL)])).toEqual([REAL]));
  it("drops the author's line atop the text (文/林小禾), keeps a line that says more", () => {
    expect(keep([b('文/林小禾'), b(REAL)])).toEqual([REAL]);
    expect(keep([b('作者丨陈默'), b(REAL)])).toEqual([REAL]);
    expect(keep([b('文/理科的分数线都公布了。'), b(REAL)])).toEqual(['文/理科的分数线都公布了。', REAL]);
  });

  it.each([['时间：2024年5月20日 14:30'], ['时间：2024-05-20 14:30 地点：三楼会议室'], ['标签打印机的使用方法如下：先装纸，再开机。'], ['The council published its plan on 12 February 2024, after a year of consultation.'], ['上次更新2024年10月30日的数据显示，全市新增绿地四十公顷。'], ['Photograph: the pier at dawn, before the storm reached the harbour. The lifeboat crew waited.'], ['3/8 of the budget went on repairs.'], ['4楼的住户在2024-04-02晚上报了警。'], ['我们整理了几篇相关文章。'], ['本报记者昨日从市教育局获悉，今年全市新增学位八千个。'], ['记者 陈思远，赵一鸣和他们的同事走访了三个社区。'], ['他拿出相机，对着老街又拍了一张，说：“这张我来摄。”']])('keeps a notice\'s own line: %s', (text) =>
    expect(keep([b(REAL), b(text)])).toEqual([REAL, text]),
  );
});

describe('form fields and counters', () => {
  it('keeps a contract\'s blank date fields, drops a label-less date and view count', () => {
    const fields = '日期：____年__月__日　　日期：____年__月__日';
    expect(keep([b(REAL), b(fields)])).toEqual([REAL, fields]);
    expect(keep([b('2024年5月20日阅读 3,412'), b(REAL)])).toEqual([REAL]);
    expect(keep([b('2024-05-20 浏览：128次'), b(REAL)])).toEqual([REAL]);
  });
  it('drops a hosting disclaimer and a paywall box\'s lone button', () => {
    expect(keep([b(REAL), b('本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。')])).toEqual([REAL]);
    expect(keep([b(REAL), b('立即开通', { linkOnly: true }), b(REAL)])).toEqual([REAL, REAL]);
  });
});

describe("the site's notes, boxes and summaries (round 21)", () => {
  it.each([['本文为百家号作者原创，未经授权，不得转载。'], ['（全文完，如需转载请注明出处）'], ['未經許可，不得轉載。'], ['律师提醒'], ['借款合同应写明借款金额的大写和小写。如您对合同条款有疑问，可在线咨询律师。'], ['切换'], ['[隐藏]'], ['【展开】'], ['[show]']])(
    'drops: %s',
    (text) => expect(keep([b(REAL), b(text)])).toEqual([REAL]),
  );
  it.each([
    ['第七条 未经甲方书面同意，乙方不得将房屋转租、转借给他人。'],
    ['根据著作权法，他人作品未经许可不得随意使用，这是我们每个人都应当知道的常识。'],
    ['乙方应聘请律师审查合同条款。'],
    ['展开讨论之前，我想先讲一个故事。'],
  ])('keeps: %s', (text) => expect(keep([b(REAL), b(text)])).toEqual([REAL, text]));

  it("drops the site's summary of the page at its top, keeps a paper's own abstract", () => {
    const title = '部编版三年级语文下册《荷花》教案（2篇）';
    expect(keep([b('资料简介：这是一份部编版三年级语文下册《荷花》教案，包含第一课时和第二课时，欢迎老师们下载使用。'), b(REAL)], title)).toEqual([REAL]);
    expect(keep([b('摘要：七年级数学期中考试质量分析，包括成绩统计、分数段分布等内容。'), b(REAL)], '七年级数学期中考试质量分析')).toEqual([REAL]);
    const abstract = '摘要：本文以某小学三年级为例，探讨了情境创设在小学数学课堂中的作用，并提出了三点建议。';
    expect(keep([b(abstract), b(REAL)], '浅谈小学数学教学中的情境创设')).toEqual([abstract, REAL]);
  });
});

describe('round 23', () => {
  it.each([['想看更多致詞稿範例，請點選「致詞稿」分類。'], ['【2025年银行柜员个人工作总结】相关文章：更多工作总结请访问范文先生网工作总结栏目。']])('drops: %s', (text) =>
    expect(keep([b(REAL), b(text)])).toEqual([REAL]),
  );
});

describe('round 24', () => {
  it.each([['【作者簡介】林同學，新北市某國中二年級，喜歡閱讀和攝影。'], ['更多精彩作文，歡迎繼續瀏覽作文網國中作文專欄。'], ['上传者：jiaoyu_2024 3页 2025-06-18 上传 1836次阅读 评分 4.6']])('drops: %s', (text) =>
    expect(keep([b(REAL), b(text)])).toEqual([REAL]),
  );
  it('drops a share bar\'s words, keeps a line about shares', () => {
    expect(keep([b(REAL), b('分享到：微信 QQ空间')])).toEqual([REAL]);
    expect(keep([b(REAL), b('Share: 45% of voters')])).toEqual([REAL, 'Share: 45% of voters']);
  });
  it('keeps a line about the author in the text', () => {
    const line = '作者简介这一栏，我们要求每位同学都写上自己的爱好。';
    expect(keep([b(REAL), b(line)])).toEqual([REAL, line]);
  });
});

describe('round 40: a document reader\'s upload card', () => {
  it('drops the card when a format badge and a page count stand before the uploader', () => {
    expect(keep([b(REAL), b('DOC2页上传者：书香满园2024-03-09上传4.6分')])).toEqual([REAL]);
    expect(keep([b(REAL), b('PDF 12页 贡献者：李老师')])).toEqual([REAL]);
  });
  it('keeps a sentence that names an uploader', () => {
    const line = '这份资料共2页，上传者：王老师，我们在此致谢。';
    expect(keep([b(REAL), b(line)])).toEqual([REAL, line]);
  });
});

describe('round 41: an old ASP article page\'s pager and tools', () => {
  it.each([['[第1页] [第2页] [第3页]'], ['【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】'], ['相关热词搜索：财务 总结']])('drops: %s', (text) =>
    expect(keep([b(REAL), b(text)])).toEqual([REAL]),
  );
  it("keeps a sentence about a page of a book, and a paper's own keywords line", () => {
    expect(keep([b(REAL), b('关键词：乡村振兴 人才回流')])).toEqual([REAL, '关键词：乡村振兴 人才回流']);
    const line = '第2页写着她的名字，第3页是一张旧照片。';
    expect(keep([b(REAL), b(line)])).toEqual([REAL, line]);
  });
});

describe('round 27: an article that quotes or names what sites print', () => {
  it('keeps a copyright line the article quotes, in quotation marks or a <blockquote>', () => {
    const zh = '“版权所有 ©某某网 未经许可不得转载”';
    expect(keep([b(REAL), b(zh), b(REAL)])).toEqual([REAL, zh, REAL]);
    const en = '© 2009–2024 Example Trading Ltd. All rights reserved.';
    expect(keep([b(REAL), b(en, { quote: 'q1' }), b(REAL)])).toEqual([REAL, en, REAL]);
    // Not quoted: the site's own line still goes.
    expect(keep([b(REAL), b(en)])).toEqual([REAL]);
    expect(keep([b(REAL), b('版权所有 ©某某网 未经许可不得转载')])).toEqual([REAL]);
  });
  it('keeps a 推荐阅读 heading over the author\'s own prose; drops it over links or where something was cut', () => {
    const books = '《夏天的河流》：一部写乡村少年成长的中篇小说，语言平实，适合刚开始读长篇的同学。';
    expect(keep([b(REAL), b('推荐阅读', { tag: 'H3', strong: true }), b(books)])).toEqual([REAL, '推荐阅读', books]);
    expect(keep([b(REAL), b('推荐阅读', { tag: 'H3', strong: true }), b(books, { cut: 'ad' })])).toEqual([REAL, books]);
    expect(keep([b(REAL), b('推荐阅读', { tag: 'H3', strong: true }), b('军训心得一', { linkOnly: true }), b(REAL)])).toEqual([REAL, REAL]);
    expect(keep([b(REAL), b('推荐阅读：'), b(books)])).toEqual([REAL, books]);
  });
});

describe('round 25: a CMS news page around the text', () => {
  it.each([
    ['打印本文 返回顶部 关闭该页'],
    ['【打印此页】 【关闭窗口】'],
    ['第1页 第2页 第3页'],
    ['上一篇文章：如何做好基层医院学术推广\n下一篇文章：代理商选择的五个标准'],
    ['上一条：关于开展2024级新生入馆教育的通知'],
    ['来源：医药招商网 发布日期：2025-12-18 10:26:03 发布者：yyzs_admin 共阅2041次　字体：大 中 小'],
    ['来源：集团安全环保部'],
  ])('drops %s', (text) => expect(keep([b(REAL), b(text)])).toEqual([REAL]));

  it('keeps lines that only use the words', () => {
    for (const text of ['打印本文前，请先检查纸张和墨盒。', '下一条线路将在明年通车，全长二十公里。', '第1页和第2页的内容需要重新排版。']) expect(keep([b(REAL), b(text)])).toEqual([REAL, text]);
  });

  it("ends the article at the readers' comments heading, up to the article's next page", () => {
    const blocks = [b(REAL), b('网友评论'), b('评论人：未登陆用户 评论时间：2025-12-20 08:41:17'), b('写得很实在。'), b('二、主要工作', { page: 1, cut: 'page' }), b(REAL, { page: 1 })];
    expect(keep(blocks)).toEqual([REAL, '二、主要工作', REAL]);
  });

  it('drops the related label "看过…的人还看了" with its links, and 热门资讯 lists', () => {
    expect(keep([b(REAL), b('看过“2026马年春联大全带横批”的人还看了：'), b('1.2026春节对联七字', { linkOnly: true }), b('热门资讯'), b('医药代表拜访技巧', { linkOnly: true })])).toEqual([REAL]);
  });

  it('drops a repost disclaimer in a <blockquote>, keeps a copyright line quoted in one', () => {
    expect(keep([b('注：以下三篇转载自网络范文，仅供学习交流，如有侵权请联系删除。', { quote: 'q1' }), b(REAL)])).toEqual([REAL]);
  });
});

describe('round 54: reader and novel-site furniture', () => {
  it.each([
    ['展开剩余75%'], ['剩余 60% 未读'], ['点击展开剩余30%内容 >'],
    ['一秒记住【笔趣阁】，精彩小说无弹窗免费阅读！'],
    ['精品文档 欢迎下载'], ['word版可编辑，欢迎下载'], ['可编辑'],
    ['将本文的Word文档下载到电脑，方便收藏和打印'],
    ['SVIP'],
  ])('drops %s', (text) => expect(keep([b(REAL), b(text), b('这段是正文，没有链接。')])).toEqual([REAL, '这段是正文，没有链接。']));

  it.each([
    ['剩余的75%由学校统一安排，家长不必担心。'], ['这份文档欢迎下载的人越多越好，我们都很高兴。'], ['将本文的观点带回课堂，和同学们讨论。'],
  ])('keeps the sentence %s', (text) => expect(keep([b(REAL), b(text)])).toEqual([REAL, text]));
});

describe("a forum post's furniture", () => {
  it.each([
    ['楼主'], ['沙发'], ['板凳'], ['5#'], ['12楼'], ['发表于 2025-4-15 20:11 |只看该作者'], ['發表於 2024-3-12 09:41'], ['回复'], ['使用道具举报'],
    ['支持 反对 举报'], ['回复 引用'], ['查看: 2317|回复: 3'], ['[复制链接]'], ['本帖子中包含更多资源'], ['您需要 登录 才可以下载或查看，没有账号？立即注册'],
    ['云边小卖部 发表于 2025-4-8 20:13\n先别急着教功能，先把手机设置好。字体调到最大'],
    ['GMT+8, 2024-3-11 22:05, Processed in 0.061254 second(s), 21 queries .'], ['GMT+8, 2025-4-16 09:12'], ['GMT+8, 2024-3-11 22:05 , Processed in 0.0612 second(s), 21 queries , Gzip On.'],
  ])('drops %s', (text) => expect(keep([b(REAL), b(text), b('这段是正文，没有链接。')])).toEqual([REAL, '这段是正文，没有链接。']));

  it.each([['支持'], ['回复：关于三楼的问题，我再补充几句。'], ['楼主说得对，我们也是这样做的。'], ['分享是一种快乐。']])('keeps %s', (text) =>
    expect(keep([b(REAL), b(text)])).toEqual([REAL, text]),
  );
});

describe('a related line under the site editor\'s label (round 55: 51edu)', () => {
  it('drops 小编推荐： with its links, keeps a sentence about a recommendation', () => {
    const line = b('小编推荐：留学推荐信范文　留学简历模板', { linkShare: 0.8 });
    expect(keep([b(REAL), line, b('这段是正文，没有链接。')])).toEqual([REAL, '这段是正文，没有链接。']);
    expect(keep([b(REAL), b('小编推荐的这家店，我们去过三次，味道确实不错。')])).toEqual([REAL, '小编推荐的这家店，我们去过三次，味道确实不错。']);
  });
});
