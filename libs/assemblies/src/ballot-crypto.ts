import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The encryption of secret ballots (docs/ballot-secrecy.md): AES-256-GCM from `node:crypto`, under a
 * key per resolution derived from the server's `BALLOT_SECRET`, stored nowhere.
 *
 * - key = HKDF-SHA256(BALLOT_SECRET, salt `socius/ballot-key/v2`, info = the resolution id), 32 bytes;
 * - a ballot = nonce (12 random bytes) ‖ AES-256-GCM(choice as JSON) ‖ tag (16 bytes), its associated
 *   data the resolution id ‖ the receipt hash: a ciphertext moved to another ballot or box, or altered,
 *   does not decrypt.
 */

const SALT = 'socius/ballot-key/v2';
const NONCE = 12;
const TAG = 16;

/** The key of a resolution's secret box, from the server secret and the resolution id. */
export function ballotKeyOf(secret: string, resolutionId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, resolutionId, 32));
}

/** The associated data: which box, which ballot (the hex SHA-256 of its receipt). */
function aadOf(resolutionId: string, receiptHashHex: string): Buffer {
  return Buffer.concat([Buffer.from(resolutionId, 'utf8'), Buffer.from(receiptHashHex, 'hex')]);
}

/** nonce ‖ ciphertext ‖ tag of a checked choice. */
export function encryptChoice(key: Buffer, resolutionId: string, receiptHashHex: string, choice: string[]): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(aadOf(resolutionId, receiptHashHex));
  const body = Buffer.concat([cipher.update(JSON.stringify(choice), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** The choice of a ballot; throws when the key, the box, the receipt or the bytes are not its own. */
export function decryptChoice(key: Buffer, resolutionId: string, receiptHashHex: string, sealed: Buffer): string[] {
  if (sealed.length < NONCE + TAG) throw new Error('ballot-crypto: a ballot too short to be a ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE))
    .setAAD(aadOf(resolutionId, receiptHashHex))
    .setAuthTag(sealed.subarray(sealed.length - TAG));
  const clear = Buffer.concat([decipher.update(sealed.subarray(NONCE, sealed.length - TAG)), decipher.final()]);
  return JSON.parse(clear.toString('utf8')) as string[];
}

const IDEMPOTENCY_SALT = 'socius/ballot-idempotency/v1';

/**
 * What a ballot's `Idempotency-Key` row may hold without linking a member to their receipt or their
 * choice: the key and the request's fingerprint (the choice is in it) as HMACs under a key derived
 * from BALLOT_SECRET, and the answer (the receipt) encrypted under a key derived from the member and
 * the client's own key. A retry with the same key finds the row and reads the answer again; the
 * database alone tells nothing.
 */
export function ballotIdempotencyOf<T>(secret: string, memberId: string, clientKey: string, fingerprint: string) {
  const macKey = Buffer.from(hkdfSync('sha256', secret, IDEMPOTENCY_SALT, 'mac', 32));
  const mac = (value: string) => createHmac('sha256', macKey).update(value).digest('hex');
  const answerKey = Buffer.from(hkdfSync('sha256', secret, IDEMPOTENCY_SALT, `answer\n${memberId}\n${clientKey}`, 32));
  return {
    key: `ballot:${mac(`key\n${memberId}\n${clientKey}`)}`,
    fingerprint: mac(`fingerprint\n${fingerprint}`),
    seal(answer: T): string {
      const nonce = randomBytes(NONCE);
      const cipher = createCipheriv('aes-256-gcm', answerKey, nonce);
      const body = Buffer.concat([cipher.update(JSON.stringify(answer), 'utf8'), cipher.final()]);
      return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64');
    },
    open(stored: unknown): T {
      const sealed = Buffer.from(String(stored), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', answerKey, sealed.subarray(0, NONCE)).setAuthTag(
        sealed.subarray(sealed.length - TAG),
      );
      const clear = Buffer.concat([decipher.update(sealed.subarray(NONCE, sealed.length - TAG)), decipher.final()]);
      return JSON.parse(clear.toString('utf8')) as T;
    },
  };
}
