export { DataDirectoryInUseError, type LockHolder } from './dataDirLock';
export { openDatabase, type Database, type DatabaseKind, type DatabaseOptions } from './connect';
export { applyMigrations, readMigrations, MIGRATIONS_DIR, type Migration } from './migrations';
export { Prisma, PrismaClient } from './generated/prisma/client';
export type * from './generated/prisma/models';
export { Role, Visibility } from './generated/prisma/enums';
