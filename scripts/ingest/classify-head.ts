import { cleanTitle, endsAsTitle } from './clean-title.ts';
import { DOC_NUMBER_LINE, LEADING_DOC_NUMBER, ORDER_NUMBER_LINE, TERMINAL } from './patterns.ts';
import type { Block, SourceLine } from './types.ts';

const compact = (s: string) => s.replace(/[\s\u3000\u00a0]/g, '');

/** A title wraps over at most this many lines (GB/T 9704 7.3.3 sets it in one or more lines). */
const MAX_TITLE_LINES = 5;
/** The head's elements stand in the first lines; past these the body has begun. */
const MAX_HEAD_LINES = 12;
/** 发文机关标志: …文件, or an order's banner …令 (中华人民共和国国务院令). */
const BANNER = /^[\u4e00-\u9fa5（）()\s\u3000]{2,60}(文件|令)$/;
/** 主送机关: ends with a colon, no sentence inside. */
const ADDRESSEE = /^[^。！？；]{1,300}[:：]$/;

/**
 * Reads the head of a document (GB/T 9704 版头 and the opening of 主体) by the roles of its
 * lines, in whatever order a portal or an office system left them: the issuing-body banner
 * (…文件, …令), the 发文字号 in any bracket style (or an order's 第N号), headline lines over the
 * title, the title over up to five lines (repeated, as pages often print it twice), and the
 * addressee (主送机关, ending with ：), also when the 发文字号 runs into it. `knownTitle` is the
 * title a metadata header states, which the body often repeats, wrapped.
 * Returns the head blocks and the index of the first line after the head.
 */
export function classifyHead(
  lines: readonly SourceLine[],
  start: number,
  knownTitle: string | undefined,
): { blocks: Block[]; end: number } {
  const blocks: Block[] = [];
  const target = knownTitle ? compact(cleanTitle(knownTitle).title) : undefined;
  let i = start;
  let title: string | undefined;
  let haveNumber = false;
  let seen = 0;
  const block = (role: Block['role'], line: SourceLine, text = line.text): Block => ({ role, text, lines: [line.no], part: 0 });
  const next = () => {
    while (i < lines.length && lines[i]!.text === '') i++;
    return lines[i];
  };
  for (let line = next(); line && seen < MAX_HEAD_LINES; line = next(), seen++) {
    const text = line.text;
    if (!title && !haveNumber && !blocks.some((b) => b.role === 'banner') && BANNER.test(text) && !TERMINAL.test(text)) {
      blocks.push(block('banner', line));
      i++;
      continue;
    }
    if (
      !haveNumber &&
      (DOC_NUMBER_LINE.test(compact(text)) || (ORDER_NUMBER_LINE.test(compact(text)) && blocks.some((b) => b.role === 'banner')))
    ) {
      blocks.push(block('docNumber', line));
      haveNumber = true;
      i++;
      continue;
    }
    if (title !== undefined && compact(cleanTitle(text).title) === compact(title)) {
      // The page printed the title twice (its own heading, then the document's).
      blocks.push(block('title', line));
      i++;
      continue;
    }
    if (!title) {
      // Short lines over the title (a newspaper headline, a 引题) when a title follows.
      if (headlineBeforeTitle(lines, i, target)) {
        blocks.push(block('headline', line));
        i++;
        continue;
      }
      const found = readTitle(lines, i, target);
      if (found) {
        blocks.push({ role: 'title', text: found.text, lines: found.lines, part: 0 });
        title = found.text;
        i = found.next;
        continue;
      }
    }
    const glued = LEADING_DOC_NUMBER.exec(text);
    if (!haveNumber && glued && ADDRESSEE.test(text.slice(glued[0].length).trim())) {
      // 发文字号 and 主送机关 on one line: the number is its own element.
      blocks.push(block('docNumber', line, glued[0]), block('addressee', line, text.slice(glued[0].length).trim()));
      i++;
      break;
    }
    if ((title || target || haveNumber) && ADDRESSEE.test(text) && !/[，,]$/.test(text.slice(0, -1)) && text.length <= 300) {
      blocks.push(block('addressee', line));
      i++;
      break;
    }
    // An addressee broken over several lines (a long list of bodies, a PDF's narrow column).
    const run = addresseeRun(lines, i);
    if ((title || target || haveNumber) && run) {
      blocks.push({ role: 'addressee', text: run.text, lines: run.lines, part: 0 });
      i = run.next;
      break;
    }
    break;
  }
  return { blocks, end: i };
}

