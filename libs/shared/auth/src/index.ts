export * from './verify-token/trusted-issuers';
export * from './verify-token/token-verifier';
export * from './internal-token/internal-token';
export * from './dev-issuer/dev-issuer';
export * from './dev-issuer/demo-users';
export * from './policies/policy';
export * from './policies/policies';
