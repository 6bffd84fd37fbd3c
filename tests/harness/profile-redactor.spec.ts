import { expect, test } from '@playwright/test';
import { profileRedactor } from '../../src/harness/fixtures/profile-resources';
import type { TargetProfile } from '../../src/harness/profile/target-profile';

const PASSWORD = 'agent-s3cret-passw0rd';
const profile: TargetProfile = {
  name: 't',
  file: 't.yaml',
  requestTimeoutMs: 1000,
  families: {
    'genesys-web-services': {
      family: 'genesys-web-services',
      baseUrl: 'http://127.0.0.1:1',
      allowDestructive: false,
      requestsPerSecond: 1,
      pathParameters: {},
      credentials: { Agent: { kind: 'basic', username: 'agent', password: PASSWORD }, Admin: { kind: 'bearer', token: 'tok-abcdefgh' } },
    },
  },
};

test('a profile\'s redactor masks each password in base64 too (GWS ChangePassword sends it so), as well as the password, the Basic value and tokens', () => {
  const redactor = profileRedactor(profile);
  const body = { operationName: 'ChangePassword', oldPassword: Buffer.from(PASSWORD).toString('base64'), newPassword: Buffer.from(PASSWORD).toString('base64') };
  expect(redactor.json(body)).toEqual({ operationName: 'ChangePassword', oldPassword: '<redacted>', newPassword: '<redacted>' });
  expect(redactor.text(`${PASSWORD} ${Buffer.from(`agent:${PASSWORD}`).toString('base64')} tok-abcdefgh`)).toBe('<redacted> <redacted> <redacted>');
});
