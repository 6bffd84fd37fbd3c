import type { ValidateFunction } from 'ajv';
import type { ContractProblem } from './contract-problem';
import type { Ambiguity, Clause, StateMachine } from './contract-model';
import type { Family } from './families';
import { appendPointer } from './json-pointer';
import type { JsonRecord } from './is-record';

/** The shape as written in YAML, where list fields may be left out. */
type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** Reports a data file's meta-schema violations as problems at their pointers; true when valid. */
export function checkAgainstMeta(validate: ValidateFunction, data: unknown, file: string, problems: ContractProblem[]): boolean {
  if (validate(data)) return true;
  for (const error of validate.errors ?? []) {
    const detail = error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
    problems.push({ file, pointer: error.instancePath, message: `${error.message ?? error.keyword}${detail}` });
  }
  return false;
}

/** Clauses and state machines of a meta-valid clauses file, each tagged with its family and location. */
export function readClauses(family: Family, data: JsonRecord, file: string): { clauses: Clause[]; stateMachines: StateMachine[] } {
  const clauses = (data.clauses as WithOptional<Omit<Clause, 'family' | 'location'>, 'operations' | 'channels' | 'ambiguities'>[]).map((clause, i) => ({
    operations: [],
    channels: [],
    ambiguities: [],
    ...clause,
    family,
    location: { file, pointer: appendPointer('/clauses', i) },
  }));
  const stateMachines = ((data.stateMachines ?? []) as Omit<StateMachine, 'family' | 'location'>[]).map((machine, i) => ({
    ...machine,
    family,
    location: { file, pointer: appendPointer('/stateMachines', i) },
  }));
  return { clauses, stateMachines };
}

export function readAmbiguities(family: Family, data: JsonRecord, file: string): Ambiguity[] {
  return (data.ambiguities as WithOptional<Omit<Ambiguity, 'family' | 'location'>, 'affects'>[]).map((ambiguity, i) => ({
    affects: [],
    ...ambiguity,
    family,
    location: { file, pointer: appendPointer('/ambiguities', i) },
  }));
}
