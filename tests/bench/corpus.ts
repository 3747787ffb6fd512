// Reads agent replies, each with the customer turn before it, from the TWCS airline
// conversations CSV (../shared/corpus/, evaluation only: never copied into the project).
// Columns: first_tweet_id, tag, first_utterance, context; turns are `<cust__ … __cust>` and
// `<rep__ … __rep>` segments, the first customer turn being first_utterance.

export interface Exchange {
  customer: string;
  reply: string;
}

export function agentReplies(csv: string, limit: number): Exchange[] {
  const exchanges: Exchange[] = [];
  let header = true;
  for (const fields of csvRecords(csv)) {
    if (header) {
      header = false;
      continue;
    }
    let customer = '';
    for (const [, who, body] of `${fields[2] ?? ''} ${fields[3] ?? ''}`.matchAll(TURN)) {
      const text = clean(body!);
      if (who === 'cust') customer = text;
      else if (text !== '') {
        exchanges.push({ customer, reply: text });
        if (exchanges.length === limit) return exchanges;
      }
    }
  }
  return exchanges;
}

const TURN = /<(rep|cust)__([\s\S]*?)__\1>/g;

// Drop the anonymised handles the dataset puts first (`__cust__`, `__company__`, `@115712`).
const clean = (body: string) => body.replace(/^\s*(?:(?:__\w+__|@\w+)\s*)*/, '').trim();

/** RFC 4180 records: quoted fields may hold commas, `""` and line breaks. */
export function* csvRecords(csv: string): Generator<string[]> {
  let fields: string[] = [];
  let i = 0;
  while (i <= csv.length) {
    let value: string;
    if (csv[i] === '"') {
      value = '';
      i++;
      for (;;) {
        const quote = csv.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        value += csv.slice(i, quote);
        i = quote + 1;
        if (csv[i] !== '"') break;
        value += '"';
        i++;
      }
    } else {
      let end = i;
      while (end < csv.length && csv[end] !== ',' && csv[end] !== '\n' && csv[end] !== '\r') end++;
      value = csv.slice(i, end);
      i = end;
    }
    fields.push(value);
    if (csv[i] === ',') {
      i++;
      continue;
    }
    if (csv[i] === '\r') i++;
    if (i < csv.length || fields.some((field) => field !== '')) yield fields;
    fields = [];
    i++;
  }
}
