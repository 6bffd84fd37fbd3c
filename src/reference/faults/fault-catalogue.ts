import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Family } from '../../harness/contracts';

/** One switchable defect of the reference target; it breaks exactly the clause it names. */
export interface Fault {
  readonly id: string;
  readonly family: Family;
  readonly clause: string;
  readonly description: string;
  /**
   * The operations (operationIds) whose answers the fault bends, when it bends only some: the
   * meta-tests then rerun only the tests that called one of them. Absent = it may touch any.
   */
  readonly operations?: readonly string[];
}

/** The fault catalogue: every `src/reference/faults/*.yaml` (one file per family). */
export function loadFaultCatalogue(folder = __dirname): Fault[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const data = parse(readFileSync(join(folder, name), 'utf8')) as { faults?: Fault[] } | null;
      return data?.faults ?? [];
    });
}

/** The faults switched on for one run of the reference target. */
export class FaultSet {
  private readonly active: ReadonlySet<string>;

  constructor(ids: Iterable<string>, catalogue: readonly Fault[]) {
    const known = new Set(catalogue.map((f) => f.id));
    const requested = [...ids];
    const unknown = requested.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Error(`unknown fault(s): ${unknown.join(', ')}; see src/reference/faults/*.yaml`);
    this.active = new Set(requested);
  }

  static none(): FaultSet {
    return new FaultSet([], []);
  }

  /** Whether a fault is on. Handlers ask this at the one place where the fault bends behaviour. */
  has(id: string): boolean {
    return this.active.has(id);
  }

  get ids(): string[] {
    return [...this.active];
  }
}

/** Parses `CC_REFERENCE_FAULTS` (comma separated). */
export function faultIdsFromEnvironment(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
