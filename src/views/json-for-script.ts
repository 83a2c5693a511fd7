/**
 * JSON safe to place inside a `<script>` element: `<`, `>` and `&` become \u escapes, so a
 * value holding `</script>` or `<!--` cannot end the element, and U+2028/U+2029 are escaped
 * for old JavaScript parsers. JSON.parse gives the same value back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
