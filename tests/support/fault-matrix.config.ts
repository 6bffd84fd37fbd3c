import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import type { Family } from '../../src/harness/contracts/families';
import type { FaultMatrixProject } from './fault-matrix';

/**
 * The meta-tests' fault matrix (see fault-matrix.ts): per family, a project of the tests that
 * check some fault's clause, each test declared once per fault; profile routing
 * (CC_PROFILE_ROUTING) sends each copy to the reference server with that fault on.
 * Read from the JSON file named by CC_FAULT_MATRIX; not meant to be run by hand.
 */
const matrixFile = process.env.CC_FAULT_MATRIX;
if (!matrixFile) throw new Error('CC_FAULT_MATRIX must name the fault-matrix JSON file written by tests/support/fault-matrix.ts');
const projects = JSON.parse(readFileSync(matrixFile, 'utf8')) as FaultMatrixProject[];
const root = join(__dirname, '..', '..');

export default defineConfig<object, { family: Family }>({
  testDir: join(root, 'suites'),
  fullyParallel: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  globalTimeout: 40 * 60_000,
  reporter: [['json']],
  projects: projects.map((p) => ({ name: p.family, testMatch: `${p.family}/**/*.spec.ts`, grep: new RegExp(p.grep), use: { family: p.family } })),
});
