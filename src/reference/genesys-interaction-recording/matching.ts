import type { FaultSet } from '../faults/fault-catalogue';
import { parseGirTime } from './gir-time';
import { CALLER_FAULTS, DIALED_FAULTS, phoneMatcher } from './phone-matching';
import type { SearchQuery } from './search-query';
import type { Recording } from './types';

/** The pseudo-label that stands for "has one or more associated screen recordings". */
export const SCREEN_RECORDING_LABEL = '__screenRecording';

type Predicate = (recording: Recording) => boolean;

/** One predicate per criterion the query carries; a recording matches when all hold. */
export function searchPredicate(query: SearchQuery, faults: FaultSet): Predicate {
  const predicates: Predicate[] = [];
  if (query.callerPhoneNumber !== undefined) {
    const match = phoneMatcher(query.callerPhoneNumber, faults, CALLER_FAULTS);
    predicates.push((r) => match(r.callerPhoneNumber) || r.mediaFiles.some((f) => f.parameters.ani !== undefined && match(f.parameters.ani)));
  }
  if (query.dialedPhoneNumber !== undefined) {
    const match = phoneMatcher(query.dialedPhoneNumber, faults, DIALED_FAULTS);
    predicates.push((r) => match(r.dialedPhoneNumber) || r.mediaFiles.some((f) => f.parameters.dnis !== undefined && match(f.parameters.dnis)));
  }
  predicates.push(timePredicate(query, faults));
  if (query.userName !== undefined) predicates.push(userNamePredicate(query.userName, faults));
  if (query.userData !== undefined) predicates.push(userDataPredicate(query.userData, faults));
  predicates.push(labelPredicate(query, faults));
  return (recording) => predicates.every((p) => p(recording));
}

function timePredicate({ startTime, endTime }: SearchQuery, faults: FaultSet): Predicate {
  return (r) => {
    const start = parseGirTime(r.startTime);
    const stop = parseGirTime(r.stopTime);
    if (startTime !== undefined && endTime !== undefined) {
      // Breaks gir.search.time-range: recordings overlapping the range count, not only those inside it.
      if (faults.has('gir-time-range-overlap')) return start <= endTime && stop >= startTime;
      return start >= startTime && stop <= endTime;
    }
    // Breaks gir.search.start-time-at-or-after: a recording starting exactly at startTime is left out.
    if (startTime !== undefined) return faults.has('gir-start-time-exclusive') ? start > startTime : start >= startTime;
    // Breaks gir.search.end-time-at-or-before: endTime is compared with the start, not the stopTime.
    if (endTime !== undefined) return (faults.has('gir-end-time-uses-start-time') ? start : stop) <= endTime;
    return true;
  };
}

function userNamePredicate(value: string, faults: FaultSet): Predicate {
  // Breaks gir.search.user-name-exact: a prefix of a name matches.
  const equal = (name: string | undefined) => name !== undefined && (faults.has('gir-user-name-prefix') ? name.startsWith(value) : name === value);
  // Breaks gir.search.user-name-contact: last names are not searched.
  const ignoreLast = faults.has('gir-user-name-ignores-last-name');
  return (r) => r.eventHistory.some(({ contact: c }) => c !== undefined && (equal(c.firstName) || (!ignoreLast && equal(c.lastName)) || equal(c.userName)));
}

function userDataPredicate(value: string, faults: FaultSet): Predicate {
  // Breaks gir.search.user-data-not-name: attached-data names match as well as values.
  const byName = faults.has('gir-user-data-matches-names');
  // Breaks gir.search.user-data-value: a value merely containing the parameter matches.
  const contains = faults.has('gir-user-data-substring');
  const matchesValue = (v: unknown) => String(v) === value || (contains && String(v).includes(value));
  return (r) =>
    r.eventHistory.some(({ data }) =>
      Object.values(data ?? {}).some((section: Record<string, unknown>) => Object.entries(section).some(([key, v]) => matchesValue(v) || (byName && key === value))),
    );
}

function labelPredicate({ includeLabels, excludeLabels }: SearchQuery, faults: FaultSet): Predicate {
  const has = (r: Recording, name: string, screenFault: string) =>
    name === SCREEN_RECORDING_LABEL && !faults.has(screenFault) ? r.screenRecording : r.labels.some((label) => label.name === name);
  // Breaks gir.search.include-labels-all: any one of the labels is enough.
  const includeAny = faults.has('gir-include-labels-any');
  // Breaks gir.search.exclude-labels-none: only the first label named is excluded.
  const excluded = faults.has('gir-exclude-labels-first-only') ? excludeLabels.slice(0, 1) : excludeLabels;
  return (r) => {
    // Breaks gir.search.include-screen-recording / exclude-screen-recording: __screenRecording read as a plain label.
    const included = (name: string) => has(r, name, 'gir-include-screen-recording-ignored');
    const inclusion = includeLabels.length === 0 || (includeAny ? includeLabels.some(included) : includeLabels.every(included));
    return inclusion && !excluded.some((name) => has(r, name, 'gir-exclude-screen-recording-ignored'));
  };
}
