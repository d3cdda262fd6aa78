// Generic knowledge applied on every page, template site or not. Each pattern is a phrase
// family seen across 范文 sites, never one site's sentence; each is bounded in length so a
// long real paragraph that merely contains the words survives.
import type { PhraseRule } from './define.js';

const NUM = '[零〇一二两三四五六七八九十百\\d]+';

/** Scripts and embedded frames: ad injection points, cut page-wide before the body is located. */
export const EMBED_SELECTORS = ['script', 'iframe', 'frame', 'ins', 'embed', 'object', 'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-auto-ads', 'mip-ad', 'mip-embed'];

/** Other elements never part of the text: forms and media. */
export const STRIP_SELECTORS = ['form', 'button', 'input', 'select', 'textarea', 'canvas', 'audio', 'video', 'svg'];

/** Containers that are never the article inside a body: pagers, related lists, comments. */
export const NON_ARTICLE_SELECTORS = [
  '.pagelist', '.pagination', '.pager', '.pages', '.page-nav', '.dede_pages', '#CutPage', '.pageLink', '.paging',
  // WordPress: the WP-PageNavi pager, the post's date/author/views line and its category/tag footer.
  '.wp-pagenavi', '.page-links', '.entry-meta', '.entry-footer', '.post-tags', '.tags-links', '.tag-links', '.entry-tags',
  '.related', '.relate', '.related_article', '.related-posts', '.xgwz', '.xgtj', '.tuijian',
  '.comments', '#comments', '.comment-list', '.post-copyright', '.share', '.bdsharebuttonbox', '.social-share',
  // MediaWiki's notes about the article, not of it: a hatnote ("For the mountain, see …"), a maintenance notice, a navbox, categories.
  '.hatnote', '.ambox', '.navbox', '.catlinks', '.printfooter',
  // Page chrome, when the body is a fallback as wide as the page.
  // A tab strip's labels (Docusaurus, MkDocs): controls; the panel shown is the text.
  '[role="tablist"]',
  'nav', 'body > header', 'body > footer', '#header', '#footer', '.header', '.footer', '#nav', '.nav', '.navbar', '.breadcrumb', '.crumbs', '.position',
];

/**
 * class/id fragments of page widgets that sit inside an article body (share bars, related
 * posts, comment counts, toolbars) — matched inside words, as Readability does for "share".
 */
export const WIDGET_WORDS = /share|sharing|sharedaddy|social|relatedposts|related-posts|related_posts|jp-related|comment|toolbar|breadcrumb|pagination|subscribe|newsletter|reward|donate/i;

/** class/id words of ad slots (matched as whole words of the attribute). */
export const AD_WORDS = /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|adsbox|adsbygoogle|adsense|ad-slot|adbox|advbox|gg|ggbox|guanggao|tuiguang|banner|sponsor|promo)(?:$|[\s_\d-])/i;

/** A link that opens with a sales label in brackets ("【VIP】海量演讲稿免费下载", "[广告]…"): an ad set into a sentence. */
export const INLINE_AD_LINK = /^[【\[]\s?(?:VIP|广告|推广|会员|赞助|AD)\s?[】\]]\s?[^【\[\]】]{2,30}$/i;

/** An ad's own label opening a link ("【广告】…", "（推广）…"). */
export const AD_LABEL = /^[【\[（(]?\s{0,2}(?:广告|推广|廣告)\s{0,2}[】\]）)]/;

/** class/id words of boxes hidden for good reasons: dialogs, menus, sign-in and agreement layers, comment drawers. */
export const HIDDEN_BOX_WORDS = /modal|dialog|popup|pop-up|mask|layer|login|passport|agreement|protocol|toast|drawer|menu|nav|comment|reply|share|qrcode|tooltip/i;

/** class/id words of a box of readers' posts (comments, replies, reviews), at the start of a word ("webpreview" is none). */
export const THREAD_WORDS = /(?:^|[\s_-])(?:comment|reply|replies|discuss|respond|review|guestbook|guest-book|condolence)|评论|留言/i;
/** class/id words of a newsletter or sign-up box. */
export const SIGNUP_WORDS = /newsletter|subscri|signup|sign-up|mailchimp|mc4wp|optin|opt-in/i;

/** class/id words of cookie and consent notices (page-wide, before the body is located). */
export const CONSENT_WORDS = /cookie|consent|gdpr|onetrust|didomi|cli-bar|cc-banner|cc-window|privacy-banner/i;
/** What such a notice talks about: a box so named that says none of it is something else. */
export const CONSENT_TEXT = /cookie|隐私|隱私|个人信息|個人資料|privacy|consent/i;

/** Text of a box that sells or gates the text rather than being it (read on boxes of ≤ 160 characters). */
export const PAYWALL_TEXT =
  /生成PDF|付费下载|付费即可|下载(?:PDF|Word|WORD|word)?文档|点击下载|下载本文|复制本文需|请先支付|支付后|登录后(?:即可)?(?:复制|下载|查看)|展开阅读全文|阅读全文|开通[^，。,.！!]{0,8}?(?:VIP|会员)|将(?:本文|本篇)的?(?:Word|PDF)?文档下载|VIP(?:会员)?(?:专享|下载)|会员免费|非会员\d*元/;

