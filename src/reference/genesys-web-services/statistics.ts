import type { Handler } from '../http/reference-types';
import { GwsFailure, guarded, notFound, ok } from './envelope';
import type { GwsState, StatisticValue } from './types';

function statisticsOf(state: GwsState, objectId: string): Map<string, StatisticValue[]> {
  const stats = state.statistics.get(objectId);
  if (!stats) throw notFound(`statistics of object ${objectId}`);
  return stats;
}

/** GET /api/v1/stats/{objectId}: the most recent value of each statistic of the object. */
export const getStatsByObjectId: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const objectId = request.params.objectId ?? '';
    const statistics = [...statisticsOf(state, objectId).entries()].flatMap(([statistic, values]) => {
      const latest = values.at(-1);
      return latest ? [{ statistic, value: latest.value, time: latest.time }] : [];
    });
    return ok(request, { objectId, statistics });
  });

/**
 * GET /api/v1/stats/{objectId}/{statisticName}: the most recent values, newest first; one unless
 * numValues says more, within [from, to] when given (gws.pagination.stats-num-values).
 */
export const getStatsByObjectIdByStatisticName: Handler<GwsState> = (request, state) =>
  guarded(request, () => {
    const objectId = request.params.objectId ?? '';
    const name = request.params.statisticName ?? '';
    const values = statisticsOf(state, objectId).get(name);
    if (!values) throw notFound(`statistic ${name} of object ${objectId}`);
    const number = (param: string, least = 0) => {
      const value = request.query.get(param);
      if (value === null) return undefined;
      if (!/^[0-9]+$/.test(value) || Number(value) < least) throw new GwsFailure(2, `${param} must be an integer of at least ${least}`);
      return Number(value);
    };
    const numValues = number('numValues', 1) ?? 1;
    const from = number('from') ?? -Infinity;
    const to = number('to') ?? Infinity;
    const inRange = values.filter((v) => v.time >= from && v.time <= to).reverse();
    // Breaks gws.pagination.stats-num-values: numValues is ignored and every value is returned.
    const limited = request.faults.has('gws-stats-num-values-ignored') ? inRange : inRange.slice(0, numValues);
    return ok(request, { objectId, statistics: [{ statistic: name, values: limited.map((v) => ({ value: v.value, time: v.time })) }] });
  });
