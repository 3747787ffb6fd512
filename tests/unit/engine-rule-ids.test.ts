// Rules describe themselves (issue 16): what a rule means to the rest of the engine is a field of
// its data (`means`, `faultClashesWith`…), so the code outside the rule tables never names a rule.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/engine';

const ENGINE = fileURLToPath(new URL('../../src/engine/', import.meta.url));

/** The engine's code files outside its rule tables (`rules/` and the model's generated weights, which are data). */
function engineCode(dir = ENGINE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'rules' ? [] : engineCode(path);
    const data = entry.name.endsWith('.d.ts') || path.endsWith(join('model', 'weights.ts'));
    return entry.name.endsWith('.ts') && !data ? [path] : [];
  });
}

describe('the engine outside its rule tables', () => {
  it('names no rule id in its code', () => {
    const named: string[] = [];
    for (const file of engineCode()) {
      const code = readFileSync(file, 'utf8');
      for (const id of RULE_IDS) if (code.includes(`'${id}'`) || code.includes(`"${id}"`)) named.push(`${file.slice(ENGINE.length)}: ${id}`);
    }
    expect(named).toEqual([]);
  });

  it('reads the files it checks', () => expect(engineCode().map((f) => f.slice(ENGINE.length))).toContain('scorer.ts'));
});
