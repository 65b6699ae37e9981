import { guardedLookup, refusedAddress, refusedUrl } from './url-policy';

describe('webhook URLs (SSRF)', () => {
  const production = { allowLoopback: false };
  const tests = { allowLoopback: true };

  it('takes a public https:// URL', () => {
    expect(refusedUrl('https://hooks.example.coop/socius', production)).toBeNull();
    expect(refusedUrl('https://203.0.114.7:8443/in', production)).toBeNull();
  });

  it.each([
    ['http://hooks.example.coop/', /https:\/\//],
    ['ftp://hooks.example.coop/', /https:\/\//],
    ['not a url', /absolute URL/],
    ['https://user:pass@hooks.example.coop/', /credentials/],
    ['https://localhost/', /server itself/],
    ['https://127.0.0.1/', /loopback, private/],
    ['https://10.1.2.3/', /private/],
    ['https://172.20.0.5/', /private/],
    ['https://192.168.1.1/', /private/],
    ['https://169.254.169.254/latest/meta-data', /private/],
    ['https://100.64.0.1/', /private/],
    ['https://0.0.0.0/', /private/],
    ['https://[::1]/', /private/],
    ['https://[fd00::1]/', /private/],
    ['https://[fe80::1]/', /private/],
    ['https://[::ffff:10.0.0.1]/', /private/],
  ])('refuses %s in production', (url, reason) => {
    expect(refusedUrl(url, production)).toMatch(reason);
  });

  it('lets tests and development use http:// on loopback only, never a private network', () => {
    expect(refusedUrl('http://127.0.0.1:4000/hook', tests)).toBeNull();
    expect(refusedUrl('http://localhost:4000/hook', tests)).toBeNull();
    expect(refusedUrl('http://[::1]:4000/hook', tests)).toBeNull();
    expect(refusedUrl('http://10.0.0.1/hook', tests)).toMatch(/https:\/\//);
    expect(refusedUrl('https://10.0.0.1/hook', tests)).toMatch(/private/);
    expect(refusedUrl('http://hooks.example.coop/', tests)).toMatch(/https:\/\//);
  });

  it('judges the addresses a name resolves to when sending', () => {
    expect(refusedAddress('93.184.215.14', production)).toBeNull();
    expect(refusedAddress('2606:4700::1111', production)).toBeNull();
    expect(refusedAddress('127.0.0.1', production)).toMatch(/loopback/);
    expect(refusedAddress('127.0.0.1', tests)).toBeNull();
    expect(refusedAddress('::ffff:192.168.0.1', tests)).toMatch(/private/);
  });
});

describe('the lookup used when sending', () => {
  const resolve = (policy: { allowLoopback: boolean }, host: string) =>
    new Promise<{ error: Error | null; address: unknown }>((done) =>
      guardedLookup(policy)(host, {}, (error, address) => done({ error, address })),
    );

  it('refuses a name that resolves to an internal address, whatever the URL said', async () => {
    const { error } = await resolve({ allowLoopback: false }, 'localhost');
    expect(error?.message).toMatch(/loopback, private or reserved/);
  });

  it('connects to loopback names only when the setting allows them', async () => {
    const { error, address } = await resolve({ allowLoopback: true }, 'localhost');
    expect(error).toBeNull();
    expect(String(address)).toMatch(/^(127\.|::1)/);
  });
});
