import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { GirMaskingReal } from '../masking-real';
import { flatten, listed, maskedLeaves, type PrivacyModel } from '../privacy-model';
import { checkNoLeak, checkSupervisorView, maskedValues } from '../view-checks';

/**
 * Reads the prepared recordings as an Administrator (never masked) and as a Supervisor, through
 * Search Recordings (pages of one, so that the page carries links) and Get Recording by ID, and
 * holds every view to the model's settings.
 */
export class InspectRecordingsCommand implements AsyncCommand<PrivacyModel, GirMaskingReal> {
  check(): boolean {
    return true;
  }

  async run(model: PrivacyModel, real: GirMaskingReal): Promise<void> {
    const { baseline, ledger } = real;
    for (const id of baseline.ids) {
      const admin = await real.get(real.administrator, id);
      await ledger.check('gir.masking.administrator-unmasked', () => {
        expect(admin.status, admin.text.slice(0, 200)).toBe(200);
        expect(Object.fromEntries(flatten(admin.json).leaves), `Get Recording by ID ${id} as an Administrator: every real value`).toEqual(Object.fromEntries(baseline.views.get(id)?.leaves ?? []));
      });
    }
    const names = listed(model);
    for (let offset = 0; offset < baseline.ids.length; offset += 1) {
      const page = await real.search(real.supervisor, { offset, limit: 1 });
      const body = (page.json ?? {}) as { recordings?: { id?: string }[] };
      const recording = body.recordings?.[0];
      const id = String(recording?.id);
      const view = baseline.views.get(id);
      if (page.status !== 200 || !view) throw new Error(`Search Recordings offset ${offset} as a Supervisor: ${page.status} ${page.text.slice(0, 200)}`);
      await checkSupervisorView(ledger, model, view, recording, 'search', id);
      await checkNoLeak(ledger, maskedValues(view, maskedLeaves(view, names)), { ...body, recordings: [] }, undefined, `Search Recordings page at offset ${offset} as a Supervisor (links)`);
    }
    for (const id of baseline.ids) {
      const got = await real.get(real.supervisor, id);
      const view = baseline.views.get(id);
      if (got.status !== 200 || !view) throw new Error(`Get Recording by ID ${id} as a Supervisor: ${got.status} ${got.text.slice(0, 200)}`);
      await checkSupervisorView(ledger, model, view, got.json, 'get', id);
    }
  }

  toString(): string {
    return 'inspectRecordings()';
  }
}
