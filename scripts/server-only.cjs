// Preloaded by benchmarks and commands that call server functions outside Next (`node --require`): the
// "server-only" package throws anywhere but in React Server Components, so here it resolves
// to this file, which exports nothing. (module.constructor is Node's Module class.)
const Module = module.constructor;

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveServerOnly(request, ...rest) {
  return request === "server-only" ? __filename : resolve.call(this, request, ...rest);
};
