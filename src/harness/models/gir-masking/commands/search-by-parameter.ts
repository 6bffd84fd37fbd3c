import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { GirMaskingReal } from '../masking-real';
import { flatten, listed, maskedLeaves, type PrivacyModel, type SearchParameter, visibleMatch } from '../privacy-model';
import { checkNoLeak, maskedValues } from '../view-checks';

const QUERY_CLAUSES: Readonly<Record<SearchParameter, string>> = {
  callerPhoneNumber: 'gir.masking.query-caller-phone-number-403',
  dialedPhoneNumber: 'gir.masking.query-dialed-phone-number-403',
  userName: 'gir.masking.query-user-name-403',
  userData: 'gir.masking.query-user-data-403',
};

/** Candidate values of a search parameter in a recording as the Administrator sees it: real values the parameter can match. */
function candidates(parameter: SearchParameter, leaves: ReadonlyMap<string, unknown>): string[] {
  const at = (test: (path: string) => boolean) => [...new Set([...leaves].filter(([path, v]) => typeof v === 'string' && test(path)).map(([, v]) => v as string))];
  switch (parameter) {
    case 'callerPhoneNumber':
      return at((p) => p === '/callerPhoneNumber');
    case 'dialedPhoneNumber':
      return at((p) => p === '/dialedPhoneNumber');
    case 'userName':
      return at((p) => /\/contact\/(firstName|lastName|userName)$/.test(p));
    case 'userData':
      return at((p) => /\/data\/(added|updated|deleted)\//.test(p));
  }
}

/**
 * A Supervisor searches by one of the four maskable parameters with a real value of the first
 * prepared recording. Listed: 403 with no recordings, whether or not anything would match
 * (gir.masking.query-*-403, query-no-oracle). Not listed: answered normally
 * (query-unlisted-parameter-allowed), and for userName and userData the results are exactly the
 * recordings whose values, as Get Recording by ID shows them to the Supervisor, match
 * (gir.masking.no-search-leak).
 */
export class SearchByParameterCommand implements AsyncCommand<PrivacyModel, GirMaskingReal> {
  private value?: string;

  constructor(
    readonly parameter: SearchParameter,
    readonly pick: number,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: PrivacyModel, real: GirMaskingReal): Promise<void> {
    const { baseline, ledger } = real;
    const first = baseline.views.get(baseline.ids[0] ?? '');
    if (!first) return;
    const options = candidates(this.parameter, first.leaves);
    const value = options[this.pick % Math.max(1, options.length)] ?? 'no-such-value';
    this.value = value;
    const names = listed(model);
    const hidden = new Set([...baseline.ids].flatMap((id) => {
      const view = baseline.views.get(id);
      return view ? [...maskedValues(view, maskedLeaves(view, names))] : [];
    }));
    const where = `Search Recordings ${this.parameter}=${JSON.stringify(value)} as a Supervisor`;
    if (names.has(this.parameter)) {
      const answer = await real.search(real.supervisor, { [this.parameter]: value });
      await ledger.check(QUERY_CLAUSES[this.parameter], () => {
        expect(answer.status, `${where} while ${this.parameter} is listed: ${answer.text.slice(0, 200)}`).toBe(403);
        expect((answer.json as { recordings?: unknown[] } | undefined)?.recordings ?? [], 'no recordings').toEqual([]);
      });
      const nothing = await real.search(real.supervisor, { [this.parameter]: `${this.parameter === 'userData' ? 'none' : '0'}000000099` });
      await ledger.check('gir.masking.query-no-oracle', () => expect(nothing.status, `a value no recording holds is refused the same way: ${nothing.text.slice(0, 200)}`).toBe(403));
      await checkNoLeak(ledger, hidden, answer.json, undefined, `${where} (refused)`);
      return;
    }
    const answer = await real.search(real.supervisor, { [this.parameter]: value });
    if (names.size > 0) await ledger.check('gir.masking.query-unlisted-parameter-allowed', () => expect(answer.status, `${where}, ${this.parameter} not listed: ${answer.text.slice(0, 200)}`).toBe(200));
    if (answer.status !== 200 || (this.parameter !== 'userName' && this.parameter !== 'userData')) return;
    const parameter = this.parameter;
    // What the Supervisor may see is what Get Recording by ID shows it (the view clauses judge that view elsewhere).
    const expected: string[] = [];
    for (const id of baseline.ids) {
      const seen = await real.get(real.supervisor, id);
      if (seen.status === 200 && visibleMatch(parameter, value, flatten(seen.json).leaves)) expected.push(id);
    }
    const body = (answer.json ?? {}) as { recordings?: { id?: unknown }[]; totalCount?: unknown };
    await ledger.check('gir.masking.no-search-leak', () => {
      expect((body.recordings ?? []).map((r) => String(r.id)).sort(), `${where}: only recordings whose visible values match`).toEqual([...expected].sort());
      expect(body.totalCount, `${where}: totalCount counts only those`).toBe(expected.length);
    });
  }

  toString(): string {
    return `searchBy(${this.parameter}=${this.value === undefined ? `candidate ${this.pick}` : JSON.stringify(this.value)})`;
  }
}
