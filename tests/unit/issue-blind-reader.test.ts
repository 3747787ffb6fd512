// Ready-sentence clauses a blind reader (a team lead who never saw the product) would not send,
// by class (issue 16 §3): each goes to the placeholder fallback, and near neighbours that read
// well are still sent. Clauses are our own.
import { describe, expect, test } from 'vitest';
import { doubt } from '../../src/engine/issue-confidence';

describe('clauses sent to the placeholder', () => {
  test.each([
    // A cause of ours given with their loss or sanction.
    ['you were penalised £40 because the barrier was broken and you couldn’t get out', 'echo: our fault'],
    ['you sprained your wrist because the coach made you lift too much', 'echo: our fault'],
    ['the latest patch made the editor freeze whenever you save', 'echo: our fault'],
    ['you lost your draft because sync failed', 'echo: our fault'],
    ['you’ve been billed twice according to our own website', 'echo: our fault'],
    ['the bus was so crowded you missed your stop', 'echo: our fault'],
    // Someone of ours doing a wrong to them.
    ['the cleaner threw away your glasses from the bedside table', 'echo: our fault'],
    ['the landlord took your deposit and won’t reply', 'echo: our fault'],
    ['your grandfather was left waiting on the platform for two hours', 'echo: our fault'],
    // Their evidence or their own steps kept instead of the problem.
    ['there is no Priya at your flat', 'focus: their evidence'],
    ['you’ve never been late to a pickup', 'focus: their evidence'],
    ['you have rebooted the router 4 times', 'focus: their evidence'],
    ['you stopped working in the UK in 2021', 'focus: their evidence'],
    ['there might be a fault on the line', 'focus: their evidence'],
    // Their life or their good news.
    ['you’ve been offered a place at a university abroad', 'tone: their life'],
    ['you’re between jobs and can’t afford the instalment', 'tone: their life'],
    ['you could have been seriously ill', 'tone: their life'],
    ['you’re stuck in a league you can’t win in', 'tone: their life'],
    // The customer's own grammar carried over.
    ['you are emailing 3 times about close your account', 'grammar: carried over'],
    ['your texts have stopped arriving on your phone since Friday', 'grammar: carried over'],
    ['your parcel get sent back to the depot', 'grammar: carried over'],
    ['you stayed in whole morning', 'grammar: carried over'],
    ['you have no reply nothing', 'grammar: carried over'],
    ['your date of birth on booking is wrong', 'grammar: carried over'],
    ['the site logs you out when you open settings page', 'grammar: carried over'],
    ['you got an email saying your card is blocked and to call a number', 'grammar: carried over'],
    ['your headphones left side stopped working', 'grammar: carried over'],
    // A contrast cut to a word or two.
    ['the shop was shut at noon even though Maps', 'grammar: fragment'],
    // Their argument beside the problem.
    ['the table you reserved was taken, even though the website confirmed your booking', 'echo: their case'],
  ])('%j -> %j', (clause, why) => {
    expect(doubt(clause, '')).toBe(why);
  });
});

describe('near neighbours still sent', () => {
  test.each([
    'the app crashes every time you open the settings page',
    'the game keeps crashing at level 4',
    'your sync stopped working after the last update',
    'the courier marked your parcel as delivered at 14:10',
    'you were charged for a meal you never had',
    'you’ve been waiting 3 weeks for your refund',
    'the lift has been broken for two weeks',
    'your whole order arrived damaged',
    'your heating has stopped working since the engineer’s visit',
  ])('%j', (clause) => {
    expect(doubt(clause, '')).toBe('');
  });
});

