import * as fc from 'fast-check';
import { CONTACT_NAMES, EVIDENCE_NAMES } from './privacy-model';

/**
 * Random privacy settings whose defects can each be told apart: every non-empty list starts with
 * a name that masks something outside the contacts, customer_fields starts with one that
 * agent_fields does not list, and the second name of a list is again such a name, not first in
 * either list. A target ignoring customer_fields, or honouring only the first name of a list,
 * then shows it on an evidence name before any contact field is inspected.
 */
export function privacySettings(): fc.Arbitrary<{ agent: string[]; customer: string[] }> {
  const names = [...EVIDENCE_NAMES, ...CONTACT_NAMES];
  const list = (first: readonly string[], avoid: readonly string[]) =>
    fc.option(
      fc.constantFrom(...first).chain((head) =>
        fc.option(
          fc.constantFrom(...EVIDENCE_NAMES.filter((name) => name !== head && !avoid.includes(name))).chain((second) =>
            fc.subarray(names.filter((name) => name !== head && name !== second)).map((rest) => [head, second, ...rest]),
          ),
          { nil: [head] },
        ),
      ),
      { nil: [] as string[] },
    );
  return list(EVIDENCE_NAMES, []).chain((agent) => {
    const firsts = EVIDENCE_NAMES.filter((name) => !agent.includes(name));
    if (firsts.length === 0) return fc.constant({ agent, customer: [] });
    return list(firsts, agent.slice(0, 1)).map((customer) => ({ agent, customer }));
  });
}
