import type { OriginalEmail, ReplyOptions } from './email-model';

/**
 * What the document says a reply's fields are ("Reply", "ReplyAll"): To from the original's
 * Reply-To, From from the original's To, Subject = subjectPrefix + original subject, CC kept by
 * ReplyAll, and a body that is empty unless the original is quoted. Pure functions of the original.
 */
export function expectedTo(original: OriginalEmail): string | undefined {
  return original.ReplyToAddress;
}

export function expectedFrom(original: OriginalEmail): string {
  return original.ToAddress;
}

export function expectedSubject(original: OriginalEmail, options: ReplyOptions): string {
  return `${options.subjectPrefix ?? ''}${original.Subject}`;
}

/** An address list as a comparable value: lower-case addresses, sorted (separators , ; and spaces). */
export function addressSet(list: string | undefined): string[] {
  return (list ?? '')
    .split(/[,;\s]+/)
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== '')
    .sort();
}

/**
 * Where a quoted body departs from "the original text, pre-pended by replyToStartLine and
 * modified with indentCharacter": undefined when it conforms. Each line of the original must
 * appear, in order, as indentCharacter + line; the body must start with replyToStartLine.
 */
export function quoteDefect(body: string, original: OriginalEmail, options: ReplyOptions): string | undefined {
  if (options.replyToStartLine !== undefined && !body.startsWith(options.replyToStartLine)) return `the body does not start with replyToStartLine ${JSON.stringify(options.replyToStartLine)}`;
  const lines = body.split(/\r?\n/);
  let at = 0;
  for (const line of original.Text.split(/\r?\n/)) {
    const wanted = `${options.indentCharacter ?? ''}${line}`;
    const found = lines.indexOf(wanted, at);
    if (found < 0) return `the line ${JSON.stringify(wanted)} (indentCharacter + original line) is missing or out of order`;
    at = found + 1;
  }
  return undefined;
}
