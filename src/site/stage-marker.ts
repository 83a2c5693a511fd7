/**
 * Marks the start of a build stage on stderr (`::stage NAME`) when BUILD_STAGES is set, so
 * `npm run bench:scale` can time each stage and attribute memory to it from outside.
 */
export function markStage(name: string): void {
  if (process.env['BUILD_STAGES']) process.stderr.write(`::stage ${name}\n`);
}
