/** One part of a multipart/form-data body. */
export interface FormPart {
  readonly name: string;
  readonly fileName?: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** The parts of a multipart/form-data body, or undefined when it is not one (no boundary, no parts). */
export function formParts(contentType: string | undefined, body: Buffer): FormPart[] | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return undefined;
  const delimiter = Buffer.from(`--${marker}`);
  const parts: FormPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const chunk = body.subarray(start + delimiter.length, next);
    const headerEnd = chunk.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = chunk.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
      const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
      // The part's content ends before the CRLF that precedes the next delimiter.
      const content = chunk.subarray(headerEnd + 4, chunk.length - 2);
      if (name !== undefined) parts.push({ name, contentType: type, content: Buffer.from(content), ...(fileName !== undefined ? { fileName } : {}) });
    }
    start = next;
  }
  return parts.length > 0 ? parts : undefined;
}
