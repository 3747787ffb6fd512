// `corporate-speak` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
//
// Word classes first, then frames that combine them: one frame covers a family of wordings
// ("we wish to advise", "I am writing to inform you", "we would like to take this opportunity to
// apprise you") rather than one listed phrase.
import type { FlagRuleData } from '../types';

/** Formal verbs of telling someone something. */
const TELL = '(?:inform|advise|apprise|notify|intimate)';

/** A verb of telling is followed by who or what is told ("advise you", "advise that"), not "advise on". */
const TOLD_WHAT = '(?= (?:you|that|your|the|of|our|all|customers|members)(?![a-z0-9])|[,:])';

/** Formal ways of being told: "please be advised", "kindly be informed". */
const TOLD = '(?:advised|informed|notified|apprised|intimated|guided|noted|reminded)';

/** Ceremonial lead-ins before a verb of telling: "we wish to", "I am writing to", "we regret to". */
const LEAD_IN =
  '(?:(?:would|should) like to|wish(?:es)? to|wanted to|want to|(?:am|are|is) writing to|write to|(?:am|are) reaching out to|regret to|(?:am|are) (?:pleased|happy|delighted|glad|sorry|obliged|compelled|constrained) to|beg to|hasten to|must|hereby|herewith|(?:would )?take this opportunity to|(?:would like|wish) to take this opportunity to)';

/** Stiff lead-ins that make almost any verb a script: "we wish to assure you", "we hasten to add". */
const HEAVY_LEAD_IN = '(?:wish(?:es)? to|beg to|hasten to|(?:would like to |wish to )?take this opportunity to)';
// Not "bring" or "draw": "bring [this] to your notice" needs its words after the verb, and has a pattern of its own.
const HEAVY_VERB =
  '(?:assure|reassure|confirm|remind|clarify|reiterate|state|stress|emphasi[sz]e|highlight|point out|acknowledge|express|convey|extend|update|thank|apologi[sz]e|add|mention|reply|respond)';

/** What a formal reference points at: "with regard to your letter", "with respect to the above". */
const REFERENT =
  '(?:your|our (?:previous|recent|earlier|last)|the (?:above|aforementioned|above-mentioned|subject|captioned|said)|the above-?mentioned|above)';

/** Letter-office nouns for the customer's message. */
const MESSAGE =
  '(?:communication|correspondence|letter|email|e-mail|mail|message|query|enquiry|inquiry|complaint|request|application|concern|matter|comments?|feedback|claim|case|ticket)';

/** A customer's message one can thank them for (not "your case", "your matter"), after optional age words. */
const THANKABLE = `(?:(?:recent|previous|earlier|last) )?(?:communication|correspondence|letter|email|e-mail|mail|message|query|enquiry|inquiry|complaint|comments|feedback|request)\\b`;

/** Where a "revert" (Indian/ESL English for "reply") goes next: "revert to you", "revert with", "revert back". */
const REVERT_NEXT =
  '(?:back(?! to(?! (?:you|u|us|me)(?![a-z0-9])))|to (?:you|u|us|me|the customer|your (?:email|mail|query|message))|with|on (?:this|that|the same|it)|at the earliest|in due course|shortly|soon|asap)';

