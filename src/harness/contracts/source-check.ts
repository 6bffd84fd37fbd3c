import type { ContractProblem } from './contract-problem';
import type { ContractRegistry } from './contract-registry';
import type { SourceRef } from './contract-model';
import { FAMILY_INFO } from './families';
import { appendPointer, resolvePointer } from './json-pointer';
import { isRecord } from './is-record';
import type { SeedDocuments } from './seed-documents';

/** Every `x-source` in a parsed contract document, with its pointer. */
export function collectXSources(document: unknown): { pointer: string; source: unknown }[] {
  const found: { pointer: string; source: unknown }[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, appendPointer(pointer, i)));
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-source') found.push({ pointer: appendPointer(pointer, key), source: value });
      else if (key !== 'example' && key !== 'examples') visit(value, appendPointer(pointer, key));
    }
  };
  visit(document, '');
  return found;
}

/**
 * Proves that every source a contract names exists: the document is one of its family's, and
 * the section (and quote) appear verbatim in it; for the JSON-Schema document 000 a section may be
 * a JSON pointer into it.
 */
export function sourceProblems(registry: ContractRegistry, seeds: SeedDocuments): ContractProblem[] {
  const problems: ContractProblem[] = [];
  for (const contracts of registry.families.values()) {
    const allowed = FAMILY_INFO[contracts.family].documents;
    const check = (source: unknown, file: string, pointer: string) => {
      if (!isRecord(source) || typeof source.document !== 'string' || typeof source.section !== 'string') {
        problems.push({ file, pointer, message: 'source must be {document, section, quote?}' });
        return;
      }
      const ref = source as unknown as SourceRef;
      if (!allowed.includes(ref.document)) {
        problems.push({ file, pointer: appendPointer(pointer, 'document'), message: `"${ref.document}" is not a document of ${contracts.family} (${allowed.join(', ')})` });
        return;
      }
      if (!seeds.has(ref.document)) {
        problems.push({ file, pointer: appendPointer(pointer, 'document'), message: `document ${ref.document} not found in ${seeds.directory}` });
        return;
      }
      if (!sectionExists(seeds, ref.document, ref.section)) {
        problems.push({ file, pointer: appendPointer(pointer, 'section'), message: `section "${ref.section}" does not appear in ${ref.document}` });
      }
      if (ref.quote !== undefined && !seeds.contains(ref.document, ref.quote)) {
        problems.push({ file, pointer: appendPointer(pointer, 'quote'), message: `quote "${ref.quote}" does not appear in ${ref.document}` });
      }
    };
    for (const { pointer, source } of collectXSources(contracts.openApi)) check(source, contracts.openApiFile, pointer);
    if (contracts.asyncApi && contracts.asyncApiFile) for (const { pointer, source } of collectXSources(contracts.asyncApi)) check(source, contracts.asyncApiFile, pointer);
    for (const item of [...contracts.clauses, ...contracts.stateMachines, ...contracts.ambiguities, ...contracts.examples]) {
      check(item.source, item.location.file, appendPointer(item.location.pointer, 'source'));
    }
  }
  return problems;
}

function sectionExists(seeds: SeedDocuments, document: string, section: string): boolean {
  if (section.startsWith('#/')) {
    try {
      return resolvePointer(JSON.parse(seeds.text(document)), section) !== undefined;
    } catch {
      return false;
    }
  }
  return seeds.contains(document, section);
}
