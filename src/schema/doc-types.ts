/**
 * The vocabulary of document types, in a module of its own without zod, so a page script that
 * shows a type's label does not bundle the schema library.
 */
/**
 * Kinds of official document the archive distinguishes (公文文种), with their Chinese labels:
 * the fifteen kinds of the 党政机关公文处理工作条例 (Art. 8), then replies to deputies'
 * suggestions and members' proposals, policy interpretations, plans and measures published on
 * their own, and other. The one definition of the vocabulary and its labels.
 */
export const docTypeLabels = {
  resolution: '决议',
  decision: '决定',
  order: '命令（令）',
  communique: '公报',
  announcement: '公告',
  'public-notice': '通告',
  opinion: '意见',
  notice: '通知',
  bulletin: '通报',
  report: '报告',
  request: '请示',
  approval: '批复',
  motion: '议案',
  letter: '函',
  minutes: '纪要',
  reply: '答复',
  interpretation: '解读',
  plan: '规划、方案',
  measures: '办法、措施',
  other: '其他',
} as const;
