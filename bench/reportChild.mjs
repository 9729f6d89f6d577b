// One benchmark run in its own process (bench/report.mjs): `streaming` runs the built CLI as
// `npx kikubari report FILE --json` would; `whole-file` is the obvious alternative that reads
// everything at once. Prints { ms, rssMB } as JSON on stderr when the process exits.
const [how, file] = process.argv.slice(2);
const t = performance.now();
process.on('exit', () => process.stderr.write(JSON.stringify({ ms: performance.now() - t, rssMB: process.resourceUsage().maxRSS / 1024 }) + '\n'));
if (how == 'streaming') {
  process.argv = [process.argv[0], 'kikubari', 'report', file, '--json'];
  await import('../dist/cli.mjs');
} else {
  const { readFileSync } = await import('node:fs');
  const { createAggregator } = await import('./wholeFileAggregator.mjs');
  const a = createAggregator();
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line) a.add(JSON.parse(line));
  process.stdout.write(JSON.stringify(a.result()));
}
