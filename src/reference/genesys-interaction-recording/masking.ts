import type { FaultSet } from '../faults/fault-catalogue';
import { fieldNames } from './privacy-fields';
import type { AttachedData, Contact, PrivacySettings, Recording, StringMap } from './types';

/** What a Supervisor receives in place of a masked value (Sample 2; gir.mask-string-length). */
export const MASK = '*******';

/** Top-level fields never masked: the identity of the resource and the callType enumeration. */
const UNMASKABLE_TOP_LEVEL = new Set(['id', 'callType']);

/**
 * Which properties one set of listed names masks (gir.privacy-field-vocabulary, first reading):
 * a name masks every property of that name at the top level, in mediaFiles[].parameters, in
 * eventHistory[].contact and among attached-data keys; the four search names also cover their
 * documented sources.
 */
interface MaskPlan {
  readonly topLevel: ReadonlySet<string>;
  readonly parameters: ReadonlySet<string>;
  readonly contact: ReadonlySet<string>;
  readonly dataKeys: ReadonlySet<string>;
  /** userData listed: every attached-data value. */
  readonly allData: boolean;
}

/** The names masking applies, with the faults that bend how the settings are read. */
export function maskedNames(settings: PrivacySettings, faults: FaultSet): Set<string> {
  const read = (value: string) => {
    const names = fieldNames(value);
    // Breaks gir.masking.comma-separated-list: only the first name of each list is honoured.
    return faults.has('gir-mask-first-name-only') ? names.slice(0, 1) : names;
  };
  // Breaks gir.masking.both-settings-apply: metadata.privacy.customer_fields is ignored.
  const customer = faults.has('gir-mask-customer-fields-ignored') ? [] : read(settings.customerFields);
  const names = new Set([...read(settings.agentFields), ...customer]);
  // Breaks gir.masking.default-blank: blank settings still mask the caller number.
  if (names.size === 0 && faults.has('gir-mask-caller-by-default')) names.add('callerPhoneNumber');
  // Breaks gir.masking.unlisted-fields-unmasked: region is masked although nobody listed it.
  if (names.size > 0 && faults.has('gir-mask-unlisted-region')) names.add('region');
  return names;
}

function planFor(names: ReadonlySet<string>, faults: FaultSet): MaskPlan {
  const has = (name: string) => names.has(name);
  const parameters = new Set(names);
  if (has('callerPhoneNumber')) parameters.add('ani');
  if (has('dialedPhoneNumber')) parameters.add('dnis');
  if (has('userName')) parameters.add('username');
  // Breaks gir.masking.media-file-parameters: the caller number stays readable in parameters.ani.
  if (faults.has('gir-mask-leaks-ani')) parameters.delete('ani');
  const contact = new Set(names);
  if (has('userName')) ['firstName', 'lastName', 'userName'].forEach((name) => contact.add(name));
  return {
    topLevel: new Set([...names].filter((name) => !UNMASKABLE_TOP_LEVEL.has(name))),
    parameters,
    // Breaks gir.masking.event-history-contact: contacts are never masked.
    contact: faults.has('gir-mask-contact-skipped') ? new Set() : contact,
    dataKeys: names,
    allData: has('userData'),
  };
}

/** A copy of the recording with the listed fields masked; the shape is unchanged. */
export function maskRecording(recording: Recording, names: ReadonlySet<string>, faults: FaultSet): Recording {
  if (names.size === 0) return recording;
  const plan = planFor(names, faults);
  // Breaks gir.masking.mask-string-seven: the mask is as long as the value it hides.
  // Breaks gir.masking.mask-string: a masked value is an empty string instead of asterisks.
  const mask = (value: unknown) => (faults.has('gir-mask-empty-string') ? '' : faults.has('gir-mask-length-of-value') ? '*'.repeat(Math.max(1, String(value).length)) : MASK);
  const masked: Record<string, unknown> = { ...recording };
  for (const name of plan.topLevel) if (typeof masked[name] === 'string') masked[name] = mask(masked[name]);
  // Breaks gir.masking.keys-preserved: masked top-level properties are removed instead of masked.
  if (faults.has('gir-mask-removes-property')) for (const name of plan.topLevel) delete masked[name];
  const maskMap = <T extends Record<string, unknown>>(map: T, keys: ReadonlySet<string>, all = false): T =>
    Object.fromEntries(Object.entries(map).map(([key, value]) => [key, all || keys.has(key) ? mask(value) : value])) as T;
  const maskData = (data: AttachedData): AttachedData => {
    const sections = Object.entries(data).map(([section, values]: [string, Record<string, unknown>]) => {
      // Breaks gir.masking.attached-data: only the added section is masked.
      const skip = section !== 'added' && faults.has('gir-mask-attached-data-added-only');
      return [section, skip ? values : maskMap(values, plan.dataKeys, plan.allData)] as const;
    });
    return Object.fromEntries(sections);
  };
  return {
    ...(masked as unknown as Recording),
    mediaFiles: recording.mediaFiles.map((file) => ({
      ...file,
      parameters: maskMap<StringMap>(file.parameters, plan.parameters),
      // Breaks gir.masking.media-play-path-unmasked: playPath is masked too, so a Supervisor cannot play the recording.
      ...(faults.has('gir-mask-play-path') ? { playPath: MASK } : {}),
    })),
    eventHistory: recording.eventHistory.map((entry) => ({
      ...entry,
      ...(entry.contact ? { contact: maskMap<Contact & Record<string, unknown>>({ ...entry.contact }, plan.contact) } : {}),
      ...(entry.data ? { data: maskData(entry.data) } : {}),
    })),
  };
}
