import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Family } from '../contracts';
import baselineSchema from './baseline.schema.json';
import recordSchema from './conformance-record.schema.json';
import { RECORD_SCHEMA_VERSION, type ConformanceRecord, type Verdict } from './record-types';

/** Each clause's verdict in an accepted run: what the gate compares later runs with. */
export interface Baseline {
  readonly schemaVersion: 1;
  readonly target: string;
  readonly acceptedRun: string;
  readonly families: readonly Family[];
  /** Clause id → verdict, sorted by id so that a change reads well in a diff. */
  readonly clauses: Readonly<Record<string, Verdict>>;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateRecord = ajv.compile(recordSchema);
const validateBaseline = ajv.compile(baselineSchema);

/** A file that is not what its reader expects: names the file and the first few problems. */
export class GateInputError extends Error {
  readonly code = 'CC_GATE_INPUT';
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new GateInputError(`cannot read the ${what} ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GateInputError(`the ${what} ${file} is not JSON: ${(error as Error).message}`);
  }
}

function problems(errors: typeof validateRecord.errors): string {
  return (errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}

/** Reads a conformance record, checked against its schema (and version). */
export function readRecord(file: string): ConformanceRecord {
  const data = readJson(file, 'conformance record');
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== RECORD_SCHEMA_VERSION) throw new GateInputError(`the conformance record ${file} has schemaVersion ${String(version)}; this gate reads version ${RECORD_SCHEMA_VERSION}`);
  if (!validateRecord(data)) throw new GateInputError(`the conformance record ${file} does not match its schema: ${problems(validateRecord.errors)}`);
  return data as unknown as ConformanceRecord;
}

export function readBaseline(file: string): Baseline {
  const data = readJson(file, 'baseline');
  if (!validateBaseline(data)) throw new GateInputError(`the baseline ${file} does not match its schema: ${problems(validateBaseline.errors)}`);
  return data as unknown as Baseline;
}

export function baselineOf(record: ConformanceRecord): Baseline {
  const clauses = Object.fromEntries([...record.clauses].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, c.verdict]));
  return { schemaVersion: 1, target: record.target, acceptedRun: record.startedAt, families: record.families, clauses };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
