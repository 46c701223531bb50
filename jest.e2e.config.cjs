/** End-to-end tests: the built dist/ in Debian Chromium (playwright-core). Run after `npm run build`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 120000,
  maxWorkers: 1,
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022" }, module: { type: "commonjs" } }]
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"]
};
