/**
 * Portal furniture is removed by whole-line shapes; body sentences that start with the same
 * words stay (issue 21, item 7).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { junkRule } from '../../scripts/ingest/junk-patterns.ts';

const furniture: [string, string][] = [
  ['分享到：', 'share'],
  ['分享到：微信 微博 QQ空间', 'share'],
  ['分享到 微信、微博', 'share'],
  ['扫一扫在手机打开当前页', 'share'],
  ['【打印】', 'print'],
  ['关闭窗口', 'print'],
  ['【打印】 【关闭】', 'print'],
  ['【字体：大 中 小】', 'font-size'],
  ['浏览次数：1024', 'page-meta'],
  ['来源：吉林省卫生健康委员会 发布时间：2020-09-21', 'page-meta'],
  ['发布时间：2025-03-04 09:43', 'page-meta'],
  ['责任编辑：王芳', 'page-meta'],
  ['首页 > 政务公开 > 政策文件', 'breadcrumb'],
  ['当前位置：首页 » 信息公开', 'breadcrumb'],
  ['您的位置：首页/政策/文件', 'breadcrumb'],
  ['相关链接', 'related'],
  ['【法宝引证码】 CLI.12.1075244', 'page-source'],
  ['原文链接：https://www.pkulaw.com/lar/abc.html', 'page-source'],
  ['# Page 1296:', 'page-marker'],
  ['- 12 -', 'page-marker'],
  ['版权所有：吉林省人民政府办公厅', 'footer'],
  ['吉ICP备05002380号-1 网站标识码：2200000015', 'footer'],
];

const sentences = [
  '分享到各地的经验表明，示范区建设成效明显。',
  '分享到户的收益按季度结算。',
  '打印机、复印机等办公设备纳入政府采购目录。',
  '关闭不符合安全生产条件的小煤矿。',
  '收藏品市场监管由市场监督管理部门负责。',
  '来源于财政预算的资金，按规定管理。',
  '浏览次数较多的栏目要优先更新。',
  '微信公众号、政务微博要及时发布政策解读。',
  '首页显著位置设置专栏，集中发布政策文件。',
  '责任编辑要严格审核稿件，确保内容准确。',
  '版权所有者依法享有著作权。',
  '相关链接应当指向政府网站。',
  '扫一扫二维码即可办理。',
  '下载申报表后填写并上传。',
];

for (const [line, rule] of furniture) {
  it(`removes the furniture line "${line}" as ${rule}`, () => {
    assert.equal(junkRule(line), rule);
  });
}
for (const line of sentences) {
  it(`keeps the body sentence "${line}"`, () => {
    assert.equal(junkRule(line), undefined);
  });
}
