import type { ContractProblem } from './contract-problem';
import {
  HTTP_METHODS,
  type CompiledSchema,
  type HttpMethod,
  type OperationContract,
  type ParameterContract,
  type ParameterLocation,
  type RequestBodyContract,
  type ResponseContract,
  type SourceRef,
} from './contract-model';
import type { Family } from './families';
import { appendPointer } from './json-pointer';
import { isRecord, type JsonRecord } from './is-record';
import { derefObject } from './local-refs';
import { SchemaCompiler } from './schema-compiler';

export interface LoadedOpenApi {
  readonly operations: Map<string, OperationContract>;
  readonly schemas: Map<string, CompiledSchema>;
}

/** Builds the operations of one family's OpenAPI document and compiles every schema in it. */
export function loadOpenApi(family: Family, document: JsonRecord, file: string, compiler: SchemaCompiler, problems: ContractProblem[]): LoadedOpenApi {
  const documentId = SchemaCompiler.documentId(family, 'openapi.yaml');
  const components = isRecord(document.components) ? document.components : {};
  compiler.registerComponents(documentId, components.schemas, { file, pointer: '/components/schemas' });

  const schemas = new Map<string, CompiledSchema>();
  for (const name of Object.keys(isRecord(components.schemas) ? components.schemas : {})) {
    const pointer = appendPointer('/components/schemas', name);
    const compiled = compiler.compileComponent(documentId, name, { file, pointer });
    if (compiled) schemas.set(name, compiled);
  }

  const operations = new Map<string, OperationContract>();
  const topSecurity = securityNames(document.security);
  const paths = isRecord(document.paths) ? document.paths : {};
  for (const [path, pathItemRaw] of Object.entries(paths)) {
    const pathItem = derefObject(document, pathItemRaw);
    if (!isRecord(pathItem)) continue;
    const pathPointer = appendPointer('/paths', path);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isRecord(operation)) continue;
      const pointer = appendPointer(pathPointer, method);
      const built = buildOperation({ family, document, documentId, file, compiler, problems, path, method, operation, pathItem, pointer, pathPointer, topSecurity });
      if (!built) continue;
      const existing = operations.get(built.operationId);
      if (existing) {
        problems.push({ file, pointer: appendPointer(pointer, 'operationId'), message: `duplicate operationId "${built.operationId}" (also at ${existing.location.pointer})` });
        continue;
      }
      operations.set(built.operationId, built);
    }
  }
  return { operations, schemas };
}

interface OperationInput {
  family: Family;
  document: JsonRecord;
  documentId: string;
  file: string;
  compiler: SchemaCompiler;
  problems: ContractProblem[];
  path: string;
  method: HttpMethod;
  operation: JsonRecord;
  pathItem: JsonRecord;
  pointer: string;
  pathPointer: string;
  topSecurity: string[];
}

function buildOperation(input: OperationInput): OperationContract | undefined {
  const { family, document, documentId, file, compiler, problems, path, method, operation, pathItem, pointer } = input;
  const operationId = operation.operationId;
  if (typeof operationId !== 'string' || operationId === '') {
    problems.push({ file, pointer: appendPointer(pointer, 'operationId'), message: 'every operation needs an operationId' });
    return undefined;
  }
  const source = operation['x-source'];
  if (!isSourceRef(source)) {
    problems.push({ file, pointer: appendPointer(pointer, 'x-source'), message: 'every operation needs x-source {document, section}' });
    return undefined;
  }

  const parameters: ParameterContract[] = [];
  const seen = new Map<string, number>();
  const declared = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters.map((p, i) => [p, appendPointer(input.pathPointer, 'parameters', i)] as const) : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters.map((p, i) => [p, appendPointer(pointer, 'parameters', i)] as const) : []),
  ];
  for (const [raw, at] of declared) {
    const parameter = derefObject(document, raw);
    if (!isRecord(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
    const compiled = compiler.compile(documentId, parameter.schema ?? {}, { file, pointer: appendPointer(at, 'schema') });
    if (!compiled) continue;
    // Extend the compiled handle itself: its validator is bound later, when the compiler finalises.
    const contract: ParameterContract = Object.assign(compiled, {
      name: parameter.name,
      in: parameter.in as ParameterLocation,
      required: parameter.in === 'path' ? true : parameter.required === true,
      ...(typeof parameter.description === 'string' ? { description: parameter.description } : {}),
    });
    // Operation-level parameters override path-level ones with the same name and location.
    const key = `${contract.in}:${contract.name}`;
    const index = seen.get(key);
    if (index === undefined) {
      seen.set(key, parameters.length);
      parameters.push(contract);
    } else parameters[index] = contract;
  }
  for (const name of path.match(/\{([^}]+)\}/g) ?? []) {
    const bare = name.slice(1, -1);
    if (!parameters.some((p) => p.in === 'path' && p.name === bare)) {
      problems.push({ file, pointer: appendPointer(pointer, 'parameters'), message: `path parameter {${bare}} is not declared` });
    }
  }

  let requestBody: RequestBodyContract | undefined;
  const body = derefObject(document, operation.requestBody);
  if (isRecord(body)) {
    requestBody = { required: body.required === true, content: compileContent(input, body.content, appendPointer(pointer, 'requestBody', 'content')) };
  }

  const responses = new Map<string, ResponseContract>();
  const rawResponses = isRecord(operation.responses) ? operation.responses : {};
  for (const [status, rawResponse] of Object.entries(rawResponses)) {
    const response = derefObject(document, rawResponse);
    if (!isRecord(response)) continue;
    const at = appendPointer(pointer, 'responses', status);
    responses.set(status, {
      status,
      description: typeof response.description === 'string' ? response.description : '',
      content: compileContent(input, response.content, appendPointer(at, 'content')),
    });
  }
  if (responses.size === 0) problems.push({ file, pointer: appendPointer(pointer, 'responses'), message: 'operation documents no responses' });

  const operationNames = stringList(operation['x-operation-names']);
  const roles = operation['x-roles'] === undefined ? undefined : stringList(operation['x-roles']);
  const toolName = typeof operation['x-tool-name'] === 'string' ? operation['x-tool-name'] : undefined;
  return {
    family,
    operationId,
    method,
    path,
    ...(typeof operation.summary === 'string' ? { summary: operation.summary } : {}),
    source,
    ...(toolName ? { toolName } : {}),
    operationNames,
    ...(roles ? { roles } : {}),
    destructive: operation['x-destructive'] === true,
    security: operation.security === undefined ? input.topSecurity : securityNames(operation.security),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    location: { file, pointer },
  };
}

function compileContent(input: OperationInput, content: unknown, pointer: string): Map<string, CompiledSchema> {
  const result = new Map<string, CompiledSchema>();
  if (!isRecord(content)) return result;
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isRecord(media)) continue;
    const compiled = input.compiler.compile(input.documentId, media.schema ?? {}, { file: input.file, pointer: appendPointer(pointer, mediaType, 'schema') });
    if (compiled) result.set(mediaType, compiled);
  }
  return result;
}

function securityNames(security: unknown): string[] {
  if (!Array.isArray(security)) return [];
  return security.flatMap((requirement) => (isRecord(requirement) ? Object.keys(requirement) : []));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function isSourceRef(value: unknown): value is SourceRef {
  return isRecord(value) && typeof value.document === 'string' && typeof value.section === 'string';
}
