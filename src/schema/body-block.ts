/**
 * One block of a document's body, as its record publishes it (data/documents/<slug>.json) and
 * every page reads it: a heading, a paragraph or a single line, with the section it lies in.
 */
export interface BodyBlock {
  kind: 'heading' | 'para' | 'line';
  /** Anchor id; lines have none. */
  id: string | null;
  /** Section the block is in ('' before the first section). */
  section: string;
  /** Heading depth (1 for 一、), 0 for other blocks. */
  level: number;
  /** For lines: banner, addressee, signature, date, contact, cc, attachmentTitle. */
  lineKind: string | null;
  /** For headings: the numbering label as printed (一、) and whether it runs in to a paragraph. */
  label: string | null;
  runIn: boolean;
  /** 0 for the main text, k for attachment k. */
  part: number;
  text: string;
}
