import { expect, test } from '@playwright/test';
import { Redactor } from '../../src/harness/http/redactor';

test.describe('redaction of secrets', () => {
  const redactor = new Redactor(['s3cr3t-password', 'tok-abcdef', Buffer.from('u:s3cr3t-password').toString('base64')]);

  test('secret headers keep their scheme and lose their value', () => {
    const headers = redactor.headers({ Authorization: 'Basic dTpzM2NyM3QtcGFzc3dvcmQ=', 'Content-Type': 'application/json', Cookie: 'session=abc' });
    expect(headers).toEqual({ authorization: 'Basic <redacted>', 'content-type': 'application/json', cookie: '<redacted>' });
  });

  test('a secret is masked wherever it appears: URLs, bodies, nested JSON', () => {
    expect(redactor.text('https://x.example.com/?token=tok-abcdef&a=1')).toBe('https://x.example.com/?token=<redacted>&a=1');
    expect(redactor.json({ nested: [{ password: 's3cr3t-password' }], ok: 1 })).toEqual({ nested: [{ password: '<redacted>' }], ok: 1 });
  });

  test('short values are not treated as secrets (they would mask ordinary text)', () => {
    expect(new Redactor(['ab']).text('a table')).toBe('a table');
  });
});
