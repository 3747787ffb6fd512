// Every rule in one compact table a team lead can scan and search: a row each with its
// switch, severity and weight, the phrases and sentences behind a disclosure. Flags and
// missing moves are two groups of the same table.
import { useState } from 'preact/hooks';
import { RULE_CATALOGUE } from '../engine/catalogue';
import type { RuleInfo } from '../engine';
import type { ComponentChild } from 'preact';
import { t } from '../shared/i18n';
import { ruleInfo } from '../shared/rule-text';
import type { TeamSettings } from '../shared/settings-fields';
import { setPreference, severityOf, weightOf } from './draft';
import { Lock } from './Lock';
import { RuleDetail, type RuleProps } from './RuleDetail';
import { levelOf, WEIGHT_LEVELS, weightFor, type WeightLevel } from './weight';

const COLUMNS = 4;
const LEVEL_LABEL = { low: 'options_weight_low', medium: 'options_weight_medium', high: 'options_weight_high' } as const;

/** Text as a search compares it: case, runs of spaces and curly quotes do not matter ("don't" finds "don’t"). */
const fold = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

/** Every phrase a row shows: built-in, the team's and the organisation's, the agent's never-flag ones, sentences. */
function phrasesOf(rule: RuleInfo, draft: TeamSettings, effective: TeamSettings): string[] {
  const mine = <T extends { ruleId: string }>(list: T[] | undefined) => (list ?? []).filter((p) => p.ruleId === rule.id);
  return [
    ...(rule.examples ?? []),
    ...mine(effective.phrases).map((p) => p.phrase),
    ...mine(draft.neverFlag).map((p) => p.phrase),
    ...(rule.kind === 'suggestion' ? [rule.better, effective.templates?.[rule.id] ?? ''] : []),
  ];
}

/** How a rule matches the search: by its title or id, by one of its phrases only, or not at all. */
function matchOf(rule: RuleInfo, needle: string, draft: TeamSettings, effective: TeamSettings): 'name' | 'phrase' | undefined {
  if (needle === '') return 'name';
  if ([rule.id, rule.title, ruleInfo(rule.id).title].some((text) => fold(text).includes(needle))) return 'name';
  return phrasesOf(rule, draft, effective).some((text) => fold(text).includes(needle)) ? 'phrase' : undefined;
}

type TableProps = Omit<RuleProps, 'rule'> & { movesHelp: ComponentChild };

export function RuleTable(props: TableProps) {
  const { draft, effective, movesHelp } = props;
  const [query, setQuery] = useState('');
  const [advanced, setAdvanced] = useState(false);
  // Rows opened or closed by hand; a row that matches the search by a phrase alone opens by itself.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const needle = fold(query);
  const rows = RULE_CATALOGUE.map((rule) => ({ rule, match: matchOf(rule, needle, draft, effective) })).filter((row) => row.match !== undefined);
  const groups = [
    { id: 'flags-title', title: t('phrases_heading'), help: t('options_flags_help'), rows: rows.filter((row) => row.rule.kind === 'flag') },
    { id: 'moves-title', title: t('moves_heading'), help: movesHelp, rows: rows.filter((row) => row.rule.kind === 'suggestion') },
  ];
  const toggle = (id: string, open: boolean) => setToggled(new Map(toggled).set(id, !open));
  return (
    <section class="panel rules-panel" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('options_rules_heading')}</h2>
      <p class="help">{t('options_rules_help')}</p>
      <div class="rules-toolbar">
        <label class="search" for="rule-search">
          {t('options_search')}
        </label>
        <input
          id="rule-search"
          type="search"
          name="rule-search"
          value={query}
          placeholder={t('options_search_placeholder')}
          autoComplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Escape' && query !== '' && (e.preventDefault(), setQuery(''))}
        />
        {query !== '' && (
          <button type="button" class="link" onClick={() => setQuery('')}>
            {t('options_search_clear')}
          </button>
        )}
        <p class="search-count" role="status">
          {needle !== '' && t('options_search_count', String(rows.length), String(RULE_CATALOGUE.length))}
        </p>
        <label class="advanced">
          <input type="checkbox" name="advanced" checked={advanced} onChange={(e) => setAdvanced(e.currentTarget.checked)} />
          {t('options_advanced')}
        </label>
      </div>
      <table class="rules-table" aria-labelledby="rules-title">
        <thead>
          <tr>
            <th scope="col">{t('options_col_rule')}</th>
            <th scope="col">{t('options_col_on')}</th>
            <th scope="col">{t('options_severity')}</th>
            <th scope="col">{t('options_col_weight')}</th>
          </tr>
        </thead>
        {groups.map(
          (group) =>
            group.rows.length > 0 && [
              <tbody class="group" key={group.id}>
                <tr>
                  <td colSpan={COLUMNS}>
                    <h3 id={group.id}>{group.title}</h3>
                    <p class="help">{group.help}</p>
                  </td>
                </tr>
              </tbody>,
              ...group.rows.map(({ rule, match }) => {
                const open = toggled.get(rule.id) ?? match === 'phrase';
                return <RuleRow key={rule.id} {...props} rule={rule} open={open} advanced={advanced} onToggle={() => toggle(rule.id, open)} />;
              }),
            ],
        )}
      </table>
      {rows.length === 0 && <p class="empty no-match">{t('options_search_none', query.trim())}</p>}
      <p class="help levels-help">{t('options_weight_levels_help')}</p>
    </section>
  );
}

