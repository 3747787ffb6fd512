// The gzipped size budgets of the built extension (tests/tools/size-budget.ts), checked on
// the dist/ that the e2e global setup has just built.
import { describe, expect, test } from 'vitest';
import { measure, report } from '../tools/size-budget';

describe('size budgets', () => {
  test('the content script and the popup stay within their gzipped budgets', () => {
    const entries = measure();
    expect(entries.find((e) => e.name === 'content')!.files).toContain('content.js');
    expect(entries.find((e) => e.name === 'popup')!.files.some((f) => f.endsWith('.js'))).toBe(true);
    const { ok, lines } = report(entries);
    expect(ok, lines.join('\n')).toBe(true);
  });

  test('a build over budget fails with the sizes and the files counted', () => {
    const { ok, lines } = report([{ name: 'content', files: ['content.js', 'content.css'], gzipBytes: 16 * 1024, budget: 15 * 1024 }]);
    expect(ok).toBe(false);
    expect(lines[0]).toBe('OVER BUDGET  content    16.0 kB gzipped (budget 15.0 kB): 1.0 kB too large; files: content.js, content.css');
  });
});