/** A reader's end of the preview ("全文预览已结束"): where the document's text stops. */
export const PREVIEW_END = /(?:预览|试读)已?结束|阅读到(?:了)?文档的?结尾/;

/** A repost notice after a source ("，转载请注明出处"). */
export const REPOST_NOTE = '(?:[，,]\\s{0,2}(?:转载请(?:注明|保留)(?:出处|来源|链接|原文链接)?|请勿转载|禁止转载))';

/** A platform's way back set at a paragraph's end ("返回搜狐，查看更多"). */
export const BACK_LINK = /^返回[^，,。]{1,8}[，,]\s{0,4}查看更多$/;

/** Labels of a recommendation link set into a sentence in brackets ("（推荐阅读：…）"), matched on the simplified text as the phrase families are. */
export const INLINE_PROMO_LABEL = '(?:推荐阅读|推荐|相关阅读|相关文章|相关推荐|相关|延伸阅读|猜你喜欢|热门推荐|精彩推荐|点击查看|查看|阅读|Read more|Read also|Also read|Related|Recommended)';

/** A button to open or get the site's app: "打开APP阅读", "下载瑞文网APP", "APP内查看", "Open in app". */
export const APP_CALL = /^(?:(?:立即|马上|免费)?(?:打开|下载|安装|前往|进入)\s?[\u4e00-\u9fa5]{0,6}\s?(?:APP|客户端)(?:\s?(?:阅读|查看|看全文|免费看|内阅读|内查看))?|(?:APP|客户端)内(?:阅读|打开|查看)|(?:open|read|continue) in (?:the )?app|get the app)[\s!！>»]*$/i;

/** A lead form's pitch: "免费获取留学方案", "立即申请", "预约咨询". */
export const LEAD_WORDS = /免费|获取|申请|咨询|领取|预约|报名|评估|测评/;

/** Text of a promo box (link-only) standing between paragraphs. */
export const PROMO_TEXT = /推荐|广告|免费|领取|课程|点击|下载|热门|精品|限时|扫码|关注|VIP|会员|付费|优惠|特价/i;

/** Markers of a related-article list heading; the link lines under it go too. */
const RELATED =
  '(?:相关文章|相关推荐|小编推荐|编辑推荐|站长推荐|推荐阅读|延伸阅读|相关阅读|相关范文|相关作文|推荐作文|热门作文|相关内容|相关资料|同类文章|猜你喜欢|热门推荐|热门文章|精选推荐|往期推荐|往期回顾|往期精选|精彩推荐|热文推荐|今日推荐|今日热点|热点推荐|热点新闻|相关新闻|推荐新闻|更多新闻|最新文章|最新推荐|热门排行|排行榜|点击排行|热门资讯|最新资讯|相关资讯|推荐资讯|热点资讯|热门新闻|' +
  'Related|Related (?:articles|stories|posts|content|topics|coverage)|Read (?:more|next)|Recommended(?: for you)?|More from .{1,30}|More on this (?:story|topic)|Most (?:read|popular|viewed|shared)(?: in .{1,30})?|Popular(?: now)?|Trending|You (?:may|might) also like|Top stories)';

/** An article's author/time/statistics line ("作者：佚名　时间：…　人气：128"). */
const META_LINE = {
  labels: [
    '作者', '来源', '时间', '发布时间', '发布日期', '发表时间', '更新时间', '日期', '阅读', '阅读量', '点击', '点击数', '浏览', '浏览量', '浏览次数',
    '人气', '热度', '评论', '编辑', '责任编辑', '字数', '分类', '栏目', '标签', '字号', '字体', '收藏', '发布者', '发布人', '录入', '录入者', '供稿', '审核',
    // Document readers (文库): the upload card.
    '上传人', '上传者', '贡献者', '上传时间', '文档编号', '文档格式', '格式', '页数', '大小', '文件大小', '下载次数', '下载', '所需积分', '下载券',
  ],
  min: 2,
  maxValue: 40,
  maxPrefix: 8,
};


/** A document reader's page footer: "第 2 页 共 3 页", or a Word page number "- 2 -". */
export const PAGE_FOOTER = /^[-—\s]*第\s*\d{1,4}\s*页\s*[,，/／]?\s*共\s*\d{1,4}\s*页[-—\s]*$|^[-—–]\s{0,2}\d{1,4}\s{0,2}[-—–]$/;

