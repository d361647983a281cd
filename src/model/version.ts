// Kept in step with package.json by test/model/version.test.ts (a bundled action cannot read package.json).
export const TOOL_NAME = 'joulecheck';
export const VERSION = '0.1.0';
