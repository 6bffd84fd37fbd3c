/**
 * The media of the reference target: an MP3 file made of an ID3v2.3 tag whose title names the
 * recording and media file. Every byte is below 0x80, so the body travels as a string unchanged.
 * At rest the media is "encrypted" (a GIRENC envelope); Get Recording Media by ID decrypts it.
 */
export function encryptedMedia(recordingId: string, mediaUUID: string): string {
  return `GIRENC1:${Buffer.from(`${recordingId}/${mediaUUID}`).toString('base64')}`;
}

/** Decrypts what encryptedMedia stored into the MP3 bytes. */
export function decryptMedia(encrypted: string): string {
  const title = Buffer.from(encrypted.slice('GIRENC1:'.length), 'base64').toString('utf8');
  const frameBody = `\u0000${title.slice(0, 120)}`;
  const frame = `TIT2${bigEndian(frameBody.length, 4)}\u0000\u0000${frameBody}`;
  return `ID3\u0003\u0000\u0000${syncSafe(frame.length)}${frame}`;
}

function bigEndian(value: number, bytes: number): string {
  return Array.from({ length: bytes }, (_, i) => String.fromCharCode((value >> (8 * (bytes - 1 - i))) & 0xff)).join('');
}

/** ID3 tag sizes use 7 bits per byte. */
function syncSafe(value: number): string {
  return [21, 14, 7, 0].map((shift) => String.fromCharCode((value >> shift) & 0x7f)).join('');
}
