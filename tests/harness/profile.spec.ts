import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadProfile } from '../../src/harness/profile/load-profile';
import { ProfileError } from '../../src/harness/profile/profile-error';

const VALID = `
name: staging
families:
  dixa:
    baseUrl: https://dixa.staging.example.com
    credentials:
      Agent: { token: "\${DIXA_TOKEN}" }
  genesys-interaction-recording:
    baseUrl: http://127.0.0.1:4411
    credentials:
      Supervisor: { username: sup, password: "\${GIR_PASSWORD}" }
`;

function withProfile(text: string, run: (file: string) => void): void {
  const folder = mkdtempSync(join(tmpdir(), 'cc-profile-'));
  try {
    const file = join(folder, 'target.yaml');
    writeFileSync(file, text);
    run(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function problemsOf(text: string, env: NodeJS.ProcessEnv = {}): { file: string; problems: readonly { field: string; message: string }[] } {
  let result: { file: string; problems: readonly { field: string; message: string }[] } = { file: '', problems: [] };
  withProfile(text, (file) => {
    try {
      loadProfile(file, env);
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      result = { file: error.file, problems: error.problems };
    }
  });
  return result;
}

test.describe('target profiles', () => {
  test('a valid profile resolves its ${ENV} secrets and defaults', () => {
    withProfile(VALID, (file) => {
      const profile = loadProfile(file, { DIXA_TOKEN: 'tok-123456', GIR_PASSWORD: 'pw-123456' });
      expect(profile.families.dixa?.credentials.Agent).toEqual({ kind: 'bearer', token: 'tok-123456' });
      expect(profile.families.dixa?.allowDestructive, 'destructive is off by default for a non-loopback host').toBe(false);
      expect(profile.families['genesys-interaction-recording']?.allowDestructive, 'and on for loopback').toBe(true);
      expect(profile.families['genesys-cloud'], 'a family left out is absent').toBeUndefined();
      expect(profile.requestTimeoutMs).toBe(10_000);
    });
  });

  test('an unset variable names the field and the variable', () => {
    const { problems } = problemsOf(VALID, { DIXA_TOKEN: 'tok-123456' });
    expect(problems).toContainEqual({ field: 'families.genesys-interaction-recording.credentials.Supervisor.password', message: 'environment variable GIR_PASSWORD is not set' });
  });

  test('a literal secret is refused: secrets are only ${ENV} references', () => {
    const { problems } = problemsOf(VALID.replace('"${DIXA_TOKEN}"', 'hunter2-literal'), { GIR_PASSWORD: 'x' });
    expect(problems.some((p) => p.field.startsWith('families.dixa.credentials.Agent'))).toBe(true);
  });

  test('an unknown family, an unknown field and a malformed URL are named', () => {
    const text = VALID.replace('  dixa:\n', '  dixxa:\n').replace('baseUrl: http://127.0.0.1:4411', 'baseUrl: not a url\n    retries: 3');
    const { file, problems } = problemsOf(text);
    expect(file).toMatch(/target\.yaml$/);
    const fields = problems.map((p) => `${p.field}: ${p.message}`).join('\n');
    expect(fields).toContain('families: must NOT have additional properties {"additionalProperty":"dixxa"}');
    expect(fields).toContain('families.genesys-interaction-recording.baseUrl');
    expect(fields).toContain('additionalProperty":"retries"');
  });

  test('a YAML syntax error names the line', () => {
    const { problems } = problemsOf('name: x\nfamilies: [unclosed\n');
    expect(problems[0]?.message).toMatch(/not valid YAML at line \d+/);
  });

  test('a missing file names the file', () => {
    expect(() => loadProfile('/nonexistent/target.yaml')).toThrow(/invalid target profile \/nonexistent\/target\.yaml:\n {2}- \(top level\): cannot read/);
  });
});
