// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every relative import of a source file — `import type` and `export … from` included — as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)\s[^'"`;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const spec = m[1] || m[2]!;
    const base = resolve(dirname(file), spec);
    const found = [base + '.ts', base + '.tsx', join(base, 'index.ts')].find((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
    if (found) out.push(relative(SRC, found));
  }
  return out;
}

const graph = new Map(files(SRC).map((f) => [relative(SRC, f), importsOf(f)]));

describe('the source tree reads like the data flow', () => {
  it('has no import circle anywhere, type-only imports included', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (f: string, path: string[]) => {
      if (state.get(f) == 'done') return;
      if (state.get(f) == 'open') return void circles.push(path.slice(path.indexOf(f)).concat(f).join(' → '));
      state.set(f, 'open');
      for (const g of graph.get(f) || []) walk(g, path.concat(f));
      state.set(f, 'done');
    };
    for (const f of graph.keys()) walk(f, []);
    expect(circles).toEqual([]);
  });

  it('keeps the chunk seams in one types-only file that imports nothing from either side', () => {
    const text = readFileSync(join(SRC, 'seams.ts'), 'utf8');
    expect(text).not.toMatch(/^import (?!type )/m);
    expect(text).not.toMatch(/^export (const|function|class|let)/m);
    expect(graph.get('seams.ts')!.sort()).toEqual(['lib/logger.ts', 'types.ts']);
  });

  it('names its folders after the stages, not after when they load', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory()).sort();
    expect(folders).toEqual(['cli', 'config', 'context', 'engine', 'entrypoints', 'lib', 'outcomes', 'search', 'signals', 'widget']);
  });

  it('lets the pipeline only wire the stages: it imports their entry points, not their parts', () => {
    expect(graph.get('pipeline.ts')!.sort()).toEqual([
      'context/createContext.ts',
      'engine/EngineInput.ts',
      'engine/createEngine.ts',
      'lib/errorText.ts',
      'lib/whenLoadedAndIdle.ts',
      'outcomes/recordOutcome.ts',
      'seams.ts',
      'signals/watchSignals.ts',
      'types.ts',
    ]);
  });

  it('keeps the widget to its seam: nothing from the context store or the pipeline', () => {
    const widgetImports = [...graph].filter(([f]) => f.startsWith('widget/')).flatMap(([, i]) => i);
    expect(widgetImports.filter((i) => /^(context\/(store|createContext|session)|pipeline|kikubari)/.test(i))).toEqual([]);
  });
});
