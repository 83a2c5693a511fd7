import type { z } from 'zod';

/** Zod issues as one line per field, prefixed with the field path: `  docType: Invalid option…`. */
export function zodIssueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return `  ${issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', ')}: unknown key`;
    return `  ${path || '(root)'}: ${issue.message}`;
  });
}
