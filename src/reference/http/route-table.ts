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

  match(method: string, pathname: string): RouteMatch | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1] ?? '');
      });
      return { operation: route.operation, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}
