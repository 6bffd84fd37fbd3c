import type { ContractProblem } from './contract-problem';
import { appendPointer, resolvePointer } from './json-pointer';
import { isRecord } from './is-record';

/**
 * Finds every `$ref` in a whole document (OpenAPI objects and schemas alike) and reports the
 * ones that are external or that point at nothing, each with the pointer of the `$ref` itself.
 */
export function danglingRefProblems(document: unknown, file: string): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const visit = (node: unknown, pointer: string, insideData: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, appendPointer(pointer, i), insideData));
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = appendPointer(pointer, key);
      if (key === '$ref' && typeof value === 'string' && !insideData) {
        if (!value.startsWith('#')) problems.push({ file, pointer: here, message: `external $ref "${value}" is not allowed; use a local #/components/… ref` });
        else if (resolvePointer(document, value) === undefined) problems.push({ file, pointer: here, message: `dangling $ref "${value}": nothing at that pointer` });
      } else {
        // Examples and enum/const values are data: a "$ref" key inside them is not a reference.
        visit(value, here, insideData || key === 'example' || key === 'examples' || key === 'enum' || key === 'const' || key === 'default');
      }
    }
  };
  visit(document, '', false);
  return problems;
}

/** Follows `$ref`s between OpenAPI objects (parameters, responses, request bodies). */
export function derefObject(document: unknown, node: unknown, depth = 0): unknown {
  if (depth > 20 || !isRecord(node) || typeof node.$ref !== 'string') return node;
  return derefObject(document, resolvePointer(document, node.$ref), depth + 1);
}
