// Where seeded data lives: the account and region its ARNs name.

export const DEFAULT_ACCOUNT = '123456789012';
export const DEFAULT_REGION = 'us-west-2';
