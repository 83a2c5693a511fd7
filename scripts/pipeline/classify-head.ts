import { DOC_NUMBER_LINE, TERMINAL, TITLE_ENDINGS } from './patterns.ts';
import type { Block, SourceLine } from './types.ts';

const compact = (s: string) => s.replace(/[\s\u3000\u00a0]/g, '');

/**
 * Reads the head of a document (版头 and 主体 opening): the issuing-body banner (…文件),
 * the 发文字号, the title (over one or more lines) and the addressee (主送机关, ending with ：).
 * `knownTitle` is the title from a metadata header, which the body often repeats, wrapped.
 * Returns the head blocks and the index of the first line after the head.
 */
export function classifyHead(
  lines: readonly SourceLine[],
  start: number,
  knownTitle: string | undefined,
): { blocks: Block[]; end: number } {
  const blocks: Block[] = [];
  const target = knownTitle ? compact(knownTitle) : undefined;
  let i = start;
  let haveTitle = false;
  let haveNumber = false;
  const next = () => {
    while (i < lines.length && lines[i]!.text === '') i++;
    return lines[i];
  };
  for (let line = next(); line; line = next()) {
    const text = line.text;
    if (!haveTitle && !haveNumber && blocks.length === 0 && /^.{2,40}文件$/.test(text) && !TERMINAL.test(text)) {
      blocks.push({ role: 'banner', text, lines: [line.no], part: 0 });
      i++;
      continue;
    }
    if (!haveNumber && DOC_NUMBER_LINE.test(compact(text))) {
      blocks.push({ role: 'docNumber', text, lines: [line.no], part: 0 });
      haveNumber = true;
      i++;
      continue;
    }
    if (!haveTitle) {
      const title = readTitle(lines, i, target);
      if (title) {
        blocks.push({ role: 'title', text: title.text, lines: title.lines, part: 0 });
        haveTitle = true;
        i = title.next;
        continue;
      }
    }
    if (haveTitle && /[:：]$/.test(text) && !/[。！？]/.test(text) && text.length <= 200) {
      blocks.push({ role: 'addressee', text, lines: [line.no], part: 0 });
      i++;
    }
    break;
  }
  return { blocks, end: i };
}

/** The title at line i: the header's title repeated (possibly wrapped), or a title-like first line. */
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
    while (j < lines.length) {
      const t = lines[j]!.text;
      if (t !== '') {
        const candidate = acc + compact(t);
        if (!target.startsWith(candidate)) break;
        acc = candidate;
        used.push(lines[j]!.no);
        if (acc === target) return { text: joinTitle(lines, used), lines: used, next: j + 1 };
      }
      j++;
    }
    return undefined;
  }
  if (TERMINAL.test(first.text) || first.text.length > 120) return undefined;
  // A title wraps over at most three lines; it ends with its document type word.
  const used = [first.no];
  let text = first.text;
  let j = i + 1;
  while (!TITLE_ENDINGS.test(text) && used.length < 3) {
    while (j < lines.length && lines[j]!.text === '') j++;
    const more = lines[j];
    if (!more || TERMINAL.test(more.text) || DOC_NUMBER_LINE.test(compact(more.text))) break;
    if (!TITLE_ENDINGS.test(text + more.text)) break;
    text += more.text;
    used.push(more.no);
    j++;
  }
  return { text, lines: used, next: used.length === 1 ? i + 1 : j };
}

function joinTitle(lines: readonly SourceLine[], used: number[]): string {
  return used.map((no) => lines[no - 1]!.text).join('');
}
