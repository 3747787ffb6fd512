import { describe, expect, test } from 'vitest';
import { badgeFor } from '../../src/background/badge';
import { notEnglish } from '../../src/background/language';

describe('a reply not in English is told apart (franc-min)', () => {
  test.each([
    ['spa', 'Hola Dana, es nuestra política no reembolsar los pedidos entregados. Disculpe las molestias, el sistema muestra que fue entregado.'],
    ['fra', 'Bonjour Dana, nous sommes désolés pour le désagrément. Votre colis a été livré hier selon notre système de suivi.'],
  ])('%s', (code, reply) => {
    expect(notEnglish(reply)).toBe(code);
  });
  test.each([
    ['Hi Dana, it is our policy not to refund delivered orders. Sorry for the inconvenience, the system shows it was delivered.'],
    ['Can you please DM us so we can have a closer look? https://t.co/GDrqU2abcd @AskSupport #help'],
    ['Hola Dana, ok'], // too short to tell: checked as English
    ['Hi María José, gracias! Your refund for pedido 4471 went out today and you will see it by Friday.'],
  ])('%j is checked as English', (reply) => {
    expect(notEnglish(reply)).toBeUndefined();
  });
  test('the badge says so instead of a grade', () => {
    expect(badgeFor({ scores: { listening: null, ownership: null }, findings: [], language: 'spa' })).toEqual({ text: 'EN?', color: '#5f6368' });
  });
});

test('an English signature and quoted thread under a Spanish reply do not make it English', () => {
  const reply =
    'Hola Dana, es nuestra política no reembolsar los pedidos entregados. Disculpe las molestias, el sistema muestra que fue entregado.\n\n-- \nSam | Acme Support\nWe apologize for any inconvenience. It is our policy to reply within 2 days, and we thank you for your patience with our team.\n\nOn Mon, Dana Reyes <dana@example.net> wrote:\n> Per company policy you should have checked. The system shows it was delivered, nothing can be done about it, they said.';
  expect(notEnglish(reply)).toBe('spa');
});
