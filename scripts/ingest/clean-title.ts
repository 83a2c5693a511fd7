import { DATE_LINE, TITLE_ENDINGS, TRAILING_DOC_NUMBER, parseDate } from './patterns.ts';

/** A title as printed, with what portals and compilations put around it taken off. */
export interface CleanTitle {
  /** The title itself: 国务院办公厅关于…的通知. */
  title: string;
  /** A 发文字号 printed after the title, if any: …的通知(发改办能源规〔2020〕245号). */
  docNumber?: string | undefined;
  /** A date printed before or after the title, if any (ISO). */
  date?: string | undefined;
}

const SPACE = '[\\s\\u3000\\u00a0]*';
/** Ends a title: its 文种 word, then closing quotes or brackets, perhaps a bracketed qualifier: （试行）, （2025—2027年）. */
const ENDS_AS_TITLE = new RegExp(`${TITLE_ENDINGS.source.slice(0, -1)}[》」”’）)]*(?:[（(][^（()）]{1,20}[）)])?$`);
/** A portal's site name after the title: _政务公开, -国家发展和改革委员会, |首页. */
const SITE_SUFFIX = /^(.*?)[_|｜]|^(.*?)[-－—–]{1,2}(?=[^-－—–]{2,30}$)/;
/** A compilation's running number before the title: 1. 辽宁省… */
const RUNNING_NUMBER = /^\d{1,3}[.．、]\s*/;
/** A date before the title: 2018.11.02国家卫生计生委办公厅… */
const LEADING_DATE = /^(\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?)[\s\u3000]*/;
/** A date after the title, in brackets: …的通知（2023 年1 月20 日）. */
const TRAILING_DATE = new RegExp(`[（(]${SPACE}([^（()）]{6,24})${SPACE}[）)]$`);

/**
 * Takes off what portals and compilations print around a title, by the general shapes they
 * use: a 【…】 wrapper, a `_站点` or `-站点` suffix, a running number, a date before or after
 * it, the 发文字号 after it. Each is taken off only when what is left still ends as a title.
 */
export function cleanTitle(raw: string): CleanTitle {
  let title = raw.trim();
  const out: CleanTitle = { title };
  const titleLike = (t: string) => ENDS_AS_TITLE.test(t.replace(/[\s\u3000]+$/, ''));
  for (let changed = true; changed;) {
    changed = false;
    const take = (next: string) => {
      next = next.trim();
      if (next !== title && next.length >= 4 && titleLike(next)) {
        title = next;
        changed = true;
      }
    };
    const wrapped = /^【(.+)】(.*)$/.exec(title);
    if (wrapped && (wrapped[2] === '' || /^[-－—–_|｜]/.test(wrapped[2]!))) take(wrapped[1]!);
    const site = SITE_SUFFIX.exec(title);
    if (site) take((site[1] ?? site[2])!);
    if (RUNNING_NUMBER.test(title)) take(title.replace(RUNNING_NUMBER, ''));
    const lead = LEADING_DATE.exec(title);
    if (lead && parseDate(lead[1]!)) {
      const before = title;
      take(title.slice(lead[0].length));
      if (title !== before) out.date ??= parseDate(lead[1]!);
    }
    const trail = TRAILING_DATE.exec(title);
    if (trail && DATE_LINE.test(trail[1]!.replace(/[\s\u3000]/g, ''))) {
      const before = title;
      take(title.slice(0, trail.index));
      if (title !== before) out.date ??= parseDate(trail[1]!);
    }
    const number = TRAILING_DOC_NUMBER.exec(title);
    if (number) {
      const before = title;
      take(title.slice(0, number.index));
      if (title !== before) out.docNumber ??= number[1]!.replace(/[\s\u3000]/g, '');
    }
  }
  out.title = title;
  return out;
}

/** Whether a line (title text, cleaned) reads as a title: it ends with a 文种 word. */
export function endsAsTitle(text: string): boolean {
  return ENDS_AS_TITLE.test(cleanTitle(text).title);
}
