import { addressKey } from './throttle.service';

describe('addressKey (what a per-address limit counts)', () => {
  it('counts an IPv4 client the same whether it reaches us over IPv4 or IPv6', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts every address of an IPv6 /64 as one client, however it is written', () => {
    const key = addressKey('2001:db8:aa:bb::1');
    expect(addressKey('2001:db8:aa:bb:ffff:1:2:3')).toBe(key);
    expect(addressKey('2001:0DB8:00aa:00bb:0:0:0:9%eth0')).toBe(key);
    expect(addressKey('2001:db8:aa:bc::1')).not.toBe(key);
    expect(addressKey('2001:db8::1')).toBe(addressKey('2001:db8:0:0:1::'));
    expect(addressKey('2001:db8::1')).not.toBe(key);
  });
});
