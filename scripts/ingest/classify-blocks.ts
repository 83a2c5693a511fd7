import type { JoinedLine } from './join-lines.ts';
import { DATE_LINE, TERMINAL } from './patterns.ts';
import type { Block } from './types.ts';

/** Bodies sign with names that end like this (厅, 委员会, 领导小组, 人民政府, …); several with spaces between. */
export const BODY_NAME =
  /^[\u4e00-\u9fa5（）()“”][\u4e00-\u9fa5（）()“”\s\u3000]{1,80}(厅|局|委|委员会|办公室|办公厅|小组|政府|院|部|署|会|中心|室|处|所|站|社|行|司|协会|联合会)$/;
/** 附注 printed under the date: （此件公开发布）, （此件主动公开）. */
const NOTE = /^[（(][^（()）。，]{2,20}[）)]$/;
const CONTACT = /^[（(]?\s*(联系人|联系电话|联系方式|电话)[:：]/;
const CC = /^抄\s*送[:：]/;
const ATTACHMENT_LABEL = /^附\s*件\s*\d*\s*[:：]?$/;

/**
 * Gives each body line its role: paragraph, or a closing element (署名, 成文日期, 联系人, 抄送).
 * Text after a closing block that reads as a title starts an attachment (附件), as in a
 * 印发…的通知 that carries the plan it issues.
 */
export function classifyBlocks(joined: readonly JoinedLine[]): Block[] {
  const blocks: Block[] = [];
  let part = 0;
  let closed = false;
  for (let i = 0; i < joined.length; i++) {
    const { text, lines } = joined[i]!;
    const next = joined[i + 1];
    const block = (role: Block['role']): Block => ({ role, text, lines: [...lines], part });
    // 署名: one body, or several stacked (joint issuers), right above the 成文日期.
    if (BODY_NAME.test(text) && signsBefore(joined, i)) {
      blocks.push(block('signature'));
      continue;
    }
    // 成文日期: under the signature, or on its own where a reprint dropped the signature.
    if (DATE_LINE.test(text) && (blocks.at(-1)?.role === 'signature' || (part === 0 && !closed && endsMainText(joined, i)))) {
      blocks.push(block('date'));
      closed = true;
      continue;
    }
    if (closed && NOTE.test(text)) {
      blocks.push(block('note'));
      continue;
    }
    if (CONTACT.test(text)) {
      blocks.push(block('contact'));
      continue;
    }
    if (CC.test(text)) {
      blocks.push(block('cc'));
      closed = true;
      continue;
    }
    if (ATTACHMENT_LABEL.test(text) && next) {
      part++;
      closed = false;
      blocks.push({ role: 'attachmentTitle', text: `${text}${next.text}`, lines: [...lines, ...next.lines], part });
      i++;
      continue;
    }
    if (closed && text.length <= 60 && !TERMINAL.test(text) && !/[，。]/.test(text)) {
      part++;
      closed = false;
      blocks.push({ role: 'attachmentTitle', text, lines: [...lines], part });
      continue;
    }
    blocks.push(block('para'));
  }
  return blocks;
}

/** Whether the body names from i on (one or a few stacked lines) stand right above a date. */
function signsBefore(joined: readonly JoinedLine[], i: number): boolean {
  for (let j = i + 1; j < joined.length && j <= i + 8; j++) {
    const t = joined[j]!.text;
    if (DATE_LINE.test(t)) return true;
    if (!BODY_NAME.test(t)) return false;
  }
  return false;
}

/** Whether the date line at i closes the main text: nothing follows, or a note, or a title-like line. */
function endsMainText(joined: readonly JoinedLine[], i: number): boolean {
  const after = joined[i + 1]?.text;
  if (after === undefined) return i > 0;
  return NOTE.test(after) || (after.length <= 60 && !TERMINAL.test(after) && !/[，。]/.test(after));
}
