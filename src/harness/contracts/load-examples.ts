import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { ContractProblem } from './contract-problem';
import type { DocumentExample } from './contract-model';
import type { Family } from './families';
import { appendPointer } from './json-pointer';
import type { JsonRecord } from './is-record';
import { checkAgainstMeta } from './load-behaviour';
import { readDataFile } from './read-data-file';
import { resolveExampleTarget, type TargetLookup } from './example-target';

/**
 * Reads `fixtures/<family>/examples/index.yaml` (and any `index.<part>.yaml`), loads each example
 * and validates it against the schema its entry names. Violations point into the example file.
 */
export function loadExamples(
  family: Family,
  root: string,
  contracts: TargetLookup,
  indexMeta: ValidateFunction,
  problems: ContractProblem[],
): DocumentExample[] {
  const folder = join('fixtures', family, 'examples');
  if (!existsSync(join(root, folder))) return [];
  const indexFiles = readdirSync(join(root, folder))
    .filter((name) => /^index(\.[a-z0-9-]+)?\.yaml$/.test(name))
    .sort();
  const examples: DocumentExample[] = [];
  const seenFiles = new Set<string>();
  for (const indexName of indexFiles) {
    const indexFile = join(folder, indexName);
    const read = readDataFile(join(root, indexFile), indexFile);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    if (!checkAgainstMeta(indexMeta, read.data, indexFile, problems)) continue;
    const entries = (read.data as JsonRecord).examples as Omit<DocumentExample, 'family' | 'value' | 'location'>[];
    entries.forEach((entry, i) => {
      const pointer = appendPointer('/examples', i);
      const file = join(folder, entry.file);
      if (seenFiles.has(file)) problems.push({ file: indexFile, pointer: appendPointer(pointer, 'file'), message: `${entry.file} is indexed twice` });
      seenFiles.add(file);
      const example = readDataFile(join(root, file), file);
      if (!example.ok) {
        problems.push(example.problem);
        return;
      }
      const target = resolveExampleTarget(contracts, entry.against);
      if (typeof target === 'string') {
        problems.push({ file: indexFile, pointer: appendPointer(pointer, 'against'), message: target });
        return;
      }
      if (!target.validate(example.data)) {
        for (const error of target.validate.errors ?? []) {
          problems.push({ file, pointer: error.instancePath, message: `does not match ${describeTarget(entry.against)}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}` });
        }
      }
      examples.push({ ...entry, family, file, value: example.data, location: { file: indexFile, pointer } });
    });
  }
  return examples;
}

function describeTarget(target: DocumentExample['against']): string {
  switch (target.kind) {
    case 'request':
      return `the request body of ${target.operationId}`;
    case 'response':
      return `the ${target.status} response of ${target.operationId}`;
    case 'schema':
      return `schema ${target.name}`;
    case 'message':
      return `message ${target.name}`;
  }
}
