// The UI's strings in public/_locales: English complete and equal to the engine's rule text,
// every other language with the same keys and placeholders, within the stores' limits.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/engine';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LOCALES = resolve(import.meta.dirname, '../../public/_locales');
const read = (lang: string): Record<string, Message> => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const en = read('en');
const languages = readdirSync(LOCALES).filter((l) => l !== 'en');
const ruleKey = (id: string, part: string) => `rule_${id.replace(/-/g, '_')}_${part}`;
/** The `$NAME$` placeholders a message uses, sorted. */
const used = (text: string) => [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('English messages', () => {
  test('every rule has its title and reason, the engine’s own words', () => {
    for (const rule of RULES) {
      expect(en[ruleKey(rule.id, 'title')]?.message, rule.id).toBe(rule.title);
      expect(en[ruleKey(rule.id, 'why')]?.message, rule.id).toBe(rule.why);
    }
  });

  test('every message says where it is shown, and declares the placeholders it uses', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value.description, key).toBeTruthy();
      expect(used(value.message), key).toEqual(Object.keys(value.placeholders ?? {}).sort());
    }
  });

  test('the manifest strings fit the stores’ limits', () => {
    expect(en.ext_name!.message.length).toBeLessThanOrEqual(45);
    expect(en.ext_description!.message.length).toBeLessThanOrEqual(132);
  });
});

describe.each(languages)('%s messages', (lang) => {
  const messages = read(lang);

  test('the same keys as English, none empty', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(messages)) expect(value.message.trim(), key).not.toBe('');
  });

  test('the same placeholders as English', () => {
    for (const [key, value] of Object.entries(messages)) {
      expect(used(value.message), key).toEqual(used(en[key]!.message));
      expect(value.placeholders ?? {}, key).toEqual(en[key]!.placeholders ?? {});
    }
  });

  test('the manifest strings fit the stores’ limits', () => {
    expect(messages.ext_name!.message.length).toBeLessThanOrEqual(45);
    expect(messages.ext_description!.message.length).toBeLessThanOrEqual(132);
  });
});
