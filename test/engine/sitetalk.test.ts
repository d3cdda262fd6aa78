import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/engine/blocks.js';
import { dropSiteTalk, selfNames, stripWatermarks } from '../../src/engine/sitetalk.js';
import { Trace } from '../../src/engine/trace.js';

const b = (text: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'P', strong: false, linkOnly: false, cut: null, page: 0, ...extra });
const REAL = '春天来了，校园里的桃花开了，同学们在树下读书、做游戏，到处洋溢着欢声笑语。';
const texts = (bs: Block[]): string[] => bs.map((x) => x.text);

describe('the site talking about itself', () => {
  it('knows its names: the given ones and the label of its domain', () => {
    expect(selfNames('https://www.rencai88.com/a/1.html', ['人才88网', null])).toEqual(['人才88网', 'rencai88']);
    expect(selfNames('https://m.example.com.cn/a', [])).toEqual(['example']);
  });

  it('cuts watermarks out of real paragraphs', () => {
    const names = selfNames('https://www.yuanfw.cn/zuowen/1.html', ['缘范文网']);
    const out = stripWatermarks(
      [
        b(`${REAL}（来源：缘范文网 www.yuanfw.cn）`),
        b('我性格开朗，本文来自人才88网，转载请注明出处有耐心，富有同情心。'),
        b('每个人心中都有一个梦想，www.yuanfw.cn而职业规划就是把梦想变成现实的桥梁。'),
        b('数据来自国家统计局网站，全年粮食产量再创新高。'),
      ],
      names,
      new Trace(),
    );
    expect(texts(out)).toEqual([REAL, '我性格开朗，有耐心，富有同情心。', '每个人心中都有一个梦想，而职业规划就是把梦想变成现实的桥梁。', '数据来自国家统计局网站，全年粮食产量再创新高。']);
  });

  it('cuts the bracket that framed the domain when only the credit words are left in it', () => {
    const names = selfNames('https://www.duanmeiwen.com/zuowen/1.html', ['短美文网']);
    const out = stripWatermarks([b(`${REAL}[由Www.DuanMeiWen.Com整理]`), b(`${REAL}（www.duanmeiwen.com 原创）`), b(`${REAL}（详见www.duanmeiwen.com的说明）`)], names, new Trace());
    expect(texts(out)).toEqual([REAL, REAL, `${REAL}（详见的说明）`]);
  });
  it('cuts a bracket of the domain and a label set apart beside it, mid-sentence (round 45: lz13)', () => {
    const names = selfNames('https://m.lz13.cn/lizhiwenzhang/1.html', ['励志一生手机版']);
    const out = stripWatermarks([b('高考前我写了一句话（励志一生 m.lz13.cn）：别人看不见的时候，才是最要紧的时候。'), b('竹子用四年只长三厘米(lz13.cn 励志名言)，第五年才开始拔节。')], names, new Trace());
    expect(texts(out)).toEqual(['高考前我写了一句话：别人看不见的时候，才是最要紧的时候。', '竹子用四年只长三厘米，第五年才开始拔节。']);
  });

  it('cuts a bracket of the domain with the column and the title beside it (round 55: lz13)', () => {
    const names = selfNames('https://m.lz13.cn/lizhiwenzhang/1.html', ['励志一生手机版']);
    const out = stripWatermarks([b('杯子是歪的，（m.lz13.cn 励志文章 把一件小事做到底）影子画反了。'), b('今天跑步，明天不跑；（励志文章 坚持 lz13.cn）这个月背单词。'), b('我们去了（北京 上海 广州）三个城市。')], names, new Trace());
    expect(texts(out)).toEqual(['杯子是歪的，影子画反了。', '今天跑步，明天不跑；这个月背单词。', '我们去了（北京 上海 广州）三个城市。']);
  });

  it("leaves the site's domain inside an e-mail address in the text (round 42: 简历请投递至hr@…)", () => {
    const names = selfNames('https://www.hengda-jx.com/job/96.html', ['恒达机械']);
    const line = '联系方式：人事部刘女士，电话0512-65881234，简历请投递至hr@hengda-jx.com。';
    expect(texts(stripWatermarks([b(line)], names, new Trace()))).toEqual([line]);
  });

  it("leaves a file path that only contains the site's label (hoard.toml on hoard.example)", () => {
    const names = selfNames('https://docs.hoard.example/config/', []);
    const path = 'By default hoard looks for /etc/hoard/hoard.toml. A different file can be given with the --config flag.';
    expect(texts(stripWatermarks([b(path), b(`${REAL} docs.hoard.example/config`)], names, new Trace()))).toEqual([path, REAL]);
  });

  it('drops site talk at the edges, never an author preface or a dateline', () => {
    const names = ['秀文库', 'xiuwenku'];
    const blocks = [
      b('小编精心推荐：公司年会主持词开场白 | 范文大全'),
      b('-------------各类专业好文档，值得你下载，教育，管理，论文，制度，方案手册，应有尽有--------------'),
      b('写在前面：这组主持词是我去年为公司年会写的，后来又改了几遍。'),
      b('篇一', { strong: true }),
      b(REAL),
      b('《2024年销售工作计划.docx》由会员z****5分享，可在线阅读，更多相关请在秀文库上搜索。'),
    ];
    expect(texts(dropSiteTalk(blocks, names, '主持词', true, new Trace()))).toEqual(['写在前面：这组主持词是我去年为公司年会写的，后来又改了几遍。', '篇一', REAL]);
    const news = [b('本报讯 昨天，市教育局发布通知，全市中小学可免费下载电子教材。'), b(REAL), b(REAL)];
    expect(texts(dropSiteTalk(news, ['example'], '新闻', false, new Trace()))).toEqual(texts(news));
  });

  it("keeps a plan's last paragraph about a points scheme (积分, 会员); drops a line that sells them", () => {
    const points = '建立志愿服务积分制度，志愿者参加服务活动可累计积分，积分可在社区“爱心超市”兑换生活用品，免费领用的除外。';
    const members = '会员之家每周三下午开放，老年会员可以在这里下棋、读报。';
    const blocks = [b('第一篇', { strong: true }), b(REAL), b(members), b(points)];
    expect(texts(dropSiteTalk(blocks, ['公文吧', 'gongwenba'], '社区工作计划', true, new Trace()))).toEqual(texts(blocks));
    const sells = [...blocks, b('开通VIP会员，全站范文免费下载。'), b('本文需5积分下载，公文吧会员免积分。')];
    expect(texts(dropSiteTalk(sells, ['公文吧', 'gongwenba'], '社区工作计划', true, new Trace()))).toEqual(texts(blocks));
  });

  it("off a template page, a short sentence naming the outlet is the story's (潮流新闻记者…专访了…)", () => {
    const line = '围绕这门手艺的现状与未来，潮流新闻记者日前专访了贺兰。';
    const blocks = [b(REAL), b(line), b(REAL)];
    expect(texts(dropSiteTalk(blocks, ['潮流新闻'], '对话古籍修复师', false, new Trace()))).toEqual(texts(blocks));
    expect(texts(dropSiteTalk([b('潮流新闻 出品'), b(REAL), b(REAL)], ['潮流新闻'], '对话古籍修复师', false, new Trace()))).toEqual([REAL, REAL]);
  });

  it("a page's own contact line with its domain in an e-mail address is the page's, not talk", () => {
    const contact = '版权相关的其他问题，可以发送邮件到 copyright@mashang.dev，邮件标题请写明“版权咨询”。';
    const blocks = [b(REAL), b(REAL), b(contact)];
    expect(texts(dropSiteTalk(blocks, selfNames('https://docs.mashang.dev/copyright', []), '转载与版权说明', false, new Trace()))).toEqual(texts(blocks));
  });

  it('drops an excerpt of the text shown before it', () => {
    const blocks = [b('2024年销售工作计划.docx，2023年即将过去，回顾一年来的工作，我在公司领导的帮助下，全年完成销售额xxx万元，完成年度任务的x…'), b('2023年即将过去，回顾一年来的工作，我在公司领导的帮助下，全年完成销售额xxx万元，完成年度任务的xx%。'), b(REAL)];
    expect(texts(dropSiteTalk(blocks, [], '销售工作计划', false, new Trace()))).toEqual(texts(blocks.slice(1)));
  });
});

