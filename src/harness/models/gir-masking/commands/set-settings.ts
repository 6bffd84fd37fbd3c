import type { AsyncCommand } from 'fast-check';
import { expect } from '@playwright/test';
import type { PrivacyModel } from '../privacy-model';
import { fieldNames, settingValues, type GirMaskingReal } from '../masking-real';

/**
 * An Administrator writes both privacy settings (PUT /api/v2/settings/recording); the settings
 * read back are the ones written (gir.masking.settings-change-effective: masking can only follow
 * a change the target applied). The masking that follows is checked by InspectRecordings.
 */
export class SetSettingsCommand implements AsyncCommand<PrivacyModel, GirMaskingReal> {
  constructor(
    readonly agent: readonly string[],
    readonly customer: readonly string[],
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: PrivacyModel, real: GirMaskingReal): Promise<void> {
    const written = await real.writeSettings(this.agent, this.customer);
    const read = await real.readSettings();
    await real.ledger.check('gir.masking.settings-change-effective', () => {
      expect(written.status, `PUT /api/v2/settings/recording: ${written.text.slice(0, 200)}`).toBeLessThan(300);
      const values = settingValues(read.json);
      expect({ agent: fieldNames(values.agent), customer: fieldNames(values.customer) }, 'the settings read back are those written').toEqual({ agent: [...this.agent], customer: [...this.customer] });
    });
    model.agent = [...this.agent];
    model.customer = [...this.customer];
  }

  toString(): string {
    return `setSettings(agent_fields="${this.agent.join(',')}", customer_fields="${this.customer.join(',')}")`;
  }
}
