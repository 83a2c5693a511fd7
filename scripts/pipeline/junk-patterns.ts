/**
 * Web-page lines that are not part of a document: the portal's furniture around it.
 * The one place these patterns live; every line they remove is listed in the build report.
 * A pattern must match the whole (trimmed) line, so document sentences are never touched.
 */
export const junkPatterns: readonly { rule: string; pattern: RegExp }[] = [
  // 来源: 发布时间: 浏览次数: — the portal's byline, with or without values.
  { rule: 'page-meta', pattern: /^(来源|信息来源)[:：].{0,40}?(发布时间|发布日期)[:：].{0,40}$/ },
  { rule: 'page-meta', pattern: /^(浏览次数|点击数|访问量|阅读次数)[:：]?[\s\u3000\d]*$/ },
  { rule: 'print', pattern: /^[【[]?(打印|打印本页|打印此页|关闭|关闭窗口|返回顶部|收藏|我要纠错)[】\]]?$/ },
  { rule: 'font-size', pattern: /^[【[]?字体[:：]?[\s\u3000]*(大|中|小|[\s\u3000])*[】\]]?$/ },
  { rule: 'share', pattern: /^(分享到[:：]?.*|微信|微博|QQ空间|QQ好友|扫一扫|扫一扫在手机打开当前页|用手机扫描二维码)$/ },
  {
    rule: 'breadcrumb',
    pattern: /^(首页|当前位置[:：]?|您现在的位置[:：]?)[\s\u3000]*([>＞»›][\s\u3000]*[^\s>＞»›]{1,20}[\s\u3000]*)+$/,
  },
];

/** The rule a line matches, or undefined for document text. */
export function junkRule(text: string): string | undefined {
  if (text === '') return undefined;
  return junkPatterns.find((p) => p.pattern.test(text))?.rule;
}
