import { describeResponse, fail, PASS, type ExchangeCheck } from './exchange-check';

/** missing_credentials_rejected: a request without credentials gets 401. */
export const missingCredentialsRejected: ExchangeCheck = (context) => {
  if (context.sent.caller !== 'anonymous') return undefined;
  const status = context.exchange.response?.status;
  return status === 401 ? PASS : fail(`a request without credentials got ${describeResponse(context.exchange)} instead of 401`);
};

/** invalid_credentials_rejected: a request with wrong credentials gets 401. */
export const invalidCredentialsRejected: ExchangeCheck = (context) => {
  if (context.sent.caller !== 'spoiled') return undefined;
  const status = context.exchange.response?.status;
  return status === 401 ? PASS : fail(`a request with wrong credentials got ${describeResponse(context.exchange)} instead of 401`);
};

/** forbidden_role_rejected: a role the operation does not permit gets 403. */
export const forbiddenRoleRejected: ExchangeCheck = (context) => {
  if (context.sent.caller !== 'forbidden') return undefined;
  const status = context.exchange.response?.status;
  return status === 403 ? PASS : fail(`a role the operation does not permit (${context.exchange.role ?? '?'}; permitted: ${context.operation.roles?.join(', ') ?? 'any'}) got ${describeResponse(context.exchange)} instead of 403`);
};
