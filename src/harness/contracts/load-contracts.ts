import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { ContractLoadError, type ContractProblem } from './contract-problem';
import type { Ambiguity, Clause, FamilyContracts, MessageContract, ProviderStateContract, StateMachine } from './contract-model';
import { ContractRegistry } from './contract-registry';
import { crossReferenceProblems } from './cross-references';
import { DocumentStructureValidator } from './document-structure';
import { FAMILIES, FAMILY_INFO, type Family } from './families';
import { isRecord, type JsonRecord } from './is-record';
import { loadAsyncApi } from './load-asyncapi';
import { checkAgainstMeta, readAmbiguities, readClauses } from './load-behaviour';
import { loadExamples } from './load-examples';
import { loadOpenApi } from './load-openapi';
import { danglingRefProblems } from './local-refs';
import { readDataFile } from './read-data-file';
import { SchemaCompiler } from './schema-compiler';

export interface LoadContractsOptions {
  /** Repository root (the folder holding `contracts/` and `fixtures/`). */
  readonly root: string;
  /** Families to load; all by default. */
  readonly families?: readonly Family[];
  /** Check whole documents against the OpenAPI/AsyncAPI meta-schemas (costs ~0.5 s; on by default). */
  readonly checkStructure?: boolean;
  /** Load and validate the document examples under fixtures/ (on by default). */
  readonly examples?: boolean;
}

interface MetaValidators {
  providerStates: ValidateFunction;
  clauses: ValidateFunction;
  ambiguities: ValidateFunction;
  examplesIndex: ValidateFunction;
}

/**
 * Loads every contract into one registry. Collects every problem across all files before
 * failing, so that one run shows everything that is wrong; throws ContractLoadError if any.
 */
export function loadContracts(options: LoadContractsOptions): ContractRegistry {
  const started = performance.now();
  const problems: ContractProblem[] = [];
  const compiler = new SchemaCompiler();
  const meta = compileMetaSchemas(options.root, compiler, problems);
  const structure = options.checkStructure === false ? undefined : new DocumentStructureValidator();
  const families = new Map<Family, FamilyContracts>();
  for (const family of options.families ?? FAMILIES) {
    const contracts = meta && loadFamily(family, options, compiler, meta, structure, problems);
    if (contracts) families.set(family, contracts);
  }
  problems.push(...compiler.problems);
  if (problems.length > 0) throw new ContractLoadError(problems);
  return new ContractRegistry(families, performance.now() - started, compiler.ajv);
}

function compileMetaSchemas(root: string, compiler: SchemaCompiler, problems: ContractProblem[]): MetaValidators | undefined {
  const folder = join('contracts', '_meta');
  const read = (name: string): JsonRecord | undefined => {
    const result = readDataFile(join(root, folder, name), join(folder, name));
    if (!result.ok) problems.push(result.problem);
    return result.ok && isRecord(result.data) ? result.data : undefined;
  };
  const source = read('source.schema.json');
  const clauses = read('clauses.schema.json');
  const ambiguities = read('ambiguities.schema.json');
  const examplesIndex = read('examples-index.schema.json');
  const providerStates = read('provider-states.schema.json');
  if (!source || !clauses || !ambiguities || !examplesIndex || !providerStates) return undefined;
  try {
    compiler.ajv.addSchema(source);
    return { providerStates: compiler.ajv.compile(providerStates), clauses: compiler.ajv.compile(clauses), ambiguities: compiler.ajv.compile(ambiguities), examplesIndex: compiler.ajv.compile(examplesIndex) };
  } catch (error) {
    problems.push({ file: folder, pointer: '', message: `meta-schemas do not compile: ${(error as Error).message}` });
    return undefined;
  }
}

