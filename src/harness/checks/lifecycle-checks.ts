import { bodyStatusCode, describeResponse, fail, PASS, type CheckContext, type ExchangeCheck } from './exchange-check';
import { FAMILY_CONVENTIONS } from './family-conventions';

function succeeded(context: CheckContext): boolean {
  const status = context.exchange.response?.status ?? 0;
  const code = bodyStatusCode(context.exchange);
  return status >= 200 && status < 300 && (code === undefined || code === 0 || !FAMILY_CONVENTIONS[context.operation.family].statusCodeEnvelope);
}

/** created_resource_readable: after a successful create, a GET of the new resource answers 2xx. */
export const createdResourceReadable: ExchangeCheck = (context) => {
  const read = context.followUps?.read;
  if (context.sent.kind !== 'valid' || context.sent.caller !== 'permitted' || !succeeded(context) || !read) return undefined;
  const status = read.response?.status ?? 0;
  return status >= 200 && status < 300 ? PASS : fail(`the resource created as ${context.followUps?.resourceId ?? '?'} cannot be read back: ${read.request.method} ${read.request.url} answered ${describeResponse(read)}`);
};

/** deleted_resource_gone: after a successful delete, a GET of the resource answers 404 (GWS: or statusCode 6). */
export const deletedResourceGone: ExchangeCheck = (context) => {
  const read = context.followUps?.read;
  if (context.sent.kind !== 'valid' || context.sent.caller !== 'permitted' || !succeeded(context) || !read) return undefined;
  const code = bodyStatusCode(read);
  const gone = read.response?.status === 404 || (code !== undefined && FAMILY_CONVENTIONS[context.operation.family].notFoundStatusCodes.includes(code));
  return gone ? PASS : fail(`the deleted resource ${context.followUps?.resourceId ?? '?'} is still there: ${read.request.method} ${read.request.url} answered ${describeResponse(read)}`);
};

/** deleted_resource_unlisted: after a successful delete, the collection no longer lists the resource. */
export const deletedResourceUnlisted: ExchangeCheck = (context) => {
  const list = context.followUps?.list;
  const id = context.followUps?.resourceId;
  if (context.sent.kind !== 'valid' || context.sent.caller !== 'permitted' || !succeeded(context) || !list || !id) return undefined;
  const status = list.response?.status ?? 0;
  if (status < 200 || status >= 300) return undefined;
  return list.response?.bodyText.includes(id) ? fail(`the deleted resource ${id} is still listed by ${list.request.method} ${list.request.url}`) : PASS;
};