export const corporateSpeak: FlagRuleData = {
  id: 'corporate-speak',
  category: 'listening',
  weight: 10,
  severity: 'warn',
  title: 'Corporate speak',
  why: 'Stilted, legal-sounding wording reads like a script, not a person.',
  better: 'Use plain words.',
  examples: ['Please be advised that', 'Kindly note', 'At this point in time', 'We hereby', 'Please do not hesitate to contact', 'Further to your'],
  patterns: [
    // Being told: "please be advised", "kindly be informed", "be notified that", "please be guided accordingly".
    // With both openers ("kindly please be advised that") the whole goes, or "Please the office…" is left.
    { p: `(?:(?:please|kindly) )?(?:please|kindly|pls|plz) {adv}be ${TOLD}(?: that| accordingly)?`, better: '', swap: true },
    { p: `(?:please|kindly) be (?:aware|assured)(?: that)?`, better: '', swap: true },
    { p: 'it (?:should|must|may|is to|can) be (?:noted|borne in mind) that', better: '', swap: true },
    { p: `be ${TOLD} (?:that|accordingly)`, better: '', swap: true },
    { p: '(?<![a-z0-9\'] )be (?:advised|informed|notified)(?: that)?', better: '', swap: true },
    { p: `(?:you|customers|members|passengers|users|residents|applicants|all) {be} hereby ${TOLD}(?: that)?`, better: '', swap: true },
    { p: `(?:may|will) be ${TOLD} accordingly|(?:be )?guided accordingly`, better: '', swap: true },
    // Taking note: "kindly note", "please take note that", "please note that" (a bare "please note" stays plain).
    { p: '(?:kindly|please|pls|do) (?:(?:kindly|do) )?(?:take |make a )?note that|(?:take|make a) note that', better: 'Just so you know,', swap: true },
    { p: 'kindly (?:take |make a )?note(?: of)?|(?:please |pls )?(?:take|make a) note of', better: 'Please note', swap: true },
    // A ceremonial lead-in before a verb of telling: "we wish to advise", "I am writing to inform you
    // that", "we would like to take this opportunity to apprise you", "we regret to advise".
    { p: `{we} (?:regret to|(?:am|are) sorry to) ${TELL}${TOLD_WHAT}(?: you| your good ?self)?(?: that)?`, better: 'I’m sorry to say', swap: true },
    { p: `{we} (?:am|are) (?:pleased|happy|delighted|glad) to (?:${TELL}|acknowledge)${TOLD_WHAT}(?: you| your good ?self)?(?: that)?`, better: 'I’m happy to say', swap: true },
    { p: `{we} {adv}${LEAD_IN} ${TELL}${TOLD_WHAT}(?: you)?(?: that| of)?`, better: '', swap: true },
    // An apology or thanks under the ceremony keeps its own words: "we would like to take this
    // opportunity to apologise for the delay" → "I’m sorry for the delay", not "For the delay".
    { p: `{we} {adv}${HEAVY_LEAD_IN} apologi[sz]e`, better: 'I’m sorry', swap: true },
    { p: `{we} {adv}${HEAVY_LEAD_IN} thank you`, better: 'Thank you', swap: true },
    { p: `{we} {adv}${HEAVY_LEAD_IN} ${HEAVY_VERB}(?: you)?(?: that)?`, better: '', swap: true },
    { p: `(?<!you |they |customers |customer |he |she |who |if |should )(?:wish(?:es)? to|beg to|hasten to|take this opportunity to) ${HEAVY_VERB}(?: you)?(?: that)?`, better: '', swap: true },
    { p: `(?:writing|write) to ${TELL} you(?: that| of)?`, better: '', swap: true },
    { p: `(?:to|hereby) (?:inform|advise|apprise|intimate) you (?:that|of)`, better: '', swap: true },
    { p: `{we} (?:would |must |can |wish to |hereby )?advise (?:you )?that`, better: '', swap: true },
    // "This is to inform you", "it is to inform", "this is with reference to", "it is pertinent to mention".
    { p: `(?:this|it) (?:is|serves) (?:only |just |merely )?to (?:${TELL}|confirm|acknowledge|update|notify|certify|let you know|keep you informed)(?: you)?(?: that)?`, better: '', swap: true },
    { p: '(?:this|it) is (?:with|in) (?:reference|regards?|relation|respect) to', better: 'About', swap: true },
    { p: 'it is (?:pertinent|relevant) to (?:mention|note|state|point out|highlight)(?: that| here that| here)?', better: '', swap: true },
    // Bringing to notice: "we wish to bring to your attention", "to your kind notice". With its
    // lead-in and "that", all of it goes: what follows is what they wanted to say.
    { p: `{we} {adv}${LEAD_IN} bring~ (?:this |it |the same |the following |the matter )?to your (?:kind |immediate )?(?:attention|notice) that`, better: '', swap: true },
    { p: `{we} {adv}${LEAD_IN} draw~ your (?:kind |immediate )?attention to`, better: 'please see', swap: true },
    { p: 'bring~ (?:this |it |the same |the following |the matter )?to your (?:kind |immediate )?(?:attention|notice)', better: 'let you know', swap: true },
    { p: 'brought (?:this|it|the same|the matter) to your (?:kind |immediate )?(?:attention|notice)', better: 'told you about this', swap: true },
    // The passive ("was brought to your attention") needs the sentence reworded: no in-place swap.
    'brought to your (?:kind |immediate )?(?:attention|notice)',
    { p: 'to your (?:kind )?notice', better: 'to you', swap: true },
    { p: '(?<=(?:for|to|of) )your kind(?= (?:attention|information|consideration|reference|notice|cooperation|co-operation|understanding|response|reply|perusal)(?![a-z0-9]))', better: 'your', swap: true },
    { p: 'for (?:your |their |our |his |her )?(?:kind )?perusal', better: 'to look at', swap: true },
    // Formal references: "with reference to", "in regards to your query", "reference is made to", "we refer to your".
    { p: `(?:with|in) (?:reference|regards) to`, better: 'About', swap: true },
    { p: `with (?:regard|respect) to(?= ${REFERENT})`, better: 'About', swap: true },
    { p: `(?:in|with) (?:relation|connection) to(?= (?:your|the above|our) (?:recent |previous |earlier |last )?${MESSAGE})`, better: 'About', swap: true },
    { p: '(?:reference|ref) is (?:made|had) to', better: 'About', swap: true },
    // When what follows is the customer's message, "About your letter." would be a fragment: thank them for it.
    { p: `{we} (?:would )?refer (?:you )?to your(?= ${THANKABLE})`, better: 'Thank you for your', swap: true },
    { p: `{we} (?:am|are) writing (?:(?:in|with) (?:relation|reference|regards?|respect|connection) to|further to|regarding|concerning|in response to) your(?= ${THANKABLE})`, better: 'Thank you for your', swap: true },
    { p: '{we} (?:would )?refer (?:you )?to(?= (?:your|the above|the (?:letter|email|e-mail|attached|enclosed)))', better: 'About', swap: true },
    { p: `{we} (?:am|are) writing (?:(?:in|with) (?:relation|reference|regards?|respect|connection) to|further to|regarding|concerning|in response to)`, better: 'About', swap: true },
    { p: 'further to your', better: 'Following up on your', swap: true },
    { p: 'further to(?= (?:our|my|the|this|that) )', better: 'Following up on', swap: true },
    // Receipt and noting: "we are in receipt of", "duly noted", "we note your comments".
    { p: '(?:{we} {be}|we are|i am) (?:now )?in receipt of', better: 'I’ve got', swap: true },
    // (Not where the sentence goes on with its subject's next act: "… and will revert".)
    { p: "(?:we|i) (?:hereby |would like to |wish to )?acknowledge (?:the )?receipt of(?![^.!?\\n]* and (?:will|shall|would|are|am|have|can)\\b)", better: 'Thanks for', swap: true },
    { p: "(?:we|i) (?:hereby )?acknowledge(?= your)(?![^.!?\\n]* and (?:will|shall|would|are|am|have|can)\\b)", better: 'Thanks for', swap: true },
    '(?:we|i) (?:hereby |would like to |wish to )?acknowledge (?:(?:the )?receipt of|your)',
    { p: 'we (?:duly )?note(?= that)|(?:it is|it has been) noted(?= that)', better: 'I see', swap: true },
    { p: 'we (?:duly )?note(?= your)', better: 'thanks for', swap: true },
    { p: 'noted with thanks', better: 'Thanks', swap: true },
    { p: 'duly', better: '', swap: true },
    { p: '(?<=(?:comments?|feedback|concerns?|request|complaint|query|enquiry|inquiry|message|email|letter|points?|remarks|observations|suggestions?|instructions) (?:has|have) been )noted', better: 'recorded', swap: true },
    // "Revert" for "reply": "we will revert in due course", "please revert back", "sorry for late revert".
    { p: `revert(?: back)?(?= ${REVERT_NEXT})`, better: 'reply', swap: true },
    { p: `reverted(?: back)?(?= ${REVERT_NEXT})`, better: 'replied', swap: true },
    { p: `reverting(?: back)?(?= ${REVERT_NEXT})`, better: 'replying', swap: true },
    { p: '(?:(?<=(?:will|shall|would|please|kindly|pls|to) )revert|revert back)(?= ?[.!,;)]| ?$)', better: 'reply', swap: true },
    { p: '(?<=(?:late|delayed|quick|prompt|early|your|kind|favourable|favorable) )revert(?! to)', better: 'reply', swap: true },
    // Stilted time: "at this point in time", "at the present moment in time", "at this juncture", "in the fullness of time".
    { p: 'at (?:this|the present|the current) (?:point|moment|stage) in time', better: 'right now', swap: true },
    { p: 'at that (?:point|moment|stage) in time', better: 'then', swap: true },
    { p: 'at (?:the|this) present (?:moment )?(?:in )?time|at (?:the|this) present moment', better: 'right now', swap: true },
    { p: 'at (?:this|the present|the current) juncture', better: 'right now', swap: true },
    { p: 'at that juncture', better: 'then', swap: true },
    { p: 'at the earliest(?: possible)? juncture', better: 'by [day and time]', swap: true },
    { p: 'at (?:an|the) appropriate juncture', better: 'at the right time', swap: true },
    { p: 'at your (?:earliest|soonest) (?:possible )?convenience', better: 'when you can', swap: true },
    // Officialese words and set phrases.
    { p: '(?:i am|we are) verbali[sz]ing(?: to you)?', better: 'I’m telling you', swap: true },
    { p: 'verbali[sz](?:e|es)', better: 'say', swap: true },
    { p: 'verbali[sz]ed', better: 'said', swap: true },
    { p: 'verbali[sz]ing', better: 'saying', swap: true },
    { p: 'it (?:has|had) (?:come|been brought) to (?:our|my) (?:attention|notice)', better: 'we noticed', swap: true },
    { p: 'in (?:this|that) regard', better: 'about this', swap: true },
    { p: 'permit me to', better: 'let me', swap: true },
    { p: 'in lieu of', better: 'instead of', swap: true },
    { p: 'forthwith', better: 'straight away', swap: true },
    { p: 'notwithstanding', better: 'despite', swap: true },
    { p: '(?:your )?(?:esteemed |continued |valued |kind )?patronage', better: 'your business', swap: true },
    { p: '(?:please|kindly|do|pls) advise(?= (?:if|whether|when|how|what|which|who|the status)(?![a-z0-9])| ?[.,!?]| ?$)', better: 'let me know', swap: true },
    { p: 'we (?:hereby|herewith)', better: 'we', swap: true },
    // "as aforementioned" goes whole: without its word, "as" is left hanging ("a new label as.").
    { p: 'as (?:aforesaid|aforementioned|above-?mentioned)', better: '', swap: true },
    { p: 'hereby|herewith|hereunder|hereinafter|aforesaid|aforementioned|above-?mentioned|under-?mentioned', better: '', swap: true },
    { p: 'henceforth', better: 'from now on', swap: true },
    { p: 'heretofore', better: 'until now', swap: true },
    { p: '(?<=(?:contact|to|with|for|call|email|ask|by|from|reach|telephone|phone|write to) )the undersigned', better: 'me', swap: true },
    // The verb after it agrees with "the undersigned", not with "I": "I has reviewed" otherwise.
    { p: 'the undersigned has', better: 'I have', swap: true },
    { p: 'the undersigned is', better: 'I am', swap: true },
    { p: 'the undersigned does', better: 'I do', swap: true },
    { p: 'the undersigned', better: 'I', swap: true },
    { p: 'herein(?:after|above|below|with)?|therein|thereof', better: '', swap: true },
    { p: 'the said(?= (?:amount|sum|item|items|product|order|account|transaction|payment|document|documents|period|matter|request|booking|invoice|policy|claim|vehicle|property|charges?|fee|service|letter|email|complaint|date)(?![a-z0-9]))', better: 'the', swap: true },
    { p: 'your (?:esteemed|good) ?(?:self|selves|organi[sz]ation|company|office|institution|firm)', better: 'you', swap: true },
    { p: '(?<!as )per your (?:request|instructions?|email|e-mail|letter|query|call|conversation)(?![a-z0-9])', better: 'as you asked', swap: true },
    { p: 'pursuant to', better: 'under', swap: true },
    { p: 'as per', better: 'following', swap: true },
    { p: 'cogni[sz]ant', better: 'aware', swap: true },
    { p: '(?:taken|take|taking|takes) (?:due |full )?cogni[sz]ance of', better: 'noted', swap: true },
    { p: 'apprise|apprises', better: 'tell', swap: true },
    { p: 'apprised', better: 'told', swap: true },
    { p: 'apprising', better: 'telling', swap: true },
    { p: 'intimate(?= (?:you|us|me|him|her|them|the customer)(?![a-z0-9]))', better: 'tell', swap: true },
    { p: 'intimated', better: 'told', swap: true },
    { p: 'greetings (?:of|for) the day', better: 'Hi', swap: true },
    { p: 'greetings from', better: 'Hello from', swap: true },
    { p: 'thanking you(?: in advance)?(?= ?[.!,\\n]| ?$)', better: 'Thanks', swap: true },
    // "We have your note and kindly request you to…": the subject is further back, so "please" would
    // not read; and "kindly" goes with it, or each would become "please" ("and please please provide").
    { p: '(?<=(?:we|i) [^.!?\\n]{1,80} and )(?:kindly )?request you to(?: kindly)?', better: 'ask you to', swap: true },
    { p: '(?:(?:we|i) (?:would )?)?(?:kindly )?request you to(?: kindly)?|(?:we|i) (?:would )?(?:kindly )?request that you(?: kindly)?', better: 'please', swap: true },
    { p: '(?:may|might) please be', better: 'can be', swap: true },
    { p: '(?:shall|will|would|to) endeavou?r to', better: 'will try to', swap: true },
    { p: '(?<![a-z0-9\'] )trust(?= (?:this|the above) (?:helps|clarifies|answers|explains|is|will|has))', better: 'I hope', swap: true },
    { p: 'we (?:do )?trust(?= (?:that )?(?:this|you|the above|the matter|all is|everything))|i (?:do )?trust(?= (?:that )?(?:this|the above|the matter|the information|all is|everything))', better: 'I hope', swap: true },
    { p: 'the (?:concerned|competent) (?:department|dept|team|authority|authorities|officer|official|person|branch|section)', better: 'the team', swap: true },
    // "The same" for "it" (Indian and ESL business English): "please quote same", "bear with us for the same".
    { p: '(?<=(?:quote|share|submit|furnish|forward|provide|attach|return|sign|fill|mention|confirm|check|process|discuss) )(?:the )?same(?= ?[.,!;)]| ?$| (?:in|at|with|to|for|by|on|via|and|so|as|within|before|after|today|asap|once)(?![a-z0-9]))', better: 'it', swap: true },
    { p: '(?<=(?:for|regarding) )the same(?= ?[.,!;)]| ?$)', better: 'it', swap: true },
    { p: '(?<=(?:and|&|,) )the same(?= (?:has been|have been|is being|will be|shall be|would be) )', better: 'it', swap: true },
    { p: 'furnish us with', better: 'send us', swap: true },
    { p: 'furnish me with', better: 'send me', swap: true },
    { p: 'furnish(?= (?:the|your|a|an|any|all|copies|proof|details|documents|us|me)(?![a-z0-9]))', better: 'send', swap: true },
    { p: 'inconvenience (?:is )?regretted', better: 'sorry about this', swap: true },
    // Letter-office conditionals: "should you require any further assistance", "should you wish to discuss".
    { p: 'should you(?= (?:require|wish|desire|need any|have any (?:further |other |more )?(?:questions|queries|concerns|issues)))', better: 'if you', swap: true },
    { p: 'require (?:any )?(?:further|additional) (?:assistance|information|clarification)', better: 'need anything else', swap: true },
    // Business jargon: "touch base", "circle back", "being sunset", "the customer journey".
    { p: 'touch base', better: 'talk', swap: true },
    { p: 'circle back|loop back', better: 'follow up', swap: true },
    { p: '(?<=(?:be|being|been|is|are|was|were) )sunset(?:ted)?', better: 'retired', swap: true },
    { p: 'sunsetting', better: 'retiring', swap: true },
    { p: 'utili[sz]e', better: 'use', swap: true },
    { p: 'utili[sz]ed', better: 'used', swap: true },
    { p: 'utili[sz]ing', better: 'using', swap: true },
    { p: '(?:take|taking) (?:this|it|the conversation|this conversation) offline', better: 'talk about this directly', swap: true },
    { p: '(?:do|doing|did|take|taking|took) a deep dive (?:into|on)', better: 'look closely at', swap: true },
    { p: '(?:our |the )?(?:customer|client|user) journey', better: 'your experience', swap: true },
    { p: '(?:as part of )?our (?:ongoing|continued|continuing|continuous) (?:efforts|endeavou?rs?) to', better: 'to', swap: true },
    // Letter-office stock: "please do not hesitate to contact", "enclosed please find", "we wish to inform".
    { p: '(?:please )?(?:do not|never) hesitate to (?:contact|reach out to|get in touch with|write to)', better: 'just reply to', swap: true },
    { p: '(?:please )?(?:do not|never) hesitate to(?= (?:call|ask|email|e-mail|let|give|drop|phone|ring|visit|pop))', better: 'feel free to', swap: true },
    { p: '(?:enclosed|attached) (?:please )?find', better: 'I’ve attached', swap: true },
    { p: 'please find (?:attached|enclosed|herewith)', better: 'I’ve attached', swap: true },
    { p: 'please find (?:below|hereunder)', better: 'here is', swap: true },
    { p: '(?:do|doing|done) the needful|the needful', better: 'sort this out', swap: true },
    { p: 'with immediate effect', better: 'straight away', swap: true },
    { p: 'dear (?:most )?valued (?:customer|client|member|guest|passenger|policyholder|user|subscriber|patron|player)s?', better: 'Hi [name]', swap: true },
    { p: '(?<=(?:our|a|as a|all|to) )(?:most )?valued(?= (?:customer|client|member|guest|passenger|policyholder|user|subscriber|patron|player)s?(?![a-z0-9]))', better: '', swap: true },
    // Beside a "please" of its own, "kindly" goes: made "please", it would say "please please provide".
    // Not before what a longer phrase turns whole ("kindly please be advised that").
    { p: '(?:please kindly|kindly please)(?! (?:{adv})?be |(?: (?:take|make a))? note| advise)', better: 'please', swap: true },
    { p: '(?<!thank you |thanks |very |so |most |thank you very |thank you so |was |were |has |have |had |he |she |they |who )kindly(?! (?:(?!need|proceed|heed|feed)[a-z]+ed|gave|given|sent|let|lent|took|taken|made|brought|held|kept|came|stood)(?![a-z]))', better: 'please', swap: true },
  ],
};
