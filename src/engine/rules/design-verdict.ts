// A verdict drawn from how something works ("Billing is based on the number of seats purchased,
// not active users, so the charges are correct"): the design is the explanation the customer
// needs, and the verdict after it only argues. Several rules flag such a sentence (the record
// quoted, the blame, the argument), and each offers the same Swap: the verdict goes, the design
// stays as written. Never "may be wrong" after it: how a thing is designed is no record to doubt
// (read blind, stop 40).
import type { SentenceRewrite } from './types';

/** What a verdict can be about: an amount, or the figure it comes from. */
const FIGURE = '(?:charges?|fees?|figures?|bills?|amounts?|prices?|invoices?|totals?|readings?|penalty|penalties|fines?|premiums?|balances?)';

/** How a thing is designed to work, said of it: "is based on", "is read directly from", "are calculated from". */
const DESIGNED = '(?:is|are) (?:(?:always|directly|automatically) )?(?:based on|read|calculated|worked out|billed|charged|priced|measured|set)';

export const DESIGN_FACT_VERDICT: SentenceRewrite = {
  is: `(?:as (?:explained|shown|set out|stated) (?:on|in) your [a-z]+, )?[a-z][^,;:]*? ${DESIGNED}\\b[^;:]*`,
  cut: `,? (?:and )?so (?:(?:the|this|that|your|these|those)(?: [\\p{L}\\p{N}£$€.,'’-]+){0,3}? ${FIGURE} (?:is|are) (?:correct|accurate|valid|right)|(?:that|it|this)(?:'s|’s| is) (?:working|functioning) as (?:intended|designed|expected))$`,
  mustCut: true,
  // The design alone, said of the thing: not a record read out (whose doubt other rewrites own),
  // not a claim that it cannot err, not the customer's doing.
  unless: '\\b(?:you|accura\\w*|precise(?:ly)?|exact(?:ly)?|correct(?:ly)?|automatic(?:ally)?|never|always|infallible|shows?|showed|records?|recorded|logs?|logged|reports?|reported|detected|confirms?|confirmed|wrong|mistakes?|errors?)\\b',
  ends: '.',
};
