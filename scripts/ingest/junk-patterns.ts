/**
 * Web-page lines that are not part of a document: the portal's furniture around it.
 * The one place these patterns live; every line they remove is listed in the build report.
 *
 * A pattern matches a whole (trimmed) furniture line in one of the known shapes: a label with
 * nothing or only values after it (a count, a date, a site name, a list of share targets), a
 * control's caption, a breadcrumb. A sentence of the document that merely starts with one of
 * these words (分享到各地的经验…, 打印机采购…, 来源于…的数据) never matches.
 */
const SP = '[\\s\\u3000]*';
const SHARE_TARGETS = '(微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|人人网|豆瓣|抖音|今日头条|更多)';
const DATE_TIME = '\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?(\\s*\\d{1,2}:\\d{2}(:\\d{2})?)?';

export const junkPatterns: readonly { rule: string; pattern: RegExp }[] = [
  // 来源: 发布时间: 浏览次数: — the portal's byline, with or without values.
  { rule: 'page-meta', pattern: new RegExp(`^(来源|信息来源)[:：].{0,40}?(发布时间|发布日期)[:：]${SP}(${DATE_TIME})?.{0,30}$`) },
  { rule: 'page-meta', pattern: new RegExp(`^(发布时间|更新时间)[:：]${SP}${DATE_TIME}$`) },
  { rule: 'page-meta', pattern: /^(浏览次数|点击数|访问量|阅读次数|阅读量)[:：]?[\s\u3000\d]*次?$/ },
  { rule: 'page-meta', pattern: /^(责任编辑|编辑|校对|审核)[:：][\s\u3000]*[\u4e00-\u9fa5·]{0,12}$/ },
  {
    rule: 'print',
    pattern: /^[【[]?(打印|打印本页|打印此页|打印页面|关闭|关闭窗口|关闭本页|返回顶部|回到顶部|收藏|我要纠错|保存|下载)[】\]]?$/,
  },
  { rule: 'print', pattern: /^([【[]?(打印|关闭|收藏|分享|纠错)[】\]]?[\s\u3000|｜]*){2,}$/ },
  { rule: 'font-size', pattern: /^[【[]?字体[:：]?[\s\u3000]*(大|中|小|[\s\u3000])*[】\]]?$/ },
  { rule: 'share', pattern: new RegExp(`^分享到${SP}[:：]?${SP}(${SHARE_TARGETS}[\\s\\u3000、|｜]*)*$`) },
  { rule: 'share', pattern: new RegExp(`^${SHARE_TARGETS}$`) },
  { rule: 'share', pattern: /^(扫一扫|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面|用手机扫描二维码|手机扫码阅读)$/ },
  { rule: 'breadcrumb', pattern: /^(首页|网站首页)([\s\u3000]*[>＞»›/][\s\u3000]*[^\s>＞»›/]{1,20})+$/ },
  {
    rule: 'breadcrumb',
    pattern:
      /^(当前位置|您现在的位置|您的位置|所在位置)[:：]?[\s\u3000]*[^\s>＞»›/]{1,20}([\s\u3000]*[>＞»›/][\s\u3000]*[^\s>＞»›/]{1,20})*$/,
  },
  { rule: 'related', pattern: /^(相关链接|相关文件|相关阅读|相关新闻|排行榜|热点排行|推荐阅读|上一篇|下一篇)[:：]?$/ },
  // A legal database's citation code and the address a page was saved from.
  { rule: 'page-source', pattern: /^【法宝引证码】[\s\u3000]*CLI\.[\d.]+$/ },
  { rule: 'page-source', pattern: /^(原文链接|原文地址|链接|网址|URL)[:：][\s\u3000]*https?:\/\/\S+$/i },
  // A PDF-to-text dump's page marker.
  { rule: 'page-marker', pattern: /^#[\s\u3000]*Page[\s\u3000]*\d+[:：]?$/i },
  { rule: 'page-marker', pattern: /^[-—－][\s\u3000]*\d{1,4}[\s\u3000]*[-—－]$/ },
  { rule: 'footer', pattern: /^(版权所有|Copyright|©)[^。；]{0,80}$/i },
  { rule: 'footer', pattern: /^[^。；]{0,40}(ICP备|网站标识码|公网安备)[^。；]{0,60}$/ },
];

/** The rule a line matches, or undefined for document text. */
export function junkRule(text: string): string | undefined {
  if (text === '') return undefined;
  return junkPatterns.find((p) => p.pattern.test(text))?.rule;
}
