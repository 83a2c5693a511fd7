import type { DocumentInput } from '../../src/schema/document.ts';
import type { HeaderField, HeaderValue } from './parse-header.ts';
import { DOC_NUMBER_LINE, parseDate } from './patterns.ts';
import type { Block } from './types.ts';

const compact = (s: string) => s.replace(/[\s\u3000\u00a0]/g, '');
const firstOf = (blocks: readonly Block[], role: Block['role']) => blocks.find((b) => b.role === role);

/** Fields of the frontmatter read from the header block, the head, the closing and the body. */
export type ExtractedFields = Omit<DocumentInput, 'slug' | 'source'>;

/**
 * Collects the document's fields. The metadata header wins where it states a field; the
 * document's own elements fill the rest (banner and signature for the issuer, the title
 * for the type, the addressee and opening for the proposal a reply answers).
 */
export function extractFields(header: Partial<Record<HeaderField, HeaderValue>>, blocks: readonly Block[]): ExtractedFields {
  const title = header.title?.value ?? firstOf(blocks, 'title')?.text ?? '';
  const numberLine = firstOf(blocks, 'docNumber')?.text;
  const docNumber = header.docNumber ? compact(header.docNumber.value) : numberLine ? compact(numberLine) : null;
  const signatureBlock = blocks.find((b) => b.role === 'signature' && b.part === 0);
  const dateBlock = blocks.find((b) => b.role === 'date' && b.part === 0);
  const signatureDate = dateBlock ? (parseDate(dateBlock.text) ?? null) : null;
  const banner = firstOf(blocks, 'banner')?.text.replace(/文件$/, '');
  const addresseeText = firstOf(blocks, 'addressee')?.text.replace(/[:：]$/, '') ?? null;
  const bodyText = blocks.filter((b) => b.role === 'para' || b.role === 'heading').map((b) => b.text);
  const docType = docTypeOf(title);
  const interprets = docType === 'interpretation' ? interpretsOf(title, bodyText) : null;
  const issuer = header.issuer?.value ?? banner ?? signatureBlock?.text ?? interprets?.issuers[0] ?? null;
  const contact = firstOf(blocks, 'contact')?.text.replace(/^[（(]\s*|\s*[）)]$/g, '') ?? null;
  const ccText = firstOf(blocks, 'cc')
    ?.text.replace(/^抄\s*送[:：]\s*/, '')
    .replace(/[。.]$/, '');
  return {
    title,
    docType,
    docNumber: docNumber && DOC_NUMBER_LINE.test(docNumber) ? docNumber : docNumber,
    issuer,
    region: null,
    indexNumber: header.indexNumber?.value ?? null,
    categories: header.categories
      ? header.categories.value
          .split(/[;；]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    dateWritten: (header.dateWritten ? parseDate(header.dateWritten.value) : undefined) ?? signatureDate,
    datePublished: (header.datePublished ? parseDate(header.datePublished.value) : undefined) ?? null,
    addressee: addresseeText,
    proposal: docType === 'reply' ? proposalOf(title, addresseeText, bodyText) : null,
    interprets,
    attachments: blocks.filter((b) => b.role === 'attachmentTitle').map((b) => b.text.replace(/^附\s*件\s*\d*\s*[:：]?\s*/, '')),
    signature: signatureBlock ? { name: signatureBlock.text, date: signatureDate } : null,
    contact,
    cc: ccText
      ? ccText
          .split(/[、，,]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  };
}

/** The document type from the word its title ends with. */
export function docTypeOf(title: string): DocumentInput['docType'] {
  const t = title.replace(/[》」”\s]+$/, '');
  if (/(答复|复函)$/.test(t)) return 'reply';
  if (/解读$/.test(t)) return 'interpretation';
  if (/通知$/.test(t)) return 'notice';
  if (/意见$/.test(t)) return 'opinion';
  if (/(办法|措施|规定|细则)$/.test(t)) return 'measures';
  if (/(规划|方案|计划)$/.test(t)) return 'plan';
  if (/报告$/.test(t)) return 'report';
  if (/决定$/.test(t)) return 'decision';
  return 'other';
}

const SESSION =
  /(?:全国|(?:(?![对在的于第])[\u4e00-\u9fa5]){0,4}?(?:省|市|州|县|区))?政协[一二三四五六七八九十]+届[一二三四五六七八九十]+次会议/;

/** The proposal a reply answers: proposer from the addressee, session, number and title. */
function proposalOf(title: string, addressee: string | null, body: readonly string[]): DocumentInput['proposal'] {
  const opening = body.slice(0, 3).join('');
  const proposer = addressee?.match(/^([\u4e00-\u9fa5·]{2,6}?)(委员|代表|同志)$/)?.[1] ?? null;
  const where = /您在(.+?)上?提出的/.exec(opening)?.[1] ?? null;
  const session = SESSION.exec(title)?.[0] ?? (where ? SESSION.exec(where)?.[0] : undefined) ?? null;
  const numberText = /第\s*(\d+)\s*号/.exec(title)?.[1] ?? /第\s*(\d+)\s*号(?:委员)?提案/.exec(opening)?.[1];
  const proposalTitle = /提出的《([^》]+)》/.exec(opening)?.[1] ?? null;
  const occasion = where && !session ? where.replace(/上$/, '') : null;
  if (!proposer && !session && !numberText && !proposalTitle) return null;
  return { proposer, session, number: numberText ? Number(numberText) : null, occasion, title: proposalTitle };
}

const NAME_LIST_CHAR = /[\u4e00-\u9fa5、（）()0-9]/;

/** For 关于《X》的解读: X and the bodies named as issuing it (A、B、C等15个部门联合印发). */
function interpretsOf(title: string, body: readonly string[]): DocumentInput['interprets'] {
  const interpreted = /《([^》]+)》/.exec(title)?.[1];
  if (!interpreted) return null;
  for (const text of body) {
    // Find 印发《 first and read the names back from it: a lazy pattern over the whole
    // paragraph would retry from every character.
    for (let at = text.indexOf('印发《'); at >= 0; at = text.indexOf('印发《', at + 1)) {
      let start = at;
      while (start > 0 && NAME_LIST_CHAR.test(text[start - 1]!)) start--;
      const m = /^(.+?)(?:等(\d+)个部门)?(?:联合)?$/.exec(text.slice(start, at));
      if (!m) continue;
      const names = m[1]!
        .replace(/^(近日|日前|近期)[,，]?/, '')
        .split('、')
        .filter(Boolean);
      if (!names.every((n) => /(厅|局|委|委员会|办公室|办公厅|小组|政府|院|部|署|中心)$/.test(n))) continue;
      return { title: interpreted, issuers: names, issuerCount: m[2] ? Number(m[2]) : names.length || null };
    }
  }
  return { title: interpreted, issuers: [], issuerCount: null };
}