describe('site names in traditional characters', () => {
  it('an outro naming the site (範文網) on a Big5 page is site talk, compared simplified', () => {
    const blocks = [b('範例一'), b(REAL), b('想看更多推薦信與自傳範例，歡迎持續關注範文網。')];
    const names = selfNames('https://m.wenfanwang.com.tw/letter/1.html', ['範文網']);
    expect(texts(dropSiteTalk(blocks, names, '推薦信範例', false, new Trace()))).toEqual(['範例一', REAL]);
  });
});

describe('round 27: a page that talks about 本站, 会员 and its own address', () => {
  it('off a template page, a paragraph of two sentences and a numbered heading are prose, whatever words they use', () => {
    const first = '最近帮朋友的资料站重做会员模块，顺手调研了十几个下载站。下面是我整理的几种常见模式。';
    const heading = '一、积分下载';
    const last = '上线两个月后，会员收入已经超过了积分充值的收入。如果你也在做类似的功能，欢迎交流。';
    const blocks = [b(first), b(heading), b(REAL), b(REAL), b(last)];
    expect(texts(dropSiteTalk(blocks, ['example'], '会员体系', false, new Trace()))).toEqual(texts(blocks));
    // One line of site talk still goes there, and on a template page the two-sentence line too.
    expect(texts(dropSiteTalk([b('本站所有资源均来自网络。'), b(REAL), b(REAL)], ['example'], '会员体系', false, new Trace()))).toEqual([REAL, REAL]);
    expect(texts(dropSiteTalk([b(REAL), b(REAL), b('本站会员可免费下载。开通VIP即可。')], ['example'], '会员体系', true, new Trace()))).toEqual([REAL, REAL]);
  });
  it("keeps the site's address where the sentence points to it", () => {
    const names = selfNames('https://www.hxu.edu.example/info/1.htm', []);
    const steps = ['1、打开浏览器，访问 vpn.hxu.edu.example，在页面右上角点击“客户端下载”。', '4、服务器地址填写 vpn.hxu.edu.example，用户名与统一身份认证一致。'];
    expect(texts(stripWatermarks(steps.map((s) => b(s)), names, new Trace()))).toEqual(steps);
    expect(texts(stripWatermarks([b(`${REAL}www.hxu.edu.example`)], names, new Trace()))).toEqual([REAL]);
  });
});

