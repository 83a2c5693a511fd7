import type { DocumentInput } from '../../src/schema/document.ts';
import type { HeaderField, HeaderValue } from './parse-header.ts';
import { cleanTitle } from './clean-title.ts';
import { parseDate } from './patterns.ts';
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
  const titleBlock = firstOf(blocks, 'title')?.text;
  const printedTitle = header.title?.value ?? titleBlock ?? '';
  const cleaned = cleanTitle(printedTitle);
  const fromBlock = titleBlock ? cleanTitle(titleBlock) : undefined;
  const title = cleaned.title;
  const numberLine = firstOf(blocks, 'docNumber')?.text;
  const docNumber = header.docNumber
    ? stripBrackets(compact(header.docNumber.value))
    : numberLine
      ? stripBrackets(compact(numberLine))
      : (cleaned.docNumber ?? fromBlock?.docNumber ?? null);
  const signatureBlock = blocks.find((b) => b.role === 'signature' && b.part === 0);
  const dateBlock = blocks.find((b) => b.role === 'date' && b.part === 0);
  const signatureDate = dateBlock ? (parseDate(dateBlock.text) ?? null) : null;
  const bannerText = firstOf(blocks, 'banner')?.text;
  const addresseeText = firstOf(blocks, 'addressee')?.text.replace(/[:：]$/, '') ?? null;
  const bodyText = blocks.filter((b) => b.role === 'para' || b.role === 'heading').map((b) => b.text);
  const docType = docTypeOf(title, { banner: bannerText ?? null, docNumber });
  const interprets = docType === 'interpretation' ? interpretsOf(title, bodyText) : null;
  const signers = signatureBlock ? bodiesIn(signatureBlock.text) : [];
  const fromTitle = issuersOfTitle(title);
  const headerIssuers = header.issuer ? bodiesIn(header.issuer.value) : [];
  const banner = bannerText ? bannerIssuer(bannerText) : undefined;
  // A header may name only the first of joint issuers the title lists: the title's list then.
  const named =
    headerIssuers.length && !(fromTitle.length > headerIssuers.length && headerIssuers.every((h) => fromTitle.includes(h)))
      ? headerIssuers
      : fromTitle.length
        ? fromTitle
        : banner
          ? [banner]
          : signers;
  // A short form in the title (市工业和信息化局) is completed by the signature's full name.
  const issuers = named.map((n) => signers.find((s) => s.length > n.length && s.endsWith(n)) ?? n);
  const issuer = issuers[0] ?? signers[0] ?? interprets?.issuers[0] ?? null;
  const contact = firstOf(blocks, 'contact')?.text.replace(/^[（(]\s*|\s*[）)]$/g, '') ?? null;
  const ccText = firstOf(blocks, 'cc')
    ?.text.replace(/^抄\s*送[:：]\s*/, '')
    .replace(/[。.]$/, '');
  return {
    title,
    docType,
    docNumber,
    issuer,
    coIssuers: issuers.slice(1),
    region: null,
    indexNumber: header.indexNumber?.value ?? null,
    categories: header.categories
      ? header.categories.value
          .split(/[;；]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    subjectCategory: header.subjectCategory?.value.replace(/\s+/g, '') || null,
    dateWritten:
      (header.dateWritten ? parseDate(header.dateWritten.value) : undefined) ??
      signatureDate ??
      cleaned.date ??
      fromBlock?.date ??
      null,
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

const stripBrackets = (s: string) => s.replace(/^[（(](.*)[）)]$/, '$1');

/** A name that ends like a government body: 厅, 局, 委员会, 办公厅, 总署, 综合司, 人民政府, 领导小组 … */
export const BODY_END = /(厅|局|委|委员会|办|办公室|办公厅|小组|政府|院|部|署|会|中心|司|行|社|所|站|处|室|军区|管委会)$/;

/** The bodies in a list printed with spaces or 、 between them: 海关总署 国家移民局 民航局. */
function bodiesIn(text: string): string[] {
  const parts = text
    .split(/[\s\u3000\u00a0、，,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => BODY_END.test(p) && p.length >= 2) ? parts : [];
}

/** The issuing bodies a title opens with: A、B关于…, A B关于…, A对…的答复, A有关负责人就…答记者问. */
function issuersOfTitle(title: string): string[] {
  const m =
    /^(.+?)(?:有关负责人|负责人|新闻发言人)(?:就|答)/.exec(title) ??
    /^(.+?)关于/.exec(title) ??
    /^(.+?)对.+的(?:答复|复函)$/.exec(title);
  return m ? bodiesIn(m[1]!) : [];
}

/** The body a banner names: 吉林省医药健康产业发展领导小组文件 → …领导小组; 中华人民共和国国务院令 → 国务院. */
function bannerIssuer(banner: string): string | undefined {
  const name = banner
    .replace(/[\s\u3000]/g, '')
    .replace(/(文件|令)$/, '')
    .replace(/^中华人民共和国(?=.)/, '');
  return BODY_END.test(name) ? name : undefined;
}

/**
 * The 文种 from the word the title ends with (GB/T 9704's 文种 after 关于…的), read by the
 * 党政机关公文处理工作条例's kinds; an order also by its banner (…令) or number (令第N号).
 */
export function docTypeOf(
  title: string,
  context: { banner: string | null; docNumber: string | null } = { banner: null, docNumber: null },
): DocumentInput['docType'] {
  if (/令$/.test(context.banner ?? '') || /令第\d+号$/.test(context.docNumber ?? '')) return 'order';
  const t = title.replace(/[》」”\s]+$/, '');
  if (/答复$/.test(t) || /第\d+号(?:代表)?(?:建议|提案)的(?:答复|复函)$/.test(t)) return 'reply';
  if (/(解读|答记者问|问答)$/.test(t)) return 'interpretation';
  const byEnding: [RegExp, DocumentInput['docType']][] = [
    [/批复$/, 'approval'],
    [/通知$/, 'notice'],
    [/通报$/, 'bulletin'],
    [/通告$/, 'public-notice'],
    [/公告$/, 'announcement'],
    [/公报$/, 'communique'],
    [/决议$/, 'resolution'],
    [/决定$/, 'decision'],
    [/(命令|令)$/, 'order'],
    [/意见$/, 'opinion'],
    [/报告$/, 'report'],
    [/请示$/, 'request'],
    [/议案$/, 'motion'],
    [/纪要$/, 'minutes'],
    [/函$/, 'letter'],
    [/(规划|方案|计划|纲要)$/, 'plan'],
    [/(办法|措施|规定|细则|条例|规则|举措)$/, 'measures'],
  ];
  return byEnding.find(([re]) => re.test(t))?.[1] ?? 'other';
}

const CN = '一二三四五六七八九十';
/** 省政协十二届五次会议, 全国政协十届四次会议, 十届全国人大四次会议, 市十六届人大三次会议. */
const SESSION = new RegExp(
  `(?:全国|(?:(?![对在的于第关])[\\u4e00-\\u9fa5]){0,6}?(?:省|市|州|县|区|自治区))?(?:政协|人大)?[${CN}]+届(?:全国|(?:(?![对在的于第关])[\\u4e00-\\u9fa5]){0,6}?(?:省|市|州|县|区))?(?:政协|人大)?[${CN}]+次会议`,
);

/** The proposal or suggestion a reply answers: its kind, proposer, session, number and title. */
function proposalOf(title: string, addressee: string | null, body: readonly string[]): DocumentInput['proposal'] {
  const opening = body.slice(0, 3).join('');
  const person = addressee?.match(/^([\u4e00-\u9fa5·、]{2,20}?)(委员|代表|同志)$/);
  const proposer = person?.[1] ?? null;
  const where = /(?:您|你们?)在(.+?)上?提出的/.exec(opening)?.[1] ?? null;
  const session = SESSION.exec(title)?.[0] ?? (where ? SESSION.exec(where)?.[0] : undefined) ?? null;
  const numberText = /第\s*(\d+)\s*号/.exec(title)?.[1] ?? /第\s*(\d+)\s*号(?:委员|代表)?(?:提案|建议)/.exec(opening)?.[1];
  const proposalTitle = /提出的《([^》]+)》/.exec(opening)?.[1] ?? null;
  const occasion = where && !session ? where.replace(/上$/, '') : null;
  if (!proposer && !session && !numberText && !proposalTitle) return null;
  // 代表 and 人大 make a deputy's suggestion (建议); 委员 and 政协 a member's proposal (提案).
  const kind =
    /人大|代表/.test(session ?? '') || person?.[2] === '代表' || (/建议的(?:答复|复函)$/.test(title) && !/提案/.test(title))
      ? 'suggestion'
      : 'proposal';
  return { kind, proposer, session, number: numberText ? Number(numberText) : null, occasion, title: proposalTitle };
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
