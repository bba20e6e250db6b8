export {
  getDb,
  closeDb,
  dbHandle,
  setDbHandle,
  handleForPglite,
  handleForPostgres,
  type Db,
  type DbHandle,
} from "./client";
export { migrate, readMigrations, MigrationError, type SqlRunner } from "./migrations";
export { pgliteRunner, postgresRunner } from "./runner";
export { openEmbedded, EmbeddedLockError } from "./embedded";
export { isUniqueViolation } from "./unique-violation";
export { createOnce } from "./create-once";
export { isDatabaseUnavailable } from "./unavailable";
