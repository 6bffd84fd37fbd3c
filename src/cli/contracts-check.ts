/**
 * `npm run contracts:check [-- --family <name>]`: loads every contract the way the harness does
 * (structure, refs, strict compile, clauses, ambiguities, examples), checks every source against
 * the documents when they are present, and prints counts per family.
 */
import { parseArgs } from 'node:util';
import { ContractLoadError, FAMILIES, formatProblem, isFamily, loadContracts, type Family } from '../harness/contracts';
import { SeedDocuments, seedsDirectory } from '../harness/contracts/seed-documents';
import { sourceProblems } from '../harness/contracts/source-check';
import { repoRoot } from '../harness/repo-root';

function main(): number {
  const { values } = parseArgs({ options: { family: { type: 'string', multiple: true } } });
  const requested = values.family ?? [...FAMILIES];
  const unknown = requested.filter((f) => !isFamily(f));
  if (unknown.length > 0) {
    console.error(`unknown family: ${unknown.join(', ')} (known: ${FAMILIES.join(', ')})`);
    return 2;
  }
  const root = repoRoot();
  let registry;
  try {
    registry = loadContracts({ root, families: requested as Family[] });
  } catch (error) {
    if (error instanceof ContractLoadError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(`contracts:check failed: ${error.problems.length} problem(s)`);
      return 1;
    }
    throw error;
  }

  const seedsDir = seedsDirectory(root);
  if (seedsDir) {
    const problems = sourceProblems(registry, new SeedDocuments(seedsDir));
    if (problems.length > 0) {
      for (const problem of problems) console.error(formatProblem(problem));
      console.error(`contracts:check failed: ${problems.length} source(s) not found in the documents`);
      return 1;
    }
  }

  const rows = [...registry.families.values()].map((c) => ({
    family: c.family,
    operations: c.operations.size,
    schemas: c.schemas.size,
    messages: c.messages.size,
    clauses: c.clauses.length,
    'state machines': c.stateMachines.length,
    transitions: c.stateMachines.reduce((n, m) => n + m.transitions.length, 0),
    ambiguities: c.ambiguities.length,
    examples: c.examples.length,
  }));
  console.table(rows);
  console.log(`full check (structure, examples, compile) in ${registry.loadMillis.toFixed(0)} ms`);
  // What a harness worker pays at start-up: parse, register, bind validators (from the cache now filled).
  const startup = loadContracts({ root, families: requested as Family[], checkStructure: false, examples: false });
  console.log(`harness start-up load of the same contracts: ${startup.loadMillis.toFixed(0)} ms`);
  console.log(seedsDir ? `every source checked against the documents in ${seedsDir}` : 'documents not found (../shared/seeds or CC_SEEDS_DIR): sources not checked');
  return 0;
}

process.exitCode = main();
