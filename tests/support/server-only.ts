// Stands in for the "server-only" package under Vitest, where there is no RSC bundler.
export {};
