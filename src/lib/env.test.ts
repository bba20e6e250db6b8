import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("needs nothing: embedded database on port 3000", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.BELONG_DATA_DIR).toBe(".data/pglite");
  });

  it("trusts no proxy unless told how many there are", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("takes LOG_LEVEL in any case, and an empty one as unset", () => {
    expect(parseEnv({ LOG_LEVEL: "WARN" }).LOG_LEVEL).toBe("warn");
    expect(parseEnv({ LOG_LEVEL: "" }).LOG_LEVEL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u@h:5432/db" }).DATABASE_URL).toBe(
      "postgresql://u@h:5432/db",
    );
  });

  it.each([
    [{ DATABASE_URL: "mysql://h/db" }, /DATABASE_URL must start with postgresql:\/\//],
    [{ PORT: "eighty" }, /PORT must be a port number/],
    [{ PORT: "70000" }, /PORT must be between 1 and 65535/],
    [{ AUTH_SECRET: "short" }, /AUTH_SECRET must be at least 32 characters/],
    [{ SMTP_URL: "not a url" }, /SMTP_URL must be an smtp/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of fatal, error/],
    [{ TRUSTED_PROXY_HOPS: "yes" }, /TRUSTED_PROXY_HOPS must be a whole number of proxies/],
    [{ TRUSTED_PROXY_HOPS: "1.5" }, /TRUSTED_PROXY_HOPS must be a whole number of proxies/],
    [{ TRUSTED_PROXY_HOPS: "-1" }, /TRUSTED_PROXY_HOPS must be 0 or more/],
  ])("names the variable and what is expected: %o", (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(message);
  });
});
