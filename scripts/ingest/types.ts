/** Shared shapes passed between the pipeline stages. */

/** One line of the source, numbered from 1, with surrounding whitespace (incl. U+3000, NBSP) removed. */
export interface SourceLine {
  no: number;
  text: string;
}

/** What a block of the document is, in GB/T 9704 terms. */
export type BlockRole =
  | 'banner' // 发文机关标志: 吉林省医药健康产业发展领导小组文件
  | 'headline' // a headline over the title (引题, a newspaper's headline over a 答记者问)
  | 'docNumber' // 发文字号
  | 'title' // 标题
  | 'addressee' // 主送机关
  | 'heading' // numbered section heading (一、 （一） 1、 （1） 一是)
  | 'para' // body paragraph
  | 'signature' // 发文机关署名
  | 'date' // 成文日期
  | 'note' // 附注 under the date: （此件公开发布）
  | 'contact' // 联系人 / 电话
  | 'cc' // 抄送
  | 'attachmentTitle'; // title of an attached document (附件)

export interface Block {
  role: BlockRole;
  /** Text with whitespace normalised: lines of a page-broken sentence joined. */
  text: string;
  /** Source line numbers the block was made from. */
  lines: number[];
  /** 0 for the main document, k for attachment k. */
  part: number;
  /** Anchor id (sections: s1-2; paragraphs: s1-2-p1; head and closing lines: none). */
  id?: string;
  /** Section id the block belongs to ('' when before any section). */
  section?: string;
  /** For headings: numbering label as printed and depth. */
  label?: string;
  level?: number;
  /** For run-in headings: the heading is the label and first sentence of a paragraph. */
  runIn?: boolean;
}

/** A line the cleaner removed, for the build report. */
export interface RemovedLine {
  line: number;
  text: string;
  rule: string;
}
