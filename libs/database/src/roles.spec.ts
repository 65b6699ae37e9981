import { applicationRole, ownerDatabaseUrl } from './roles';

describe('the two database roles', () => {
  const app = 'postgres://socius_app:x@db:5432/socius';
  const owner = 'postgres://socius:y@db:5432/socius';

  it('migrates as the owner when there is one, else as the application role', () => {
    expect(ownerDatabaseUrl({ DATABASE_URL: app, DATABASE_OWNER_URL: owner })).toBe(owner);
    expect(ownerDatabaseUrl({ DATABASE_URL: app, DATABASE_OWNER_URL: '' })).toBe(app);
  });

  it('grants to the user of DATABASE_URL only when it is not the owner', () => {
    expect(applicationRole({ DATABASE_URL: app, DATABASE_OWNER_URL: owner })).toBe('socius_app');
    expect(applicationRole({ DATABASE_URL: app, DATABASE_OWNER_URL: '' })).toBeNull();
    expect(applicationRole({ DATABASE_URL: owner, DATABASE_OWNER_URL: owner })).toBeNull();
    expect(applicationRole({ DATABASE_URL: 'postgres://app%40coop:x@db/socius', DATABASE_OWNER_URL: owner })).toBe(
      'app@coop',
    );
  });
});
