// A forum thread whose first post is a <br> flow of <font>-wrapped lines (Discuz!'s td.t_f): the
// paragraph locator counts the text inside the wrappers, so the first post is found as the text
// rather than the thread around it with its author boxes (blind round 54).
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.js';

const LINES = [
  '敬爱的党组织：',
  '我志愿加入中国共产党，愿意为共产主义事业奋斗终身。',
  '我出生在一个普通的工人家庭，父母都是勤勤恳恳的劳动者。从小，他们就教育我要做一个诚实、正直、对社会有用的人。',
  '参加工作以来，我始终以一名共产党员的标准严格要求自己，认真完成本职工作，积极参加单位组织的各项学习活动，也更加坚定了入党的决心。',
  '当然，我也清楚地认识到自己身上还存在一些缺点和不足，比如理论学习还不够系统，工作中有时存在急躁情绪，今后一定努力克服。',
  '如果党组织批准我的申请，我一定会严格遵守党的纪律，履行党员义务，处处起到模范带头作用；如果这次没有被批准，我也不会灰心，将继续努力。',
  '请党组织在实践中考验我！',
];
const REPLY = '写得很规范，正好要交申请书，先收藏了，感谢楼主分享！格式也很清楚，我照着改了改自己的那份，明天交给支部书记看看。';

const post = (id: number, who: string, message: string): string =>
  `<div id="post_${id}"><table id="pid${id}" class="plhin"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="home.php?uid=${id}" class="xw1">${who}</a></div></div>` +
  `<div class="tns xg2"><table><th><p><a href="#">12</a></p>主题</th><th><p><a href="#">86</a></p>帖子</th><td><p><a href="#">402</a></p>积分</td></table></div><p><em><a href="#">中级会员</a></em></p></td>` +
  `<td class="plc"><div class="pi"><strong><a href="#">楼主</a></strong><div class="pti"><div class="authi"><em>发表于 2024-3-12 09:41</em><span class="pipe">|</span><a href="#">只看该作者</a></div></div></div>` +
  `<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_${id}">${message}</td></tr></table></div></div></div></td></tr></table></div>`;

const thread = (replyChars: (i: number) => number): string =>
  '<!doctype html><html><head><meta charset="utf-8"><title>入党申请书范文 - 文秘论坛</title></head><body><div id="ct" class="wp cl"><div id="postlist" class="pl bm">' +
  '<table><tr><td class="plc"><h1 class="ts"><span id="thread_subject">入党申请书范文</span></h1></td></tr></table>' +
  post(1, '青衫笔', LINES.map((l) => `<font face="宋体"><font size="3">　　${l}</font></font><br />\n<br />\n`).join('')) +
  [2, 3, 4].map((i) => post(i, `网友${i}`, `${REPLY.slice(0, replyChars(i))}<br />\n每天进步一点点`)).join('') +
  '</div></div></body></html>';

describe("a thread whose first post is a <font> flow", () => {
  it('is read as that post, without the author boxes and the replies', () => {
    const out = cleanHtml(thread((i) => 10 + i * 5), 'https://bbs.example.cn/thread-48213-1-1.html').pieces.flatMap((p) => p.paragraphs);
    expect(out).toEqual(LINES);
  });

  it('keeps its <br><br> paragraphs where Readability decides (longer replies): <font> lines are phrasing content', () => {
    const out = cleanHtml(thread((i) => 20 + i * 8), 'https://bbs.example.cn/thread-48213-1-1.html').pieces.flatMap((p) => p.paragraphs);
    expect(out.slice(0, LINES.length)).toEqual(LINES);
  });
});

describe("a thread read whole: each post's furniture goes, its text stays", () => {
  const OP = '今年第一次在阳台种番茄，已经结了五六个小果子。最近一周发现最下面的几片叶子发黄，请问这是缺肥还是浇水太多了？';
  const ANSWERS = [
    '从你的描述看，多半是缺氮加上正常的老叶衰退。番茄挂果以后需肥量很大，盆土有限，半个月一次复合肥不太够，建议改成每周追一次稀释的水溶肥。',
    '我去年也遇到过一模一样的情况，后来发现是盆底的排水孔被根堵住了，底下一直积水，根系有点烂。你可以把盆稍微倾斜一下看看，浇水后如果底下半天还在滴水，就要换个大一点的盆。',
    '补充一点：如果黄叶上有褐色的同心圆斑点，那就不是缺肥，而是早疫病，要赶紧摘掉病叶并且喷药，不然会一路往上传。没有斑点的话，按楼上的办法调整肥水就行。',
  ];
  const floors = ['楼主', '沙发', '板凳', '地板'];
  const card = (i: number): string =>
    `<td class="pls" rowspan="2"><div id="favatar${i}" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?uid=${i}" class="xw1">园友${i}</a></div></div>` +
    `<div class="avatar"><a href="#"><img src="https://bbs.example.cn/uc_server/avatar.php?uid=${i}&amp;size=middle" /></a></div>` +
    `<div class="tns xg2"><table><th><p><a href="#">${i + 3}</a></p>主题</th><th><p><a href="#">${i * 20}</a></p>帖子</th><td><p><a href="#">${i * 70}</a></p>积分</td></table></div><p><em><a href="#">中级园丁</a></em></p></div></td>`;
  const post = (i: number, text: string): string =>
    `<div id="post_${i}"><table id="pid${i}" class="plhin"><tr>${card(i)}<td class="plc"><div class="pi"><strong><a href="#">${floors[i]}</a></strong>` +
    `<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" /><em>发表于 2025-4-15 2${i}:11</em><span class="pipe">|</span><a href="#">只看该作者</a></div></div></div>` +
    `<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_${i}">${text}</td></tr></table></div></div></div></td></tr>` +
    `<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="#">回复</a></em><p><a href="#">使用道具</a><a href="#">举报</a></p></div></div></td></tr></table></div>`;
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>新手求助：阳台番茄叶子发黄 - 阳台园艺论坛</title></head><body><div id="ct" class="wp cl"><div id="postlist" class="pl bm">' +
    '<table><tr><td class="pls"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1320</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">3</span></div></td>' +
    '<td class="plc"><h1 class="ts"><span id="thread_subject">新手求助：阳台番茄叶子发黄</span></h1><span class="xg1"><a href="#">[复制链接]</a></span></td></tr></table>' +
    [OP, ...ANSWERS].map((t, i) => post(i, t)).join('') +
    '</div></div></body></html>';

  it('keeps every post and none of the author cards, floors, time lines, tools and status icons', () => {
    const article = cleanHtml(html, 'https://bbs.example.cn/thread-46213-1-1.html');
    expect(article.pieces.flatMap((p) => p.paragraphs)).toEqual([OP, ...ANSWERS]);
    expect(JSON.stringify(article.pieces)).not.toMatch(/online_member|avatar\.php/);
  });
});
