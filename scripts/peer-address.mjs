// Loaded into the `next start` process by `npm start` (node --import): writes the address of
// each request's connection into the x-belong-peer header before Next handles it, replacing
// any header of that name the client sent. Route handlers cannot see the socket, and
// src/lib/http/client-address.ts needs it to read X-Forwarded-For safely.
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeer(event, request, ...rest) {
  if (event === "request" && request && request.headers) {
    request.headers["x-belong-peer"] = (request.socket && request.socket.remoteAddress) || "";
  }
  return emit.call(this, event, request, ...rest);
};
