// A real OpenID Connect provider (oidc-provider) for the single sign-on tests, run with `node` in a
// child process so that jest never loads it (it is an ES module). It prints its issuer URL on one
// line, then serves until killed.
//
// Settings (environment): OIDC_CLIENTS, a JSON array of { client_id, client_secret, redirect_uris };
// OIDC_CLOCK_SKEW_SECONDS, how far behind the real time this provider's clock runs (its tokens are
// then expired when they arrive).
//
// Signing in is scripted: `POST /test/next-login` with { sub, email, email_verified, name } says who
// signs in at the next login prompt; `GET /test/last-authorization` answers the parameters of the
// last authorization request (code_challenge, code_challenge_method, nonce…).
import http from 'node:http';
import Provider from 'oidc-provider';

const skew = Number(process.env.OIDC_CLOCK_SKEW_SECONDS ?? 0) * 1000;
if (skew) {
  const realNow = Date.now;
  Date.now = () => realNow() - skew;
}

const accounts = new Map();
let nextLogin = null;
let lastAuthorization = null;

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: JSON.parse(process.env.OIDC_CLIENTS ?? '[]').map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
    ...client,
  })),
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  findAccount: (_ctx, id) => {
    const account = accounts.get(id);
    return account && { accountId: id, claims: () => ({ ...account }) };
  },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // no consent screen: every client of this test provider is first-party
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  cookies: { keys: ['socius-test-oidc-provider'] },
  ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Grant: 600, Interaction: 600, Session: 600 },
});
provider.on('server_error', (_ctx, error) => console.error(error));

const json = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const bodyOf = async (req) => {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text || '{}');
};

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    if (req.url === '/test/next-login' && req.method === 'POST') {
      nextLogin = await bodyOf(req);
      return json(res, 204, {});
    }
    if (req.url === '/test/last-authorization') return json(res, 200, lastAuthorization);
    if (req.url.startsWith('/interaction/')) {
      const details = await provider.interactionDetails(req, res);
      lastAuthorization = details.params;
      if (!nextLogin) return json(res, 409, { error: 'POST /test/next-login first' });
      const { sub, ...claims } = nextLogin;
      accounts.set(sub, { sub, ...claims });
      nextLogin = null;
      return await provider.interactionFinished(
        req,
        res,
        { login: { accountId: sub } },
        { mergeWithLastSubmission: false },
      );
    }
    return callback(req, res);
  } catch (error) {
    console.error(error);
    json(res, 500, { error: String(error) });
  }
});

console.log(issuer);
