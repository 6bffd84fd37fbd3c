import type { Family, OperationContract } from '../../src/harness/contracts';
import { contractsForCollection } from '../../src/harness/contracts/collection-contracts';
import { checkClause } from '../../src/harness/checks/clause-check';
import { contentTypeDocumented, responseSchemaConformance, statusCodeDocumented, type CheckOutcome } from '../../src/harness/checks/response-checks';
import type { CheckCatalogue } from '../../src/harness/checks/check-catalogue';
import type { Exchange } from '../../src/harness/http/exchange';
import { parameterText, simplestValue } from '../../src/harness/schema/simplest-value';
import { expect, test } from '../../src/harness/test';

/**
 * The first conformance suite: every read operation of a family, called with existing ids by
 * each role the profile has, without credentials and with wrong ones; every response checked
 * against the contract (status documented, content type, body schema) and the auth rules.
 */
export function defineReadOperationSuite(family: Family): void {
  const contracts = contractsForCollection(family);
  const reads = contracts.operations(family).filter((o) => o.method === 'get');

  test.describe(`${family} read operations`, () => {

    for (const operation of reads) {
      test(`${operation.operationId}: GET ${operation.path}`, { tag: ['@read', `@${family}`] }, async ({ api, contracts, checks, readPathParameters, target }) => {
        if ('unavailable' in readPathParameters) test.skip(true, readPathParameters.unavailable);
        const request = readRequest(operation, readPathParameters, contracts.resolver);
        test.skip(typeof request === 'string', typeof request === 'string' ? request : '');
        const { path, query } = request as Exclude<typeof request, string>;

        const permitted = Object.keys(target.credentials).filter((role) => !operation.roles || operation.roles.includes(role));
        const forbidden = Object.keys(target.credentials).filter((role) => !permitted.includes(role));
        for (const role of permitted) {
          const exchange = await api.send({ method: 'GET', path, query, as: role, operationId: operation.operationId });
          await responseChecks(checks, contracts, operation, exchange);
          await clauseOf(checks, 'existing_resource_readable', operation, () => {
            const status = exchange.response?.status ?? 0;
            expect(status >= 200 && status < 300, `${role} reading an existing resource got ${status}: ${exchange.response?.bodyText.slice(0, 300) ?? exchange.error ?? ''}`).toBe(true);
          });
        }
        for (const role of forbidden) {
          const exchange = await api.send({ method: 'GET', path, query, as: role, operationId: operation.operationId });
          await clauseOf(checks, 'forbidden_role_rejected', operation, () => expect(exchange.response?.status, `${role} is not among ${operation.roles?.join(', ') ?? ''}`).toBe(403));
          await responseChecks(checks, contracts, operation, exchange);
        }
        const anonymous = await api.send({ method: 'GET', path, query, as: 'anonymous', operationId: operation.operationId });
        await clauseOf(checks, 'missing_credentials_rejected', operation, () => expect(anonymous.response?.status, 'no credentials').toBe(401));
        await responseChecks(checks, contracts, operation, anonymous);
        const role = permitted[0] ?? forbidden[0];
        if (role) {
          const spoiled = await api.send({ method: 'GET', path, query, as: role, spoilCredentials: true, operationId: operation.operationId });
          await clauseOf(checks, 'invalid_credentials_rejected', operation, () => expect(spoiled.response?.status, 'wrong credentials').toBe(401));
        }
      });
    }
  });
}

async function responseChecks(checks: CheckCatalogue, contracts: Parameters<typeof statusCodeDocumented>[0], operation: OperationContract, exchange: Exchange): Promise<void> {
  const outcome = (result: CheckOutcome) => expect(result.ok ? 'ok' : result.reason).toBe('ok');
  await clauseOf(checks, 'status_code_documented', operation, () => outcome(statusCodeDocumented(contracts, operation, exchange)));
  await clauseOf(checks, 'content_type_documented', operation, () => outcome(contentTypeDocumented(contracts, operation, exchange)));
  await clauseOf(checks, 'response_schema_conformance', operation, () => outcome(responseSchemaConformance(contracts, operation, exchange)));
}

/** Runs a catalogue check under its clause; a family not held to the check records why. */
async function clauseOf(checks: CheckCatalogue, checkId: string, operation: OperationContract, assertions: () => void | Promise<void>): Promise<void> {
  const family = operation.family;
  const clause = checks.clauseFor(checkId, family, operation.operationId);
  if (!clause) {
    const info = test.info();
    if (!info.annotations.some((a) => a.type === 'not-applicable' && a.description?.startsWith(checkId))) {
      info.annotations.push({ type: 'not-applicable', description: `${checkId}: no clause of ${family} states it` });
    }
    return;
  }
  await checkClause(clause, assertions);
}

/** The path and query of a read, or the reason it cannot be built. */
function readRequest(operation: OperationContract, pathParameters: Readonly<Record<string, string>>, resolver: Parameters<typeof simplestValue>[0]): { path: string; query: Record<string, string> } | string {
  let path = operation.path;
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') {
      const value = pathParameters[parameter.name];
      if (value === undefined) return `no value for path parameter {${parameter.name}}: neither the profile's pathParameters nor the read provider state gives one`;
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
    } else if (parameter.in === 'query' && parameter.required) {
      const value = simplestValue(resolver, parameter.schema, (v) => parameter.validate(v));
      if (value === undefined) return `no plain valid value for required query parameter ${parameter.name}`;
      query[parameter.name] = parameterText(value);
    }
  }
  return { path, query };
}
