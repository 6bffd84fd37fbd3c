/** A waiver file that cannot be used: each problem names the file and the field. */
export class WaiverError extends Error {
  readonly code = 'CC_WAIVER_INVALID';

  constructor(
    readonly file: string,
    readonly problems: readonly { readonly field: string; readonly message: string }[],
  ) {
    super(`waiver file ${file}: ${problems.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join('; ')}`);
    this.name = 'WaiverError';
  }
}
