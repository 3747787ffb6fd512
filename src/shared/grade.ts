// How a 0-100 score reads, in one place for the popup, the options preview and the badge.

export type Grade = 'good' | 'fair' | 'poor';

export const gradeOf = (score: number): Grade => (score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor');
