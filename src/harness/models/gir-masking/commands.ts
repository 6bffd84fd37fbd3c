import * as fc from 'fast-check';
import { modelCommands } from '../model-property';
import { InspectRecordingsCommand } from './commands/inspect-recordings';
import { SearchByParameterCommand } from './commands/search-by-parameter';
import { SetSettingsCommand } from './commands/set-settings';
import type { GirMaskingReal } from './masking-real';
import { SEARCH_PARAMETERS, type PrivacyModel } from './privacy-model';
import { privacySettings } from './settings-arbitrary';

/** The commands of the GIR masking model: change the settings, inspect every view, search by a maskable parameter. */
export function girMaskingCommands(maxCommands = 6) {
  return modelCommands<PrivacyModel, GirMaskingReal>(
    [
      privacySettings().map(({ agent, customer }) => new SetSettingsCommand(agent, customer)),
      privacySettings().map(({ agent, customer }) => new SetSettingsCommand(agent, customer)),
      fc.constant(null).map(() => new InspectRecordingsCommand()),
      fc.constant(null).map(() => new InspectRecordingsCommand()),
      fc.tuple(fc.constantFrom(...SEARCH_PARAMETERS), fc.nat({ max: 9 })).map(([parameter, pick]) => new SearchByParameterCommand(parameter, pick)),
    ],
    maxCommands,
  );
}
