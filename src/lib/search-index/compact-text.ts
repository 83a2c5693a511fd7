/** The text as searched: whitespace removed (a query ignores line breaks and spacing), NFC. */
export function compactText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, '');
}
