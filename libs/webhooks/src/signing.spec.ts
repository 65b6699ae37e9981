import { Webhook } from 'standardwebhooks';
import { newSecret, signatureHeader, webhookHeaders } from './signing';
import { retryDelayMs } from './retries';

describe('webhook signatures (Standard Webhooks)', () => {
  const body = JSON.stringify({
    type: 'member.created',
    timestamp: '2026-01-02T03:04:05.000Z',
    data: { memberId: 'm1' },
  });
  const now = () => Math.floor(Date.now() / 1000);

  it('makes whsec_ secrets of 24 random bytes, each new', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(24);
    expect(newSecret()).not.toBe(secret);
  });

  it('signs so that the reference library verifies the body, and refuses it altered', () => {
    const secret = newSecret();
    const headers = webhookHeaders([secret], 'msg_1', now(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace('m1', 'm2'), headers)).toThrow();
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow();
  });

  it('signs with both secrets during a rotation: a receiver holding either verifies', () => {
    const [current, previous] = [newSecret(), newSecret()];
    const headers = webhookHeaders([current, previous], 'msg_2', now(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
  });

  it('gives the reference library’s own signature', () => {
    const secret = newSecret();
    const at = new Date();
    const theirs = new Webhook(secret).sign('msg_3', at, body);
    expect(signatureHeader([secret], 'msg_3', Math.floor(at.getTime() / 1000), body)).toBe(theirs);
  });
});

describe('retry delays', () => {
  it('wait the base, then four times longer each time, never more than 12 hours', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 60_000))).toEqual([60_000, 240_000, 960_000, 3_840_000]);
    expect(retryDelayMs(12, 60_000)).toBe(12 * 3_600_000);
  });
});
