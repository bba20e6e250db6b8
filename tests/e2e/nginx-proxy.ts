// nginx (Debian's package) in front of app instances, as docs/deploy.md describes a load
// balancer: round robin over the instances, X-Forwarded-For overwritten with the client's
// address, responses not buffered (the classroom's event streams pass at once). The instances
// behind it must run with TRUSTED_PROXY_HOPS=1 (startInstances' default).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const NGINX = "/usr/sbin/nginx";

export function nginxAvailable(): boolean {
  return spawnSync(NGINX, ["-v"]).status === 0;
}

export interface Proxy {
  url: string;
  stop: () => void;
}

export function nginxConfig(dir: string, port: number, upstreams: string[]): string {
  const servers = upstreams.map(
    (u) => `    server ${new URL(u).host.replace("localhost", "127.0.0.1")};`,
  );
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream belong {
${servers.join("\n")}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://belong;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header Connection "";
      # Overwritten, never appended: a client cannot choose its own rate-limit key.
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
`;
}

export async function startNginx(port: number, upstreams: string[]): Promise<Proxy> {
  const dir = mkdtempSync(join(tmpdir(), "belong-nginx-"));
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(dir, sub));
  const config = join(dir, "nginx.conf");
  writeFileSync(config, nginxConfig(dir, port, upstreams));
  const nginx: ChildProcess = spawn(NGINX, ["-c", config, "-p", dir], { stdio: "ignore" });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || nginx.exitCode !== null) {
      throw new Error(`nginx did not start (see ${dir}/error.log)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () => {
      nginx.kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
