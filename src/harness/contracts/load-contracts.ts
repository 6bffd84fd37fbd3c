import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contractCacheDirectory } from './cache-directory';
import { ContractLoadError, type ContractProblem } from './contract-problem';
import type { Ambiguity, Clause, CompiledSchema, FamilyContracts, MessageContract, OperationContract, ProviderStateContract, StateMachine } from './contract-model';
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
  /** Use the content-keyed cache of parsed files and compiled validators (on by default). */
  readonly cache?: boolean;
}

/** Reads a YAML/JSON file relative to the root; a missing file is a problem unless optional. */
type ReadFile = (file: string, optional?: boolean) => JsonRecord | undefined;

const META_SCHEMAS = ['source', 'clauses', 'ambiguities', 'examples-index', 'provider-states'] as const;
type MetaName = (typeof META_SCHEMAS)[number];

/** What is read of a family before any validator exists; behaviour files are checked after. */
interface FamilyDraft {
  readonly family: Family;
  readonly folder: string;
  readonly openApiFile: string;
  readonly openApi: JsonRecord;
  readonly asyncApiFile?: string;
  readonly asyncApi?: JsonRecord;
  readonly operations: Map<string, OperationContract>;
  readonly schemas: Map<string, CompiledSchema>;
  readonly messages: Map<string, MessageContract>;
  readonly providerStatesData?: JsonRecord;
  readonly providerStateSchemas: { name: string; params?: CompiledSchema; returns?: CompiledSchema }[];
}

/**
 * Loads every contract into one registry, in three steps: read and register every document;
 * bind every schema to its validator in one pass (compiled, or taken from the cache); then check
 * the behaviour files, examples and cross-references with those validators. Collects every
 * problem across all files before failing, so that one run shows everything that is wrong.
 */
export function loadContracts(options: LoadContractsOptions): ContractRegistry {
  const started = performance.now();
  const { root } = options;
  const useCache = options.cache !== false;
  const parseCache = useCache ? contractCacheDirectory(root, 'parsed') : undefined;
  const problems: ContractProblem[] = [];
  const compiler = new SchemaCompiler();
  const read: ReadFile = (file, optional = false) => {
    if (!existsSync(join(root, file))) {
      if (!optional) problems.push({ file, pointer: '', message: 'missing' });
      return undefined;
    }
    const result = readDataFile(join(root, file), file, parseCache);
    if (!result.ok) problems.push(result.problem);
    else if (!isRecord(result.data)) problems.push({ file, pointer: '', message: 'must be a mapping at the top level' });
    else return result.data;
    return undefined;
  };

  const meta = new Map<MetaName, CompiledSchema>();
  for (const name of META_SCHEMAS) {
    const file = join('contracts', '_meta', `${name}.schema.json`);
    const document = read(file);
    if (!document || !compiler.registerDocument(document, { file, pointer: '' })) continue;
    const compiled = compiler.compile('', { $ref: String(document.$id) }, { file, pointer: '' });
    if (compiled) meta.set(name, compiled);
  }

  const structure = options.checkStructure === false ? undefined : new DocumentStructureValidator();
  const drafts = (options.families ?? FAMILIES).flatMap((family) => draftFamily(family, read, compiler, structure, problems) ?? []);
  compiler.finalize(useCache ? contractCacheDirectory(root, 'validators') : undefined);
  problems.push(...compiler.problems);
  if (problems.length > 0 || meta.size !== META_SCHEMAS.length) throw new ContractLoadError(problems);

  const families = new Map<Family, FamilyContracts>();
  for (const draft of drafts) families.set(draft.family, completeFamily(draft, options, read, meta, problems));
  if (problems.length > 0) throw new ContractLoadError(problems);
  return new ContractRegistry(families, performance.now() - started, compiler.resolver);
}

function draftFamily(
  family: Family,
  read: ReadFile,
  compiler: SchemaCompiler,
  structure: DocumentStructureValidator | undefined,
  problems: ContractProblem[],
): FamilyDraft | undefined {
  const folder = join('contracts', family);
  const openApiFile = join(folder, 'openapi.yaml');
  const openApi = read(openApiFile);
  if (!openApi) return undefined;
  if (structure) problems.push(...structure.checkOpenApi(openApi, openApiFile));
  problems.push(...danglingRefProblems(openApi, openApiFile));
  const { operations, schemas } = loadOpenApi(family, openApi, openApiFile, compiler, problems);

  let asyncApi: JsonRecord | undefined;
  let messages = new Map<string, MessageContract>();
  const asyncApiFile = join(folder, 'asyncapi.yaml');
  if (FAMILY_INFO[family].hasAsyncApi) {
    asyncApi = read(asyncApiFile);
    if (asyncApi) {
      if (structure) problems.push(...structure.checkAsyncApi(asyncApi, asyncApiFile));
      problems.push(...danglingRefProblems(asyncApi, asyncApiFile));
      messages = loadAsyncApi(family, asyncApi, asyncApiFile, compiler, problems);
    }
  }

  // Provider-state params/returns are schemas too: queue them now, check the file after.
  const providerStatesFile = join(folder, 'provider-states.yaml');
  const providerStatesData = read(providerStatesFile, true);
  const documentId = SchemaCompiler.documentId(family, 'openapi.yaml');
  const providerStateSchemas = Array.isArray(providerStatesData?.states)
    ? (providerStatesData.states as unknown[]).filter(isRecord).map((state, i) => ({
        name: String(state.name),
        ...(optionalCompile(compiler, documentId, state.params, providerStatesFile, `/states/${i}/params`) ?? {}),
        ...(optionalCompile(compiler, documentId, state.returns, providerStatesFile, `/states/${i}/returns`, 'returns') ?? {}),
      }))
    : [];

  return {
    family,
    folder,
    openApiFile,
    openApi,
    ...(asyncApi ? { asyncApiFile, asyncApi } : {}),
    operations,
    schemas,
    messages,
    ...(providerStatesData ? { providerStatesData } : {}),
    providerStateSchemas,
  };
}

