import { createCoop, startApi, TestApi } from './support/app';
describe('boot', () => {
  let api: TestApi;
  it('boots', async () => {
    const t0 = Date.now();
    const { createApiApp } = require('../apps/api/src/bootstrap');
    console.log('require', Date.now() - t0, typeof createApiApp);
    const t1 = Date.now();
    api = await startApi();
    console.log('startApi', Date.now() - t1);
    const t2 = Date.now();
    await createCoop(api);
    console.log('createCoop', Date.now() - t2);
    const t3 = Date.now();
    await api.close();
    console.log('close', Date.now() - t3);
  });
});
