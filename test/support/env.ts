// Every e2e test file runs with these unless it overrides them before booting the app.
process.env.TZ = 'UTC';
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.RUN_OUTBOX_RELAY = 'false';
process.env.RUN_MIGRATIONS = 'false';
process.env.DATABASE_POOL_SIZE = '10';
// the tests sign up and sign in many people from 127.0.0.1; the throttles' own tests set their limits
process.env.SIGNUP_RATE_LIMIT = '10000';
process.env.APPLICATION_RATE_LIMIT = '10000';
process.env.LOGIN_RATE_LIMIT = '10000';
process.env.RESET_RATE_LIMIT = '10000';
process.env.VERIFY_RATE_LIMIT = '10000';
