import { expect } from '@playwright/test';
import type { ContractRegistry } from '../../src/harness/contracts';
import { test } from '../../src/harness/fixtures/notifications';
import type { TargetApi } from '../../src/harness/fixtures/target-api';
import type { ClauseLedger } from '../../src/harness/models/clause-ledger';
import { runClauseScenario } from '../../src/harness/models/clause-scenario';
import { GwsClient, told, type GwsAnswer, type Json } from '../../src/harness/models/gws-common/gws-client';
import { arrived, NotificationProbe, type Awaited } from '../../src/harness/models/gws-common/notification-probe';
import { AGENT, given, requireNotifications, requireRole } from '../../src/harness/models/gws-common/scenario-setup';
import type { FamilyTarget } from '../../src/harness/profile/target-profile';

/**
 * ChangePassword on /me (004, "Change Password" and the /v2/me notifications of "Asynchronous
 * Telephony Operations Notifications"): the result comes on /v2/me, a wrong old password is
 * errorCode 2, a password the rules refuse errorCode 1, and both passwords travel in base64.
 *
 * Safety: other tests and workers log in with the Agent's credentials from the profile, most of
 * them without the lease on the Agent's user, so no check may leave the Agent with a password
 * other than the profile's. Every request sends the current password as newPassword (a target
 * that conforms changes nothing), except the rules check, whose newPassword the target itself
 * names as refused. Should a target that breaks a clause change the password all the same, the
 * test changes it back at once with the credentials it was left with. The lease keeps the
 * scenario suites (and the other password checks, whose /v2/me notifications would mix) away.
 * The base64 of the Agent's password is redacted from the evidence like the password itself.
 */
const TAGS = { tag: ['@behaviour', '@genesys-web-services'] };
const ME = '/v2/me';
const RULES = 'a new password breaks the password rules';
/** An old password that is not the Agent's (any fixed text other than the profile's will do). */
const NOT_THE_PASSWORD = 'Not-the-old-password-17';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const basic = (username: string, password: string) => `Basic ${base64(`${username}:${password}`)}`;

/** errorCode as a number: 1, 2 or 3, as a number or a numeric string (gws.notify-password-notification-shape). */
function errorCodeOf(data: Record<string, unknown>): number | undefined {
  const code: unknown = data.errorCode;
  return ['1', '2', '3'].includes(String(code)) && (typeof code === 'number' || typeof code === 'string') ? Number(code) : undefined;
}

const isPasswordResult = (data: unknown) => ['PasswordChangeSuccessful', 'PasswordChangeError'].includes(String((data as Json | undefined)?.notificationType));

/** The Agent's Basic credentials from the profile; skips when the profile gives the Agent a token. */
function agentCredentials(target: FamilyTarget): { username: string; password: string } {
  const credential = target.credentials[AGENT];
  test.skip(credential?.kind !== 'basic', 'ChangePassword needs the Agent\'s current password, and the profile gives the Agent a token, not a password');
  return credential?.kind === 'basic' ? { username: credential.username, password: credential.password } : { username: '', password: '' };
}

/** One ChangePassword on /me as the Agent, and the /v2/me notification that announces its result. */
class PasswordChange {
  constructor(
    private readonly api: TargetApi,
    private readonly contracts: ContractRegistry,
    private readonly probe: NotificationProbe,
    private readonly agent: { username: string; password: string },
  ) {}

  async change(oldPassword: string, newPassword: string): Promise<{ answer: GwsAnswer; announced: Awaited | undefined }> {
    const mark = this.probe.mark();
    const answer = await new GwsClient(this.api, this.contracts, AGENT).call('postMe', { body: { operationName: 'ChangePassword', oldPassword: base64(oldPassword), newPassword: base64(newPassword) } });
    const announced = await this.probe.next(ME, isPasswordResult, 'the PasswordChangeSuccessful or PasswordChangeError of the ChangePassword', mark);
    return { answer, announced };
  }

  /** Whether the profile's credentials still open GET /me. */
  async profileCredentialsWork(): Promise<{ works: boolean; answer: GwsAnswer }> {
    const answer = await new GwsClient(this.api, this.contracts, AGENT).call('getMe');
    return { works: answer.status !== 401, answer };
  }

  /**
   * Runs the scenario; then, when the profile's credentials no longer work (a ChangePassword the
   * target should have refused went through), changes the password back to the profile's with
   * each password it may have become. A password left changed is reported, never hidden.
   */
  async scenario(mayHaveBecome: readonly string[], steps: (ledger: ClauseLedger) => Promise<void>): Promise<void> {
    let failure: Error | undefined;
    try {
      await runClauseScenario(steps);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(JSON.stringify(error));
    }
    const left = await this.restore(mayHaveBecome);
    if (left) test.info().annotations.push({ type: 'warning', description: left });
    if (failure) throw failure;
    if (left) throw new Error(left);
  }

