import { expect, test } from '@playwright/test';
import { ContractLoadError, loadContracts, type ContractProblem } from '../../src/harness/contracts';
import { minimalDixaContracts, writeSandbox } from '../support/contract-sandbox';

type Files = ReturnType<typeof minimalDixaContracts>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Loads a sandbox after `breakIt` changed it; returns the problems (none means it loaded). */
function problemsAfter(breakIt: (files: Files) => void): ContractProblem[] {
  const files = minimalDixaContracts();
  breakIt(files);
  const sandbox = writeSandbox(files);
  try {
    loadContracts({ root: sandbox.root, families: ['dixa'] });
    return [];
  } catch (error) {
    if (error instanceof ContractLoadError) return [...error.problems];
    throw error;
  } finally {
    sandbox.dispose();
  }
}

const openapi = (files: Files) => files['contracts/dixa/openapi.yaml'] as Json;

test.describe('contract loader: every defect is named by file and JSON pointer', () => {
  test('the minimal contract set loads', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  test('a dangling $ref', () => {
    const problems = problemsAfter((f) => {
      openapi(f).paths['/v1/agents/{agentId}'].get.responses['200'].content['application/json'].schema.$ref = '#/components/schemas/Agnet';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'contracts/dixa/openapi.yaml',
        pointer: '/paths/~1v1~1agents~1{agentId}/get/responses/200/content/application~1json/schema/$ref',
        message: expect.stringContaining('dangling $ref "#/components/schemas/Agnet"'),
      }),
    );
  });

  test('an unknown schema keyword', () => {
    const problems = problemsAfter((f) => {
      openapi(f).components.schemas.Agent.properties.displayName.maxLenght = 5;
    });
    expect(problems).toContainEqual({
      file: 'contracts/dixa/openapi.yaml',
      pointer: '/components/schemas/Agent/properties/displayName/maxLenght',
      message: 'unknown schema keyword "maxLenght"',
    });
  });

  test('a duplicate operationId', () => {
    const problems = problemsAfter((f) => {
      const paths = openapi(f).paths;
      paths['/v1/agents/{agentId}'].put = { ...paths['/v1/agents/{agentId}'].get };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ pointer: '/paths/~1v1~1agents~1{agentId}/put/operationId', message: expect.stringContaining('duplicate operationId "getAgentsByAgentId"') }),
    );
  });

  test('invalid OpenAPI structure', () => {
    const problems = problemsAfter((f) => {
      openapi(f).paths['/v1/agents/{agentId}'].get.parameters[0].in = 'body';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'contracts/dixa/openapi.yaml', pointer: expect.stringContaining('/paths/~1v1~1agents~1{agentId}/get/parameters/0'), message: expect.stringContaining('OpenAPI 3.1') }),
    );
  });

  test('invalid AsyncAPI structure', () => {
    const problems = problemsAfter((f) => {
      (f['contracts/dixa/asyncapi.yaml'] as Json).channels.ConversationCreated.subscribe.bogus = true;
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'contracts/dixa/asyncapi.yaml', message: expect.stringContaining('AsyncAPI 2.6') }));
  });

  test('a YAML syntax error names the line', () => {
    const problems = problemsAfter((f) => {
      f['contracts/dixa/clauses.yaml'] = 'family: dixa\nclauses:\n  - id: [unclosed\n';
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'contracts/dixa/clauses.yaml', message: expect.stringMatching(/not valid YAML at line \d+/) }));
  });

  test('a clause with a bad level and an unknown operation', () => {
    const problems = problemsAfter((f) => {
      const clause = (f['contracts/dixa/clauses.yaml'] as Json).clauses[0];
      clause.operations = ['getAgent'];
      (f['contracts/dixa/clauses.yaml'] as Json).clauses.push({ ...clause, id: 'dixa.second', level: 'MUSTNT' });
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'contracts/dixa/clauses.yaml', pointer: '/clauses/1/level' }));
  });

  test('a clause naming an operation that does not exist', () => {
    const problems = problemsAfter((f) => {
      (f['contracts/dixa/clauses.yaml'] as Json).clauses[0].operations = ['getAgent'];
    });
    expect(problems).toContainEqual({ file: 'contracts/dixa/clauses.yaml', pointer: '/clauses/0/operations/0', message: 'unknown operation "getAgent"' });
  });

  test('a duplicate clause id', () => {
    const problems = problemsAfter((f) => {
      const clauses = (f['contracts/dixa/clauses.yaml'] as Json).clauses;
      clauses.push({ ...clauses[0] });
    });
    expect(problems).toContainEqual(expect.objectContaining({ pointer: '/clauses/1', message: expect.stringContaining('duplicate clause or state machine id "dixa.agents.get-by-id"') }));
  });

  test('an operation without x-source', () => {
    const problems = problemsAfter((f) => {
      delete openapi(f).paths['/v1/agents/{agentId}'].get['x-source'];
    });
    expect(problems).toContainEqual(expect.objectContaining({ pointer: '/paths/~1v1~1agents~1{agentId}/get/x-source' }));
  });

  test('an ambiguity decision outside strict/lenient/warn', () => {
    const problems = problemsAfter((f) => {
      (f['contracts/dixa/ambiguities.yaml'] as Json).ambiguities[0].decision = 'ignore';
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'contracts/dixa/ambiguities.yaml', pointer: '/ambiguities/0/decision' }));
  });

  test('an example that does not match its schema points into the example', () => {
    const problems = problemsAfter((f) => {
      f['fixtures/dixa/examples/agent.json'] = { id: 'not-a-uuid', displayName: 'AB' };
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'fixtures/dixa/examples/agent.json', pointer: '/id', message: expect.stringContaining('format') }));
  });

  test('a repaired example must name its ambiguity', () => {
    const problems = problemsAfter((f) => {
      (f['fixtures/dixa/examples/index.yaml'] as Json).examples[0].repair = 'fixed a typo';
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'fixtures/dixa/examples/index.yaml', pointer: '/examples/0' }));
  });

  test('an undeclared path parameter', () => {
    const problems = problemsAfter((f) => {
      openapi(f).paths['/v1/agents/{agentId}'].get.parameters = [];
    });
    expect(problems).toContainEqual(expect.objectContaining({ message: 'path parameter {agentId} is not declared' }));
  });
});
