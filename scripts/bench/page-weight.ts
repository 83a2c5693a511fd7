/**
 * What bench:pages counts of a built page: the scripts it runs and the modules they import,
 * and whether the text it subtracts as "the document's own text" is really on the page.
 */

/**
 * Specifiers of the static imports and re-exports of a JavaScript module, in order:
 * `import{a as b}from"./x.js"` → `./x.js`. Dynamic `import("./y.js")` is left out: it loads
 * only when the code that calls it runs (for example after a search).
 */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/**
 * The stylesheets a page links, in order: every `<link rel="stylesheet">` whatever its other
 * attributes and their order. A `media="print"` sheet counts: browsers fetch it too (at low
 * priority), so it is weight the page costs.
 */
export function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b([^>]*)>/g)]
    .map(([, attrs = '']) => attrs)
    .filter((attrs) => /\srel="stylesheet"/.test(attrs))
    .flatMap((attrs) => /\shref="([^"]+)"/.exec(attrs)?.[1] ?? []);
}

export interface InlineScript {
  /** Whether it is a module (`type="module"`); otherwise a classic script. */
  module: boolean;
  code: string;
}

/** The inline scripts of a page that run: no src, and no type or a JavaScript type (JSON and JSON-LD are data). */
export function inlineScripts(html: string): InlineScript[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].flatMap(([, attrs = '', code = '']) => {
    if (/\ssrc=/.test(attrs)) return [];
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1];
    if (type !== undefined && !['module', 'text/javascript'].includes(type)) return [];
    return [{ module: type === 'module', code }];
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of a page's `<body>` as a reader sees it in the source: tags removed, character references decoded. */
export function pageText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (m, hex?: string, dec?: string, name?: string) =>
      hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : (ENTITIES[name!.toLowerCase()] ?? m),
    );
}

/**
 * The first of `texts` that the page does not show, in order (each after the previous one),
 * or null when the page shows them all. Guards the benchmark: text subtracted as the
 * document's own must be text the page carries.
 */
export function missingText(html: string, texts: readonly string[]): string | null {
  const shown = pageText(html);
  let from = 0;
  for (const t of texts) {
    const at = shown.indexOf(t, from);
    if (at < 0) return t;
    from = at + t.length;
  }
  return null;
}
