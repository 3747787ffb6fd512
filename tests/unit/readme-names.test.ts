// The README names files and functions; when one is renamed or removed, this test says so
// (issue 13: the README's names stay true).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const cited = [...README.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
/** Names of the platform the README cites as what the code does not use or ask for. */
const NOT_OURS = new Set(['dangerouslySetInnerHTML', 'activeTab', 'webRequest']);

function sourceText(dir: string): string {
  let text = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) text += sourceText(path);
    else if (/\.(?:ts|tsx|mjs|js|json|css|html)$/.test(name)) text += readFileSync(path, 'utf8');
  }
  return text;
}

test('every project path the README cites exists', () => {
  const paths = cited
    .flatMap((c) => c.match(/(?:^|\s)((?:src|tests|public)\/[\w./-]*\w)/g) ?? [])
    .map((p) => p.trim())
    // "public/_locales/LANG/…" is a placeholder the reader fills; tests/output/ is what the e2e tests write.
    .filter((p) => !/\/[A-Z]+\//.test(p) && !p.startsWith('tests/output'));
  expect(paths.length).toBeGreaterThan(10);
  expect(paths.filter((p) => !existsSync(join(ROOT, p.replace(/\/\*.*$/, ''))))).toEqual([]);
});

test('every function or identifier the README cites in code style is in the code', () => {
  const code = sourceText(join(ROOT, 'src')) + sourceText(join(ROOT, 'tests'));
  // camelCase names ("insertByPaste", "readCustomer()"): the code's own words, not prose.
  const names = [...new Set(cited.map((c) => /^([a-z]+[A-Z][A-Za-z0-9]*)(?:\(\))?$/.exec(c)?.[1]).filter((n): n is string => n !== undefined && !NOT_OURS.has(n)))];
  expect(names.length).toBeGreaterThan(3);
  expect(names.filter((n) => !new RegExp(`\\b${n}\\b`).test(code))).toEqual([]);
});
