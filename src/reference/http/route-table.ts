import type { OperationContract } from '../../harness/contracts';

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly operation: OperationContract;
  /** Literal characters in the template: more literal routes win (`/me/calls` before `/me/{x}`). */
  readonly specificity: number;
}

export interface RouteMatch {
  readonly operation: OperationContract;
  readonly params: Record<string, string>;
}

/** Routes requests to contract operations by method and path template. */
export class RouteTable {
  private readonly routes: Route[];

  constructor(operations: Iterable<OperationContract>) {
    this.routes = [...operations]
      .map((operation) => {
        const names: string[] = [];
        const source = operation.path
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const match = /^\{([^}]+)\}$/.exec(part);
            if (match?.[1]) {
              names.push(match[1]);
              return '([^/]+)';
            }
            return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          })
          .join('');
        return { method: operation.method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), names, operation, specificity: operation.path.replace(/\{[^}]+\}/g, '').length };
      })
      .sort((a, b) => b.specificity - a.specificity);
  }

  /**
   * The operation a request calls. A path without parameters takes its URLs before any template
   * ("concrete (non-templated) paths would be matched before their templated counterparts",
   * OpenAPI 3.1, Paths Object): a method it lacks is not allowed there, not another path's
   * (POST /settings/reporting is not POST /settings/{group-name}).
   */
  match(method: string, pathname: string): RouteMatch | 'method-not-allowed' | undefined {
    let pathMatched = false;
    let concrete = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      if (concrete && route.names.length > 0) break;
      pathMatched = true;
      concrete ||= route.names.length === 0;
      if (route.method !== method) continue;
      return { operation: route.operation, params: paramsOf(route, found) };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }

  /** The contract path (template) that takes a URL, whatever the method, with its parameters; undefined when none does. */
  resource(pathname: string): { readonly path: string; readonly params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (found) return { path: route.operation.path, params: paramsOf(route, found) };
    }
    return undefined;
  }
}

function paramsOf(route: Route, found: RegExpExecArray): Record<string, string> {
  const params: Record<string, string> = {};
  route.names.forEach((name, i) => {
    params[name] = decodeURIComponent(found[i + 1] ?? '');
  });
  return params;
}