  private async restore(candidates: readonly string[]): Promise<string | undefined> {
    if ((await this.profileCredentialsWork()).works) return undefined;
    const path = this.contracts.operation('genesys-web-services', 'postMe').path;
    for (const candidate of candidates) {
      const body = { operationName: 'ChangePassword', oldPassword: base64(candidate), newPassword: base64(this.agent.password) };
      await this.api.send({ method: 'POST', path, as: 'anonymous', headers: { authorization: basic(this.agent.username, candidate) }, operationId: 'postMe', body });
      if ((await this.profileCredentialsWork()).works) return undefined;
    }
    return 'the Agent\'s password was changed and could not be changed back: reset it to the profile\'s before other tests run';
  }
}

/** gws.notification.password-change-me: the result came on /v2/me, a success or an error with errorMessage and errorCode 1, 2 or 3. */
async function checkAnnounced(ledger: ClauseLedger, answer: GwsAnswer, announced: Awaited | undefined): Promise<Record<string, unknown>> {
  await ledger.check('gws.notification.password-change-me', () => {
    if (!arrived(announced)) throw new Error(`after ${told(answer)}: ${(announced ?? new Error('no notification session')).message}`);
    const data = announced.data as Json;
    if (data.notificationType === 'PasswordChangeSuccessful') return;
    expect({ errorMessage: typeof data.errorMessage, errorCode: errorCodeOf(data) }, `the PasswordChangeError: ${JSON.stringify(data)}`).toEqual({ errorMessage: 'string', errorCode: expect.any(Number) as unknown });
  });
  return (announced as { data: Record<string, unknown> }).data;
}

test.describe('GWS ChangePassword on /me', () => {
  test.beforeEach(async ({ target, exclusiveUser }) => {
    requireRole(target, AGENT);
    test.skip(!target.allowDestructive, `the profile does not allow destructive operations, and ChangePassword may change the Agent's password on ${target.family} (gws.change-password-shares-operation)`);
    await exclusiveUser(AGENT);
  });

  test('a wrong old password is announced on /v2/me as PasswordChangeError with errorCode 2', TAGS, async ({ api, contracts, target, notifications }) => {
    requireNotifications(notifications, ['gws.notification.password-change-me', 'gws.negative.change-password-old-must-match']);
    const agent = agentCredentials(target);
    test.skip(agent.password === NOT_THE_PASSWORD, 'the Agent\'s password is the wrong password this test sends');
    const passwords = new PasswordChange(api, contracts, await NotificationProbe.open(notifications, AGENT, [ME]), agent);
    await passwords.scenario([], async (ledger) => {
      // newPassword is the current one: a target that ignores oldPassword leaves it as it was.
      const { answer, announced } = await passwords.change(NOT_THE_PASSWORD, agent.password);
      const data = await checkAnnounced(ledger, answer, announced);
      await ledger.check('gws.negative.change-password-old-must-match', () => {
        expect({ notificationType: data.notificationType, errorCode: errorCodeOf(data) }, `the result of a wrong old password: ${JSON.stringify(data)}`).toEqual({ notificationType: 'PasswordChangeError', errorCode: 2 });
      });
    });
  });

  test('a new password the password rules refuse is announced as PasswordChangeError with errorCode 1, and the password stays', TAGS, async ({ api, contracts, target, providerStates, notifications }) => {
    requireNotifications(notifications, ['gws.notification.password-change-me', 'gws.negative.change-password-rules']);
    const agent = agentCredentials(target);
    const { password: refused } = await given<{ password: string }>(providerStates, RULES);
    const passwords = new PasswordChange(api, contracts, await NotificationProbe.open(notifications, AGENT, [ME]), agent);
    await passwords.scenario([refused], async (ledger) => {
      const { answer, announced } = await passwords.change(agent.password, refused);
      const data = await checkAnnounced(ledger, answer, announced);
      const after = await passwords.profileCredentialsWork();
      await ledger.check('gws.negative.change-password-rules', () => {
        expect({ notificationType: data.notificationType, errorCode: errorCodeOf(data) }, `the result of a password the rules refuse: ${JSON.stringify(data)}`).toEqual({ notificationType: 'PasswordChangeError', errorCode: 1 });
        expect(after.works, `the Agent's password is unchanged: ${told(after.answer)}`).toBe(true);
      });
    });
  });

  test('oldPassword and newPassword are read as base64: the current password in base64 is recognised and kept', TAGS, async ({ api, contracts, target, notifications }) => {
    requireNotifications(notifications, ['gws.notification.password-change-me', 'gws.negative.password-base64']);
    const agent = agentCredentials(target);
    const passwords = new PasswordChange(api, contracts, await NotificationProbe.open(notifications, AGENT, [ME]), agent);
    await passwords.scenario([], async (ledger) => {
      // The current password to itself: a success, or errorCode 1 where the rules forbid reusing it
      // (gws.password-rules-unstated); errorCode 2 says the base64 old password was not recognised.
      const { answer, announced } = await passwords.change(agent.password, agent.password);
      const data = await checkAnnounced(ledger, answer, announced);
      const after = await passwords.profileCredentialsWork();
      await ledger.check('gws.negative.password-base64', () => {
        expect(data.notificationType === 'PasswordChangeError' && errorCodeOf(data) === 2, `the base64 of the current password is taken for the current password: ${JSON.stringify(data)}`).toBe(false);
        expect(after.works, `the password is still the one newPassword carried in base64: ${told(after.answer)}`).toBe(true);
      });
    });
  });
});
