import * as allure from 'allure-js-commons';
import { CLAUSE_CHECKED, CLAUSE_FAILED } from '../checks/clause-check';
import type { ClauseLevel, ContractRegistry } from '../contracts';
import { sourceLink, sourceText } from './source-link';

const SEVERITY: Readonly<Record<ClauseLevel, string>> = { MUST: 'critical', SHOULD: 'normal', MAY: 'minor' };

/**
 * Gives Allure what the conformance record knows of a test: its clause ids as `clause` labels
 * (and `clause-failed` for the ones that failed), a severity from the strongest level checked,
 * and a link to each clause's source section. Evidence reaches Allure as the test's attachments.
 */
export async function describeForAllure(contracts: ContractRegistry, annotations: readonly { type: string; description?: string }[], root: string): Promise<void> {
  const ids = (type: string) => [...new Set(annotations.filter((a) => a.type === type && a.description && contracts.hasClause(a.description)).map((a) => a.description!))];
  const checked = ids(CLAUSE_CHECKED);
  if (checked.length === 0) return;
  const clauses = checked.map((id) => contracts.clause(id));
  const level = (['MUST', 'SHOULD', 'MAY'] as const).find((l) => clauses.some((c) => c.level === l)) ?? 'MAY';
  await allure.labels(...checked.map((value) => ({ name: 'clause', value })), ...ids(CLAUSE_FAILED).map((value) => ({ name: 'clause-failed', value })));
  await allure.severity(SEVERITY[level]);
  const sources = new Map(clauses.map((c) => [sourceText(c.source), c.source]));
  await allure.links(...[...sources].map(([name, source]) => ({ name, url: sourceLink(source, root) ?? `${source.document}#${encodeURIComponent(source.section)}`, type: 'source' })));
}
