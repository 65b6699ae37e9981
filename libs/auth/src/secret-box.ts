import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Seals small secrets that must be read back (a TOTP secret cannot be hashed): AES-256-GCM under a
 * key derived from the server's secret (JWT_SECRET) by HKDF-SHA256 for one purpose, so that the key
 * of one use never serves another. Each value is bound to its owner (GCM's associated data): a sealed
 * value copied to another row does not open. Changing JWT_SECRET makes every sealed value unreadable.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(masterSecret: string, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', masterSecret, 'socius:secret-box', `socius:${purpose}`, 32));
  }

  /** `v1.<iv>.<ciphertext>.<tag>`, base64url, a new random IV each time. */
  seal(plaintext: string, owner: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(owner));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv, body, cipher.getAuthTag()]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The plaintext; throws when the value was altered, belongs to another owner or another key. */
  open(sealed: string, owner: string): string {
    const [version, iv, body, tag] = sealed.split('.');
    if (version !== VERSION || !iv || !body || !tag) throw new Error('Not a sealed value.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(owner));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      // never the value itself in the message
      throw new Error('A sealed value does not open: altered, of another owner, or sealed under another JWT_SECRET.');
    }
  }
}
