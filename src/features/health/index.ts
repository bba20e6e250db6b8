// The health feature has nothing for the browser: liveness and readiness are in ./server.
export {};