function loadFamily(
  family: Family,
  options: LoadContractsOptions,
  compiler: SchemaCompiler,
  meta: MetaValidators,
  structure: DocumentStructureValidator | undefined,
  problems: ContractProblem[],
): FamilyContracts | undefined {
  const { root } = options;
  const folder = join('contracts', family);
  const readRequired = (name: string): JsonRecord | undefined => {
    const file = join(folder, name);
    if (!existsSync(join(root, file))) {
      problems.push({ file, pointer: '', message: 'missing' });
      return undefined;
    }
    const result = readDataFile(join(root, file), file);
    if (!result.ok) problems.push(result.problem);
    else if (!isRecord(result.data)) problems.push({ file, pointer: '', message: 'must be a mapping at the top level' });
    else return result.data;
    return undefined;
  };

  const openApiFile = join(folder, 'openapi.yaml');
  const openApi = readRequired('openapi.yaml');
  if (!openApi) return undefined;
  const familyProblems: ContractProblem[] = [];
  if (structure) familyProblems.push(...structure.checkOpenApi(openApi, openApiFile));
  familyProblems.push(...danglingRefProblems(openApi, openApiFile));
  const { operations, schemas } = loadOpenApi(family, openApi, openApiFile, compiler, familyProblems);

  let asyncApi: JsonRecord | undefined;
  const asyncApiFile = join(folder, 'asyncapi.yaml');
  let messages = new Map<string, MessageContract>();
  if (FAMILY_INFO[family].hasAsyncApi) {
    asyncApi = readRequired('asyncapi.yaml');
    if (asyncApi) {
      if (structure) familyProblems.push(...structure.checkAsyncApi(asyncApi, asyncApiFile));
      familyProblems.push(...danglingRefProblems(asyncApi, asyncApiFile));
      messages = loadAsyncApi(family, asyncApi, asyncApiFile, compiler, familyProblems);
    }
  }

  const clausesFile = join(folder, 'clauses.yaml');
  const clausesData = readRequired('clauses.yaml');
  let clauses: Clause[] = [];
  let stateMachines: StateMachine[] = [];
  if (clausesData && checkAgainstMeta(meta.clauses, clausesData, clausesFile, familyProblems)) {
    ({ clauses, stateMachines } = readClauses(family, clausesData, clausesFile));
    checkFamilyField(clausesData, family, clausesFile, familyProblems);
  }

  const ambiguities: Ambiguity[] = [];
  for (const name of partFiles(root, folder, 'ambiguities')) {
    const file = join(folder, name);
    const data = readRequired(name);
    if (data && checkAgainstMeta(meta.ambiguities, data, file, familyProblems)) {
      checkFamilyField(data, family, file, familyProblems);
      ambiguities.push(...readAmbiguities(family, data, file));
    }
  }
  if (ambiguities.length === 0 && !familyProblems.some((p) => p.file.includes('ambiguities'))) {
    familyProblems.push({ file: join(folder, 'ambiguities.yaml'), pointer: '', message: 'missing: every family records its documents\' ambiguities' });
  }

  reportDuplicates([...clauses.map((c) => [c.id, c.location] as const), ...stateMachines.map((m) => [m.id, m.location] as const)], 'clause or state machine', familyProblems);
  reportDuplicates(ambiguities.map((a) => [a.id, a.location] as const), 'ambiguity', familyProblems);

  const providerStates = loadProviderStates(family, root, folder, compiler, meta.providerStates, familyProblems);
  const examples = options.examples === false ? [] : loadExamples(family, root, { operations, schemas, messages }, meta.examplesIndex, familyProblems);
  const contracts: FamilyContracts = {
    family,
    openApiFile,
    ...(asyncApi ? { asyncApiFile, asyncApi } : {}),
    openApi,
    operations,
    schemas,
    messages,
    clauses,
    stateMachines,
    ambiguities,
    examples,
    providerStates,
  };
  familyProblems.push(...crossReferenceProblems(contracts));
  problems.push(...familyProblems);
  return contracts;
}

/** Reads the optional provider-state catalogue; each state's params and returns are compiled schemas. */
function loadProviderStates(
  family: Family,
  root: string,
  folder: string,
  compiler: SchemaCompiler,
  validate: ValidateFunction,
  problems: ContractProblem[],
): Map<string, ProviderStateContract> {
  const states = new Map<string, ProviderStateContract>();
  const file = join(folder, 'provider-states.yaml');
  if (!existsSync(join(root, file))) return states;
  const read = readDataFile(join(root, file), file);
  if (!read.ok) {
    problems.push(read.problem);
    return states;
  }
  if (!checkAgainstMeta(validate, read.data, file, problems)) return states;
  const documentId = SchemaCompiler.documentId(family, 'openapi.yaml');
  ((read.data as JsonRecord).states as { name: string; description: string; params: unknown; returns: unknown; clauses?: string[] }[]).forEach((state, i) => {
    const pointer = `/states/${i}`;
    if (states.has(state.name)) problems.push({ file, pointer: `${pointer}/name`, message: `duplicate provider state "${state.name}"` });
    const params = compiler.compile(documentId, state.params, { file, pointer: `${pointer}/params` });
    const returns = compiler.compile(documentId, state.returns, { file, pointer: `${pointer}/returns` });
    if (params && returns) states.set(state.name, { family, name: state.name, description: state.description, params, returns, clauses: state.clauses ?? [], location: { file, pointer } });
  });
  return states;
}

/** `<stem>.yaml` followed by any `<stem>.<part>.yaml`: large files may be split by topic. */
function partFiles(root: string, folder: string, stem: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  const pattern = new RegExp(`^${stem}(\\.[a-z0-9-]+)?\\.yaml$`);
  const names = readdirSync(join(root, folder)).filter((name) => pattern.test(name));
  return names.sort((a, b) => a.length - b.length || a.localeCompare(b));
}

function checkFamilyField(data: JsonRecord, family: Family, file: string, problems: ContractProblem[]): void {
  if (data.family !== family) problems.push({ file, pointer: '/family', message: `must be "${family}" (the folder it is in)` });
}

function reportDuplicates(entries: readonly (readonly [string, { file: string; pointer: string }])[], what: string, problems: ContractProblem[]): void {
  const first = new Map<string, { file: string; pointer: string }>();
  for (const [id, location] of entries) {
    const earlier = first.get(id);
    if (earlier) problems.push({ ...location, message: `duplicate ${what} id "${id}" (first at ${earlier.file}#${earlier.pointer})` });
    else first.set(id, location);
  }
}

