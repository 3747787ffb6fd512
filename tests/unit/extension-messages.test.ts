// The extension's message schemas and badge rule: pure code, tested as tables.
import { describe, expect, test } from 'vitest';
import { badgeFor, BADGE_COLORS } from '../../src/background/badge';
import type { Finding, Result } from '../../src/engine/types';
import { ContentMessage, parseMessage, PortRequest, ResultSchema, touchesSettings, WorkerMessage } from '../../src/shared/messages';

describe('messages', () => {
  test.each([
    ['a reply check', { type: 'check', reply: 'Hi', box: 'rich' }, true],
    ['a reply check with the customer message', { type: 'check', reply: 'Hi', customer: 'Help', box: 'plain' }, true],
    ['box gone', { type: 'box-gone' }, true],
    ['pasted text', { type: 'check-text', reply: 'Hi' }, true],
    ['an unknown type', { type: 'steal' }, false],
    ['a reply that is not text', { type: 'check', reply: 42, box: 'rich' }, false],
    ['an unknown box kind', { type: 'check', reply: 'Hi', box: 'iframe' }, false],
    ['an oversized reply', { type: 'check', reply: 'x'.repeat(100_001), box: 'rich' }, false],
    ['not an object', 'check', false],
    ['a reply check with dismissed flags', { type: 'check', reply: 'Hi', box: 'rich', dismissed: [{ ruleId: 'dead-end', phrase: 'no can do' }] }, true],
    ['a dismissal without its text', { type: 'check', reply: 'Hi', box: 'rich', dismissed: [{ ruleId: 'dead-end' }] }, false],
    ['too many dismissals', { type: 'check', reply: 'Hi', box: 'rich', dismissed: Array.from({ length: 201 }, () => ({ ruleId: 'dead-end', phrase: 'x' })) }, false],
    ['never flag', { type: 'never-flag', ruleId: 'dead-end', phrase: 'no can do' }, true],
    ['never flag of nothing', { type: 'never-flag', ruleId: 'dead-end', phrase: '' }, false],
    ['never flag of a huge text', { type: 'never-flag', ruleId: 'dead-end', phrase: 'x'.repeat(2001) }, false],
  ])('worker message: %s', (_, message, valid) => {
    expect(parseMessage(WorkerMessage, message) !== undefined).toBe(valid);
  });

  test.each([
    ['insert', { type: 'insert', text: 'I will call you today.' }, true],
    ['insert of nothing', { type: 'insert', text: '' }, false],
    ['insert at an opening point', { type: 'insert', text: 'I’m sorry.', at: { offset: 9, next: 'I checked the order.' } }, true],
    ['insert at a negative offset', { type: 'insert', text: 'I’m sorry.', at: { offset: -1, next: 'I checked' } }, false],
    ['insert at a point with nothing to check', { type: 'insert', text: 'I’m sorry.', at: { offset: 9, next: '' } }, false],
    ['insert at a point with a long check', { type: 'insert', text: 'I’m sorry.', at: { offset: 9, next: 'x'.repeat(41) } }, false],
    ['swap', { type: 'swap', spans: [{ start: 0, end: 6, expected: 'As per' }], replacement: 'Following' }, true],
    ['swap that removes a phrase', { type: 'swap', spans: [{ start: 0, end: 6, expected: 'Kindly' }], replacement: '' }, true],
    ['Fix all: three spans', { type: 'swap', spans: [0, 20, 40].map((start) => ({ start, end: start + 6, expected: 'As per' })), replacement: 'Following' }, true],
    ['swap of no span', { type: 'swap', spans: [], replacement: 'x' }, false],
    ['swap in the old shape (one span, no list)', { type: 'swap', start: 0, end: 6, expected: 'As per', replacement: 'x' }, false],
    ['swap with negative offsets', { type: 'swap', spans: [{ start: -1, end: 6, expected: 'As per' }], replacement: 'x' }, false],
    ['a worker message', { type: 'check', reply: 'Hi', box: 'rich' }, false],
    ['dismiss', { type: 'dismiss', ruleId: 'canned-empathy', phrase: 'Sorry for the inconvenience' }, true],
    ['dismiss without a rule', { type: 'dismiss', phrase: 'Sorry for the inconvenience' }, false],
    ['dismiss of a rule id that is not text', { type: 'dismiss', ruleId: 7, phrase: 'x' }, false],
  ])('content message: %s', (_, message, valid) => {
    expect(parseMessage(ContentMessage, message) !== undefined).toBe(valid);
  });

  test('port requests carry an id and only content-script messages', () => {
    expect(parseMessage(PortRequest, { id: 1, message: { type: 'box-gone' } })).toBeDefined();
    expect(parseMessage(PortRequest, { id: 1, message: { type: 'check-text', reply: 'x' } })).toBeUndefined();
    expect(parseMessage(PortRequest, { id: 1.5, message: { type: 'box-gone' } })).toBeUndefined();
    // Never flag is a request of its own, not a check on the port.
    expect(parseMessage(PortRequest, { id: 1, message: { type: 'never-flag', ruleId: 'dead-end', phrase: 'x' } })).toBeUndefined();
  });

  test.each([
    [{ settings: {} }, 'sync', true],
    [{ 'settings.phrases.0': [] }, 'sync', true],
    [{ 'settings.phrases': [] }, 'local', true],
    [{ 'tab:3': {} }, 'session', false],
    [{ settings: {} }, 'session', false],
    [{ theme: 'dark' }, 'sync', false],
    [{ rules: {} }, 'managed', true],
  ])('settings change %j in %s: %s', (changes, area, expected) => {
    expect(touchesSettings(changes, area)).toBe(expected);
  });

  test('stored results are validated before they are rendered', () => {
    expect(parseMessage(ResultSchema, { scores: { listening: null, ownership: null }, findings: [] })).toBeDefined();
    expect(parseMessage(ResultSchema, { scores: { listening: 50 }, findings: [] })).toBeUndefined();
  });
});

const flag = (severity: Finding['severity']): Finding => ({
  ruleId: 'policy-shield', kind: 'flag', category: 'ownership', severity, start: 0, end: 1, text: 'x', message: '', replacement: '',
});
const result = (listening: number | null, ownership: number | null, findings: Finding[] = []): Result => ({ scores: { listening, ownership }, findings });

describe('toolbar badge', () => {
  test.each([
    ['an empty reply', result(null, null), '', BADGE_COLORS.good],
    ['a clean reply', result(95, 90), '✓', BADGE_COLORS.good],
    ['warnings count, hints do not', result(70, 85, [flag('warn'), flag('hint'), flag('warn')]), '2', BADGE_COLORS.fair],
    ['the lower score sets the colour', result(90, 30, [flag('warn')]), '1', BADGE_COLORS.poor],
    // "ok" to an angry customer: nothing written wrong, every move missing.
    ['no tick for a reply that does not grade good: its hints are counted', result(14, 20, [flag('hint'), flag('hint'), flag('hint')]), '3', BADGE_COLORS.poor],
    ['no tick for a fair reply either', result(60, 90, [flag('hint')]), '1', BADGE_COLORS.fair],
  ])('%s', (_, r, text, color) => {
    expect(badgeFor(r)).toEqual({ text, color });
  });
});