/** A paged article's own count line, read simplified: "（本文共3页，当前第1页）", "共3页", "当前第2页/共3页", "(第2/3页)". */
const PAGE_COUNT_PART = '(?:(?:本文|全文|本篇|文章|本章)?共\\s{0,2}\\d{1,3}\\s{0,2}页|(?:当前|这是|现在是|本页为?)?第\\s{0,2}\\d{1,3}\\s{0,2}(?:\\/\\s{0,2}\\d{1,3}\\s{0,2})?页)';
export const PAGE_COUNT = new RegExp(`^[（(【\\[]?\\s{0,2}${PAGE_COUNT_PART}(?:\\s{0,2}[，,、;；/／]?\\s{0,2}${PAGE_COUNT_PART})?\\s{0,2}[:：。]?\\s{0,2}[）)】\\]]?$`);

/**
 * A pager line with its page count in brackets (EmpireCMS WAP: "下一页 (1/3)", "上一页 下一页 (2/3)"):
 * pager words, page numbers and one "(n/m)", each word unambiguous, so one way to read a line.
 */
const PAGER_WORD = '(?:上一页|下一页|上页|下页|首页|尾页|末页|[（(]\\s?\\d{1,3}\\s?\\/\\s?\\d{1,3}\\s?[)）]|\\d{1,3})';
export const PAGER_LINE = new RegExp(`^(?=.*(?:上一?页|下一?页))(?=.*[（(]\\s?\\d)${PAGER_WORD}(?:(?:\\s{1,3}|(?<=[页)）]))${PAGER_WORD}){0,12}$`);

