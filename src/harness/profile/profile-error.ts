/** A broken target profile: names the file and the field, so that it is fixed where it is. */
export class ProfileError extends Error {
  readonly code = 'CC_PROFILE_INVALID';

  constructor(
    readonly file: string,
    readonly problems: readonly { field: string; message: string }[],
  ) {
    super([`invalid target profile ${file}:`, ...problems.map((p) => `  - ${p.field || '(top level)'}: ${p.message}`)].join('\n'));
    this.name = 'ProfileError';
  }
}
