import type { IncomingHttpHeaders, Server } from 'node:http';
import type { Family, OperationContract } from '../../harness/contracts';
import type { FaultSet } from '../faults/fault-catalogue';

/** Who is calling: resolved from the credentials, never from anything the caller claims. */
export interface Principal {
  readonly username: string;
  readonly role: string;
}

export interface ReferenceRequest {
  readonly operation: OperationContract;
  readonly method: string;
  /** Path parameters, decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when there was none. */
  readonly body: unknown;
  readonly principal: Principal;
  readonly faults: FaultSet;
  /** The raw request target (path and query), for links such as nextPath. */
  readonly url: URL;
}

export interface ReferenceResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Handler<S> = (request: ReferenceRequest, state: S) => ReferenceResponse | Promise<ReferenceResponse>;

/** A request with a method the contract does not give its path: no operation, the path template instead. */
export interface UndocumentedRequest extends Omit<ReferenceRequest, 'operation'> {
  /** The contract's path (template) the URL falls under; `params` are its parameters. */
  readonly path: string;
}

export type UndocumentedHandler<S> = (request: UndocumentedRequest, state: S) => ReferenceResponse | Promise<ReferenceResponse>;

/** Pact-style provider state: prepares data and returns the ids it created. */
export type ProviderStateHandler<S> = (params: Readonly<Record<string, unknown>>, state: S) => Record<string, unknown> | Promise<Record<string, unknown>>;

export interface ProviderStateDefinition<S> {
  readonly description: string;
  readonly setup: ProviderStateHandler<S>;
}

/** Services a family implementation may use; owned by the reference target. */
export interface ReferenceServices {
  readonly faults: FaultSet;
  /** Delivers webhooks (Dixa) to loopback subscribers. */
  deliverWebhook(url: string, headers: Record<string, string>, payload: unknown): Promise<{ status: number } | { error: string }>;
  /** The base URL this family is served on. */
  readonly baseUrl: () => string;
}

/** What a family of the reference target provides; the server supplies HTTP, auth and routing. */
export interface FamilyImplementation<S> {
  readonly family: Family;
  /** `basic` for GWS and GIR, `bearer` for Genesys Cloud and Dixa. */
  readonly authScheme: 'basic' | 'bearer';
  createState(services: ReferenceServices): S;
  /** operationId → handler; every operation of the contract must have one. */
  readonly handlers: Readonly<Record<string, Handler<S>>>;
  readonly providerStates: Readonly<Record<string, ProviderStateDefinition<S>>>;
  /**
   * Optional hook for faults that bend authentication or authorization (which the server does,
   * not the handlers): `accept-missing-credentials` lets a request with no Authorization header
   * through as `principal`, `accept-invalid-credentials` one with wrong credentials;
   * `skip-role-check` ignores the operation's x-roles. Undefined = normal rules.
   */
  authorizationFault?(
    operation: OperationContract,
    faults: FaultSet,
  ): { readonly kind: 'accept-missing-credentials' | 'accept-invalid-credentials'; readonly principal: Principal } | { readonly kind: 'skip-role-check' } | undefined;
  /**
   * Optional hook for faults that let a request body that is not valid JSON through to the
   * operation's handler (as its text), which the server otherwise refuses with 400. Undefined or
   * false = normal rules.
   */
  unparsableBodyFault?(operation: OperationContract, faults: FaultSet): boolean;
  /**
   * Optional hook for faults that serve a method the contract does not give a path (POST on a
   * read-only resource, say), which the server otherwise refuses with 405: the handler that
   * serves it (after authentication), or undefined for the 405. `path` is the contract's path
   * template the URL falls under.
   */
  undocumentedMethodFault?(method: string, path: string, faults: FaultSet): UndocumentedHandler<S> | undefined;
  /** The family's error body for a status (GWS envelope, Dixa error, ...); `faults` for the faults that bend it. */
  errorBody(status: number, message: string, faults?: FaultSet): unknown;
  /** Optional: attach extra protocol endpoints (GWS: the CometD server) to the HTTP server. */
  attach?(server: Server, state: S): void;
  /** Optional: release what `attach` or `createState` opened. */
  close?(state: S): Promise<void>;
}