interface RowProps extends RuleProps {
  open: boolean;
  advanced: boolean;
  onToggle(): void;
}

function RuleRow(props: RowProps) {
  const { rule, draft, effective, locks, onChange, open, advanced, onToggle } = props;
  const severity = severityOf(effective, rule);
  const weight = weightOf(effective, rule);
  const level = levelOf(rule, weight);
  const severityLocked = locks?.severity.has(rule.id) ?? false;
  const weightLocked = locks?.weight.has(rule.id) ?? false;
  const on = severity !== 'off';
  const set = (patch: Parameters<typeof setPreference>[2]) => onChange(setPreference(draft, rule.id, patch));
  const lastOn = draft.rules?.[rule.id]?.severity;
  const title = ruleInfo(rule.id).title;
  const teamCount = (effective.phrases ?? []).filter((p) => p.ruleId === rule.id).length;
  const detailId = `rule-detail-${rule.id}`;
  return (
    <tbody class={`rule ${on ? 'on' : 'off'} ${open ? 'open' : ''}`} data-rule={rule.id} id={`rule-${rule.id}`}>
      <tr class="rule-row">
        <th scope="row">
          <button type="button" class="disclosure" aria-expanded={open} aria-controls={detailId} onClick={onToggle}>
            <span class="chevron" aria-hidden="true" />
            <span class="title">{title}</span>
          </button>
          <span class={`chip ${rule.category}`}>{t(rule.category === 'listening' ? 'options_category_listening' : 'options_category_ownership')}</span>
          {teamCount > 0 && <span class="chip team-count">{t('options_row_team_count', String(teamCount))}</span>}
          {advanced && <code class="rule-id">{rule.id}</code>}
          {(severityLocked || weightLocked) && locks && <Lock by={locks.by} />}
        </th>
        <td>
          <label class="switch" title={on ? t('options_rule_turn_off') : t('options_rule_turn_on')}>
            <input
              type="checkbox"
              name="enabled"
              checked={on}
              disabled={severityLocked}
              onChange={(e) => set({ severity: e.currentTarget.checked ? (lastOn && lastOn !== 'off' ? lastOn : rule.defaultSeverity) : 'off' })}
            />
            <span class="track" aria-hidden="true" />
            <span class="visually-hidden">{t('options_rule_switch', title)}</span>
          </label>
        </td>
        <td>
          <fieldset class="segmented" disabled={severityLocked || !on}>
            <legend>{t('options_severity_of', title)}</legend>
            {(['hint', 'warn'] as const).map((choice) => (
              <label key={choice} class={severity === choice ? 'chosen' : ''}>
                <input type="radio" name={`severity-${rule.id}`} value={choice} checked={severity === choice} onChange={() => set({ severity: choice })} />
                {t(choice === 'warn' ? 'flag_severity_warn' : 'flag_severity_hint')}
              </label>
            ))}
          </fieldset>
        </td>
        <td>
          <select
            name="weight"
            class="weight"
            aria-label={t('options_weight_of', title)}
            title={t(rule.category === 'listening' ? 'options_weight_listening' : 'options_weight_ownership')}
            value={level ?? 'custom'}
            disabled={weightLocked || !on}
            onChange={(e) => {
              const picked = e.currentTarget.value;
              if (picked !== 'custom') set({ weight: weightFor(rule, picked as WeightLevel) });
            }}
          >
            {WEIGHT_LEVELS.map((choice) => (
              <option key={choice} value={choice}>
                {t(LEVEL_LABEL[choice])}
                {advanced ? ` (${weightFor(rule, choice)})` : ''}
              </option>
            ))}
            {/* A number from a policy file that none of the levels stands for: kept as it is until one is picked. */}
            {level === undefined && <option value="custom">{t('options_weight_custom', String(weight))}</option>}
          </select>
        </td>
      </tr>
      <tr class="rule-detail" id={detailId} hidden={!open}>
        <td colSpan={COLUMNS}>
          <RuleDetail rule={rule} draft={draft} effective={effective} locks={locks} onChange={onChange} />
        </td>
      </tr>
    </tbody>
  );
}
