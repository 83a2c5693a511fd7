import { buildContent } from '../scripts/build-content.ts';
const t = performance.now();
await buildContent({ inDir: '/tmp/gen3/c1k', outDir: '/tmp/gen3/o1k', workers: 1 });
console.log('total', (performance.now() - t).toFixed(0));
