import { expect } from '@playwright/test';
import type { SchemaResolver } from '../../src/harness/contracts/schema-resolver';
import type { ContractRegistry, OperationContract } from '../../src/harness/contracts';
import { isRecord, type JsonRecord } from '../../src/harness/contracts/is-record';
import { SeedDocuments, seedsDirectory } from '../../src/harness/contracts/seed-documents';
import { contractsTest as base } from '../../src/harness/fixtures/contracts-fixture';
import { resolveSchema } from '../../src/harness/schema/resolve-schema';
import { dixaOperations, genesysCloudTools, recordingOperations, webServicesResourceOperations } from '../support/document-listings';

/**
 * Fidelity: the contracts cover every operation and tool the documents list, and invent none.
 * Reads the documents from ../shared/seeds (or CC_SEEDS_DIR); skips, saying so, when absent.
 */
const test = base.extend<{ seeds: SeedDocuments }>({
  seeds: async ({ repoRoot }, use) => {
    const directory = seedsDirectory(repoRoot);
    test.skip(!directory, 'the source documents are not present (../shared/seeds or CC_SEEDS_DIR), so fidelity cannot be checked');
    await use(new SeedDocuments(directory!));
  },
});

const operationKey = (o: OperationContract) => `${o.method.toUpperCase()} ${o.path}`;

test('003 Dixa: every METHOD /path of the document is an operation, and no other', ({ contracts, seeds }) => {
  const documented = dixaOperations(seeds.text('003_6498775919084bbf.txt'));
  const contracted = new Set(contracts.operations('dixa').map(operationKey));
  expect(documented.size).toBe(83);
  expect([...documented].filter((k) => !contracted.has(k)), 'missing from the contract').toEqual([]);
  expect([...contracted].filter((k) => !documented.has(k)), 'invented by the contract').toEqual([]);
});

test('002 GIR: every Request URL + HTTP Method and the settings operations, and no other', ({ contracts, seeds }) => {
  const documented = recordingOperations(seeds.text('002_bb9e960612c5fef2.txt'));
  const contracted = new Set(contracts.operations('genesys-interaction-recording').map(operationKey));
  expect(documented.size).toBeGreaterThanOrEqual(8);
  expect([...documented].filter((k) => !contracted.has(k)), 'missing from the contract').toEqual([]);
  expect([...contracted].filter((k) => !documented.has(k)), 'invented by the contract').toEqual([]);
});

test('001 Genesys Cloud: every tool is one operation, with exactly the required parameters the catalogue gives', ({ contracts, seeds }) => {
  const tools = genesysCloudTools(seeds.text('001_50ef2b595b4e3fc0.txt'));
  expect(tools.length).toBe(63);
  const byTool = new Map(contracts.operations('genesys-cloud').filter((o) => o.toolName).map((o) => [o.toolName!, o]));
  expect(tools.map((t) => t.name).filter((name) => !byTool.has(name)), 'tools without an operation').toEqual([]);
  expect([...byTool.keys()].filter((name) => !tools.some((t) => t.name === name)), 'operations naming a tool 001 does not list').toEqual([]);
  const untooled = contracts.operations('genesys-cloud').filter((o) => !o.toolName).map((o) => o.operationId);
  expect(untooled, 'only the recording update (000) has no tool name').toEqual(['putConversationRecording']);
  for (const tool of tools) {
    const operation = byTool.get(tool.name)!;
    const required = requiredInputs(contracts.resolver, operation);
    expect(required.sort(), `${tool.name}: required parameters`).toEqual([...tool.required].sort());
    const known = allInputs(contracts.resolver, operation);
    expect([...tool.required, ...tool.optional].filter((p) => !known.has(p)), `${tool.name}: parameters of 001 missing from ${operation.operationId}`).toEqual([]);
  }
});

test('000 Genesys Cloud: the recording update body has every property, required list and enum of the Recording model', ({ contracts, seeds }) => {
  const document = JSON.parse(seeds.text('000_89699f971ca233b6.txt')) as JsonRecord;
  const operation = contracts.operation('genesys-cloud', 'putConversationRecording');
  const body = operation.requestBody?.content.get('application/json')?.schema;
  expect(body, 'the recording update has a JSON body').toBeDefined();
  const connectionFields = ['PCID', 'conversationId', 'recordingId', 'clearExport'];
  expect(operation.parameters.map((p) => p.name).sort()).toEqual(['clearExport', 'conversationId', 'recordingId']);
  const differences = compareSchemas(contracts.resolver, document, body, '', connectionFields);
  expect(differences).toEqual([]);
});

test('004 GWS: every resource operation the tables list exists, and every contract path appears in the document', ({ contracts, seeds }) => {
  const text = seeds.text('004_13a7c6a55aa2d241.txt');
  const operations = contracts.operations('genesys-web-services');
  const contracted = new Set(operations.map((o) => `${o.method.toUpperCase()} ${normalisePath(o.path)}`));
  const listed = webServicesResourceOperations(text);
  expect(listed.length).toBeGreaterThan(40);
  const missing = listed.filter((l) => !contracted.has(`${l.method} ${normalisePath(l.resource)}`)).map((l) => `${l.method} ${l.resource} (line ${l.line})`);
  expect([...new Set(missing)], 'listed in 004, missing from the contract').toEqual([]);
  const normalisedText = text.replace(/\{[^}\s]+\}|<[^>\s]+>/g, '{}');
  const invented = operations.map((o) => normalisePath(o.path)).filter((path) => !normalisedText.includes(path));
  expect([...new Set(invented)], 'contract paths that 004 never mentions').toEqual([]);
  const names = operations.flatMap((o) => o.operationNames.map((n) => `${o.operationId}:${n}`));
  expect(names.filter((n) => !seeds.contains('004_13a7c6a55aa2d241.txt', n.split(':')[1] ?? '')), 'operation names 004 never mentions').toEqual([]);
});

