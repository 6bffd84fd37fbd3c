import { expect, test } from '@playwright/test';
import { withoutFullGroups } from '../../src/harness/arbitraries/exclusive-members';

/** Mutually exclusive members (query parameters, `not: {required}` in a schema) never all present. */
test('the last optional member of a group present in full is dropped; partial groups and required members stay', () => {
  expect(withoutFullGroups({ email: 'a', phone: 'b', x: 1 }, [['email', 'phone']], [])).toEqual({ email: 'a', x: 1 });
  expect(withoutFullGroups({ email: 'a', phone: 'b' }, [['email', 'phone']], ['phone'])).toEqual({ phone: 'b' });
  expect(withoutFullGroups({ email: 'a' }, [['email', 'phone']], [])).toEqual({ email: 'a' });
  expect(withoutFullGroups({ a: 1, b: 2 }, [['a', 'b']], ['a', 'b'])).toEqual({ a: 1, b: 2 });
  expect(withoutFullGroups({ flowId: 'f', queueId: 'q', x: 0 }, [['flowId', 'queueId'], ['x', 'flowId']], [])).toEqual({ x: 0 });
});