export const GENERIC_BOILERPLATE: PhraseRule[] = [
  // Source lines.
  { reason: 'source line', re: /^[（(【\[]?\s{0,4}(?:本文|原文|文章|本篇)(?:原|的)?(?:地址|来源|链接|网址|出处|标题|永久链接)\s{0,4}[:：]/, max: 240 },
  { reason: 'site address', re: /记住本站(?:地址|网址|域名)|本站(?:最新)?(?:地址|网址|域名)\s{0,4}[:：]|最新(?:网址|地址)\s{0,4}[:：]/, max: 80 },
  { reason: 'source line', re: /^(?:来源|出处|转载自|摘自|原文链接)\s{0,4}[:：]\s{0,4}(?:https?:\/\/|www\.|[^，。]{0,20}(?:网|站|平台|公众号|网站)\s{0,4}$)/, max: 160 },
  // A source line of one name ("来源：集团安全环保部"): a sentence that cites a source has more to say.
  { reason: 'source line', re: /^(?:文章|信息|新闻|稿件)?来源\s{0,2}[:：]\s{0,2}[^\s，。,！？!?；;：:]{2,20}$/, max: 30 },
  { reason: 'source line', re: new RegExp(`^[（(]?(?:本文|文章)(?:来自|来源于|转载自|摘自|选自|由)[^，。]{0,30}(?:网|站|平台|公众号)(?:整理|提供|发布)?${REPOST_NOTE}?[。.]?[）)]?[。.]?$`), max: 80 },
  // Canned intros: "下面是小编帮大家整理的…", "以下是…为您整理的…", "在日常学习、工作或生活中…范文…".
  // "小编/本站 … 整理" gives a canned intro away wherever it stands.
  { reason: 'canned intro', re: /(?:下面|以下)(?:是|为|就是|便是)?[^。！？]{0,30}?(?:小编|本站|编辑部?)[^。！？]{0,30}?(?:整理|收集|搜集|精选|精心|分享|带来|准备|推荐|汇总|编辑)/, max: 320 },
  { reason: 'canned intro', re: /^(?=.*(?:范文|作文|文章|资料|内容|篇|小编|本站|网|例文|模板|大全|精选|句子|语录|知识))(?:.{0,60}?[，,。！？])?\s{0,4}(?:下面|以下)(?:是|为|就是|便是)?[^。！？]{0,30}?(?:小编|本站|编辑|为你|为您|为大家|给大家|帮大家|给你)[^。！？]{0,30}?(?:整理|收集|搜集|精选|精心|分享|带来|准备|推荐|汇总|编辑)/s, max: 320, leadingOnly: true },
  { reason: 'canned intro', re: /在(?:日常|平日|平时|我们的|现实|当今)?(?:的)?(?:学习|工作|生活)[、和与或及]{0,2}(?:学习|工作|生活)?[、和与或及]{0,2}(?:学习|工作|生活)?(?:中|里|当中)[，,]?[^。]{0,24}?(?:范文|作文|总结|报告|心得|计划|合同|演讲稿|讲话稿|方案|标语|口号|对联|祝福语|文案|句子|评语)/, max: 320, leadingOnly: true },
  { reason: 'canned intro', re: /(?:范文|小编|整理|本文|文章|资料|内容|篇)[^。]{0,60}(?:仅供参考|供大家参考|供你参考|欢迎(?:大家)?(?:阅读|借鉴|参考|收藏|分享)|一起来看看吧|快来看看吧|一起来参考一下吧|希望[^。]{0,12}(?:能够喜欢|有所帮助|帮助到|喜欢))[^。]{0,30}[。！!]?$/, max: 200, leadingOnly: true,
    // A template's own note asking the user to adapt it is the template's text: "表格内容仅供参考，请根据本人实际情况修改".
    unless: /请(?:根据|结合|按照)[^。]{0,12}(?:修改|填写|调整)/ },
  // The author's line atop the text: "文/林小禾", "作者丨陈默".
  { reason: 'author/time line', re: /^(?:文|作者|撰文|文字|口述)\s{0,2}[/／|｜丨]\s{0,2}[\u4e00-\u9fa5·]{2,8}$/, max: 14, leadingOnly: true },
  { reason: 'canned intro', re: /^[【\[]?\s{0,4}导语\s{0,4}[】\]]?\s{0,4}[:：]?/, max: 300, leadingOnly: true },
  // The site offering its own pick: "对联网为您精选了2025年七字春联大全…".
  { reason: 'canned intro', re: /(?:网|站|小编)(?:特意|特地|精心)?(?:为您|为你|为大家|给大家|帮大家)(?:精心)?(?:精选|整理|收集|搜集|准备|推荐|汇总|带来|挑选)了?/, max: 240, leadingOnly: true },
  { reason: 'canned intro', re: /[，,。].{0,40}(?:怎么|如何|怎样)(?:写|去写|来写)[^。？?]{0,12}(?:呢|吗)[？?]$/, max: 300, preambleOnly: true },
  { reason: 'canned intro', re: /[，,。…]\s{0,4}那么[^。？?]{0,30}(?:呢|吗)[？?]$/, max: 300, preambleOnly: true },
  // Outros: "更多…请访问…", "…敬请关注…频道", "看了…的人还看了", "【…】相关文章".
  { reason: 'outro', re: /^更多[^。]{0,40}?(?:请访问|请关注|请点击|尽在|请进入|请登录|敬请关注|请收藏|欢迎(?:继续|持续)?(?:浏览|阅读|访问|关注))/, max: 160 },
  { reason: 'pager text', re: /^本章未完|(?:请|点击)[^。]{0,6}下一页继续阅读|^[（(【]\s{0,4}(?:本章完|全文完|完)\s{0,4}[）)】]$/, max: 40 },
  // A share bar's words left as a line ("分享到：微信 QQ空间 微博", "Share this: Facebook X").
  { reason: 'share bar', re: /^(?:分享到|分享至|分享给|share (?:this|on))\s{0,2}[:：]/i, max: 40 },
  // A WeChat account's follow box opens with its label ("▼关注我们▼"): what follows is the account's, not the article's.
  { reason: 'social call', re: /^[▼▽↓👇☟⬇\s]{1,4}(?:关注我们|点击关注|长按关注|扫码关注|关注公众号)[▼▽↓👇☟⬇\s]{0,4}$/u, max: 16, endsArticle: true },
  { reason: 'social call', re: /点(?:个|一下)?[“"「]?在看|(?:点赞|转发|收藏|分享)[、，,和与·\s]{0,3}(?:点赞|转发|收藏|在看|关注|分享)|长按(?:二维码|识别)|扫码关注|关注(?:本?公众号)|(?:欢迎|记得)关注我们[。！!]?$|点击上方[^。]{0,8}关注|^关注我们$/, max: 60 },
  { reason: 'outro', re: /^以上.{0,30}?(?:就是|便是|是|为|即为)[^。]{0,40}?(?:小编|本站|编辑|为大家|为您|给大家|帮大家)[^。]{0,30}?(?:整理|收集|搜集|分享|带来|推荐|汇总|准备|挑选|精选)/, max: 200 },
  { reason: 'outro', re: /想(?:了解|看|阅读)更多[^。]{0,30}?(?:请关注|请访问|请点击|请点选|敬请关注|欢迎关注|请继续关注)|请(?:继续|持续)?关注[^。]{0,20}(?:栏目|频道|专题)[！!。]?$|(?:继续|持续)关注[^。]{0,24}(?:栏目|频道|专题)/, max: 160 },
  { reason: 'outro', re: /(?:继续|持续|欢迎|请|敬请)(?:大家)?关注本站|关注本站[^。]{0,10}(?:频道|栏目|更新)/, max: 120 },
  { reason: 'outro', re: /敬请(?:关注|期待|留意)[^。]{0,24}(?:频道|栏目|本站|网站|专题)/, max: 160 },
  { reason: 'outro', re: /(?:温馨提示|小编提示|友情提示|特别提示)\s{0,4}[:：][^。]{0,60}(?:关注|访问|收藏|本站|频道|栏目)/, max: 160 },
  // The site's label on a reference note ("温馨提示：本教案仅供教师备课参考…"): the site talking, not the template.
  { reason: 'site note', re: /^(?:温馨提示|小编提示|友情提示|特别提示|温馨提醒)\s{0,4}[:：][^。]{0,40}仅供[^。]{0,12}参考/, max: 120 },
  { reason: 'outro', re: /看(?:了|过|過)[^。]{0,40}的人(?:还看了|还看|也看了|還看了|還看|也看了)/, max: 120, dropFollowingLinks: true },
  { reason: 'related list', re: new RegExp(`^[【\\[《].{1,60}[】\\]》]\\s{0,4}${RELATED}\\s{0,4}[:：]?$`), max: 90, dropFollowingLinks: true },
  { reason: 'related list', re: new RegExp(`^[【\\[〔]?\\s{0,2}${RELATED}\\s{0,2}[】\\]〕]?\\s{0,4}[:：]?$`, 'i'), max: 40, dropFollowingLinks: true },
  { reason: 'related list', re: /^更多[^。，]{0,12}(?:推荐|阅读|精彩)\s{0,4}[:：]/, max: 60, dropFollowingLinks: true },
  // The label named after the page's topic: "以成长为话题的作文相关文章：", "班主任工作计划相关推荐:".
  { reason: 'related list', re: new RegExp(`^[^。，,！？!?：:]{2,24}?${RELATED}\\s{0,2}[:：]$`), max: 40, dropFollowingLinks: true },
  // "更多>>相关新闻": the label with its more-link before it.
  { reason: 'related list', re: new RegExp(`^更多\\s{0,2}(?:>>|»|》|→|>)?\\s{0,2}${RELATED}\\s{0,2}[:：]?$`), max: 30, dropFollowingLinks: true },
  // The related label with the outro after its colon: "【…】相关文章：更多工作总结请访问…栏目。"
  { reason: 'outro', re: new RegExp(`^[【\\[《].{1,60}[】\\]》]\\s{0,4}${RELATED}\\s{0,4}[:：]\\s{0,4}更多[^。]{0,40}?(?:请访问|请关注|请点击|尽在|敬请关注)`), max: 160, dropFollowingLinks: true },
  // Author / time lines.
  { reason: 'author/time line', labels: META_LINE, max: 160 },
  { reason: 'author/time line', re: /^[（(【\[]?\s{0,4}(?:责任编辑|责编|编辑|作者|发布时间|发布日期|更新时间|审核|校对)\s{0,4}[:：]\s{0,4}(?:\S[^。，]{0,24})?$/, max: 40 },
  // A site's box about the essay's author after it ("【作者简介】林同学，某国中二年级…").
  { reason: 'author box', re: /^[【\[]\s{0,2}(?:作者简介|作者介绍|关于作者|小作者简介)\s{0,2}[】\]]/, max: 200 },
  // A teacher's or the site's comment on an essay ("【作文点评】…", "教师评语："): not the author's text.
  { reason: 'comment on the text', re: /^[【\[]\s{0,2}(?:作文|老师|教师|名师|编辑)?(?:点评|评语|简评|总评)\s{0,2}[】\]]|^(?:作文|老师|教师|名师)(?:点评|评语)\s{0,2}[:：]/, max: 400 },
  // A CMS's time stamp to the second, under one label ("时间：2024-12-18 10:32:17 个人工作总结"): a notice's own "时间：5月20日 14:30" has no seconds.
  { reason: 'author/time line', re: /^(?:发布|更新|发表|添加)?(?:时间|日期)\s{0,2}[:：]\s{0,2}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s{0,3}\d{1,2}:\d{2}:\d{2}(?:\s{0,3}[^\s，。！？,.!?:：]{1,12}){0,2}$/, max: 50 },
  // A docs page's last edit ("上次更新: 2024/10/30 下午3:12:45", VuePress's "Last Updated: 10/30/2024, 3:12:45 PM").
  { reason: 'author/time line', re: /^(?:(?:上次|最后|最近)(?:更新|修改|编辑)(?:时间|日期|于)?|更新于|last\s(?:updated|modified)(?:\son)?)\s{0,2}[:：]?\s{0,2}\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}日?,?(?:\s{0,3}(?:上午|下午|晚上|凌晨)?\s{0,2}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s?[AP]M)?)?$/i, max: 50 },
  // A forum post's floor and time ("4楼 2024-04-02 21:34", "#5 2024/4/2 21:34").
  { reason: 'author/time line', re: /^(?:\d{1,5}\s?楼|#\d{1,5}|沙发|板凳|地板)\s{0,3}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s{0,3}\d{1,2}:\d{2}(?::\d{2})?$/, max: 40 },
  // A post's date and counters without labels ("2024年5月20日 阅读 3,412"), as a reader view leaves them.
  { reason: 'author/time line', re: /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s{0,4}\d{1,2}:\d{2})?(?:\s{0,4}(?:阅读|浏览|人气|点击|评论)量?\s?[:：]?\s?[\d,]{1,9}次?){1,3}$/, max: 60 },
  // A post's meta line: "发言稿 / 2024年6月18日 / 作者" — three or four short parts, one a date, no sentence.
  { reason: 'author/time line', re: /^(?=[^。！？!?，,]*\d{4}\s{0,2}[-/.年]\s{0,2}\d{1,2})[^。！？!?，,/|·]{1,14}(?:\s{1,3}[/|·]\s{1,3}[^。！？!?，,/|·]{0,14}){2,3}$/, max: 50 },
  // A news story's time line: "2024-05-12 10:21 发布于：江苏省" (a clock time or a place label; a bare date may be a letter's).
  { reason: 'author/time line', re: /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s{0,4}(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s{0,4}(?:(?:发布于|来源|IP属地|发布)\s{0,4}[:：]?\s{0,4}[^，。\s]{0,16})?|(?:发布于|IP属地)\s{0,4}[:：]?\s{0,4}[^，。\s]{0,16})$/, max: 60 },
  // Navigation lines inside the body: "点击查看：…>>>", "↑返回目录", "本文目录".
  { reason: 'navigation', re: /^(?:点击|戳此|请点击)(?:查看|阅读|进入|这里|下载)|(?:>>>?|»|››)\s{0,4}$|^[↑⬆]?\s{0,4}(?:返回(?:目录|顶部|首页|列表)|回到顶部)$/, max: 80 },
  { reason: 'navigation', re: BACK_LINK, max: 80 },
  // A breadcrumb left inside the body: "您现在的位置：范文吧 >> 申请书 >> 正文".
  { reason: 'navigation', re: /^(?:您现在的位置|您的位置|您当前的位置|当前位置|现在位置|所在位置|你的位置|You are here)\s{0,2}[:：]/i, max: 160 },
  // A toggle's words left as a line: "查看条文说明", "展开全文", "收起答案".
  { reason: 'toggle', re: /^(?:点击)?(?:查看|展开|收起|隐藏|显示)(?:全文|全部|更多|详情|条文说明|说明|答案|解析|原文)\s{0,2}[>»∨∧]?$/, max: 12 },
  // A link to another page under a label, set between paragraphs: "Related Story: …", "Read: …", "精品推荐 家长会发言稿大全".
  { reason: 'related list', re: /^(?:(?:related(?:\s(?:story|stories|article|articles|content|coverage|link|links|reading))?|(?:read|see)\s(?:more|also|next)|also read|read|more|另见)\s?[:：]|[【\[]?(?:精品推荐|推荐阅读|相关推荐|热门推荐|精彩推荐|相关阅读|延伸阅读|猜你喜欢|相关文章|相关链接|相关新闻|相关报道)[】\]]?\s?[:：]?)\s?\S/i, max: 160, linked: true, dropFollowingLinks: true },
  // A toggle's bare word left by a box whose list went (a table of contents' "切换", "[隐藏]").
  { reason: 'toggle', re: /^(?:切换|展开|收起|折叠|隐藏|显示|toggle|show|hide)$|^[\[【［]\s?(?:切换|展开|收起|折叠|隐藏|显示|toggle|show|hide)\s?[\]】］]$/i, max: 8 },
  { reason: 'table of contents', re: /^(?:本文|文章)?目录\s{0,4}[:：]?(?:\s{0,2}[\[【（(]\s{0,2}(?:隐藏|显示|收起|展开|折叠|hide|show)\s{0,2}[\]】）)])?$/i, max: 14 },
  // The post's tag line ("本文标签：社会实践心得、暑期实践。"): the site's index, not the text.
  // Also PHPCMS's "相关热词搜索：财务 总结" (a paper's own 关键词 line is its text).
  { reason: 'tag line', re: /^(?:(?:本文|文章)?(?:标签|Tags?)|Topics?|Filed under|相关(?:热词|关键词|标签)(?:搜索)?)\s{0,2}[:：]\s{0,2}[^。！？!?：:]{1,100}[。.]?$/i, max: 120 },
  { reason: 'navigation', re: /^(?:上一篇|下一篇|上篇|下篇|上一章|下一章|上一条|下一条|前一篇|后一篇)(?:文章|新闻|资讯|信息)?\s{0,4}[:：]/, max: 120 },
  // A line of the page's tools ("打印本文 返回顶部 关闭该页", "【打印此页】 【关闭窗口】", "字体：大 中 小").
  { reason: 'page tools', re: /^(?:[【\[]?(?:打印(?:本文|此文|此页|本页|文章)?|关闭(?:窗口|该页|本页|此页)|返回顶部|收藏本文|加入收藏|推荐给(?:朋友|好友)|告诉好友|发表评论|字体[:：]大中小)[】\]]?)+$/, max: 60, squashed: true },
  // A pager of page links only ("第1页 第2页 第3页", "[第1页] [第2页]", "【1】【2】").
  { reason: 'pager text', re: /^(?:[【\[]?第\d{1,3}页[】\]]?|[【\[]\d{1,3}[】\]]){2,30}$/, max: 160, squashed: true, marksCut: true },
  // The heading of the readers' comments below the text: what follows is theirs.
  { reason: "readers' posts", re: /^(?:网友|读者|用户)(?:评论|点评|留言|回复)|^(?:精彩|热门|全部|最新|发表|我要)评论|^(?:\d{1,5}\s)?(?:reader\s)?comments$|^leave a (?:comment|reply)$/i, max: 16, endsArticle: true },
  // Site footers that a fallback body may hold.
  { reason: 'footer', re: /^(?:Copyright|©|\(c\)|版权所有)|版权所有\s{0,4}$|ICP备\d|公网安备/i, max: 120 },
  // The site breaking its own text: page footers of document readers, inline pagers, ad labels.
  { reason: 'page footer', re: PAGE_FOOTER, max: 24, marksCut: true },
  { reason: 'page count', re: PAGE_COUNT, max: 30, marksCut: true },
  // A gallery's counter standing as a line ("3/8"): no text says only that.
  { reason: 'page count', re: /^\d{1,3}\s?\/\s?\d{1,3}$/, max: 9 },
  { reason: 'pager text', re: PAGER_LINE, max: 80, marksCut: true },
  // (A page count "2/3" is one of the words: "上一页 2/3 下一页", "2/2 首页 上一页 1 2".)
  { reason: 'pager text', re: /^(?:分页|页码|共\s{0,4}\d{1,3}\s{0,4}页)?\s?[:：]?\s?(?:(?:首页|上一页|下一页|上页|下页|尾页|末页|\[\d{1,3}\]|\d{1,2}\s?\/\s?\d{1,2}(?!\d)|\d{1,3}(?!\d)|…)\s?){3,}$/, max: 80, marksCut: true },
  // A CMS's or theme's credit line ("计划网 jihua66.example　Powered by EmpireCMS WAP", "Powered by WordPress").
  { reason: 'footer', re: /^[^。！？!?]{0,40}\bPowered by\s{1,3}[A-Za-z][\w!.\- ]{1,40}$/, max: 80 },
  { reason: 'ad label', re: /^(?:广告|廣告|推广|赞助内容|Advertisement|ADVERTISEMENT|Sponsored|广告加载失败|广告加载中)$/, max: 12, marksCut: true },
  // The end of the text: what follows at the tail is the site's.
  { reason: 'end marker', re: /^[-—–_=·\s]*END[-—–_=·\s]*$|^(?:全文|免费|本文档)?(?:预览|试读)已?结束|^[^。]{0,16}[，,]\s{0,2}(?:全文|免费|本文档)(?:预览|试读)已?结束|^剩余\d+页|^已?阅读到(?:了)?文档的?结尾/i, max: 40, endsArticle: true },
  // A pager's words left as a line ("上一页 下一页", "首页 1 2 3 尾页").
  // (Each word after the first follows white space or a closing 页/bracket: one way to read any line, no backtracking.)
  { reason: 'pager text', re: /^(?=.*(?:上一页|下一页|首页|尾页|末页))[\[【]?(?:上一页|下一页|首页|尾页|末页|上页|下页|\d{1,3})[\]】]?(?:(?:\s{1,3}|(?<=[页\]】]))[\[【]?(?:上一页|下一页|首页|尾页|末页|上页|下页|\d{1,3})[\]】]?){0,13}$/, max: 80, marksCut: true },
  // Forum and document-reader status lines.
  { reason: 'status line', re: /^本帖最后由.{1,40}编辑$/, max: 60 },
  { reason: 'site talk', re: /^(?:DOCX?|PDF|PPTX?|XLSX?|TXT|WPS|S?VIP)$/i, max: 4 },
  { reason: 'site talk', re: /^(?:文档简介|内容简介|文档介绍|资料简介|文档预览)\s{0,4}[:：]?$/, max: 8 },
  // A document reader's upload line ("上传者：jiaoyu_2024 3页 2025-06-18 上传 1836次阅读"),
  // also after the card's format badge and page count ("DOC2页上传者：…").
  { reason: 'site talk', re: /^(?:(?:DOCX?|PDF|PPTX?|TXT|WPS|XLSX?)\s{0,2})?(?:\d{1,4}\s{0,2}页\s{0,2})?(?:上传者|上传人|贡献者|分享者|上传用户)\s{0,2}[:：]/i, max: 120 },
  { reason: 'site talk', re: /本文档[^。！]{0,12}(?:可直接|可以直接|可)(?:编辑|下载|打印)|^本篇[^。！]{0,8}(?:模板|范文|文档|简历)(?:可直接|可以直接|可)下载[^。！]{0,16}(?:Word|WPS|PDF|DOCX?)|^复制全文|\.(?:docx?|pdf|pptx?|txt)\s{0,4}$|下载需\s{0,4}\d+\s{0,4}(?:积分|下载券)|开通VIP|由会员[^。]{0,12}分享|可编辑的?(?:Word|WPS|word)文档|^文档为\s{0,2}(?:docx?|pdf|pptx?|txt|wps)\s{0,2}格式$|^本文可下载|^[￥¥]\s{0,2}\d{1,4}(?:\.\d{1,2})?\s{0,2}元?$|^本(?:文档|合同|范文|模板|资料|文)共\s{0,2}\d+\s{0,2}页|\d+(?:\.\d+)?\s{0,2}万?\s{0,2}人(?:已)?下载$/i, max: 160 },
  // Novel sites' line in the chapter: "笔趣阁，最快更新青灯照夜最新章节！".
  { reason: 'site talk', re: /最快更新.{0,30}最新章节|请记住本书首发域名|^一秒记住|无弹窗(?:免费)?(?:阅读|小说)|手机版阅读网址[:：]|(?:手机|移动)(?:用户|端)请(?:浏览|访问).{0,30}阅读/, max: 80 },
  { reason: 'copyright notice', re: /版权归(?:原)?作者所有|如有侵权[^。]{0,12}(?:联系|删除)|侵删|若(?:内容)?(?:存在)?侵权|不代表本站(?:观点|立场)|仅代表作者本人|一经查实[^。]{0,12}删除/, max: 200 },
  // A site's footer lines: licence numbers and "版权所有" ("京ICP证060535号", "央视网 版权所有 未经许可 请勿转载").
  { reason: 'copyright notice', re: /ICP[证备][^。]{0,12}号|公网安备\s{0,2}\d|网络视听许可证|^[^。，]{0,20}版权所有[^。]{0,20}$/, max: 80 },
  // A reprint ban or request of the post's own ("本文为百家号作者原创，未经授权，不得转载。", "（全文完，如需转载请注明出处）").
  { reason: 'copyright notice', re: /^[（(【\[]?\s{0,2}(?:(?:本文|文章|本篇|该文|此文|本站|版权|原创)[^。！？]{0,30}?[，,。]\s{0,2})?未经[^。，,]{0,8}?(?:授权|许可|同意|允许)[，,]?\s{0,2}(?:不得|禁止|严禁|请勿|谢绝)(?:任何形式的?)?(?:转载|摘编|转发)/, max: 120 },
  { reason: 'copyright notice', re: /^[（(【\[]?[^。，,]{0,8}[，,]?\s{0,2}(?:如需|若需|如要|欢迎)?转载请(?:注明|保留)[^。，,]{0,8}[）)】\]]?$/, max: 40 },
  // A legal site's box beside a contract: its label alone ("律师提醒") and its pitch ("…可在线咨询律师。").
  { reason: 'site talk', re: /^(?:律师|专家)(?:提醒|提示|点评|建议|解读|说)\s{0,2}[:：]?$/, max: 8 },
  { reason: 'site talk', re: /(?:可|请|欢迎|点击)?(?:在线|免费|立即)咨询(?:专业|在线)?律师[。！!>»]*$/, max: 200 },
  // Platform disclaimers under self-media posts: "平台声明：该文观点仅代表作者本人，…仅提供信息存储空间服务。"
  { reason: 'copyright notice', re: /^(?:平台声明|特别声明|免责声明|声明)\s{0,4}[:：]|仅提供信息(?:存储|发布)(?:空间)?服务/, max: 160 },
  // Copy guards and paywalls shown as text.
  { reason: 'copy guard', re: /^(?:复制本文|复制需要|复制请先|请先支付|付费后即可复制|登录后(?:即可)?复制)/, max: 120 },
  // A paywall box's button left alone when the box's words went as site talk ("开通VIP会员…" | "立即开通").
  { reason: 'paywall', re: /^(?:立即|马上|现在)(?:开通|购买|升级|充值|续费)(?:VIP|会员)?$/i, max: 12 },
  { reason: 'paywall', re: /生成PDF[^。]{0,20}下载|付费下载|下载(?:PDF|Word)文档|付费即可(?:复制|下载)|^(?:展开|点击)(?:阅读)?全文/, max: 100 },
  // A download card's pitch left when its title and button went: "将本文的Word文档下载到电脑，方便收藏和打印".
  { reason: 'paywall', re: /^将(?:本文|本篇|此文)的?(?:Word|WORD|word|PDF|pdf)?文档下载/, max: 40 },
];

/** The heading of a section of readers' posts: "大家做的（286）", "网友评论", "热门评论", "Guest book", "12 Comments". */
/** A related-reading section's own heading ("推荐阅读", "相关新闻", "Related stories"). */
export const RELATED_HEADING = new RegExp(`^[【\\[〔]?\\s{0,2}${RELATED}\\s{0,2}[】\\]〕]?\\s{0,4}[:：]?$`, 'i');

export const UGC_HEADING = /^(?:大家做的|大家都在做|网友(?:作品|评论|点评|回复|晒图)|用户(?:评论|作品|晒图)|精彩评论|热门评论|全部评论|最新评论|发表评论|评论|(?:\d{1,5}\s)?(?:reader\s)?comments?|guest\s?book|condolences|leave a (?:comment|reply))[\s（()）\d]*$/i;

/** "（精选5篇）", "六篇", "汇总(十四篇)", "读后感三则", "现代诗三首": the number of pieces a title announces. */
export const TITLE_COUNT = new RegExp(`(${NUM})\\s*(?:篇|则|則|首)`);

