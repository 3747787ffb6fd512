// `wrong-name` (RULES.md, *Added rules*, kind `flag`): a computed check, not phrases. The
// greeting's name is compared with the requester's display name, or else with the name the
// customer signs their message with; with neither it never guesses.
import type { CustomerName, NameVocabulary } from '../../names';
import { foldName, GreetingReader, isFormOf, namesUsedBy, parseCustomerName, signedName } from '../../names';
import type { FlagCheckInput, FlagHit, FlagRuleData } from '../types';

const words = (text: string) => text.trim().split(/\s+/);

const VOCABULARY: NameVocabulary = {
  greetings: ['hi', 'hello', 'hey', 'hiya', 'heya', 'howdy', 'dear', 'greetings', 'good (?:morning|afternoon|evening|day)', 'morning', 'afternoon', 'evening'],
  // "Ma'am Liza", "Sir Paolo": agents in the Philippines and India put the title before a first name.
  titles: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'mister', 'sir', 'madam', "ma'am", 'ma’am', 'maam', 'madame', 'dame', 'lord', 'lady', 'rev', 'reverend', 'sr', 'sra', 'srta', 'herr', 'frau', 'mme', 'mlle', 'monsieur'],
  // What follows a greeting without being anyone's name: "Hi there", "Dear customer", "Hey, sorry…".
  notNames: new Set(
    words(`
      there all everyone everybody team teams folks guys gang people friend friends mate mates pal buddy love hun dear
      again both you yall y'all and or & to from the a an my our your this that it is i we me us how what when so
      customer customers valued member members client clients user users guest guests traveller traveler passenger
      passengers patient patients resident residents applicant parent parents student player players subscriber
      policyholder account holder homeowner tenant neighbour neighbor colleague colleagues partner partners caller
      shopper sender recipient sir madam ma'am ma’am maam madame sirs sir/madam mr mrs ms dr support service manager admin
      sorry thanks thank welcome hope great good just yes no ok okay please quick happy many once sure hello hi hey
      morning afternoon evening day today tonight everyone's
    `),
  ),
  familiar: [
    'robert rob robbie bob bobby bert', 'william will bill billy liam willy', 'michael mike mikey mick mickey', 'elizabeth liz lizzie beth betty eliza libby elsie',
    'katherine catherine kathryn katharine kate katie kathy cathy kat cat kitty', 'james jim jimmy jamie', 'john jack johnny', 'jonathan jon jonny nate',
    'joseph joe joey', 'thomas tom tommy', 'richard rick ricky dick rich richie', 'charles charlie chuck chas', 'edward ed eddie ted ned',
    'margaret maggie meg peggy marge madge', 'jennifer jen jenny', 'rebecca becky becca', 'alexander alexandra alex sandy sasha xander lexi',
    'daniel dan danny', 'samuel samantha sam sammy', 'benjamin ben benny', 'nicholas nicola nicole nick nicky nikki', 'christopher chris kit',
    'christine christina chris chrissy tina', 'anthony tony', 'andrew andy drew', 'patrick pat paddy', 'patricia pat patty tricia trish',
    'stephen steven steve', 'susan suzanne sue susie suzy', 'deborah deb debbie', 'victoria vicky tori', 'matthew matt', 'peter pete',
    'david dave davey', 'timothy tim timmy', 'joshua josh', 'zachary zach zack', 'nathan nathaniel nate nat', 'abigail abby abbie',
    'jacqueline jackie', 'dorothy dot dottie', 'frances francis fran frankie frank', 'frederick fred freddie', 'henry harry hank',
    'harold harry hal', 'lawrence laurence larry', 'gerald gerry jerry', 'kenneth ken kenny', 'leonard len lenny', 'raymond ray',
    'ronald ron ronnie', 'donald don donnie', 'douglas doug', 'philip phillip phil', 'theodore theo ted', 'terence terry',
    'anne ann anna annie', 'natasha tash tasha', 'gabriel gabriella gabrielle gabe gabby', 'isabella isabel isabelle izzy bella',
    'jessica jess jessie', 'eleanor ellie nell', 'penelope penny', 'sarah sally', 'mary molly polly', 'helen nell', 'judith judy',
  ].map((group) => words(group)),
};

const greetings = new GreetingReader(VOCABULARY);

// Read once per customer: the scorer calls this on every keystroke with the same customer.
let lastKey: string | undefined;
let lastName: CustomerName | null = null;
let lastUsed: Set<string> | undefined;
let lastCustomer: string | undefined;

let signedFor: string | undefined;
let signed: string | undefined;

/** The name the page shows for the customer, or else the one they sign with ("Thanks, Dana"). */
function nameOf(input: FlagCheckInput): string | undefined {
  if (typeof input.customerName === 'string') return input.customerName;
  if (input.customer === undefined) return undefined;
  if (input.customer !== signedFor) {
    signedFor = input.customer;
    signed = signedName(input.customer);
  }
  return signed;
}

function customerOf(input: FlagCheckInput): { name: CustomerName; used: () => Set<string> } | null {
  const shown = nameOf(input);
  if (shown !== lastKey) {
    lastKey = shown;
    lastName = typeof shown === 'string' ? parseCustomerName(shown, VOCABULARY) : null;
  }
  if (!lastName) return null;
  const used = () => {
    if (lastUsed === undefined || input.customer !== lastCustomer) {
      lastCustomer = input.customer;
      lastUsed = input.customer === undefined ? new Set() : namesUsedBy(input.customer);
    }
    return lastUsed;
  };
  return { name: lastName, used };
}

/** The first name of the customer as the page shows them ("Dana Reyes" → "Dana"), where it reads as a person's name. */
export function shownFirstName(displayName: string): string | undefined {
  if (displayName !== lastKey) {
    lastKey = displayName;
    lastName = parseCustomerName(displayName, VOCABULARY);
  }
  return lastName?.first;
}

function check(input: FlagCheckInput): FlagHit[] {
  if (typeof input.customerName !== 'string' && input.customer === undefined) return [];
  const found = greetings.read(input.reply);
  if (found.length === 0) return [];
  const customer = customerOf(input);
  if (!customer) return [];
  const { name, used } = customer;
  const hits: FlagHit[] = [];
  for (const g of found) {
    // "Dear Mr Reyes" names the surname: with no surname shown, there is nothing to compare.
    if (g.titled && name.last === undefined) continue;
    const greeted = foldName(g.name);
    const pieces = [greeted, ...greeted.split(/[-']/).filter((p) => p.length > 1)];
    const known = (piece: string) => name.parts.has(piece) || used().has(piece) || [...name.parts].some((part) => !g.titled && isFormOf(piece, part, VOCABULARY));
    if (pieces.some(known)) continue;
    hits.push({ start: g.start, end: g.end, better: g.titled ? name.last! : name.first, swap: true });
  }
  return hits;
}

export const wrongName: FlagRuleData = {
  id: 'wrong-name',
  category: 'listening',
  weight: 15,
  severity: 'warn',
  title: 'Wrong name',
  why: "Greeting the customer by someone else's name tells them their message was not read.",
  better: "Use the customer's own first name.",
  examples: ['Hi Sam,'],
  patterns: [],
  check,
};