/** Lines from i that end with 、 or ， until one ends with ：: one addressee; undefined when they do not. */
function addresseeRun(lines: readonly SourceLine[], i: number): { text: string; lines: number[]; next: number } | undefined {
  let text = '';
  const used: number[] = [];
  for (let j = i; j < lines.length && used.length < 10; j++) {
    const t = lines[j]!.text;
    if (t === '') continue;
    if (/[。！？；]/.test(t)) return undefined;
    text += t;
    used.push(lines[j]!.no);
    if (/[:：]$/.test(t)) return used.length > 1 && text.length <= 300 ? { text, lines: used, next: j + 1 } : undefined;
    if (!/[、，,]$/.test(t) && used.length > 1) return undefined;
  }
  return undefined;
}

/** A line that goes on with the title before it: （2023 版）的通知, 的通知, 》的通知. */
const CONTINUES_TITLE = /^([（(][^（()）]{1,12}[）)])?[的》]/;

/** The title at line i: the header's title repeated (possibly wrapped), or a title-like run of lines. */
function readTitle(
  lines: readonly SourceLine[],
  i: number,
  target: string | undefined,
): { text: string; lines: number[]; next: number } | undefined {
  const first = lines[i]!;
  if (target) {
    let acc = '';
    const used: number[] = [];
    let j = i;
    while (j < lines.length && used.length < MAX_TITLE_LINES + 2) {
      const t = lines[j]!.text;
      if (t !== '') {
        const candidate = acc + compact(t);
        const clean = compact(cleanTitle(candidate).title);
        if (!target.startsWith(candidate) && clean !== target && !candidate.includes(target)) break;
        acc = candidate;
        used.push(lines[j]!.no);
        if (clean === target || acc === target || (acc.includes(target) && !openBracket(acc)))
          return { text: joinTitle(lines, used), lines: used, next: j + 1 };
      }
      j++;
    }
    return undefined;
  }
  if (TERMINAL.test(first.text) || first.text.length > 300 || DOC_NUMBER_LINE.test(compact(first.text))) return undefined;
  // A title wraps over at most five lines; it ends with its document type word (then perhaps
  // a bracketed date, which may itself wrap).
  const used = [first.no];
  let text = first.text;
  let j = i + 1;
  const goesOn = () => {
    let k = j;
    while (k < lines.length && lines[k]!.text === '') k++;
    const more = lines[k];
    return more !== undefined && CONTINUES_TITLE.test(more.text) && !TERMINAL.test(more.text);
  };
  while ((!endsAsTitle(text) || openBracket(text) || goesOn()) && used.length < MAX_TITLE_LINES) {
    while (j < lines.length && lines[j]!.text === '') j++;
    const more = lines[j];
    if (!more || TERMINAL.test(more.text) || DOC_NUMBER_LINE.test(compact(more.text))) break;
    text += more.text;
    used.push(more.no);
    j++;
  }
  if (!endsAsTitle(text) || openBracket(text)) return undefined;
  return { text, lines: used, next: used.length === 1 ? i + 1 : j };
}

/** More opening brackets than closing ones: the line goes on. */
function openBracket(text: string): boolean {
  return (text.match(/[（(《]/g) ?? []).length > (text.match(/[）)》]/g) ?? []).length;
}

/** A title that stands on its own line: it opens as a title does (关于…, A关于…, A就…, A对…). */
const OPENS_AS_TITLE = /^(关于|[^，。；：:]{2,60}?(关于|就《|对[^，。；]{2,40}的(答复|复函)$))/;

/**
 * Whether the line at i is a headline over the title: a short phrase that is no title itself
 * (no 关于, no 文种 ending), followed within two lines by a line that is a whole title on its own.
 */
function headlineBeforeTitle(lines: readonly SourceLine[], i: number, target: string | undefined): boolean {
  const first = lines[i]!.text;
  if (TERMINAL.test(first) || first.length > 60 || /[，。]|关于/.test(first) || endsAsTitle(first)) return false;
  if (target && target.startsWith(compact(first))) return false;
  let j = i + 1;
  for (let k = 0; k < 2; k++) {
    while (j < lines.length && lines[j]!.text === '') j++;
    if (j >= lines.length) return false;
    const t = lines[j]!.text;
    const alone = target ? compact(cleanTitle(t).title) === target : OPENS_AS_TITLE.test(t) && endsAsTitle(t);
    if (alone) return true;
    if (TERMINAL.test(t) || t.length > 60 || /[，。]|关于/.test(t)) return false;
    j++;
  }
  return false;
}

function joinTitle(lines: readonly SourceLine[], used: number[]): string {
  return used.map((no) => lines[no - 1]!.text).join('');
}
