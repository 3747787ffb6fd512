// The rules as the pages describe them (ids, titles, reasons, defaults), without their
// patterns: the popup and the options page show rules on every open, and the patterns are
// most of the engine's size. Generated from the rule data into rules/catalogue.json; a unit
// test fails when it is stale (UPDATE_CATALOGUE=1 regenerates it).
import type { RuleInfo } from './types';
import catalogue from './rules/catalogue.json';

export const RULE_CATALOGUE: readonly RuleInfo[] = catalogue as RuleInfo[];