function completeFamily(
  draft: FamilyDraft,
  options: LoadContractsOptions,
  read: ReadFile,
  meta: ReadonlyMap<MetaName, CompiledSchema>,
  problems: ContractProblem[],
): FamilyContracts {
  const { family, folder } = draft;
  const familyProblems: ContractProblem[] = [];
  const validator = (name: MetaName) => meta.get(name)!.validate;

  const clausesFile = join(folder, 'clauses.yaml');
  const clausesData = read(clausesFile);
  let clauses: Clause[] = [];
  let stateMachines: StateMachine[] = [];
  if (clausesData && checkAgainstMeta(validator('clauses'), clausesData, clausesFile, familyProblems)) {
    ({ clauses, stateMachines } = readClauses(family, clausesData, clausesFile));
    checkFamilyField(clausesData, family, clausesFile, familyProblems);
  }

  const ambiguities: Ambiguity[] = [];
  for (const name of partFiles(options.root, folder, 'ambiguities')) {
    const file = join(folder, name);
    const data = read(file);
    if (data && checkAgainstMeta(validator('ambiguities'), data, file, familyProblems)) {
      checkFamilyField(data, family, file, familyProblems);
      ambiguities.push(...readAmbiguities(family, data, file));
    }
  }
  if (ambiguities.length === 0 && !familyProblems.some((p) => p.file.includes('ambiguities'))) {
    familyProblems.push({ file: join(folder, 'ambiguities.yaml'), pointer: '', message: "missing: every family records its documents' ambiguities" });
  }
  reportDuplicates([...clauses.map((c) => [c.id, c.location] as const), ...stateMachines.map((m) => [m.id, m.location] as const)], 'clause or state machine', familyProblems);
  reportDuplicates(ambiguities.map((a) => [a.id, a.location] as const), 'ambiguity', familyProblems);

  const providerStates = readProviderStates(draft, validator('provider-states'), familyProblems);
  const examples =
    options.examples === false ? [] : loadExamples(family, options.root, { operations: draft.operations, schemas: draft.schemas, messages: draft.messages }, validator('examples-index'), familyProblems);
  const contracts: FamilyContracts = {
    family,
    openApiFile: draft.openApiFile,
    openApi: draft.openApi,
    ...(draft.asyncApi && draft.asyncApiFile ? { asyncApiFile: draft.asyncApiFile, asyncApi: draft.asyncApi } : {}),
    operations: draft.operations,
    schemas: draft.schemas,
    messages: draft.messages,
    clauses,
    stateMachines,
    ambiguities,
    examples,
    providerStates,
  };
  const examplesFolder = join(options.root, 'fixtures', family, 'examples');
  const fixtureFiles = new Set(existsSync(examplesFolder) ? readdirSync(examplesFolder) : []);
  familyProblems.push(...crossReferenceProblems(contracts, fixtureFiles));
  problems.push(...familyProblems);
  return contracts;
}

/** The provider-state catalogue, checked against its meta-schema; params/returns were compiled earlier. */
function readProviderStates(draft: FamilyDraft, validate: CompiledSchema['validate'], problems: ContractProblem[]): Map<string, ProviderStateContract> {
  const states = new Map<string, ProviderStateContract>();
  const file = join(draft.folder, 'provider-states.yaml');
  if (!draft.providerStatesData || !checkAgainstMeta(validate, draft.providerStatesData, file, problems)) return states;
  checkFamilyField(draft.providerStatesData, draft.family, file, problems);
  (draft.providerStatesData.states as { name: string; description: string; clauses?: string[] }[]).forEach((state, i) => {
    const pointer = `/states/${i}`;
    const compiled = draft.providerStateSchemas[i];
    if (states.has(state.name)) problems.push({ file, pointer: `${pointer}/name`, message: `duplicate provider state "${state.name}"` });
    if (compiled?.params && compiled.returns) {
      states.set(state.name, { family: draft.family, name: state.name, description: state.description, params: compiled.params, returns: compiled.returns, clauses: state.clauses ?? [], location: { file, pointer } });
    }
  });
  return states;
}

function optionalCompile(compiler: SchemaCompiler, documentId: string, schema: unknown, file: string, pointer: string, as: 'params' | 'returns' = 'params'): Partial<Record<'params' | 'returns', CompiledSchema>> | undefined {
  if (!isRecord(schema)) return undefined;
  const compiled = compiler.compile(documentId, schema, { file, pointer });
  return compiled ? { [as]: compiled } : undefined;
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