describe('round 25: the site written into the text to pass cleaners by', () => {
  it('cuts its name and domain spaced out and in mixed case, as a line and glued to one', () => {
    const names = selfNames('https://www.5ykj.com/Article/112735.htm', ['莲山课件']);
    const out = stripWatermarks(
      [b('文 章来源莲山 课件 w w w.5 Y k J.cOm'), b(`${REAL}文章来源莲山 课件 w ww.5Y k J.C om`), b('学生交流后明确：作者写了山、水、阳光等景物，5 Y k J.C o M济南的冬天给人的总体印象是“温晴”。')],
      names,
      new Trace(),
    );
    expect(texts(out)).toEqual([REAL, '学生交流后明确：作者写了山、水、阳光等景物，济南的冬天给人的总体印象是“温晴”。']);
    // Written plainly, or pointed to: the plain rules and their cues decide.
    const told = '请访问 www.5ykj.com 下载课件，或者 打开 5ykj.com 的首页。';
    expect(texts(stripWatermarks([b(told)], names, new Trace()))).toEqual([told]);
  });

  it("on a template page, cuts the site's name glued to a line's end", () => {
    const names = selfNames('https://www.xuexila.com/chunlian/4127395.html', ['学习啦']);
    const line = '4、上联：春到人间万物争荣茂　下联：福临门第千家庆有余　横批：春光明媚';
    expect(texts(stripWatermarks([b(`${line}学习啦在线学习网`)], names, new Trace(), true))).toEqual([line]);
    expect(texts(stripWatermarks([b(`${line}学习啦在线学习网`)], names, new Trace(), false))).toEqual([`${line}学习啦在线学习网`]);
    const sentence = '我每天都在学习啦。';
    expect(texts(stripWatermarks([b(sentence)], names, new Trace(), true))).toEqual([sentence]);
  });
});

describe("round 25: the site's own intro to a page of pieces", () => {
  it('drops an 编者按 that names the site and says it gathered the pieces; keeps a preface that does not', () => {
    const intro = '编者按：求职信是求职者向用人单位推荐自己的一种书信。一封好的求职信能让招聘者对你产生兴趣。合肥人才网编辑整理了三篇应届毕业生求职信，供求职朋友们写作时借鉴。';
    const preface = '写在前面：求职信是求职者向用人单位推荐自己的一种书信。这三封是我去年投简历时写的。后来都改了好几遍。';
    const pieces = [b('范例一：机电专业毕业生求职信', { strong: true }), b(REAL), b('范例二：会计专业毕业生求职信', { strong: true }), b(REAL)];
    expect(texts(dropSiteTalk([b(intro), ...pieces], ['合肥人才网', 'hfrc'], '应届毕业生求职信范文三篇', false, new Trace()))[0]).toBe('范例一：机电专业毕业生求职信');
    expect(texts(dropSiteTalk([b(preface), ...pieces], ['合肥人才网', 'hfrc'], '应届毕业生求职信范文三篇', false, new Trace()))[0]).toBe(preface);
    // Without pieces it is an article's opening, and stays.
    expect(texts(dropSiteTalk([b(intro), b(REAL), b(REAL)], ['合肥人才网'], '求职信', false, new Trace()))[0]).toBe(intro);
  });
});