/** `/api/v2/me/calls/{id}` → `/me/calls/{}`: the document writes paths without the prefix and names ids freely. */
function normalisePath(path: string): string {
  const bare = path.replace(/^\/?api\/v2/, '').replace(/\{[^}]+\}|<[^>]+>/g, '{}');
  return bare.startsWith('/') ? bare : `/${bare}`;
}

function bodySchema(resolver: SchemaResolver, operation: OperationContract): JsonRecord | undefined {
  const schema = operation.requestBody?.content.get('application/json')?.schema;
  const resolved = schema ? resolveSchema(resolver, schema) : undefined;
  return typeof resolved === 'object' ? resolved : undefined;
}

function requiredInputs(resolver: SchemaResolver, operation: OperationContract): string[] {
  const parameters = operation.parameters.filter((p) => p.required).map((p) => p.name);
  const body = bodySchema(resolver, operation);
  const bodyRequired = operation.requestBody?.required && Array.isArray(body?.required) ? (body.required as string[]) : [];
  return [...new Set([...parameters, ...bodyRequired])];
}

function allInputs(resolver: SchemaResolver, operation: OperationContract): Set<string> {
  const body = bodySchema(resolver, operation);
  return new Set([...operation.parameters.map((p) => p.name), ...Object.keys(isRecord(body?.properties) ? body.properties : {})]);
}

/** Property names, required lists and enums of a document schema against a contract schema. */
function compareSchemas(resolver: SchemaResolver, documented: unknown, contracted: unknown, path: string, ignoreTopLevel: readonly string[]): string[] {
  const doc = isRecord(documented) ? documented : {};
  const resolved = resolveSchema(resolver, contracted);
  const con: JsonRecord = typeof resolved === 'object' ? mergeAllOf(resolver, resolved) : {};
  const differences: string[] = [];
  const docProperties = isRecord(doc.properties) ? doc.properties : {};
  const conProperties = isRecord(con.properties) ? con.properties : {};
  const docNames = Object.keys(docProperties).filter((n) => !(path === '' && ignoreTopLevel.includes(n)));
  const conNames = Object.keys(conProperties);
  for (const name of docNames) if (!conNames.includes(name)) differences.push(`${path}/${name}: in 000, missing from the contract`);
  for (const name of conNames) if (!docNames.includes(name)) differences.push(`${path}/${name}: in the contract, not in 000`);
  const docRequired = (Array.isArray(doc.required) ? (doc.required as string[]) : []).filter((n) => !(path === '' && ignoreTopLevel.includes(n)));
  const conRequired = Array.isArray(con.required) ? (con.required as string[]) : [];
  if (JSON.stringify([...docRequired].sort()) !== JSON.stringify([...conRequired].sort())) differences.push(`${path || '/'}: required ${JSON.stringify(docRequired)} in 000, ${JSON.stringify(conRequired)} in the contract`);
  if (Array.isArray(doc.enum)) {
    const conEnum = Array.isArray(con.enum) ? con.enum : [];
    if (JSON.stringify([...(doc.enum as string[])].sort()) !== JSON.stringify([...(conEnum as string[])].sort())) differences.push(`${path}: enum differs`);
  }
  for (const name of docNames) {
    if (!conNames.includes(name)) continue;
    differences.push(...compareSchemas(resolver, docProperties[name], conProperties[name], `${path}/${name}`, ignoreTopLevel));
  }
  if (isRecord(doc.items)) differences.push(...compareSchemas(resolver, doc.items, itemsOf(resolver, con), `${path}/items`, ignoreTopLevel));
  return differences;
}

function itemsOf(resolver: SchemaResolver, schema: JsonRecord): unknown {
  return schema.items ?? (Array.isArray(schema.anyOf) ? (schema.anyOf as JsonRecord[]).map((s) => resolveSchema(resolver, s)).find((s) => isRecord(s) && s.items)?.valueOf() : undefined);
}

/** Nullable wrappers (`anyOf: [X, {type: null}]`) and allOf parts seen as one object schema. */
function mergeAllOf(resolver: SchemaResolver, schema: JsonRecord): JsonRecord {
  let result = schema;
  const variants = Array.isArray(schema.anyOf) ? (schema.anyOf as unknown[]) : Array.isArray(schema.oneOf) ? (schema.oneOf as unknown[]) : undefined;
  if (variants) {
    const object = variants.map((v) => resolveSchema(resolver, v)).find((v): v is JsonRecord => isRecord(v) && (v.properties !== undefined || v.items !== undefined || v.enum !== undefined));
    if (object) result = { ...object, ...result, anyOf: undefined, oneOf: undefined };
  }
  for (const part of Array.isArray(result.allOf) ? (result.allOf as unknown[]) : []) {
    const resolved = resolveSchema(resolver, part);
    if (!isRecord(resolved)) continue;
    result = {
      ...result,
      properties: { ...(isRecord(result.properties) ? result.properties : {}), ...(isRecord(resolved.properties) ? resolved.properties : {}) },
      required: [...(Array.isArray(result.required) ? (result.required as string[]) : []), ...(Array.isArray(resolved.required) ? (resolved.required as string[]) : [])],
    };
  }
  return result;
}

export type { ContractRegistry };
